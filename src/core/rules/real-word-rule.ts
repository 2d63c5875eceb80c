/**
 * The `ocr/real-word` rule: real words that context shows are damaged.
 * Two sources, one rule: the word pairs of any document (./real-word.ts:
 * "the Untied States", "protect out national security") and, in a document
 * that shows OCR damage, rare words one misreading from a word the
 * neighbours favour ("nd" → and; ./damaged-real-word.ts, found by the
 * document pass in ./ocr-analysis.ts).
 */
import type { Rule } from '../rule.js';
import type { Finding } from '../types.js';
import { analyseOcr } from './ocr-analysis.js';
import { findRealWords } from './real-word.js';

const RULE_ID = 'ocr/real-word';

/** Reports real words in the wrong place: damaged names and words whose neighbour fits the context far better. */
export const realWordRule: Rule = {
  id: RULE_ID,
  description: 'Real words that context shows are damaged: “the Untied States”, “the United State”, “protect out national security”.',
  defaultSeverity: 'warning',
  run(doc, ctx) {
    const findings: Finding[] = findRealWords(doc).map((e) => ({
      rule: RULE_ID,
      severity: ctx.severity,
      message: e.message,
      start: e.start,
      end: e.end,
      suggestions: [e.suggestion],
      data: { confidence: e.confidence, kind: 'real-word', evidence: e.evidence, word: e.word, ...(e.name ? { name: e.name } : {}) },
    }));
    // In a document that shows damage, rare words one misreading from a word the neighbours favour (./damaged-real-word.ts).
    const reported = new Set(findings.map((f) => f.start));
    for (const f of analyseOcr(doc)) {
      if (f.kind !== 'real-word' || reported.has(f.start)) continue;
      findings.push({
        rule: RULE_ID,
        severity: ctx.severity,
        message: `“${f.word}” is a word, but this text shows OCR damage and “${f.suggestions[0]}” fits here far better`,
        start: f.start,
        end: f.end,
        suggestions: f.suggestions,
        data: { confidence: f.confidence, kind: 'real-word', evidence: 'damaged-document', word: f.word },
      });
    }
    findings.sort((a, b) => a.start - b.start);
    return { findings };
  },
};

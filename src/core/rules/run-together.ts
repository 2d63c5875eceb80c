/**
 * Run-together words: spaces lost in scraping or OCR, most often where a tag
 * line or a line break was stripped ("newsGovernment", "KoreaNorth",
 * "reportsiSmith") and between short common words ("ofthe").
 *
 * A token is run together when it is not a word the lexicon knows and cuts
 * into lexicon words: at its case changes (word segmentation by dynamic
 * programming, ./segment.ts), or, for a lower-case token, when the split
 * beats every single-word correction (./ocr-analysis.ts). CamelCase that is
 * a naming practice (McDonald, DeSantis, iPhone) or a brand the corpora know
 * (YouTube, PlayStation, BlackRock) is left alone, as is CamelCase the
 * document keeps using.
 *
 * Words joined by a stray mark where the space was lost ("particularly-at",
 * "viewed'this", "reported:trying", "years.The") are found by
 * ./punctuation-join.ts and reported here too (through the shared analysis,
 * where the split replaces any correction of the joined token as one word).
 *
 * Findings: the range is the token (or the words and the mark); the one
 * suggestion is the split text ("news Government", "years. The"); `data` is
 * `{ confidence, word, kind: 'run-together' }`.
 */
import type { Document } from '../document.js';
import type { Rule } from '../rule.js';
import type { Finding } from '../types.js';
import { oneLine } from './broken-word.js';
import { analyseOcr } from './ocr-analysis.js';

const RULE_ID = 'ocr/run-together';

/** The finding message. */
export function runTogetherMessage(word: string, split: string | undefined): string {
  return split === undefined ? `“${word}” looks like words run together` : `“${word}” looks like words run together — did you mean “${split}”?`;
}

export const runTogetherRule: Rule = {
  id: RULE_ID,
  description: 'Words whose spaces were lost ("newsGovernment", "KoreaNorth", "ofthe"), with the split text.',
  defaultSeverity: 'warning',
  run(doc: Document, ctx) {
    const findings: Finding[] = [];
    for (const f of analyseOcr(doc)) {
      if (f.kind !== 'run-together') continue;
      findings.push({
        rule: RULE_ID,
        severity: ctx.severity,
        message: runTogetherMessage(oneLine(f.word), f.suggestions[0]),
        start: f.start,
        end: f.end,
        suggestions: f.suggestions.slice(0, 1),
        data: { confidence: f.confidence, word: f.word, kind: 'run-together' },
      });
    }
    return { findings };
  },
};

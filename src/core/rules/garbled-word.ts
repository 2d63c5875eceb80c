/**
 * Garbled words: text damaged by OCR, a broken font encoding or a bad
 * scrape ("aggbement" → agreement, "RuCeia" → Russia, "brd3fing" →
 * briefing, "ond" → and), never names ("Tbilisi", "Okonjo-Iweala", "NATO").
 *
 * A word is suspect when the lexicon does not have it (or has it only as a
 * short abbreviation, "bf", or in another case, "hrS") and it carries
 * evidence of damage: capitals inside that no naming practice explains,
 * digits among letters, letter sequences no lexicon entry has, or closeness
 * to a much more frequent word under OCR-like edits — and, in a document
 * that shows damage elsewhere, a one-off form near a word the document
 * uses or whose letters read far worse than its correction's. The decision, the
 * document's vocabulary and the per-document adaptation live in
 * ./ocr-analysis.ts, shared with `ocr/run-together`.
 *
 * Words broken by a hyphen at a line end ("announ-\nced") are reported as
 * one finding over the whole break with the joined word ("announced") as
 * the suggestion (./broken-word.ts); their halves are never judged alone.
 * Short words printed as figures ("it 1s a" → is) are reported here too,
 * unsure (./digit-words.ts).
 * Words written with ligature characters (ﬁ, ﬂ) are spelt out (./ligature-words.ts).
 *
 * Findings: the range is the word alone (punctuation around it untouched);
 * `suggestions` are the top three corrections, best first, in the word's
 * case; `data` is `{ confidence, word, kind: 'garbled' }`. Corrections at
 * least {@link CONFIDENT} are safe to apply all at once.
 *
 * Silent (no findings) when the lexicon file is missing: drivers check
 * `lexiconAvailable()` from ../lexicon/default.ts and say why.
 */
import type { Document } from '../document.js';
import { defaultLexicon } from '../lexicon/default.js';
import type { Rule } from '../rule.js';
import type { Finding } from '../types.js';
import { brokenWordMessage, oneLine } from './broken-word.js';
import { findLigatureWords } from './ligature-words.js';
import { lineFragmentMessage } from './line-fragments.js';
import { analyseOcr } from './ocr-analysis.js';

/**
 * Confidence from which a correction may be applied without review ("Fix all
 * confident corrections"; the extension's default threshold is the same).
 * On the synthetic evaluation (bench/eval.ts) the top suggestion restores the
 * original text in about 98% of the findings at or above it, clean words
 * wrongly "corrected" included.
 */
export const CONFIDENT = 0.9;

const RULE_ID = 'ocr/garbled';

/** Below this confidence the message offers the top two candidates instead of asserting one. */
export const UNSURE = 0.6;

/**
 * The message for a garbled word. When the rule is unsure it says so and
 * names the runner-up, so a writer is not told a weak guess as if it were
 * certain.
 */
export function garbledMessage(word: string, suggestion: string | undefined, confidence = 1, runnerUp?: string): string {
  if (suggestion === undefined) return `“${word}” looks garbled`;
  if (confidence < UNSURE && runnerUp !== undefined) return `“${word}” looks garbled — perhaps “${suggestion}” or “${runnerUp}”?`;
  return `“${word}” looks garbled — did you mean “${suggestion}”?`;
}

export const garbledWordRule: Rule = {
  id: RULE_ID,
  description: 'Words damaged by OCR, a broken encoding or scraping ("aggbement", "RuCeia", "brd3fing"), with corrections.',
  defaultSeverity: 'warning',
  run(doc: Document, ctx) {
    const findings: Finding[] = [];
    for (const f of analyseOcr(doc)) {
      if (f.kind !== 'garbled') continue;
      findings.push({
        rule: RULE_ID,
        severity: ctx.severity,
        message: f.broken
          ? brokenWordMessage(f.word, f.suggestions[0])
          : f.fragment
            ? lineFragmentMessage(f.word)
            : garbledMessage(oneLine(f.word), f.suggestions[0], f.confidence, f.suggestions[1]),
        start: f.start,
        end: f.end,
        suggestions: f.suggestions,
        data: { confidence: f.confidence, word: f.word, kind: 'garbled' },
      });
    }
    const lex = defaultLexicon();
    for (const w of lex ? findLigatureWords(doc, lex) : []) {
      findings.push({
        rule: RULE_ID,
        severity: ctx.severity,
        message: `“${w.word}” is written with a ligature character (copied from a PDF?) — did you mean “${w.suggestion}”?`,
        start: w.start,
        end: w.end,
        suggestions: [w.suggestion],
        data: { confidence: w.confidence, word: w.word, kind: 'garbled' },
      });
    }
    return { findings };
  },
};

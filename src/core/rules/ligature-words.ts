/**
 * Words written with a typographic ligature character: text copied out of a
 * PDF or an e-book keeps the single characters its fonts used for "fi",
 * "fl", "ff", "ffi", "ffl" and "st" (U+FB00–U+FB06), so “ﬁnancial” looks
 * right on screen but is not the word to a search, a spell checker or a
 * screen reader.
 *
 * Every word with one is reported through `ocr/garbled`, with the letters
 * spelt out as the fix. Spelling the letters out changes nothing a reader
 * sees, so the fix is confident when the result is a word the lexicon
 * knows, and offered only (below CONFIDENT) when it is not. The OCR
 * candidates (./ocr-candidates.ts) leave these words to this module, so a
 * ligature is never "corrected" into another word (“ﬂoor” → door).
 */
import { placeBlockSpans, type Document } from '../document.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { AnalyzedBlock } from '../types.js';

/** The Latin ligatures of Unicode's Alphabetic Presentation Forms block and the letters they stand for. */
const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};
const LIGATURE = /[\uFB00-\uFB06]/;
const LIGATURES_GLOBAL = /[\uFB00-\uFB06]/g;

/** Spelling the letters out gives a known word. */
const KNOWN_CONFIDENCE = 0.98;
/** …or a word the lexicon lacks (a name, a rare word): the fix is still right, but left to the writer. */
const UNKNOWN_CONFIDENCE = 0.7;

/** One word written with a ligature. Offsets are document offsets. */
export interface LigatureWord {
  start: number;
  end: number;
  word: string;
  suggestion: string;
  confidence: number;
}

/** Whether a word contains a ligature character (the OCR candidates skip such words). */
export function hasLigature(word: string): boolean {
  return LIGATURE.test(word);
}

/** `word` with its ligatures spelt out, in the case of the letters around them. */
export function spellOutLigatures(word: string): string {
  // The letters around the ligatures decide (a ligature's own upper case is two letters: "ﬁ" → "FI").
  const rest = word.replace(LIGATURES_GLOBAL, '');
  const upper = rest !== rest.toLowerCase() && rest === rest.toUpperCase();
  return word.replace(LIGATURES_GLOBAL, (l) => (upper ? LIGATURES[l].toUpperCase() : LIGATURES[l]));
}

/** The words of a document written with ligatures. */
export function findLigatureWords(doc: Document, lex: Lexicon): LigatureWord[] {
  return placeBlockSpans(doc, 'ligature-words', (b) => blockLigatures(b, lex));
}

function blockLigatures(block: AnalyzedBlock, lex: Lexicon): LigatureWord[] {
  const out: LigatureWord[] = [];
  // Most blocks have none: one scan of the text decides.
  if (!LIGATURE.test(block.text)) return out;
  for (const t of block.tokens) {
    if (t.kind !== 'word' || !hasLigature(t.text)) continue;
    const suggestion = spellOutLigatures(t.text);
    out.push({ start: t.sourceStart, end: t.sourceEnd, word: t.text, suggestion, confidence: lex.has(suggestion) ? KNOWN_CONFIDENCE : UNKNOWN_CONFIDENCE });
  }
  return out;
}

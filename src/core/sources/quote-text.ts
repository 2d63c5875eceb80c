/**
 * A quotation's words as the matcher compares them, with the writer's
 * editorial marks read the way a reader reads them:
 * - an ellipsis ("…", "...", ". . .") marks words left out: the quote is cut
 *   there into fragments, each of which must be found, in order, in the same
 *   source;
 * - square brackets either complete a word ("[T]he", "defend[ed]": the
 *   letters join the word) or stand on their own ("[the treaty]"): an
 *   editorial insertion, whose words are not the speaker's and do not count,
 *   and which may replace source words ("it") without counting against the
 *   quote.
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import { defaultLexicon } from '../lexicon/default.js';
import { forEachWord, wordKey } from './words.js';

/** One compared word of a quote. */
export interface QuoteUnit {
  /** Lower-case key, after OCR correction (one written word may give two units: "ofthe"). */
  key: string;
  /** Lower-case key as written. */
  raw: string;
  /** The lexicon does not know the word as written. */
  unknown: boolean;
  /** The word as written, on its first unit ('' on the second unit of a split word). */
  written: string;
  /** An editorial insertion stands right before this word: source words skipped here are free. */
  gapBefore: boolean;
}

/** A quote cut at its ellipses. */
export type QuoteFragments = QuoteUnit[][];

/** "…", "...", ". . ." (and longer runs of dots). */
const ELLIPSIS = /\u2026|\.(?:\s?\.){2,}/g;
/** A bracketed stretch (no nesting, bounded length so a stray bracket cannot swallow a quote). */
const BRACKETS = /\[([^[\]]{0,200})\]/g;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Marks an editorial insertion inside a fragment while scanning words. */
const GAP = '\u0001';

/** Cuts a quote's prose into fragments of compared words. */
export function parseQuote(text: string, lex: Lexicon | undefined = defaultLexicon()): QuoteFragments {
  const fragments: QuoteFragments = [];
  for (const piece of text.split(ELLIPSIS)) {
    const units = fragmentUnits(resolveBrackets(piece), lex);
    if (units.length > 0) fragments.push(units);
  }
  return fragments;
}

/** The number of compared words in a quote. */
export function unitCount(fragments: QuoteFragments): number {
  let n = 0;
  for (const f of fragments) n += f.length;
  return n;
}

/** The number of words of a quote as written (a word the OCR correction split counts once). */
export function writtenWordCount(fragments: QuoteFragments): number {
  let n = 0;
  for (const f of fragments) for (const u of f) if (u.written !== '') n++;
  return n;
}

/** Joins bracketed letters to their word; turns a free-standing bracket into a gap mark. */
function resolveBrackets(piece: string): string {
  return piece.replace(BRACKETS, (whole, inner: string, at: number) => {
    const before = at > 0 ? piece[at - 1] : '';
    const after = piece[at + whole.length] ?? '';
    const joined = (before !== '' && WORD_CHAR.test(before)) || (after !== '' && WORD_CHAR.test(after));
    return joined ? inner : ` ${GAP} `;
  });
}

function fragmentUnits(piece: string, lex: Lexicon | undefined): QuoteUnit[] {
  const units: QuoteUnit[] = [];
  // The next gap mark, found by scanning forward only (linear however long the quote).
  const gapFrom = (from: number): number => {
    const at = piece.indexOf(GAP, from);
    return at === -1 ? Infinity : at;
  };
  let nextGap = gapFrom(0);
  let gap = false;
  forEachWord(piece, (word, at) => {
    if (nextGap < at) {
      gap = true;
      nextGap = gapFrom(at);
    }
    const k = wordKey(word, lex);
    k.corrected.forEach((key, i) => {
      units.push({ key, raw: k.raw, unknown: k.unknown, written: i === 0 ? word : '', gapBefore: gap && i === 0 });
    });
    gap = false;
  });
  return units;
}

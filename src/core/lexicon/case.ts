/**
 * Keeping the case of the damaged word in its correction: "RuCeia" →
 * "Russia", "FoFrrSing" → "Following", "CBULD" → "COULD", "hrS" → "how".
 * Capitals inside a damaged word are damage, so only the first letter and
 * "all letters are capitals" count as the writer's case.
 */
import type { Lexicon } from './lexicon.js';

/** The case a writer gave a word. */
export type CasePattern = 'lower' | 'title' | 'upper';

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isLetter = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();

/** The writer's case of a (possibly damaged) word. */
export function casePattern(word: string): CasePattern {
  let letters = 0;
  let uppers = 0;
  let first: string | undefined;
  for (const ch of word) {
    if (!isLetter(ch)) continue;
    first ??= ch;
    letters++;
    if (isUpper(ch)) uppers++;
  }
  if (letters >= 2 && uppers === letters) return 'upper';
  return first !== undefined && isUpper(first) ? 'title' : 'lower';
}

/** Capitalises the first letter of `s`. */
export function capitalise(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Writes lexicon entry `id` in the case the damaged word had: capitals stay
 * capitals; otherwise a word that is normally capitalised (Russia, NATO,
 * iPhone) keeps its usual form, and a Capitalised damaged word gets a
 * capitalised correction.
 */
export function applyCase(lex: Lexicon, id: number, pattern: CasePattern): string {
  const key = lex.keyOf(id);
  if (pattern === 'upper') return key.toUpperCase();
  if (lex.isCapitalisedId(id)) return lex.canonicalOf(id);
  return pattern === 'title' ? capitalise(key) : key;
}

/** Writes a plain string (e.g. a two-word split) in the given case. */
export function applyCaseText(text: string, pattern: CasePattern): string {
  if (pattern === 'upper') return text.toUpperCase();
  return pattern === 'title' ? capitalise(text) : text;
}

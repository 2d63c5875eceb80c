/**
 * Words as the source matcher compares them.
 *
 * Quotes and sources are compared as sequences of words, never as strings,
 * so that everything a quotation may legitimately change about its source's
 * typography drops out: case, curly versus straight apostrophes, dashes and
 * hyphens (both split words: "well-known" is "well known" on either side),
 * punctuation, whitespace and line breaks. Both sides go through the one
 * scanner here, so they always cut words the same way.
 *
 * OCR damage on either side is undone before comparing: a word the lexicon
 * does not know is replaced by the suggester's correction when that
 * correction is confident (the same noisy-channel suggester the OCR rules
 * use; see `lexicon/suggest.ts`). The raw form is kept too, so a name the
 * suggester would "correct" still matches itself.
 */
import { defaultLexicon } from '../lexicon/default.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { suggest } from '../lexicon/suggest.js';
import { withinDistance } from '../lexicon/symspell.js';
import { RARE_ZIPF, CORRECTION_CONFIDENCE, CORRECTION_MAX_LENGTH, CORRECTION_MIN_LENGTH, MAX_CORRECTION_CACHE } from './sources-data.js';

/**
 * A word (see {@link forEachWord}): letters, marks and digits, with apostrophes inside it (don't,
 * O’Brien). Everything else (spaces, punctuation, hyphens, dashes) separates
 * words. The `u` flag's property escapes keep accented letters and other
 * scripts whole.
 */
const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02bc][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Calls `visit` with each word of `text` and its offset, in order. Each call
 * scans with its own regular expression, so a visitor may itself scan words
 * (a global pattern shared between nested scans would reset its position).
 */
export function forEachWord(text: string, visit: (word: string, at: number) => void): void {
  const pattern = new RegExp(WORD_PATTERN.source, 'gu');
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) visit(m[0], m.index);
}

/** A word as compared: its lower-case key, and its corrected key when OCR damage was undone. */
export interface WordKey {
  /** Lower case, apostrophes straightened. */
  raw: string;
  /**
   * What the word says once OCR damage is undone: `[raw]` for a word the
   * lexicon knows; one or more words ("ofthe" → of, the) for a confident
   * correction.
   */
  corrected: readonly string[];
  /**
   * Whether the word may be damaged: the lexicon does not know it, or knows
   * it only as a rare word (OCR's "tbe", "ond" are rare words of their own).
   * Such words are compared more loosely (see {@link closeEnough}).
   */
  unknown: boolean;
}

/** The lower-case key of a word: case and apostrophe style ignored. */
export function rawKey(word: string): string {
  return word.toLowerCase().replace(/[\u2019\u02bc]/g, "'");
}

/** Corrections already worked out, by raw word (process-wide, bounded). */
const corrections = new Map<string, WordKey>();

/**
 * How `word` (one match of {@link WORD_PATTERN}) is compared. With no
 * lexicon (a checkout that was never built) words are compared as written.
 * `budget.left` limits how many suggester calls one caller may make, so that
 * a hostile source of random strings stays linear; `undefined` means no limit.
 */
export function wordKey(word: string, lex: Lexicon | undefined = defaultLexicon(), budget?: { left: number }): WordKey {
  const raw = rawKey(word);
  if (!lex || !needsCorrection(word)) return { raw, corrected: [raw], unknown: false };
  const cached = corrections.get(word);
  if (cached) return cached;
  const id = lex.lookup(word);
  if (id >= 0) {
    const known: WordKey = { raw, corrected: [raw], unknown: lex.zipfOf(id) < RARE_ZIPF };
    remember(word, known);
    return known;
  }
  if (budget) {
    if (budget.left <= 0) return { raw, corrected: [raw], unknown: true };
    budget.left--;
  }
  const best = suggest(word, { lexicon: lex, max: 2 })[0];
  const corrected =
    best && best.confidence >= CORRECTION_CONFIDENCE && rawKey(best.word) !== raw ? splitWords(rawKey(best.word)) : [raw];
  const key: WordKey = { raw, corrected: corrected.length > 0 ? corrected : [raw], unknown: true };
  remember(word, key);
  return key;
}

/** Words worth asking the suggester about: long enough to be damage, not numbers, not absurdly long. */
function needsCorrection(word: string): boolean {
  if (word.length < CORRECTION_MIN_LENGTH || word.length > CORRECTION_MAX_LENGTH) return false;
  return /\p{L}/u.test(word);
}

function remember(word: string, key: WordKey): void {
  if (corrections.size >= MAX_CORRECTION_CACHE) corrections.clear();
  corrections.set(word, key);
}

/** The words of a string (one correction may be two words: "of the"). */
function splitWords(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (w) => out.push(w));
  return out;
}

/**
 * Whether two words that differ as written could be the same word damaged
 * by OCR. Callers ask only when one of them may be damaged (unknown to the
 * lexicon or rare: two common words that differ, "affect" and "effect", are
 * a real difference); here they must be within one edit (two for long
 * words) of each other.
 */
export function closeEnough(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (shorter < CORRECTION_MIN_LENGTH) return false;
  const limit = shorter >= 8 ? 2 : 1;
  return withinDistance(a, b, limit) <= limit;
}

/**
 * Character classes for the tokenizer and the rules that look at single
 * characters. Classification is by code point and cached, so a pass over a
 * text stays linear and cheap even for non-ASCII prose.
 */
import { CODE_PLACEHOLDER } from '../types.js';

/** Character classes (plain numbers so the hot loop compares small ints). */
export const CharClass = {
  /** No character: before the start or past the end of the text. */
  None: 0,
  /** Any whitespace, including line breaks, NBSP and BOM. */
  Space: 1,
  /** Letters (`\p{L}`) and letter numbers (`\p{Nl}`, e.g. Roman numeral signs). */
  Letter: 2,
  /** Combining marks (`\p{M}`), including variation selectors. */
  Mark: 3,
  /** Decimal digits (`\p{Nd}`). */
  Digit: 4,
  /** Punctuation (`\p{P}`): one token per character. */
  Punct: 5,
  /** Everything else: symbols, other numbers, controls, unassigned, lone surrogates. */
  Symbol: 6,
  /** {@link CODE_PLACEHOLDER}. */
  Atom: 7,
  /** Invisible joiners that may sit inside a word: ZWNJ, ZWJ, soft hyphen, word joiner. */
  Joiner: 8,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const ATOM_CODE = CODE_PLACEHOLDER.charCodeAt(0);
const JOINERS = new Set([0x200c, 0x200d, 0x00ad, 0x2060]);

const RE_SPACE = /^\s$/u;
const RE_LETTER = /^[\p{L}\p{Nl}]$/u;
const RE_MARK = /^\p{M}$/u;
const RE_DIGIT = /^\p{Nd}$/u;
const RE_PUNCT = /^\p{P}$/u;
const RE_UPPER = /^[\p{Lu}\p{Lt}]$/u;

function computeClass(cp: number): CharClass {
  if (cp === ATOM_CODE) return CharClass.Atom;
  if (cp >= 0xd800 && cp <= 0xdfff) return CharClass.Symbol; // a lone surrogate
  if (JOINERS.has(cp)) return CharClass.Joiner;
  const ch = String.fromCodePoint(cp);
  if (RE_SPACE.test(ch)) return CharClass.Space;
  if (RE_LETTER.test(ch)) return CharClass.Letter;
  if (RE_MARK.test(ch)) return CharClass.Mark;
  if (RE_DIGIT.test(ch)) return CharClass.Digit;
  if (RE_PUNCT.test(ch)) return CharClass.Punct;
  return CharClass.Symbol;
}

/** BMP cache: 0 = not yet computed. 64 KiB, filled lazily. */
const bmpCache = new Uint8Array(0x10000);
/** Astral code points are rare in prose; a small map is enough. */
const astralCache = new Map<number, CharClass>();
const ASTRAL_CACHE_LIMIT = 4096;

/** The class of a code point (a lone surrogate is a Symbol; -1 is None). */
export function charClass(cp: number): CharClass {
  if (cp < 0) return CharClass.None;
  if (cp < 0x10000) {
    const cached = bmpCache[cp];
    if (cached !== 0) return cached as CharClass;
    const c = computeClass(cp);
    bmpCache[cp] = c;
    return c;
  }
  const cached = astralCache.get(cp);
  if (cached !== undefined) return cached;
  const c = computeClass(cp);
  if (astralCache.size < ASTRAL_CACHE_LIMIT) astralCache.set(cp, c);
  return c;
}

/**
 * The code point starting at UTF-16 index `i` (a lone surrogate yields its
 * own code unit), or -1 past the end.
 */
export function codePointAt(text: string, i: number): number {
  if (i < 0 || i >= text.length) return -1;
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * The code point that ends just before UTF-16 index `i`, or -1 at the start.
 * Reads at most two code units, so it is O(1).
 */
export function codePointBefore(text: string, i: number): number {
  if (i <= 0 || i > text.length) return -1;
  const d = text.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = text.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** UTF-16 length of a code point. */
export function cpLength(cp: number): number {
  return cp >= 0x10000 ? 2 : 1;
}

/** Whether a code point is an uppercase or titlecase letter. */
export function isUpper(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return RE_UPPER.test(String.fromCodePoint(cp));
}

/** Whether a code point belongs in a word (letter, combining mark or digit). */
export function isWordChar(cp: number): boolean {
  if (cp < 0) return false;
  const c = charClass(cp);
  return c === CharClass.Letter || c === CharClass.Mark || c === CharClass.Digit;
}

/**
 * `s.toLowerCase()`, without its cost for the common case: a string of ASCII
 * characters with no capital is returned as it is. V8 lower-cases one-byte
 * strings quickly, but a document with one curly quote or dash is two-byte
 * throughout, and then every word's `toLowerCase()` takes the slow,
 * allocating path even when nothing changes.
 */
export function toLowerFast(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || (c >= 0x41 && c <= 0x5a)) return s.toLowerCase();
  }
  return s;
}

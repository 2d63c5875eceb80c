/**
 * Layout of `dist/context.bin`, written by `scripts/build-context.mjs` and
 * read by ./context-data.ts. Little-endian; every section starts on a 4-byte
 * boundary so typed arrays view it without copying.
 *
 * ```
 * 0   "ATCX"                 magic
 * 4   u32 format version     FORMAT_VERSION
 * 8   u32 section count      k
 * 12  k × (u32 id, u32 byte offset, u32 byte length)
 * …   sections
 * ```
 *
 * Keys are {@link fnv1a} hashes of lower-case text (’ read as '): a word, or
 * words joined by single spaces. Key tables are sorted u32 arrays searched by
 * bisection, with a parallel value array. A 32-bit hash may collide; the
 * build keeps the larger value, and a wrong hit is about one lookup in a
 * million, which at worst suppresses or weakens one finding.
 *
 * Sections (ids in {@link Section}):
 * - META: UTF-8 JSON (sources, held-out split, counts).
 * - WORDS: the words that may be suggested, UTF-8, joined by "\n"; a word's
 *   id is its line number.
 * - WORD_ZIPF: u8 per word, Zipf × 10 from the lexicon.
 * - UNI_KEYS / UNI_COUNTS: u32 / u32, how often each word was counted.
 * - PAIR_KEYS / PAIR_COUNTS: u32 / u16 (saturating), how often each adjacent
 *   pair "a b" was counted; pairs seen once are left out (count 0).
 * - NB_KEYS / NB_STARTS / NB_ZIPF / NB_ENTRIES: the neighbour index. For the
 *   damaged word with key NB_KEYS[i] (Zipf × 10 in NB_ZIPF[i]), its
 *   candidates are NB_ENTRIES[NB_STARTS[i] … NB_STARTS[i + 1]), each
 *   `word id << 8 | round(edit cost × 10)`, cheapest first.
 * - NAMES: the names whose damages are indexed, UTF-8 lines, words joined
 *   by " " in their usual case; NAME_COUNTS: u32 per name, how often it was seen.
 * - NAME_KEYS / NAME_VALUES: key of a damaged name (all its words, lower
 *   case) → `name id << 8 | damaged word position << 4`.
 */

/** Bump with FORMAT_VERSION in scripts/build-context.mjs. */
export const FORMAT_VERSION = 1;

/** File magic. */
export const MAGIC = 'ATCX';

/** Section ids. */
export const Section = {
  META: 1,
  WORDS: 2,
  UNI_KEYS: 3,
  UNI_COUNTS: 4,
  PAIR_KEYS: 5,
  PAIR_COUNTS: 6,
  NB_KEYS: 7,
  NB_STARTS: 8,
  NB_ENTRIES: 9,
  NAMES: 10,
  NAME_KEYS: 11,
  NAME_VALUES: 12,
  NAME_COUNTS: 13,
  WORD_ZIPF: 14,
  NB_ZIPF: 15,
} as const;

/** What META says about the build. */
export interface ContextMeta {
  format: number;
  /** Package and version of each source. */
  sources: Record<string, string>;
  /** How documents were held out of the counts. */
  heldOut: string;
  /** Words counted, and words held out for measuring. */
  words: { counted: number; dev: number; test: number };
  minPairCount: number;
  vocabulary: number;
  names: number;
}

/** The FNV-1a offset basis: the hash of the empty string. */
export const FNV_START = 0x811c9dc5;

const RIGHT_SINGLE_QUOTE = 0x2019;
const APOSTROPHE = 0x27;

/**
 * FNV-1a over the UTF-16 units of `s` lower-cased (ASCII folding; ’ read as
 * '), continuing from hash `h`. Same as `fnv(keyOf(s), h)` in the build for
 * ASCII text; other text is lower-cased with `toLowerCase` first.
 */
export function fnv1a(s: string, start: number = FNV_START): number {
  let h = start;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === RIGHT_SINGLE_QUOTE) c = APOSTROPHE;
    else if (c >= 128) return fnv1aSlow(s, start);
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Non-ASCII path of {@link fnv1a}: full Unicode lower-casing. */
function fnv1aSlow(s: string, h: number): number {
  const key = s.toLowerCase().replace(/\u2019/g, "'");
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Key of a word sequence: the words, lower-cased, joined by single spaces. */
export function sequenceKey(words: readonly string[]): number {
  let h = FNV_START;
  for (let i = 0; i < words.length; i++) {
    if (i > 0) h = Math.imul(h ^ 0x20, 0x01000193) >>> 0;
    h = fnv1a(words[i], h);
  }
  return h;
}

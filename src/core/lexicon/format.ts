/**
 * Layout of `dist/lexicon.bin`, written by `scripts/build-lexicon.mjs` and
 * read by {@link ./lexicon.ts}. Everything is little-endian; every section
 * starts on a 4-byte boundary so typed arrays can view it without copying.
 *
 * ```
 * 0   "ATLX"                 magic
 * 4   u32 format version     FORMAT_VERSION
 * 8   u32 section count      k
 * 12  k × (u32 id, u32 byte offset, u32 byte length)
 * …   sections
 * ```
 *
 * Sections (ids in {@link Section}):
 * - KEYS: every entry's lower-case key, sorted, concatenated; Latin-1 (one
 *   byte per UTF-16 unit) when META's `keyEncoding` says so, else UTF-8.
 * - OFFSETS: u32[n + 1], UTF-16 offsets of each key in the decoded KEYS string.
 * - HASH: u32[2^k] open-addressing table (linear probing) of id + 1, keyed by
 *   {@link fnv1a} of the lower-case key; 0 is an empty slot.
 * - ZIPF: u8[n], round(Zipf × 10): log10 of occurrences per billion words;
 *   1 is the floor for any known entry.
 * - FLAGS: u8[n], bits of {@link Flag}.
 * - LEVEL: u8[n], the SCOWL size level (10 common … 80 rare; 0 = not in SCOWL).
 * - FORMS: UTF-8 lines `id\tform` giving the spelling of MIXED-case entries.
 * - SYM_IDS (up to format 6 only; id 8 stays reserved): the indexed words' lexicon ids.
 * - SYM_STARTS: u32[B + 1], CSR starts of each bucket's postings.
 * - SYM_POSTINGS: u32[2 × postings]; each posting is two words, so a
 *   bucket's postings share cache lines:
 *   1. `fingerprint | lexicon id`: the delete's hash above bit `idBits`
 *      (against bucket collisions) over the word's lexicon id (low `idBits`
 *      bits). The id itself, not an index into a list of indexed words: a
 *      posting that passes the cheap tests then costs one dependent memory
 *      read fewer before its key is compared;
 *   2. `zipf10 | (min(word length, 63) << 2 | depth) << 8`, depth being how
 *      many letters the word lost to make the delete — so a lookup filters
 *      most postings without touching the word.
 *   Within a bucket, postings are sorted by falling word frequency.
 * - META: UTF-8 JSON (sources, SymSpell parameters).
 * - SUGGEST_FILTER: u32[2^(filterBits − 5)], a bitset with bit
 *   `fnv1a(key) mod 2^filterBits` set for every indexed word: a probe of a
 *   made-up variant usually stops at this cache-resident bitset.
 * - LETTER_TRIGRAMS (optional): u32[28³ + 1], the letter-trigram entry counts
 *   of `../rules/letter-stats.ts` (index `(a · 28 + b) · 28 + c`), then the
 *   number of entries counted. Precomputed so a short-lived process (the CLI)
 *   does not spend ~60 ms counting them at first use; a file without it still
 *   works, the counts are then computed from the keys.
 */

/** Bump with FORMAT_VERSION in scripts/build-lexicon.mjs. */
export const FORMAT_VERSION = 7;

/** Section ids. */
export const Section = {
  KEYS: 1,
  OFFSETS: 2,
  HASH: 3,
  ZIPF: 4,
  FLAGS: 5,
  LEVEL: 6,
  FORMS: 7,
  /** Format ≤ 6 only (the postings now hold lexicon ids); kept so the id is not reused. */
  SYM_IDS: 8,
  SYM_STARTS: 9,
  SYM_POSTINGS: 10,
  META: 11,
  SUGGEST_FILTER: 12,
  LETTER_TRIGRAMS: 13,
} as const;

/** Bits of the FLAGS section. */
export const Flag = {
  /** In SCOWL: a real English word (any spelling family). */
  DICT: 1,
  /** Written in lower case (or unknown case, for corpus-only entries). */
  LOWER: 2,
  /** Written Capitalised (Russia, Monday). */
  TITLE: 4,
  /** Written in capitals (NATO). */
  UPPER: 8,
  /** Written in some other case (iPhone, McDonald): see FORMS. */
  MIXED: 16,
  /** Only listed as an abbreviation (hrs, bf). */
  ABBREV: 32,
  /** Seen in the frequency corpora (Wikipedia or SUBTLEX). */
  CORPUS: 64,
  /** A contraction (don't, o'er). */
  CONTRACTION: 128,
} as const;

/** Metadata stored in the META section. */
export interface LexiconMeta {
  format: number;
  sources: Record<string, string>;
  filterBits: number;
  /**
   * How KEYS is encoded: `latin1` when every key fits in it (decoding is then
   * a copy, not a UTF-8 decode: ~5 ms less at start-up); absent means UTF-8.
   */
  keyEncoding?: 'latin1' | 'utf8';
  symspell: { prefix: number; maxDistance: number; bucketBits: number; idBits: number; minZipf: number; words: number };
  entries: number;
}

/**
 * FNV-1a over UTF-16 code units. The build script has an identical copy; the
 * unit tests load the built file, so any drift between the two fails them.
 */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

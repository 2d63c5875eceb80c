/**
 * Which letter sequences English (and the names English text uses) produces,
 * learned from the lexicon itself when it is first needed: for every letter
 * trigram (with word boundaries), in how many lexicon entries it occurs.
 *
 * Damage from OCR and broken font encodings makes sequences no word has
 * ("aggbement" has "ggb", "tgbaty" starts with "tgb"), while names, however
 * foreign, are mostly made of sequences that some entry has: the lexicon
 * holds ~285,000 entries including Wikipedia's names, so "Pyongyang",
 * "Podolyak" or "Stoltenberg" look ordinary and "cbvering" does not.
 *
 * Counting types (entries), not tokens, keeps frequent words from hiding rare
 * but legitimate sequences. Built in one pass over the keys (~2.5 M
 * characters, ~60 ms cold); no lists by hand. `scripts/build-lexicon.mjs`
 * runs the same count at build time and stores it in the lexicon file's
 * LETTER_TRIGRAMS section, which {@link letterStats} uses when present (a
 * unit test checks the two agree).
 */
import { Flag } from '../lexicon/format.js';
import type { Lexicon } from '../lexicon/lexicon.js';

/** Symbols of the trigram alphabet: 0 is a word boundary, 1–26 are a–z, 27 anything else. */
const BOUNDARY = 0;
const OTHER = 27;
const SYMBOLS = 28;

/** Corpus-only entries (not in the dictionary) count only when at least this frequent (Zipf × 10). */
const MIN_CORPUS_ZIPF10 = 15;

/** Symbol of a UTF-16 code unit (case folded). */
export function symbolOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 65 && code <= 90) return code - 64;
  return OTHER;
}

/** Letter-sequence statistics of a lexicon. */
export interface LetterStats {
  /** In how many entries each trigram occurs; index `(a · 28 + b) · 28 + c`. */
  readonly trigrams: Uint32Array;
  /** Entries counted. */
  readonly entries: number;
}

const cache = new WeakMap<Lexicon, LetterStats>();

/** The statistics of `lexicon`: precomputed in its file, else computed on first use. */
export function letterStats(lexicon: Lexicon): LetterStats {
  let stats = cache.get(lexicon);
  if (!stats) {
    stats = storedStats(lexicon) ?? buildStats(lexicon);
    cache.set(lexicon, stats);
  }
  return stats;
}

/** The counts stored in the lexicon file (LETTER_TRIGRAMS: counts, then the entry total), if any. */
function storedStats(lex: Lexicon): LetterStats | undefined {
  const section = lex.letterTrigrams;
  const n = SYMBOLS * SYMBOLS * SYMBOLS;
  if (!section || section.length !== n + 1) return undefined;
  return { trigrams: section.subarray(0, n), entries: section[n] };
}

/**
 * Counts the statistics from the lexicon's keys. Exported for the test that
 * checks the build script's copy of this count (scripts/build-lexicon.mjs).
 */
export function buildStats(lex: Lexicon): LetterStats {
  const trigrams = new Uint32Array(SYMBOLS * SYMBOLS * SYMBOLS);
  // Marks trigrams already counted for the current entry (types, not tokens).
  const seenAt = new Int32Array(SYMBOLS * SYMBOLS * SYMBOLS).fill(-1);
  const keys = lex.keys;
  const offsets = lex.offsets;
  let entries = 0;
  for (let id = 0; id < lex.size; id++) {
    const f = lex.flags[id];
    if ((f & Flag.DICT) === 0 && lex.zipf10[id] < MIN_CORPUS_ZIPF10) continue;
    const start = offsets[id];
    const end = offsets[id + 1];
    if (end - start < 2) continue;
    // Letters only: contractions, hyphenated and accented entries teach nothing here.
    let plain = true;
    for (let i = start; i < end; i++) {
      const c = keys.charCodeAt(i);
      if (c < 97 || c > 122) {
        plain = false;
        break;
      }
    }
    if (!plain) continue;
    entries++;
    let a = BOUNDARY;
    let b = BOUNDARY;
    for (let i = start; i <= end; i++) {
      const c = i < end ? keys.charCodeAt(i) - 96 : BOUNDARY;
      if (i > start) {
        const t = (a * SYMBOLS + b) * SYMBOLS + c;
        if (seenAt[t] !== id) {
          seenAt[t] = id;
          trigrams[t]++;
        }
      }
      a = b;
      b = c;
    }
  }
  return { trigrams, entries };
}

/** How unusual a word's letter sequences are. */
export interface Rarity {
  /** Trigrams (boundaries included) that fewer than `rareBelow` entries have. */
  rare: number;
  /** The smallest entry count of any of its trigrams. */
  min: number;
  /** Trigrams looked at. */
  total: number;
}

/**
 * The rarity of `word`'s letter trigrams (case folded; a leading and a
 * trailing boundary count, so "tgb…" is judged as a word start). Trigrams
 * with anything other than a–z (digits, apostrophes, accented letters) are
 * skipped: ./garbled-word-evidence.ts judges digits on their own.
 */
export function rarity(stats: LetterStats, word: string, rareBelow: number, from = 0, to = word.length): Rarity {
  let rare = 0;
  let min = Number.MAX_SAFE_INTEGER;
  let total = 0;
  let a = BOUNDARY;
  let b = BOUNDARY;
  const tri = stats.trigrams;
  for (let i = from; i <= to; i++) {
    const c = i < to ? symbolOf(word.charCodeAt(i)) : BOUNDARY;
    // Trigrams with a digit, a symbol or a non-ASCII letter say nothing about letter sequences.
    if (i > from && a !== OTHER && b !== OTHER && c !== OTHER) {
      const n = tri[(a * SYMBOLS + b) * SYMBOLS + c];
      total++;
      if (n < rareBelow) rare++;
      if (n < min) min = n;
    }
    a = b;
    b = c;
  }
  return { rare, min, total };
}

/** Added to every trigram count (and SYMBOLS times to a context's total): unseen sequences stay possible. */
const SMOOTHING = 0.5;

/** Per two-symbol context, the sum of its trigram counts: the denominator of P(next | context). */
const contextTotals = new WeakMap<LetterStats, Float64Array>();

function totalsOf(stats: LetterStats): Float64Array {
  let totals = contextTotals.get(stats);
  if (!totals) {
    totals = new Float64Array(SYMBOLS * SYMBOLS);
    const tri = stats.trigrams;
    for (let ab = 0; ab < SYMBOLS * SYMBOLS; ab++) {
      let sum = 0;
      for (let c = 0; c < SYMBOLS; c++) sum += tri[ab * SYMBOLS + c];
      totals[ab] = sum;
    }
    contextTotals.set(stats, totals);
  }
  return totals;
}

/**
 * log10 of the probability of `word` (case folded, with its boundaries)
 * under a letter-trigram model of the lexicon: each letter given the two
 * before it, estimated from the entry counts with add-{@link SMOOTHING}.
 *
 * Comparing two spellings of about the same word says which of them reads
 * like English or a name English text uses: "Algeria" against "Algbria",
 * whose "lgb" and "gbr" almost no entry has. Digits and other symbols count
 * as a sequence no entry has, so a digit for a letter ("Fif3") costs what a
 * rare letter does.
 */
export function letterLogLikelihood(stats: LetterStats, word: string): number {
  const tri = stats.trigrams;
  const totals = totalsOf(stats);
  let sum = 0;
  let a = BOUNDARY;
  let b = BOUNDARY;
  for (let i = 0; i <= word.length; i++) {
    const c = i < word.length ? symbolOf(word.charCodeAt(i)) : BOUNDARY;
    const ab = a * SYMBOLS + b;
    sum += Math.log10((tri[ab * SYMBOLS + c] + SMOOTHING) / (totals[ab] + SMOOTHING * SYMBOLS));
    a = b;
    b = c;
  }
  return sum;
}

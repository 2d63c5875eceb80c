/**
 * Signs that one word is damaged, read from the word alone (no context):
 * capitals inside it that no naming practice explains, digits among its
 * letters, and letter sequences that no lexicon entry has. Each sign is
 * worth a weight on the log10 scale of the suggester (./garbled-word-data.ts).
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import { caseShape, letterCase, type CaseShape } from './case-patterns.js';
import { EVIDENCE, RARE_BELOW } from './garbled-word-data.js';
import { letterStats, rarity } from './letter-stats.js';

/** What the word itself says. */
export interface WordEvidence {
  shape: CaseShape;
  /** A digit among letters that is not a number with a suffix (1990s, 3rd, 5km) or a code (G7, MP3, COVID-19). */
  digit: boolean;
  /** Letter trigrams that fewer than RARE_BELOW lexicon entries have. */
  rareTrigrams: number;
  /** Total evidence weight (log10), ≥ 0. */
  weight: number;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Lower-case letters after a capital and a digit for the digit to be damage ("D3spite"; not "K9s", "B2b"). */
const LOWER_AFTER_CAPITAL = 3;

/** Length of the run of lower-case letters starting at `i`. */
function lowerRunFrom(word: string, i: number): number {
  let n = 0;
  while (i + n < word.length && letterCase(word, i + n) === -1) n++;
  return n;
}

/**
 * Whether a digit sits among the letters of `word` the way damage puts it
 * there: with a lower-case letter on both sides ("brd3fing", "t1ie"), or
 * one digit ending a lower-case word of four or more letters ("parastata1").
 * Also a digit just after the capital of a word that goes on in lower case
 * ("D3spite", "S3nate": at least LOWER_AFTER_CAPITAL letters), and a digit
 * between a lower-case letter and a capital ("Int3Lsat"), which no code
 * has. Numbers with suffixes (1990s, 21st, 5km) start with their digits;
 * codes (G7, MP3, B52s, K9s, COVID-19, A380) have capitals or digits next
 * to them and at most one letter after.
 */
export function digitAmongLetters(word: string): boolean {
  const n = word.length;
  for (let i = 0; i < n; i++) {
    if (!isDigit(word.charCodeAt(i))) continue;
    const before = i > 0 ? letterCase(word, i - 1) : 0;
    const after = i + 1 < n ? letterCase(word, i + 1) : 0;
    if (before === -1 && after !== 0) return true;
    if (before === 1 && i === 1 && after === -1 && lowerRunFrom(word, i + 1) >= LOWER_AFTER_CAPITAL) return true;
    if (before === -1 && i === n - 1) {
      let lowerRun = 0;
      for (let k = i - 1; k >= 0 && letterCase(word, k) === -1; k--) lowerRun++;
      if (lowerRun >= 4 && (i < 1 || !isDigit(word.charCodeAt(i - 1)))) return true;
    }
  }
  return false;
}

/** Index of the first letter of `word` (0 when none). */
function firstLetter(word: string): number {
  for (let i = 0; i < word.length; i++) if (letterCase(word, i) !== 0) return i;
  return 0;
}

/** The evidence of damage in one word (no hyphens; a possessive ending is fine). */
export function wordEvidence(lexicon: Lexicon, word: string): WordEvidence {
  // Judged without a possessive ending ("CAR’s", "RuCeia’s").
  let end = word.length;
  const apostrophe = end > 2 ? word.charCodeAt(end - 2) : 0;
  if ((apostrophe === 0x2019 || apostrophe === 0x27) && (word[end - 1] === 's' || word[end - 1] === 'S')) end -= 2;
  const base = end < word.length ? word.slice(0, end) : word;
  const shape = caseShape(base, (part) => lexicon.has(part));
  const digit = digitAmongLetters(base);
  // Acronyms are strings of initials, not syllables: their letter sequences say nothing.
  const rare = shape === 'upper' ? 0 : rarity(letterStats(lexicon), word, RARE_BELOW, 0, end).rare;
  let weight = Math.min(EVIDENCE.rareCap, rare * EVIDENCE.rareTrigram);
  if (shape === 'odd') weight += letterCase(base, firstLetter(base)) === 1 ? EVIDENCE.oddCaseCapitalised : EVIDENCE.oddCase;
  else if (shape === 'camel') weight += EVIDENCE.camelNotWords;
  if (digit) weight += EVIDENCE.digit;
  return { shape, digit, rareTrigrams: rare, weight };
}

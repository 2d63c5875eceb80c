/**
 * Signs that one word is damaged. Read from the word alone (no context):
 * capitals inside it that no naming practice explains, digits among its
 * letters, and letter sequences that no lexicon entry has. And, for a word
 * shaped like a name in a document that shows damage elsewhere, what the
 * document says of it ({@link damagedDocumentEvidence}). Each sign is worth a
 * weight on the log10 scale of the suggester (./garbled-word-data.ts).
 */
import { Flag } from '../lexicon/format.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { acronymSuffixAt, caseShape, letterCase, type CaseShape } from './case-patterns.js';
import { EVIDENCE, RARE_BELOW, type DamagedDocumentWeights } from './garbled-word-data.js';
import { letterLogLikelihood, letterStats, rarity } from './letter-stats.js';

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
 * there: with a lower-case letter on both sides ("brd3fing", "t1ie", and a
 * run of digits, "fl33dng"), or
 * one digit ending a lower-case word of four or more letters ("parastata1").
 * Also a digit just after the capital of a word that goes on in lower case
 * ("D3spite", "S3nate": at least LOWER_AFTER_CAPITAL letters), and a digit
 * between a lower-case letter and a capital ("Int3Lsat"), which no code
 * has. Numbers with suffixes (1990s, 21st, 5km) start with their digits;
 * codes (G7, MP3, B52s, K9s, COVID-19, A380) have capitals or digits next
 * to them and at most one letter after.
 */
function digitAmongLetters(word: string): boolean {
  const n = word.length;
  for (let i = 0; i < n; i++) {
    if (!isDigit(word.charCodeAt(i))) continue;
    const before = i > 0 ? letterCase(word, i - 1) : 0;
    const after = i + 1 < n ? letterCase(word, i + 1) : 0;
    if (before === -1 && after !== 0) return true;
    // A run of digits between lower-case letters ("fl33dng", "engin33r") is damage the same way.
    if (before === -1) {
      let j = i + 1;
      while (j < n && isDigit(word.charCodeAt(j))) j++;
      if (j > i + 1 && j < n && letterCase(word, j) === -1) return true;
    }
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
  // Acronyms are strings of initials, not syllables: their letter sequences say nothing (nor does "GPT" in ChatGPT).
  const acronymAt = shape === 'prefixed' ? acronymSuffixAt(base, undefined, (part) => lexicon.has(part)) : -1;
  const rare = shape === 'upper' ? 0 : rarity(letterStats(lexicon), word, RARE_BELOW, 0, acronymAt >= 0 ? acronymAt : end).rare;
  let weight = Math.min(EVIDENCE.rareCap, rare * EVIDENCE.rareTrigram);
  if (shape === 'odd') weight += letterCase(base, firstLetter(base)) === 1 ? EVIDENCE.oddCaseCapitalised : EVIDENCE.oddCase;
  else if (shape === 'camel') weight += EVIDENCE.camelNotWords;
  if (digit) weight += EVIDENCE.digit;
  return { shape, digit, rareTrigrams: rare, weight };
}

/** What a document says of one unknown word that nearly reads as a correction (see {@link damagedDocumentEvidence}). */
export interface NearMissContext {
  /** Times the correction itself occurs in the document (any case). */
  correctionUses: number;
  /** The words either side (only spaces between), if any. */
  prev?: string;
  next?: string;
  /** First word of its sentence or line. */
  initial: boolean;
  /**
   * For the letter substitutions that turn the correction into the word:
   * the fewest other words of the document flagged with a correction that
   * needs the same substitution (0 when a letter must be added or dropped).
   */
  editSupport: number;
  /** Share of the document's words flagged as damage (distinct flagged words over words). */
  damageRate: number;
}

const ASCII_WORD = /^[A-Za-z0-9'\u2019]+$/;

/** Whether `word` is capitalised and not a dictionary word: one half of a name the lexicon lacks ("Asamblea Nacional"). */
export function unknownName(lexicon: Lexicon, word: string | undefined): boolean {
  if (word === undefined || letterCase(word, 0) !== 1) return false;
  const id = lexicon.lookup(word);
  return id < 0 || (lexicon.flags[id] & Flag.DICT) === 0;
}

/**
 * Evidence (log10) that an unknown word in a DAMAGED document is a damaged
 * `correction` rather than right as written (a name, a rare word), from
 * what the document and the letters say; negative when they speak for the
 * word. It is flagged when this exceeds how far its correction fell short
 * of the margin. The weights `w` are NAME_IN_DAMAGED_DOCUMENT for a
 * capitalised word and LOWER_IN_DAMAGED_DOCUMENT for a lower-case one
 * (where only the letters and the neighbours count):
 *
 * - The correction is used elsewhere in the document ("Algeria" in a text
 *   where "Algbria" occurs once): damage is a one-off, a name recurs.
 * - The substitution it needs is one other flagged words of the document
 *   need too: the document's systematic damage.
 * - Its letters read less like English than the correction's (the
 *   letter-trigram likelihoods of ./letter-stats.ts): damage makes
 *   sequences no word has, a foreign name has its own regular ones.
 * - Against: a neighbour that is itself a capitalised word the dictionary
 *   lacks (the rest of a foreign name, "Partido Nacional"), and capitalised
 *   neighbours at all (a name among names).
 * - First in a sentence, the capital says nothing, so a common word is as
 *   likely as a name.
 * - The more of its words the document shows damaged, the likelier this one
 *   is damage too (the prior of damage that ./damaged-real-word.ts uses),
 *   unless it stands beside such a foreign name part.
 */
export function damagedDocumentEvidence(lexicon: Lexicon, word: string, correction: string, ctx: NearMissContext, w: DamagedDocumentWeights): number {
  let e = -w.threshold;
  e += w.vocabulary * Math.min(w.vocabularyCap, Math.log2(1 + ctx.correctionUses));
  e += w.support * Math.min(w.supportCap, ctx.editSupport);
  if (ASCII_WORD.test(word) && ASCII_WORD.test(correction)) {
    const stats = letterStats(lexicon);
    const gain = letterLogLikelihood(stats, correction) - letterLogLikelihood(stats, word);
    e += w.letters * Math.max(w.lettersMin, Math.min(w.lettersMax, gain));
  }
  const foreign = unknownName(lexicon, ctx.prev) || unknownName(lexicon, ctx.next);
  if (foreign) e -= w.foreignNeighbour;
  for (const n of [ctx.prev, ctx.next]) if (n !== undefined && letterCase(n, 0) === 1) e -= w.capitalisedNeighbour;
  if (ctx.initial) e += w.initial;
  if (w.rate > 0 && !foreign && ctx.damageRate > w.rateFrom) e += w.rate * Math.min(w.rateCap, Math.log10(ctx.damageRate / w.rateFrom));
  return e;
}

/**
 * Short words printed as figures: OCR reads "is" as "1s", "I" as "1", "to"
 * as "10", "a" as "4", "in" as "1m"; and the pronoun "I" as a bare stroke,
 * "|", "l" or "L" ("| have", "L hope"), read as "I" when the word after it
 * favours "I". A token of one to three characters with
 * a digit, in running prose, is read with each digit replaced by the letters
 * its glyph looks like (DIGIT_LOOKALIKES); a reading that is a common word
 * is reported when the words either side do not argue against it (a token
 * with letters, "1s", which is damage by itself) or clearly favour it (a
 * bare figure between two lower-case words; "1" read as "I" at the start of
 * a clause by the word after it). Favour is the Gamma–Poisson association of
 * the reading's pairs with its neighbours (as in ./real-word.ts, from
 * ../context); the thresholds are data in ./garbled-word-data.ts. A reading
 * first in a sentence takes a capital.
 *
 * In a document that shows damage, "1" and a stroke first in a clause are
 * read as "I" on less evidence (DIGIT_I_MIN_AFTER_DAMAGED), and "1" inside
 * a clause too when the word after favours "I" as much as first in a clause
 * and the word before does not disfavour it ("but 1 can't", "may 1 say").
 *
 * Real numbers stay numbers: a figure needs evidence on both sides
 * ("about 10 people", "1 in 4 voters", "in 1990s" are never words), and
 * figures next to other figures, punctuation or capitals are not tried.
 *
 * Findings go out through `ocr/garbled`, unsure (below CONFIDENT): pair
 * counts from a small corpus suggest a reading, they do not prove it.
 */
import type { ContextData } from '../context/context-data.js';
import { placeBlockSpans, type Document } from '../document.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { AnalyzedBlock, Token } from '../types.js';
import {
  DIGIT_LOOKALIKES,
  DIGIT_WORD_CONFIDENCE_FIGURE,
  DIGIT_WORD_CONFIDENCE_LETTERS,
  DIGIT_I_MIN_AFTER,
  DIGIT_I_MIN_AFTER_DAMAGED,
  DIGIT_WORD_MAX_LENGTH,
  DIGIT_WORD_MIN_SIDE,
  DIGIT_WORD_MIN_TOTAL_FIGURE,
  DIGIT_WORD_MIN_TOTAL_LETTERS,
  DIGIT_WORD_MIN_TOTAL_UNIT,
  NUMBER_SUFFIXES,
  DIGIT_WORD_MIN_ZIPF,
  STROKES_READ_AS_I,
} from './garbled-word-data.js';
import { association } from './real-word.js';

/** A figure read for a word. Offsets are document offsets. */
export interface DigitWord {
  start: number;
  end: number;
  /** As written ("1s"). */
  word: string;
  /** Readings, best first ("is"). */
  suggestions: string[];
  confidence: number;
}

const TOKEN = /^[0-9a-z]+$/;
const HAS_DIGIT = /[0-9]/;
const LOWER_WORD = /^[a-z]+$/;
const LETTER_WORD = /^[A-Za-z]+$/;
/** A lower-case word, or a contraction ("can't"). */
const LOWER_CONTRACTION = /^[a-z]+['\u2019][a-z]+$/;

/**
 * The figures read for words in a document, in document order (memoised per
 * block). In a document that shows damage (`damaged`), a token with letters
 * whose letters could make a count ("1s") is read as a word on the terms of
 * any other token with letters: there, "the Mayor 1s proposing" is far
 * likelier a misread "is" than a count of ones.
 */
export function findDigitWords(doc: Document, lex: Lexicon, data: ContextData, damaged = false): DigitWord[] {
  return placeBlockSpans(doc, damaged ? 'ocr/digit-words-damaged' : 'ocr/digit-words', (b) => blockDigitWords(b, lex, data, damaged));
}

/** The figures read for words in one block, with chunk-relative offsets. */
function blockDigitWords(block: AnalyzedBlock, lex: Lexicon, data: ContextData, damaged: boolean): DigitWord[] {
  const out: DigitWord[] = [];
  const tokens = block.tokens;
  // On a page the scanner misreads, a figure or stroke before a verb is read as "I" on less evidence.
  const minAfterI = damaged ? DIGIT_I_MIN_AFTER_DAMAGED : DIGIT_I_MIN_AFTER;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (STROKES_READ_AS_I.has(t.text) && (i === 0 || tokens[i - 1].kind === 'space')) {
      // "| have", "L hope": a stroke read for the pronoun, when the word after it favours "I".
      const next = neighbour(tokens, i, 1, true);
      if (next !== undefined && side(data, 'I', next, false) >= minAfterI) out.push(found(t, ['I'], DIGIT_WORD_CONFIDENCE_LETTERS));
      continue;
    }
    if ((t.kind !== 'word' && t.kind !== 'number') || t.text.length > DIGIT_WORD_MAX_LENGTH) continue;
    if (!TOKEN.test(t.text) || !HAS_DIGIT.test(t.text)) continue;
    const figure = !/[a-z]/.test(t.text);
    // A figure needs lower-case words either side; a token with letters ("1s") may stand by a name or a mark.
    const next = neighbour(tokens, i, 1, figure);
    const prev = neighbour(tokens, i, -1, figure);
    // Letters that make a unit or a count ("1m" a million, "1s" ones); in a damaged document, letters like any other.
    const unit = !damaged && NUMBER_SUFFIXES.has(t.text.replace(/[0-9]/g, ''));
    if (figure) {
      if (t.text === '1' && damaged && prev !== undefined) {
        // "but 1 can't", "may 1 say": inside a clause on a damaged page, when both words around favour "I"
        // (a contraction after it too); a count ("of 1 judge", "1 percent") is disfavoured by one side.
        const after = neighbour(tokens, i, 1, true, true);
        if (after !== undefined && side(data, prev, 'I', true) >= 0 && side(data, 'I', after, false) >= DIGIT_I_MIN_AFTER) {
          out.push(found(t, ['I'], DIGIT_WORD_CONFIDENCE_FIGURE));
          continue;
        }
      }
      if (next === undefined) continue;
      if (t.text === '1' && prev === undefined && clauseStart(tokens, i)) {
        // "condition, 1 should": the pronoun, when the next word favours it.
        if (side(data, 'I', next, false) >= minAfterI) out.push(found(t, ['I'], DIGIT_WORD_CONFIDENCE_FIGURE));
        continue;
      }
      if (prev === undefined) continue;
    } else {
      if (prev === undefined && next === undefined) continue;
      if (prev === undefined && !clauseStart(tokens, i)) continue; // "$1m", "No.1s"
      // A unit or a count needs both neighbours for the word.
      if (unit && (prev === undefined || next === undefined)) continue;
    }
    const minimum = figure ? DIGIT_WORD_MIN_TOTAL_FIGURE : unit ? DIGIT_WORD_MIN_TOTAL_UNIT : DIGIT_WORD_MIN_TOTAL_LETTERS;
    const scored = readings(t.text)
      .filter((w) => w.length > 1 || w === 'a' || w === 'I')
      .filter((w) => lex.has(w) && lex.frequency(w) >= DIGIT_WORD_MIN_ZIPF)
      .map((w) => ({ word: w, score: fit(data, prev, w, next, figure) }))
      .filter((r): r is { word: string; score: number } => r.score !== undefined && r.score >= minimum)
      .sort((a, b) => b.score - a.score);
    if (scored.length === 0) continue;
    // First in a sentence, the word takes a capital ("1s now illegal" → "Is").
    const capital = prev === undefined && sentenceStart(tokens, i);
    const words = scored.map((r) => (capital ? r.word.charAt(0).toUpperCase() + r.word.slice(1) : r.word));
    out.push(found(t, words, figure ? DIGIT_WORD_CONFIDENCE_FIGURE : DIGIT_WORD_CONFIDENCE_LETTERS));
  }
  return out;
}

function found(t: Token, suggestions: string[], confidence: number): DigitWord {
  return { start: t.sourceStart, end: t.sourceEnd, word: t.text, suggestions: suggestions.slice(0, 3), confidence };
}

/** Whether token `i` starts a sentence: first in the block, or after a space that follows ".", "!" or "?". */
function sentenceStart(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const before = tokens[i - 2];
  return tokens[i - 1].kind === 'space' && (before === undefined || (before.kind === 'punct' && /[.!?]["”’']?$/.test(before.text)));
}

/** Whether token `i` starts a clause: first in the block, or after a space that follows a mark ending a clause (",", ".", ";", ":"…). */
function clauseStart(tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  const gap = tokens[i - 1];
  if (gap.kind !== 'space') return false;
  const before = tokens[i - 2];
  return before === undefined || (before.kind === 'punct' && /^[,.;:!?"“”‘’'()]+$/.test(before.text));
}

/**
 * The word next to token `i` in direction `dir`, lower-cased, with plain
 * spacing (one line break at most) between; only a lower-case word when
 * `lowerOnly`.
 */
function neighbour(tokens: readonly Token[], i: number, dir: number, lowerOnly: boolean, contraction = false): string | undefined {
  const gap = tokens[i + dir];
  const t = tokens[i + 2 * dir];
  if (gap?.kind !== 'space' || /\n[^]*\n/.test(gap.text) || t?.kind !== 'word') return undefined;
  if (contraction && LOWER_CONTRACTION.test(t.text)) return t.text.replace('\u2019', "'");
  if (lowerOnly ? !LOWER_WORD.test(t.text) : !LETTER_WORD.test(t.text)) return undefined;
  return t.text.toLowerCase();
}

/** Every reading of a token with its digits replaced by look-alike letters (a handful: tokens are short). */
function readings(token: string): string[] {
  let out = [''];
  for (const ch of token) {
    const letters = DIGIT_LOOKALIKES[ch] ?? (/[0-9]/.test(ch) ? '' : ch);
    if (letters === '') return [];
    out = out.flatMap((p) => [...letters].map((l) => p + l));
  }
  // "I" is a capital only alone; "It" and "Is" are no readings inside a sentence.
  return out.filter((w) => w === 'I' || w === w.toLowerCase());
}

/**
 * Log10 association of `word` with its neighbours (the sum over those
 * present); for a bare figure, undefined when either side falls short of
 * DIGIT_WORD_MIN_SIDE.
 */
function fit(data: ContextData, prev: string | undefined, word: string, next: string | undefined, figure: boolean): number | undefined {
  const before = prev === undefined ? 0 : side(data, prev, word, true);
  const after = next === undefined ? 0 : side(data, word, next, false);
  if (figure && (before < DIGIT_WORD_MIN_SIDE || after < DIGIT_WORD_MIN_SIDE)) return undefined;
  return before + after;
}

/** Log10 association of the pair (a, b), chance predicting it from the count of the context word and the probability of the reading (`b` when `readingSecond`). */
function side(data: ContextData, a: string, b: string, readingSecond: boolean): number {
  const counted = Math.max(1, data.meta.words.counted);
  const reading = readingSecond ? b : a;
  const context = readingSecond ? a : b;
  const expected = Math.max(1, data.count(context)) * (data.count(reading) / counted);
  return Math.log10(association(data.pairCount(a, b), expected));
}

/**
 * The few tokens of a block that the quotation rules start from, found in
 * one pass over the block's tokens and memoised on the block
 * ({@link perBlock}): its quotation marks (for the quotation scanner in
 * `rules/quote-spans.ts` and the attribution's look-ups of a mark's token),
 * the words that may start a name (for `speakers.ts`), and the verbs that
 * may report indirect speech (for `indirect.ts`). Without it each of those
 * walked every token of the document again; most tokens are spaces,
 * punctuation and lowercase words that none of them wants.
 */
import { perBlock } from '../engine/block-memo.js';
import { QUOTE_MARKS } from '../rules/quote-marks.js';
import type { AnalyzedBlock } from '../types.js';
import { INDIRECT_VERB_FORMS } from './speech-cues.js';

/** Token indexes a block's quotation rules start from, each list in order. */
export interface MarkTokens {
  /** The punctuation tokens that are quotation marks. */
  marks: readonly number[];
  /**
   * The `sourceStart` of each of `marks`, index for index: finding a mark by
   * its offset (the attribution does, for every quotation) then searches one
   * list of numbers instead of visiting token objects.
   */
  markStarts: readonly number[];
  /** The first token that is neither space nor a mark (`tokens.length` if none). */
  firstOther: number;
  /**
   * Word tokens that may be name words: those not starting with a lowercase
   * ASCII letter, and lowercase ones with a hyphen or apostrophe in their
   * first four characters (al-Sabah, d'Estaing).
   */
  nameStarts: readonly number[];
  /** Lowercase word tokens that are verbs of indirect speech (said, warned). */
  indirectVerbs: readonly number[];
}

/**
 * The first UTF-16 unit of every quotation mark, as a table indexed by code
 * unit: most tokens are ruled out by one array read instead of a string
 * look-up.
 */
const MARK_FIRST_UNITS = new Uint8Array(0x10000);
for (const mark of QUOTE_MARKS.keys()) MARK_FIRST_UNITS[mark.charCodeAt(0)] = 1;
/**
 * The shapes of the indirect-speech verbs: for each first and last letter
 * (a–z), a bit per length. A lowercase word is looked up in the set only
 * when a verb has its shape, which rules out nearly every word (most end in
 * e, d or s, like the verbs, but few share first letter, last letter and
 * length with one).
 */
const VERB_SHAPES = new Uint16Array(26 * 26);
/** Shortest and longest verb the scan looks for (the bits of {@link VERB_SHAPES}). */
const VERB_MIN_LENGTH = 4;
const VERB_MAX_LENGTH = 15;
/**
 * Whether every verb has a shape {@link VERB_SHAPES} can hold (lowercase
 * a–z, of those lengths); if one ever does not, the table is not consulted
 * and every lowercase word of a verb's length is looked up, as it would
 * otherwise be missed.
 */
const VERB_SHAPES_COMPLETE = fillVerbShapes();

function fillVerbShapes(): boolean {
  let complete = true;
  for (const verb of INDIRECT_VERB_FORMS) {
    const shape = verbShape(verb.charCodeAt(0), verb.charCodeAt(verb.length - 1));
    if (shape < 0 || verb.length < VERB_MIN_LENGTH || verb.length > VERB_MAX_LENGTH) complete = false;
    else VERB_SHAPES[shape] |= 1 << verb.length;
  }
  return complete;
}

/** The index in {@link VERB_SHAPES} of a word's first and last letter, or -1 unless both are a–z. */
function verbShape(first: number, last: number): number {
  return first >= 0x61 && first <= 0x7a && last >= 0x61 && last <= 0x7a ? (first - 0x61) * 26 + (last - 0x61) : -1;
}

/** Whether a lowercase word (first code unit `first`) has the shape of an indirect-speech verb. */
function hasVerbShape(word: string, first: number): boolean {
  if (!VERB_SHAPES_COMPLETE) return true;
  const shape = verbShape(first, word.charCodeAt(word.length - 1));
  return shape >= 0 && ((VERB_SHAPES[shape] >> word.length) & 1) === 1;
}

/** The block's quotation marks, name-word candidates and indirect-speech verbs (memoised per block). */
export function markTokens(block: AnalyzedBlock): MarkTokens {
  return perBlock(block, 'quote/tokens', scanTokens);
}

/** No such tokens in a block (most blocks have no quotation mark or no indirect-speech verb): one shared list. */
const NONE: readonly number[] = Object.freeze([]);

/**
 * Scratch lists the scan fills, reused from block to block: each block then
 * keeps exact-size copies. A list grown push by push holds spare room (17
 * slots for one entry), and these lists live as long as their block, so the
 * spare room would be copied by every garbage collection that moves them.
 */
const scratchMarks: number[] = [];
const scratchMarkStarts: number[] = [];
const scratchNameStarts: number[] = [];
const scratchVerbs: number[] = [];

function scanTokens({ tokens }: AnalyzedBlock): MarkTokens {
  let marks = 0;
  let nameStarts = 0;
  let verbs = 0;
  let firstOther = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const kind = t.kind;
    if (kind === 'space') continue;
    const text = t.text;
    // Every quotation mark is one UTF-16 unit, and the table holds only them: a one-unit punctuation token found
    // there is a mark (no set look-up).
    if (kind === 'punct' && MARK_FIRST_UNITS[text.charCodeAt(0)] === 1 && text.length === 1) {
      scratchMarks[marks] = i;
      scratchMarkStarts[marks++] = t.sourceStart;
      continue;
    }
    if (firstOther === tokens.length) firstOther = i;
    if (kind !== 'word') continue;
    const c = text.charCodeAt(0);
    if (c >= 0x61 && c <= 0x7a) {
      if (hasPrefixJoiner(text)) {
        scratchNameStarts[nameStarts++] = i;
      }
      // A word with the shape of a verb (first letter, last letter, length) is looked up: a cheap test first.
      else if (text.length >= VERB_MIN_LENGTH && text.length <= VERB_MAX_LENGTH && hasVerbShape(text, c) && INDIRECT_VERB_FORMS.has(text)) {
        scratchVerbs[verbs++] = i;
      }
    } else {
      scratchNameStarts[nameStarts++] = i;
    }
  }
  // Most blocks have no quotation mark or no indirect-speech verb: they share one empty list.
  return {
    marks: copyOf(scratchMarks, marks),
    markStarts: copyOf(scratchMarkStarts, marks),
    firstOther,
    nameStarts: copyOf(scratchNameStarts, nameStarts),
    indirectVerbs: copyOf(scratchVerbs, verbs),
  };
}

/** The first `n` entries of a scratch list, as a list of exactly that length ({@link NONE} when empty). */
function copyOf(scratch: readonly number[], n: number): readonly number[] {
  // (The scratch lists are filled in order from index 0, so they stay packed, and so does the slice.)
  return n === 0 ? NONE : scratch.slice(0, n);
}

/** Whether a hyphen or apostrophe sits within a word's first four characters (al-Sabah, d'Estaing). */
export function hasPrefixJoiner(text: string): boolean {
  for (let k = 1; k < 4 && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2d || c === 0x27 || c === 0x2019) return true;
  }
  return false;
}

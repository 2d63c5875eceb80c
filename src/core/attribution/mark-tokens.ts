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
 * The first UTF-16 unit of every quotation mark, and the last letter of
 * every indirect-speech verb, as tables indexed by code unit: most tokens
 * are ruled out by one array read instead of a string look-up.
 */
const MARK_FIRST_UNITS = new Uint8Array(0x10000);
for (const mark of QUOTE_MARKS.keys()) MARK_FIRST_UNITS[mark.charCodeAt(0)] = 1;
const VERB_LAST_UNITS = new Uint8Array(0x10000);
for (const verb of INDIRECT_VERB_FORMS) VERB_LAST_UNITS[verb.charCodeAt(verb.length - 1)] = 1;

/** The block's quotation marks, name-word candidates and indirect-speech verbs (memoised per block). */
export function markTokens(block: AnalyzedBlock): MarkTokens {
  return perBlock(block, 'quote/tokens', scanTokens);
}

/** No such tokens in a block (most blocks have no quotation mark or no indirect-speech verb): one shared list. */
const NONE: readonly number[] = Object.freeze([]);

function scanTokens({ tokens }: AnalyzedBlock): MarkTokens {
  // The lists are made only when a block has such a token: every list made is kept as long as its block.
  let marks: number[] | undefined;
  let markStarts: number[] | undefined;
  let nameStarts: number[] | undefined;
  let indirectVerbs: number[] | undefined;
  let firstOther = tokens.length;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const kind = t.kind;
    if (kind === 'space') continue;
    if (kind === 'punct' && MARK_FIRST_UNITS[t.text.charCodeAt(0)] === 1 && QUOTE_MARKS.has(t.text)) {
      (marks ??= []).push(i);
      (markStarts ??= []).push(t.sourceStart);
      continue;
    }
    if (firstOther === tokens.length) firstOther = i;
    if (kind !== 'word') continue;
    const text = t.text;
    const c = text.charCodeAt(0);
    if (c >= 0x61 && c <= 0x7a) {
      if (hasPrefixJoiner(text)) {
        (nameStarts ??= []).push(i);
      }
      // Verbs are lowercase words of 4 to 12 letters: a cheap test before the look-up.
      else if (
        text.length >= 4 &&
        text.length <= 12 &&
        VERB_LAST_UNITS[text.charCodeAt(text.length - 1)] === 1 &&
        INDIRECT_VERB_FORMS.has(text)
      ) {
        (indirectVerbs ??= []).push(i);
      }
    } else {
      (nameStarts ??= []).push(i);
    }
  }
  return { marks: marks ?? NONE, markStarts: markStarts ?? NONE, firstOther, nameStarts: nameStarts ?? NONE, indirectVerbs: indirectVerbs ?? NONE };
}

/** Whether a hyphen or apostrophe sits within a word's first four characters (al-Sabah, d'Estaing). */
export function hasPrefixJoiner(text: string): boolean {
  for (let k = 1; k < 4 && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2d || c === 0x27 || c === 0x2019) return true;
  }
  return false;
}

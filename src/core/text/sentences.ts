/**
 * Sentence splitting over a block's tokens.
 *
 * A sentence ends after a run of terminal punctuation (. ! ? …), together
 * with any closing quotation marks or brackets right after it, when
 * whitespace follows and then something that can start a sentence (an
 * uppercase letter, a digit, an opening quote or bracket, an inline-code
 * atom) — or when the block ends. Full-width CJK terminals end a sentence
 * without whitespace.
 *
 * A single period after an abbreviation is handled by the data in
 * `abbreviations.ts`: titles never end a sentence ("Gen. Ortiz"); "No." and
 * friends do not before a number; name suffixes, company forms, months,
 * dotted acronyms (U.S., a.m.) and single-letter initials (George W. Bush) end
 * one only when a common sentence starter follows ("… in the U.S. The …").
 * A "?" or "!" inside a quotation followed by a lowercase word ("Is it?" he
 * asked) does not end the sentence, because a lowercase word cannot start one.
 *
 * Sentences start at their first non-space token and end after their last
 * non-space token; whitespace between sentences belongs to none. A block of
 * only whitespace has no sentences. One pass, linear in the token count.
 */
import type { ProseBlock, Sentence, Token } from '../types.js';
import {
  NEVER_FINAL_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  SOFT_ABBREVIATIONS,
} from './abbreviations.js';
import { CharClass, charClass, codePointAt, cpLength, isUpper } from './chars.js';
import type { WorkMeter } from './meter.js';

/** Punctuation that ends a sentence. */
const TERMINALS: ReadonlySet<string> = new Set(['.', '!', '?', '…', '‼', '⁇', '⁈', '⁉']);
/** Full-width terminals: scripts that do not put spaces between sentences. */
const CJK_TERMINALS: ReadonlySet<string> = new Set(['。', '！', '？', '｡']);
/** Closing quotes and brackets that belong to the sentence they follow. */
const CLOSERS: ReadonlySet<string> = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}', '」', '』', '）']);
/** Opening quotes and brackets that may start a sentence. */
const OPENERS: ReadonlySet<string> = new Set([
  '"', "'", '“', '‘', '„', '‚', '‟', '‛', '«', '‹', '(', '[', '{', '¿', '¡', '「', '『', '（', '—',
]);

/**
 * Splits a block's tokens (from `tokenize`, which keeps space tokens) into
 * sentences. The tokens carry everything needed today; `block` is in the
 * signature so language-specific splitting can read it later. `meter`, if
 * given, is bumped once per token examined (for tests).
 */
export function splitSentences(block: ProseBlock, tokens: readonly Token[], meter?: WorkMeter): Sentence[] {
  const sentences: Sentence[] = [];
  const n = tokens.length;
  let first = -1;
  let lastNonSpace = -1;
  let steps = 0;
  for (let i = 0; i < n; i++) {
    steps++;
    const t = tokens[i];
    if (t.kind === 'space') continue;
    if (first < 0) first = i;
    lastNonSpace = i;
    if (t.kind !== 'punct') continue;
    const cjk = CJK_TERMINALS.has(t.text);
    if (!cjk && !TERMINALS.has(t.text)) continue;
    // Extend over the whole terminal run ("?!", "...") and the closers after it.
    let j = i + 1;
    while (j < n && tokens[j].kind === 'punct' && (TERMINALS.has(tokens[j].text) || CJK_TERMINALS.has(tokens[j].text))) {
      j++;
      steps++;
    }
    const runLength = j - i;
    while (j < n && tokens[j].kind === 'punct' && CLOSERS.has(tokens[j].text)) {
      j++;
      steps++;
    }
    lastNonSpace = j - 1;
    if (isBoundary(tokens, i, runLength, j, cjk)) {
      sentences.push({ firstToken: first, endToken: j });
      first = -1;
    }
    i = j - 1;
  }
  if (first >= 0) sentences.push({ firstToken: first, endToken: lastNonSpace + 1 });
  if (meter) meter.steps += steps;
  return sentences;
}

/**
 * Whether the terminal run starting at token `i` (of `runLength` tokens,
 * closers included up to `j`) ends a sentence.
 */
function isBoundary(tokens: readonly Token[], i: number, runLength: number, j: number, cjk: boolean): boolean {
  const n = tokens.length;
  if (j >= n) return true;
  if (tokens[j].kind !== 'space') return cjk && tokens[j].kind !== 'punct';
  if (j + 1 >= n) return true; // only whitespace left: the block ends here
  const next = tokens[j + 1];
  if (!canStartSentence(next)) return false;
  if (runLength !== 1 || tokens[i].text !== '.') return true;

  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (!prev || prev.kind !== 'word') return true;
  if (NEVER_FINAL_ABBREVIATIONS.has(prev.text)) return false;
  if (NUMBER_ABBREVIATIONS.has(prev.text) && next.kind === 'number') return false;
  if (SOFT_ABBREVIATIONS.has(prev.text) || isDottedAcronym(tokens, i - 1) || isSingleLetter(prev.text)) {
    return next.kind === 'word' && SENTENCE_STARTERS.has(next.text);
  }
  return true;
}

/** Whether a token can be the first of a sentence. */
function canStartSentence(t: Token): boolean {
  switch (t.kind) {
    case 'word':
      return isUpper(codePointAt(t.text, 0));
    case 'number':
    case 'atom':
      return true;
    case 'punct':
      return OPENERS.has(t.text);
    default:
      return false;
  }
}

/** "U.S." / "e.g." / "Ph.D.": a short word right after a period right after a word. */
function isDottedAcronym(tokens: readonly Token[], w: number): boolean {
  if (w < 2) return false;
  const word = tokens[w].text;
  if (word.length > 4 || !isLettersOnly(word) || countCodePoints(word) > 2) return false;
  const dot = tokens[w - 1];
  return dot.kind === 'punct' && dot.text === '.' && tokens[w - 2].kind === 'word';
}

/** One letter: an initial ("W.") or a letter used as a label. */
function isSingleLetter(word: string): boolean {
  const cp = codePointAt(word, 0);
  return cpLength(cp) === word.length && charClass(cp) === CharClass.Letter;
}

function isLettersOnly(word: string): boolean {
  for (let k = 0; k < word.length; ) {
    const cp = codePointAt(word, k);
    const c = charClass(cp);
    if (c !== CharClass.Letter && c !== CharClass.Mark) return false;
    k += cpLength(cp);
  }
  return true;
}

function countCodePoints(word: string): number {
  let count = 0;
  for (let k = 0; k < word.length; k += cpLength(codePointAt(word, k))) count++;
  return count;
}

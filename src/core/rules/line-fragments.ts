/**
 * Fragments left alone on a line inside a paragraph: what OCR makes of a
 * line it read in pieces or out of order ("ely", "inst", "ae", "t-" on a
 * line of their own, between two full lines of text).
 *
 * Greedy line filling never leaves one short word alone on a line between
 * two others: a line holds as many words as fit, so only the last line of a
 * paragraph is short. A line inside a paragraph that holds nothing but one
 * short lower-case token (a word of at most MAX_LETTERS letters, perhaps
 * with a hyphen, colon or period glued on) is debris of the page, not a
 * word of the text; so is a paragraph (not a list item or a table cell)
 * that holds nothing else. Function words ("and", "the") are left alone, as
 * they may well have lost their neighbours to a wrap in hand-wrapped text,
 * and so is any half of a word broken at the line end (./broken-word.ts).
 *
 * The first half of a word broken at a paragraph end that the next
 * paragraph does not complete ("refu-" and then a capital) is such debris
 * too.
 *
 * Reported through `ocr/garbled` with no suggestion (what the fragment
 * belonged to is unknown) and a low confidence: look at the line.
 */
import { placeBlockSpans, placedBlocks, type Document } from '../document.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { AnalyzedBlock, Token } from '../types.js';
import { blockHyphenations, breaksAcrossParagraphs, hyphenationHalves } from './broken-word.js';

/** A fragment alone on a line. Offsets are document offsets. */
export interface LineFragment {
  start: number;
  end: number;
  /** The token as written ("ely", "t-"). */
  word: string;
  /** 0–1: the line is debris, but what it belonged to is unknown. */
  confidence: number;
}

/** Longest fragment considered (letters): longer words alone on a line are rarer debris and likelier real. */
const MAX_LETTERS = 5;
/** Words at least this frequent (Zipf) are function words, left alone. */
const FUNCTION_WORD_ZIPF = 5.5;
/** How sure a fragment is debris. */
const FRAGMENT_CONFIDENCE = 0.3;
/** Marks that may be glued to a fragment (a lost hyphen, colon or period). */
const GLUED_MARKS: ReadonlySet<string> = new Set(['-', ':', '.', ',', ';']);
/** Marks that end a sentence or a clause. */
const SENTENCE_END: ReadonlySet<string> = new Set(['.', ',', ';']);
const LOWER_WORD = /^\p{Ll}+$/u;

/** The fragments of a document (see the module comment), in document order. */
export function findLineFragments(doc: Document, lex: Lexicon): LineFragment[] {
  const lone = placeBlockSpans(doc, 'line-fragments', (block) => blockFragments(block, lex));
  const orphans = orphanHalves(doc, lex);
  return orphans.length === 0 ? lone : [...lone, ...orphans].sort((a, b) => a.start - b.start);
}

/**
 * First halves of words broken at a paragraph end ("refu-", "appointm-")
 * that the next paragraph does not complete (./broken-word.ts joins those
 * it does): the rest of the word was lost or misplaced. Not in the
 * document's last paragraph, which may still be being typed, and not when
 * the half is a word on its own.
 */
function orphanHalves(doc: Document, lex: Lexicon): LineFragment[] {
  const out: LineFragment[] = [];
  const blocks = placedBlocks(doc);
  let joined: Set<number> | undefined;
  for (let n = 0; n + 1 < blocks.length; n++) {
    const { block, base } = blocks[n];
    const hyphenations = blockHyphenations(block, lex);
    const last = hyphenations[hyphenations.length - 1];
    if (last?.kind !== 'dangling' || lex.has(last.joined)) continue;
    joined ??= new Set(breaksAcrossParagraphs(doc, lex).breaks.map((b) => b.start));
    const start = base + last.sourceStart;
    if (!joined.has(start)) out.push({ start, end: base + last.sourceEnd, word: last.written, confidence: FRAGMENT_CONFIDENCE });
  }
  return out;
}

/** The message of a fragment's finding. */
export function lineFragmentMessage(word: string): string {
  return `“${word}” stands alone on a line inside a paragraph: a fragment of a word, or debris of the page?`;
}

/** A block's lone fragments, chunk-relative (memoised on the block by {@link findLineFragments}). */
function blockFragments(blk: AnalyzedBlock, lex: Lexicon): LineFragment[] {
  const out: LineFragment[] = [];
  const lines = blockLines(blk.tokens);
  // Neither the first line nor the last: either may be short in any text. A paragraph that is one line is
  // looked at whole: a paragraph of one short lower-case word is the same debris with blank lines around it.
  const [first, last] = lines.length === 1 && blk.kind === 'paragraph' ? [0, 1] : [1, lines.length - 1];
  let halves: ReadonlySet<number> | undefined;
  for (let n = first; n < last; n++) {
    const lone = loneWord(blk.tokens, lines[n][0], lines[n][1]);
    if (lone === undefined) continue;
    const t = blk.tokens[lone.word];
    if (!LOWER_WORD.test(t.text) || t.text.length > MAX_LETTERS || lex.frequency(t.text) >= FUNCTION_WORD_ZIPF) continue;
    halves ??= hyphenationHalves(blk, lex);
    if (halves.has(lone.word)) continue;
    const mark = lone.mark === undefined ? undefined : blk.tokens[lone.mark];
    // A word ending a sentence is a sentence's last word that a misread line put apart ("job."), not debris.
    if (mark !== undefined && SENTENCE_END.has(mark.text) && lex.has(t.text)) continue;
    const tail = mark ?? t;
    out.push({ start: t.sourceStart, end: tail.sourceEnd, word: blk.text.slice(t.start, tail.end), confidence: FRAGMENT_CONFIDENCE });
  }
  return out;
}

/** The lines of a block as token ranges [from, to), split at spaces holding a line break (the spaces themselves left out). */
function blockLines(tokens: readonly Token[]): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'space' || !t.text.includes('\n')) continue;
    lines.push([from, i]);
    from = i + 1;
  }
  lines.push([from, tokens.length]);
  return lines;
}

/** The one word of a line (token index) and the mark glued after it, if the line holds nothing else. */
function loneWord(tokens: readonly Token[], from: number, to: number): { word: number; mark?: number } | undefined {
  // Leading and trailing spaces of a line (indentation) are not part of it.
  while (from < to && tokens[from].kind === 'space') from++;
  while (to > from && tokens[to - 1].kind === 'space') to--;
  if (from >= to || tokens[from].kind !== 'word') return undefined;
  if (to - from === 1) return { word: from };
  if (to - from === 2 && tokens[from + 1].kind === 'punct' && GLUED_MARKS.has(tokens[from + 1].text)) return { word: from, mark: from + 1 };
  return undefined;
}

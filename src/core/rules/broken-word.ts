/**
 * Words broken in two by a hyphen where a printed line ended: text copied
 * from scans, PDFs and narrow columns keeps the typesetter's hyphenation
 * ("announ-\nced", "employ- ees" once the lines were joined, "railr-oad"
 * once the line break was dropped too).
 *
 * A break is a word, a hyphen, then (after a line break or one space, or
 * nothing) a word starting in lower case, where the two halves written
 * together are a dictionary word and at least one half is not a word on its
 * own. Real compounds keep their hyphen: "well-\nknown" and "rail-\nway"
 * (both halves words) are left as they are, since a compound broken at its
 * hyphen looks exactly like that.
 *
 * `ocr/garbled` (./garbled-word.ts) reports each break as one finding over
 * the whole break, with the joined word as its suggestion, instead of
 * guessing at the halves: text pasted with its printed hyphenation is
 * damage to a draft, and the fix leaves the one word. No OCR rule judges a
 * half of any line-end hyphenation on its own (see {@link Hyphenation}):
 * halves are fragments, not damaged words.
 */
import { perBlock } from '../engine/block-memo.js';
import { placeBlockSpans, placedBlocks, type Document } from '../document.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { AnalyzedBlock, Token } from '../types.js';

/** One broken word. Offsets are document offsets. */
export interface BrokenWord {
  start: number;
  end: number;
  /** As written ("announ-\nced"). */
  word: string;
  /** The halves joined ("announced"). */
  suggestion: string;
  /** 0–1: joining is safe when neither half is a word. */
  confidence: number;
}

/**
 * A word hyphenated where a line ends (or once ended), as a block's tokens
 * show it. Offsets are chunk-relative source offsets, from the first half's
 * start to the second half's end (hyphen and line break included), so that
 * replacing the range by {@link joined} leaves one word.
 *
 * - `break`: the halves joined are a dictionary word and a half is not a
 *   word ("announ-\nced", "develop-\nment"): one word to rejoin.
 * - `compound`: at a line break, both halves are words ("well-\nknown",
 *   "rail-\nway"): a compound broken at its own hyphen looks exactly like
 *   this, so it is left as written — unless a half is a word only in the
 *   dictionary's far corners and the joined word is common ("develop-\nment"
 *   is a break).
 * - `unknown`: at a line break, a half is no word and the joined form is no
 *   word either ("bankrup-\ntey"): most likely one word, damaged; the OCR
 *   rules judge the joined form instead of the halves.
 * - `dangling`: a word and a hyphen that end the paragraph ("desig-" with
 *   "ner" after a blank line): the first half of a break whose second half
 *   is out of reach; it is a fragment too.
 */
export interface Hyphenation {
  kind: 'break' | 'compound' | 'unknown' | 'dangling';
  /** Token indexes of the two halves (the same for a break inside one token, "railr-oad"). */
  left: number;
  right: number;
  sourceStart: number;
  sourceEnd: number;
  /** As written ("announ-\nced"). */
  written: string;
  /** The halves written together ("announced"). */
  joined: string;
  /** For a break: 0–1, see BOTH_HALVES_BROKEN; 0 otherwise. */
  confidence: number;
}

/** Neither half is a word: nothing else the text can mean. */
const BOTH_HALVES_BROKEN = 0.95;
/** One half is a word ("effect-ive"): still a break, a little less sure. */
const ONE_HALF_BROKEN = 0.9;
/**
 * Both halves are words, but one is far rarer (Zipf) than the joined word by
 * at least this: a fragment that happens to be listed ("ment", "tion").
 */
const RARE_HALF_MARGIN = 1.8;
/** …a break, but with a compound reading left open: offered, never applied unasked. */
const RARE_HALF_BROKEN = 0.8;
/** A break across a paragraph end: the blank line might be real, so never applied unasked. */
const ACROSS_PARAGRAPHS = 0.8;
/** Rarer joined words are not trusted (a lexicon has odd entries that two fragments can spell). */
const MIN_JOINED_ZIPF = 1.5;

const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u00ad']);
const ANY_HYPHEN = /[-\u2010\u2011\u00ad]/;
const LETTERS = /^\p{L}+$/u;
const LOWER_START = /^\p{Ll}/u;

/** The broken words of a document (see the module comment). */
export function findBrokenWords(doc: Document, lex: Lexicon): BrokenWord[] {
  return placeBlockSpans(doc, 'broken-words', (block) =>
    blockHyphenations(block, lex)
      .filter((h) => h.kind === 'break')
      .map((h) => ({ start: h.sourceStart, end: h.sourceEnd, word: h.written, suggestion: h.joined, confidence: h.confidence })),
  );
}

/**
 * Words broken across a paragraph end: a paragraph ending on a hyphenated
 * half ("desig-", a `dangling` hyphenation) and the next paragraph starting
 * with a lower-case word (OCR read a blank line between the two lines).
 * `breaks` are the pairs whose halves joined are a word (as for a break in
 * one paragraph); `fragments` are the document offsets where each second
 * half starts, a fragment no word rule should judge on its own.
 */
export function breaksAcrossParagraphs(doc: Document, lex: Lexicon): { breaks: BrokenWord[]; fragments: Set<number> } {
  const breaks: BrokenWord[] = [];
  const fragments = new Set<number>();
  let dangling: { start: number; left: string } | undefined;
  for (const { block, base } of placedBlocks(doc)) {
    const first = block.tokens[0];
    if (dangling && first?.kind === 'word' && LETTERS.test(first.text) && LOWER_START.test(first.text)) {
      fragments.add(base + first.sourceStart);
      const joined = join(dangling.left, first.text, lex, true);
      if (joined) breaks.push({ start: dangling.start, end: base + first.sourceEnd, word: doc.text.slice(dangling.start, base + first.sourceEnd), suggestion: joined.joined, confidence: Math.min(joined.confidence, ACROSS_PARAGRAPHS) });
    }
    const hyphenations = blockHyphenations(block, lex);
    const last = hyphenations[hyphenations.length - 1];
    dangling = last?.kind === 'dangling' ? { start: base + last.sourceStart, left: last.joined } : undefined;
  }
  return { breaks, fragments };
}

/** The message of a break's finding: the break on one line ("announ-⏎ced") and the word it should be. */
export function brokenWordMessage(written: string, joined: string): string {
  return `“${oneLine(written)}” is one word broken at a line end — did you mean “${joined}”?`;
}

/** A break written on one line, its line break shown as ⏎. */
export function oneLine(written: string): string {
  return written.replace(/[ \t]*\r?\n[ \t]*/g, '⏎');
}

/** A block's line-end hyphenations, in text order (memoised on the block). */
export function blockHyphenations(block: AnalyzedBlock, lex: Lexicon): readonly Hyphenation[] {
  return perBlock(block, 'line-end-hyphenation', (blk) => findHyphenations(blk, lex));
}

/**
 * Token indexes that are a half of one of the block's hyphenations, whatever
 * its kind: no word rule should judge such a half on its own ("ment" of
 * "develop-\nment" is no damaged "meant").
 */
export function hyphenationHalves(block: AnalyzedBlock, lex: Lexicon): ReadonlySet<number> {
  return perBlock(block, 'line-end-hyphenation-halves', (blk) => {
    const out = new Set<number>();
    for (const h of blockHyphenations(blk, lex)) {
      out.add(h.left);
      out.add(h.right);
    }
    return out;
  });
}

function findHyphenations(block: AnalyzedBlock, lex: Lexicon): Hyphenation[] {
  const out: Hyphenation[] = [];
  const tokens = block.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const inside = breakInsideToken(t, lex);
    if (inside) {
      out.push({ kind: 'break', left: i, right: i, sourceStart: t.sourceStart, sourceEnd: t.sourceEnd, written: t.text, ...inside });
      continue;
    }
    const hyphen = tokens[i + 1];
    if (hyphen?.kind !== 'punct' || !HYPHENS.has(hyphen.text)) continue;
    let k = i + 2;
    const gap = tokens[k]?.kind === 'space' ? tokens[k].text : '';
    if (gap !== '' && !isLineBreakOrOneSpace(gap)) continue;
    if (gap !== '') k++;
    const next = tokens[k];
    if (next === undefined && LETTERS.test(t.text)) {
      // The paragraph ends on the hyphen: its other half went to the next paragraph (a blank line read between them).
      out.push({ kind: 'dangling', left: i, right: i, sourceStart: t.sourceStart, sourceEnd: hyphen.sourceEnd, written: t.text + hyphen.text, joined: t.text, confidence: 0 });
      continue;
    }
    if (next?.kind !== 'word') continue;
    const place = { left: i, right: k, sourceStart: t.sourceStart, sourceEnd: next.sourceEnd, written: block.text.slice(t.start, next.end) };
    const lineBreak = gap.includes('\n') || gap.includes('\r');
    const joined = join(t.text, next.text, lex, lineBreak);
    if (joined) {
      out.push({ kind: 'break', ...place, ...joined });
      i = k;
    } else if (lineBreak) {
      // At a real line break the halves are never judged alone.
      const kind = halvesAtLineBreak(t.text, next.text, lex);
      if (kind) {
        out.push({ kind, ...place, joined: t.text + next.text, confidence: 0 });
        i = k;
      }
    }
  }
  return out;
}

/** "railr-oad": one token, the hyphen kept but the line break gone. */
function breakInsideToken(t: Token, lex: Lexicon): { joined: string; confidence: number } | undefined {
  // Nearly every word has no hyphen: one native scan says so.
  if (!ANY_HYPHEN.test(t.text)) return undefined;
  let at = -1;
  for (let j = 0; j < t.text.length; j++) {
    if (!HYPHENS.has(t.text[j])) continue;
    if (at >= 0) return undefined; // two hyphens: a compound phrase
    at = j;
  }
  if (at < 0) return undefined;
  const left = t.text.slice(0, at);
  const right = t.text.slice(at + 1);
  // Without the line break, a real hyphenated spelling looks the same ("pre-war", "Indo-china"):
  // only two fragments, neither a word, in lower case, are a break.
  if (!LOWER_START.test(left) || lex.has(left) || lex.has(right)) return undefined;
  return join(left, right, lex);
}

/** The two halves joined, when that is a word and one half is not. */
function join(left: string, right: string, lex: Lexicon, atLineBreak = false): { joined: string; confidence: number } | undefined {
  if (!LETTERS.test(left) || !LETTERS.test(right) || !LOWER_START.test(right)) return undefined;
  const leftWord = lex.has(left);
  const rightWord = lex.has(right);
  const joined = left + right;
  if (!lex.has(joined) || lex.frequency(joined) < MIN_JOINED_ZIPF) return undefined;
  if (leftWord && rightWord) {
    if (!atLineBreak) return undefined; // "de- bate" on one line: too like "pre- and post-war"
    // A compound ("rail-way", "any-way"), unless a half is a word only in the dictionary's far corners
    // and the joined word is common ("develop-ment": "ment" is listed, but "development" is what was printed).
    const rarerHalf = Math.min(lex.frequency(left), lex.frequency(right));
    return lex.frequency(joined) - rarerHalf >= RARE_HALF_MARGIN ? { joined, confidence: RARE_HALF_BROKEN } : undefined;
  }
  return { joined, confidence: leftWord || rightWord ? ONE_HALF_BROKEN : BOTH_HALVES_BROKEN };
}

/** What a hyphenation at a line break that is no break is: a compound, a damaged word, or (other tokens) nothing. */
function halvesAtLineBreak(left: string, right: string, lex: Lexicon): 'compound' | 'unknown' | undefined {
  if (!LETTERS.test(left) || !LETTERS.test(right) || !LOWER_START.test(right)) return undefined;
  return lex.has(left) && lex.has(right) ? 'compound' : 'unknown';
}

/** A line break (with the indentation around it), or a single space where the lines were joined. */
function isLineBreakOrOneSpace(space: string): boolean {
  return space === ' ' || space.includes('\n') || space.includes('\r');
}

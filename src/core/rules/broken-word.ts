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
 * OCR adds damage of its own at line ends, so at a line break (or a blank
 * line read between two lines) a break may also be:
 * - behind another mark or none: "legitim=⏎ate", "inter~⏎national",
 *   "empha:⏎sis", "satisfac⏎tory" (marks as data in ./broken-word-data.ts),
 *   on stronger evidence than a hyphen (see {@link markedBreak});
 * - with a speck before the second half or its first letter read as a
 *   capital: "impr-⏎‘ovement", "contr-⏎Ols";
 * - with damaged halves: "gove-⏎ment", "relig:⏎jon" are reported with the
 *   word they most likely are, from the suggester ({@link correctedJoin}),
 *   never applied unasked.
 * A half listed only in the dictionary's far corners ("ment", "lated") or
 * a suffix after a hyphen ("spray-⏎ing") is a fragment, not a word.
 *
 * `ocr/garbled` (./garbled-word.ts) reports each break as one finding over
 * the whole break, with the joined word as its suggestion, instead of
 * guessing at the halves: text pasted with its printed hyphenation is
 * damage to a draft, and the fix leaves the one word. No OCR rule judges a
 * half of any line-end hyphenation on its own (see {@link Hyphenation}):
 * halves are fragments, not damaged words.
 */
import { perBlock } from '../engine/block-memo.js';
import { perDocument } from '../engine/document-memo.js';
import { placeBlockSpans, placedBlocks, type Document } from '../document.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { suggest } from '../lexicon/suggest.js';
import type { AnalyzedBlock, Token } from '../types.js';
import { HYPHEN_LOOKALIKES, HYPHENS, PUNCTUATION_FOR_HYPHEN, STRAY_QUOTES, SUFFIXES } from './broken-word-data.js';

/** One broken word. Offsets are document offsets. */
export interface BrokenWord {
  start: number;
  end: number;
  /** As written ("announ-\nced"). */
  word: string;
  /** The halves joined ("announced"), or the word damaged halves most likely are ("gove-⏎ment" → government). */
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
 *   word ("announ-\nced", "develop-\nment"): one word to rejoin; `joined`
 *   is that word, or the suggester's correction of damaged halves.
 *   Breaks behind another mark or none are breaks too (see the module comment).
 * - `compound`: at a line break, both halves are words ("well-\nknown",
 *   "rail-\nway"): a compound broken at its own hyphen looks exactly like
 *   this, so it is left as written — unless a half is a word only in the
 *   dictionary's far corners and the joined word is common ("develop-\nment"
 *   is a break).
 * - `unknown`: at a line break, a half is no word and the joined form is no
 *   word either, and the suggester finds no safe correction: most likely
 *   one word, damaged; the OCR rules judge the joined form instead of the
 *   halves.
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

/** A second half OCR set a stray quotation mark before or capitalised ("impr-⏎‘ovement", "contr-⏎Ols"): offered, never applied unasked. */
const REPAIRED_HALF = 0.85;
/**
 * Breaks behind another mark or none ("legitim=⏎ate", "satisfac⏎tory"):
 * neither half a word, or one. Never applied unasked: prose does break
 * lines between words.
 */
const MARKED_BOTH_HALVES = 0.85;
const MARKED_ONE_HALF = 0.8;
/** …whose joined word must be at least this frequent (Zipf). */
const MIN_MARKED_JOINED_ZIPF = 2.5;
/** …and whose first half this long. */
const MIN_MARKED_HALF = 2;
/** A join whose halves were damaged too, corrected by the suggester ("gove-⏎ment" → government). */
const CORRECTED_JOIN = 0.6;
/** Such a correction must be a word at least this frequent (Zipf), a capitalised one more… */
const MIN_CORRECTED_ZIPF = 2.0;
const MIN_CORRECTED_NAME_ZIPF = 3.0;
/** …and this much more frequent than the join when the corpora know the join (a name or a foreign word)… */
const KNOWN_JOIN_MARGIN = 2.5;
/** …and, with no hyphen read, no half a word this common ("is", "on", "and") beside a known other half. */
const COMMON_HALF_ZIPF = 4.0;
/** …at most this far from the halves joined (log10 channel cost: about two ordinary OCR edits)… */
const MAX_REPAIR_COST = 3.0;
/** …of halves this long together. */
const MIN_CORRECTED_LENGTH = 6;
/** Prior bonus (log10) of a correction per letter it shares with the break's outer ends (the first half's start, the second's end). */
const EDGE_BONUS = 0.25;

const ANY_HYPHEN = /[-\u2010\u2011\u00ad]/;
const LETTERS = /^\p{L}+$/u;
const LOWER_START = /^\p{Ll}/u;
const LOWER_END = /\p{Ll}$/u;
/** Capitalised: one capital, then lower case ("Ols", "Fities"). */
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** Lower case or capitalised, as a word starting a line may be (not ALL CAPS or CamelCase). */
const PLAIN_CASE = /^\p{L}\p{Ll}*$/u;

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
 * with a lower-case word (OCR read a blank line between the two lines), or
 * ending on a half behind another mark or none ("relig:", "probl") that the
 * next paragraph's first word completes on the evidence {@link markedBreak}
 * asks for. `breaks` are the pairs whose halves joined are a word, or
 * damaged halves with the word they most likely are (as for a break in one
 * paragraph); `fragments` are the document offsets where halves start (each
 * second half after a hyphen, both halves of the other breaks), fragments
 * no word rule should judge on its own.
 */
export function breaksAcrossParagraphs(doc: Document, lex: Lexicon): ParagraphBreaks {
  // Read by the OCR analysis and by ./line-fragments.ts: worked out once per document.
  return perDocument(doc, 'breaks-across-paragraphs', () => findBreaksAcrossParagraphs(doc, lex));
}

/** What {@link breaksAcrossParagraphs} finds; read only. */
export interface ParagraphBreaks {
  readonly breaks: readonly BrokenWord[];
  readonly fragments: ReadonlySet<number>;
}

function findBreaksAcrossParagraphs(doc: Document, lex: Lexicon): ParagraphBreaks {
  const breaks: BrokenWord[] = [];
  const fragments = new Set<number>();
  let dangling: { start: number; left: string } | undefined;
  let marked: { start: number; left: string; mark: Mark } | undefined;
  for (const { block, base } of placedBlocks(doc)) {
    const first = block.tokens[0];
    if (dangling && first?.kind === 'word' && LETTERS.test(first.text) && LOWER_START.test(first.text)) {
      fragments.add(base + first.sourceStart);
      const place = { start: dangling.start, end: base + first.sourceEnd, word: doc.text.slice(dangling.start, base + first.sourceEnd) };
      const joined = join(dangling.left, first.text, lex, true);
      if (joined) breaks.push({ ...place, suggestion: joined.joined, confidence: Math.min(joined.confidence, ACROSS_PARAGRAPHS) });
      else if (halvesAtLineBreak(dangling.left, first.text, lex) === 'unknown') {
        // Damaged halves ("approp-", "fiations"): the word they most likely are, as for a break inside a paragraph.
        const corrected = correctedJoin(dangling.left, first.text, lex);
        if (corrected) breaks.push({ ...place, suggestion: corrected, confidence: CORRECTED_JOIN });
      }
    } else if (marked && first?.kind === 'word') {
      // "relig:" ending a paragraph, "jon" starting the next: as inside a paragraph.
      const joined = markedJoin(marked.left, first.text, marked.mark, lex);
      if (joined) {
        fragments.add(marked.start);
        fragments.add(base + first.sourceStart);
        breaks.push({ start: marked.start, end: base + first.sourceEnd, word: doc.text.slice(marked.start, base + first.sourceEnd), suggestion: joined.joined, confidence: Math.min(joined.confidence, ACROSS_PARAGRAPHS) });
      }
    }
    const hyphenations = blockHyphenations(block, lex);
    const last = hyphenations[hyphenations.length - 1];
    dangling = last?.kind === 'dangling' ? { start: base + last.sourceStart, left: last.joined } : undefined;
    marked = dangling ? undefined : markAtEnd(block, base);
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
    const after = tokens[i + 1];
    if (after === undefined) continue;
    const h = after.kind === 'punct' && HYPHENS.has(after.text) ? hyphenBreak(block, i, lex) : markedBreak(block, i, lex);
    if (h) {
      out.push(h);
      i = h.right;
    }
  }
  return out;
}

/** A word, a hyphen, then (after a line break or one space, or nothing) the next word: see {@link Hyphenation}. */
function hyphenBreak(block: AnalyzedBlock, i: number, lex: Lexicon): Hyphenation | undefined {
  const tokens = block.tokens;
  const t = tokens[i];
  const hyphen = tokens[i + 1];
  let k = i + 2;
  const gap = tokens[k]?.kind === 'space' ? tokens[k].text : '';
  if (gap !== '' && !isLineBreakOrOneSpace(gap)) return undefined;
  if (gap !== '') k++;
  if (tokens[k] === undefined && LETTERS.test(t.text)) {
    // The paragraph ends on the hyphen: its other half went to the next paragraph (a blank line read between them).
    return { kind: 'dangling', left: i, right: i, sourceStart: t.sourceStart, sourceEnd: hyphen.sourceEnd, written: t.text + hyphen.text, joined: t.text, confidence: 0 };
  }
  const lineBreak = gap.includes('\n') || gap.includes('\r');
  // At a line break OCR may set a speck before the second half ("impr-⏎‘ovement").
  const quote = lineBreak ? strayQuoteAt(tokens, k) : false;
  if (quote) k++;
  const next = tokens[k];
  if (next?.kind !== 'word') return undefined;
  // …and read its first letter as a capital ("contr-⏎Ols", "dispa-⏎Fities").
  const right = lineBreak ? secondHalf(t.text, next.text, lex) : next.text;
  if (right === undefined) return undefined;
  const place = { left: i, right: k, sourceStart: t.sourceStart, sourceEnd: next.sourceEnd, written: block.text.slice(t.start, next.end) };
  const repaired = quote || right !== next.text;
  const joined = join(t.text, right, lex, lineBreak);
  if (joined) return { kind: 'break', ...place, joined: joined.joined, confidence: repaired ? Math.min(joined.confidence, REPAIRED_HALF) : joined.confidence };
  // At a real line break the halves are never judged alone.
  if (!lineBreak) return undefined;
  const kind = halvesAtLineBreak(t.text, right, lex);
  if (kind === undefined) return undefined;
  if (kind === 'unknown') {
    const corrected = correctedJoin(t.text, right, lex);
    if (corrected) return { kind: 'break', ...place, joined: corrected, confidence: CORRECTED_JOIN };
    // A capital read as damage only when that gives a word: "Ould-⏎Abdallah" stays a name, its halves judged as written.
    if (right !== next.text) return undefined;
  }
  return { kind, ...place, joined: t.text + right, confidence: 0 };
}

/**
 * A word broken at a line end where OCR read the hyphen as another mark
 * ("legitim=⏎ate", "empha:⏎sis") or lost it ("satisfac⏎tory"). Prose
 * breaks lines between words, so only strong evidence makes one word of
 * two: a half that is no word, and the halves together a frequent word or
 * (damage on the halves too) one correction from one. Both halves words is
 * a break only after a mark prose never ends a word on ("hoard=⏎ing"); a
 * capital after real punctuation ("said:⏎The") is read as written unless
 * the join is a word.
 */
function markedBreak(block: AnalyzedBlock, i: number, lex: Lexicon): Hyphenation | undefined {
  const tokens = block.tokens;
  const t = tokens[i];
  let k = i + 1;
  let mark: Mark = 'none';
  const m = tokens[k];
  if (m.kind === 'punct' || m.kind === 'symbol') {
    mark = markKind(m.text) ?? 'other';
    if (mark === 'other') return undefined;
    k++;
  }
  const gap = tokens[k];
  if (gap?.kind !== 'space' || !isOneLineBreak(gap.text)) return undefined;
  k++;
  if (strayQuoteAt(tokens, k)) k++;
  const next = tokens[k];
  if (next?.kind !== 'word') return undefined;
  const joined = markedJoin(t.text, next.text, mark, lex);
  if (!joined) return undefined;
  return { kind: 'break', left: i, right: k, sourceStart: t.sourceStart, sourceEnd: next.sourceEnd, written: block.text.slice(t.start, next.end), ...joined };
}

/** What stands between the halves of a break: nothing, a hyphen look-alike, punctuation (see ./broken-word-data.ts). */
type Mark = 'none' | 'lookalike' | 'punctuation' | 'other';

function markKind(text: string): Mark | undefined {
  return HYPHEN_LOOKALIKES.has(text) ? 'lookalike' : PUNCTUATION_FOR_HYPHEN.has(text) ? 'punctuation' : undefined;
}

/** The evidence of {@link markedBreak} for two halves as written: the word they make, or undefined. */
function markedJoin(left: string, written: string, mark: Mark, lex: Lexicon): { joined: string; confidence: number } | undefined {
  if (!LETTERS.test(left) || !PLAIN_CASE.test(left) || left.length < MIN_MARKED_HALF) return undefined;
  const right = mark === 'none' ? (LOWER_START.test(written) ? written : undefined) : secondHalf(left, written, lex);
  if (right === undefined || !LETTERS.test(right)) return undefined;
  // Without a mark, a suffix is no sign ("to⏎ward" is two words); after one it is ("Spray-⏎ing").
  const leftWord = isWordHalf(lex, left);
  const rightWord = isWordHalf(lex, right) && (mark === 'none' || !SUFFIXES.has(right));
  if (leftWord && rightWord && mark !== 'lookalike') return undefined;
  const joined = left + right;
  if (lex.has(joined) && lex.frequency(joined) >= MIN_MARKED_JOINED_ZIPF) {
    return { joined, confidence: leftWord && rightWord ? RARE_HALF_BROKEN : leftWord || rightWord ? MARKED_ONE_HALF : MARKED_BOTH_HALVES };
  }
  if (leftWord && rightWord) return undefined;
  // A capital after a colon or a comma is most often just that.
  if (mark === 'punctuation' && right !== written) return undefined;
  const corrected = correctedJoin(left, right, lex, mark !== 'lookalike');
  return corrected ? { joined: corrected, confidence: CORRECTED_JOIN } : undefined;
}

/** A paragraph ending on a word and a mark that may stand for a hyphen ("relig:"): where it starts, in document offsets. */
function markAtEnd(block: AnalyzedBlock, base: number): { start: number; left: string; mark: Mark } | undefined {
  const tokens = block.tokens;
  const m = tokens[tokens.length - 1];
  // The paragraph may end on the half itself, its hyphen lost ("probl", then "ms." after a blank line).
  if (m?.kind === 'word') return { start: base + m.sourceStart, left: m.text, mark: 'none' };
  const w = tokens[tokens.length - 2];
  if (m === undefined || w?.kind !== 'word' || (m.kind !== 'punct' && m.kind !== 'symbol')) return undefined;
  const mark = markKind(m.text);
  return mark ? { start: base + w.sourceStart, left: w.text, mark } : undefined;
}

/**
 * The second half of a break as it should read: as written when it starts
 * in lower case; with its first letter lowered when it is capitalised after
 * a lower-case first half and either the join is then a word or the half as
 * written is none ("contr-⏎Ols", "dispa-⏎Fities"); undefined otherwise
 * ("mid-⏎October", "Franco-⏎Prussian" keep their capital).
 */
function secondHalf(left: string, right: string, lex: Lexicon): string | undefined {
  if (LOWER_START.test(right)) return right;
  if (!TITLE_CASE.test(right) || !LOWER_END.test(left)) return undefined;
  const lowered = right.charAt(0).toLowerCase() + right.slice(1);
  return lex.has(left + lowered) || !lex.has(right) ? lowered : undefined;
}

/** Whether a stray quotation mark stands at `k`, glued to the word after it (see STRAY_QUOTES). */
function strayQuoteAt(tokens: readonly Token[], k: number): boolean {
  const q = tokens[k];
  return q !== undefined && q.kind === 'punct' && STRAY_QUOTES.has(q.text) && tokens[k + 1]?.kind === 'word';
}

/** A half counts as a word when the dictionary lists it outside its far corners ("ment", "tes" are fragments). */
function isWordHalf(lex: Lexicon, half: string): boolean {
  const id = lex.lookup(half);
  return id >= 0 && lex.isWordId(id) && !lex.isFarCorner(id);
}

/**
 * The word two damaged halves most likely are ("gove-⏎ment" → government,
 * "relig:⏎jon" → religion): the suggester's best correction of the halves
 * written together, preferring words that keep the break's outer ends (the
 * first half's start and the second half's end, a break's best-kept
 * letters), when it is a single word at most MAX_REPAIR_COST away that
 * keeps both ends, and frequent enough: MIN_CORRECTED_ZIPF, more for a
 * capitalised join (names are hyphenated too, and the dictionary lacks
 * most), and far more frequent than the join itself when the corpora know
 * that ("Nacional" is a name, not a damaged "National"). `strict` (no
 * hyphen was read) also refuses a half that is a common word when the
 * other is known too ("Rica⏎is" is two words whatever the suggester makes
 * of "Ricais"; "probl⏎ms" is one).
 */
function correctedJoin(left: string, right: string, lex: Lexicon, strict = false): string | undefined {
  const joined = left + right;
  // A join the dictionary knows is that word, or a compound left as written.
  if (joined.length < MIN_CORRECTED_LENGTH || left.length < 2 || right.length < 2 || lex.has(joined)) return undefined;
  const common = lex.frequency(left) >= COMMON_HALF_ZIPF || lex.frequency(right) >= COMMON_HALF_ZIPF;
  if (strict && common && lex.known(left) && lex.known(right)) return undefined;
  const head = left.toLowerCase();
  const tail = right.toLowerCase();
  const bonus = (key: string): number => EDGE_BONUS * (sharedStart(key, head) + sharedEnd(key, tail));
  const best = suggest(joined, { lexicon: lex, max: 1, bonus })[0];
  if (best === undefined || best.word.includes(' ')) return undefined;
  const key = best.word.toLowerCase();
  if (sharedStart(key, head) === 0 || sharedEnd(key, tail) === 0) return undefined;
  const zipf = lex.frequency(best.word);
  const knownJoin = lex.known(joined) ? lex.frequency(joined) + KNOWN_JOIN_MARGIN : 0;
  const floor = Math.max(LOWER_START.test(joined) ? MIN_CORRECTED_ZIPF : MIN_CORRECTED_NAME_ZIPF, knownJoin);
  if (zipf < floor || !lex.has(best.word)) return undefined;
  return zipf + bonus(key) - best.score <= MAX_REPAIR_COST ? best.word : undefined;
}

/** How many letters `a` and `b` share at their start. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** How many letters `a` and `b` share at their end. */
function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Whitespace holding exactly one line break (a blank line would be a paragraph end). */
function isOneLineBreak(space: string): boolean {
  const at = space.indexOf('\n');
  return at >= 0 && space.indexOf('\n', at + 1) < 0;
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
    // A compound ("rail-way", "any-way"), unless a half is rare beside the joined word ("develop-ment":
    // "ment" is listed, but "development" is what was printed), listed only in the dictionary's far
    // corners ("contemp-⏎lated", "Govern-⏎ors"), or the second half is a suffix ("spray-⏎ing").
    const rarerHalf = Math.min(lex.frequency(left), lex.frequency(right));
    const fragment = !isWordHalf(lex, left) || !isWordHalf(lex, right) || SUFFIXES.has(right);
    return fragment || lex.frequency(joined) - rarerHalf >= RARE_HALF_MARGIN ? { joined, confidence: RARE_HALF_BROKEN } : undefined;
  }
  return { joined, confidence: leftWord || rightWord ? ONE_HALF_BROKEN : BOTH_HALVES_BROKEN };
}

/** What a hyphenation at a line break that is no break is: a compound, a damaged word, or (other tokens) nothing. */
function halvesAtLineBreak(left: string, right: string, lex: Lexicon): 'compound' | 'unknown' | undefined {
  if (!LETTERS.test(left) || !LETTERS.test(right) || !LOWER_START.test(right)) return undefined;
  // A half listed only in the dictionary's far corners ("gove", "ment") is no sign of a compound.
  return isWordHalf(lex, left) && isWordHalf(lex, right) ? 'compound' : 'unknown';
}

/** A line break (with the indentation around it), or a single space where the lines were joined. */
function isLineBreakOrOneSpace(space: string): boolean {
  return space === ' ' || space.includes('\n') || space.includes('\r');
}

/**
 * Quotation spans: finds every quotation in a document (straight, curly,
 * single, nested, guillemets, multi-paragraph newspaper quotes), reports
 * quotation marks that are never closed or never opened, and hands every
 * quotation to later rules as a claim.
 *
 * How a mark is read:
 * - Apostrophes first. A `'`/`’`/`‘` with word characters on both sides is an
 *   apostrophe (the tokenizer already keeps don’t in one word; this catches
 *   1990’s), as is one after a dotted abbreviation before "s" (the U.S.’s).
 *   Before a digit ('90s) it is an apostrophe. Before an elided word ('em,
 *   'til, rock 'n' roll — see `LEADING_ELISIONS`) it is an apostrophe —
 *   unless a closing single mark later in the paragraph finds nothing else
 *   to close, in which case it was an opening mark after all ('Twas late,'
 *   she said).
 * - After a word ending in s or in (the Smiths’, goin’), or after a word
 *   whose last letters it stands for (ol’, lil’, an’ — `TRAILING_ELISIONS`),
 *   it is an apostrophe when no single quotation is open, or when another kind is innermost. When
 *   a single quotation is innermost it becomes that quotation's *candidate*
 *   closer: used only if no real closing mark arrives first (‘I like the
 *   Smiths’ music,’ he said / ‘I never liked the Smiths’ he said). The
 *   latest candidate is kept, unless an earlier one stood before clause
 *   punctuation (a ‘win-win’, but the Canadiens’ coach).
 * - Straight marks right after a digit with nothing of their kind open are
 *   primes (6' tall, a 12" record), not quotation marks.
 * - Flanking decides the rest: a mark can open when neither a word character
 *   nor closing punctuation precedes it and something other than space or
 *   closing punctuation follows; it can close when something other than space
 *   or an opening bracket precedes it and no word character follows. A
 *   straight mark that can do only one takes that side; otherwise it closes an
 *   open quotation of its family, else opens one. A curly mark keeps its
 *   shape's direction unless flanking allows only the other side (” used as an
 *   opener after a space, Swedish ”…”, German „…“). Guillemets with French
 *   inner spaces can do neither, so they keep their direction.
 *
 * Nesting uses one stack of open marks plus, per family, the stack positions
 * of that family's open marks. A closing mark pops straight to the nearest
 * open mark of its family; open marks it passes over are unmatched (or close
 * at their apostrophe candidate). Every mark is pushed and popped at most
 * once, so the pass is linear however deep or hostile the nesting.
 *
 * Multi-paragraph quotations: when a block ends with quotations open and the
 * next block starts with opening marks of the same families, bottom of the
 * stack first, those quotations continue and the reopening marks are part of
 * them. Quotations that do not continue are unmatched at their opening mark;
 * an outermost double one is also read, for attribution, as speech running
 * to the end of its paragraph (see `QuoteScanner.runOn`).
 */
import type { Document } from '../document.js';
import type { Rule } from '../rule.js';
import { CharClass, charClass, codePointAt, codePointBefore } from '../text/chars.js';
import type { WorkMeter } from '../text/meter.js';
import { attributeBlockEarly, attributeQuotations, scanBlocks, type Placed } from '../attribution/attribute.js';
import { indirectClaims } from '../attribution/indirect.js';
import { perDocument } from '../engine/document-memo.js';
import type { AnalyzedBlock, Claim, Finding, Token } from '../types.js';
import {
  CLOSING_PUNCTUATION,
  LEADING_ELISIONS,
  OPENING_PUNCTUATION,
  QUOTE_MARKS,
  TRAILING_APOSTROPHE_ENDINGS,
  TRAILING_ELISIONS,
  type QuoteFamily,
  type QuoteMarkInfo,
} from './quote-marks.js';

/** One quotation, in document offsets. */
export interface Quotation {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark. */
  end: number;
  /** Just after the opening mark. */
  innerStart: number;
  /** Offset of the closing mark. */
  innerEnd: number;
  /** 0 for an outermost quotation, 1 inside one, and so on. */
  depth: number;
  /** The family of the marks. */
  mark: QuoteFamily;
  /** The opening and closing characters as written (they may differ: “…" or „…“). */
  open: string;
  close: string;
  /** How many prose blocks the quotation spans (1 unless it continues across paragraphs). */
  paragraphs: number;
}

/** Why a mark has no partner. */
export type UnmatchedReason =
  /** An opening mark still open when its paragraph ends and not continued by the next. */
  | 'paragraph-end'
  /** An opening mark inside a quotation that was closed first. */
  | 'enclosing-closed'
  /** A closing mark with nothing of its family open. */
  | 'no-opener';

/** A quotation mark without a partner, in document offsets. */
export interface UnmatchedMark {
  start: number;
  end: number;
  /** The character as written. */
  mark: string;
  family: QuoteFamily;
  side: 'open' | 'close';
  reason: UnmatchedReason;
}

/**
 * A quotation mark found in a block, with document offsets. One shape for
 * every mark (open or not) keeps the hot loop monomorphic.
 */
interface MarkAt {
  char: string;
  info: QuoteMarkInfo;
  /** Index of the mark's family in {@link FAMILIES}. */
  family: number;
  start: number;
  end: number;
  /** Index of the block in document order. */
  block: number;
  /** For an open mark: a possessive apostrophe that closes it if nothing else does. */
  candidate: MarkAt | undefined;
  /** Whether clause punctuation follows the mark (‘a win-win’, …): as a candidate closer, it outranks later ones. */
  beforeClause: boolean;
}

/** What a mark turns out to be. */
type Role =
  | 'open'
  | 'close'
  /** Not a quotation mark. */
  | 'apostrophe'
  /** An apostrophe before an elision ('Tis) that may turn out to open a quotation. */
  | 'elision'
  /** A possessive apostrophe that may turn out to close the innermost quotation. */
  | 'candidate'
  /** A prime (6'2"). */
  | 'ignore';

// What sits next to a mark.
const EDGE = 0;
const SPACE = 1;
const WORD = 2;
const OPENING = 3;
const CLOSING = 4;
const QUOTE = 5;
const OTHER = 6;

/** Every family, so per-family state can live in arrays. */
const FAMILIES: readonly QuoteFamily[] = [...new Set([...QUOTE_MARKS.values()].map((m) => m.family))];
/**
 * Each quotation mark with its family's index, indexed by the mark's one
 * UTF-16 unit (every mark is one unit, and the scan only ever looks up
 * tokens `mark-tokens.ts` found to be exactly one mark): an array read per
 * mark instead of hashing its string.
 */
const MARK_TABLE: readonly ({ info: QuoteMarkInfo; family: number } | undefined)[] = (() => {
  const highest = Math.max(...[...QUOTE_MARKS.keys()].map((ch) => ch.charCodeAt(0)));
  // Made at its full length (a few thousand slots), so it is a plain array, not a sparse one.
  const table: ({ info: QuoteMarkInfo; family: number } | undefined)[] = new Array(highest + 1).fill(undefined);
  for (const [ch, info] of QUOTE_MARKS) table[ch.charCodeAt(0)] = { info, family: FAMILIES.indexOf(info.family) };
  return table;
})();

const APOSTROPHE_CODES = new Set([0x27, 0x2019]);
const ELIDED_WORDS = new Set(LEADING_ELISIONS.filter((w) => !w.endsWith("'")));
const ELIDED_BOTH_SIDES = new Set(LEADING_ELISIONS.filter((w) => w.endsWith("'")).map((w) => w.slice(0, -1)));
const LONGEST_ELISION = Math.max(...LEADING_ELISIONS.map((w) => w.length));

/** Neighbour categories of BMP code points, computed lazily (0 = not yet). */
const neighbourCache = new Uint8Array(0x10000);

/** What kind of character `cp` is, seen from a quotation mark next to it. */
function neighbour(cp: number): number {
  if (cp < 0) return EDGE;
  if (cp < 0x10000) {
    const cached = neighbourCache[cp];
    if (cached !== 0) return cached - 1;
    const computed = computeNeighbour(cp);
    neighbourCache[cp] = computed + 1;
    return computed;
  }
  return computeNeighbour(cp);
}

function computeNeighbour(cp: number): number {
  switch (charClass(cp)) {
    case CharClass.Space:
      return SPACE;
    case CharClass.Letter:
    case CharClass.Mark:
    case CharClass.Digit:
    case CharClass.Joiner:
      return WORD;
    case CharClass.Punct: {
      const ch = String.fromCodePoint(cp);
      if (QUOTE_MARKS.has(ch)) return QUOTE;
      if (OPENING_PUNCTUATION.has(ch)) return OPENING;
      if (CLOSING_PUNCTUATION.has(ch)) return CLOSING;
      return OTHER;
    }
    default:
      return OTHER;
  }
}

/** The scanner's state across the whole document. */
class QuoteScanner {
  readonly quotes: Quotation[] = [];
  readonly unmatched: UnmatchedMark[] = [];
  /** Outermost quotations never closed, read to the end of their paragraph (see {@link runOnQuotations}). */
  readonly runOns: Quotation[] = [];
  /** The document's blocks, as {@link scanBlocks} reads them. */
  private blocks: ReturnType<typeof scanBlocks> = [];
  /** Open marks, outermost first. */
  private readonly stack: MarkAt[] = [];
  /** For each family (by index), the stack indexes of its open marks, innermost last. */
  private readonly byFamily: number[][] = FAMILIES.map(() => []);
  /** Text index (in the current block) of a mark already known to be an apostrophe. */
  private skipAt = -1;
  /**
   * The last leading-elision apostrophe in this block ('Tis, '90s). If a
   * closing mark of its family then finds nothing to close, the apostrophe
   * was really an opening mark ('Twas brillig,' she quoted) and pairs with it.
   * Dropped when a quotation that encloses it closes, so pairs never cross.
   */
  private elisionOpener: MarkAt | undefined;
  steps = 0;

  /**
   * @param onBlock called after a block with quotation marks whose
   *   quotations all open and close in it (nothing open before it, nothing
   *   left open after it), with its quotations (`quotes` from index `first`,
   *   in the order found; maybe none): they are final, so the attribution may
   *   read the block while it is at hand.
   */
  constructor(
    private readonly doc: Document,
    private readonly onBlock?: (placed: Placed, quotes: readonly Quotation[], first: number) => void,
  ) {}

  run(): void {
    // The blocks with their mark tokens, found in the pass that also reads names and indirect speech: each
    // block is scanned in that pass, right after its mark tokens are found, while its tokens are at hand.
    // (`blocks` is the list so far: a quotation's paragraph is never after the block being scanned.)
    this.blocks = scanBlocks(this.doc, (blocks, b) => {
      this.blocks = blocks;
      const { marks, firstOther } = blocks[b].cues;
      // A block without marks only ends the quotations left open (most blocks: nothing to do).
      if (marks.length === 0) {
        this.closeOutAbove(0);
        return;
      }
      const settledBefore = this.stack.length === 0;
      const first = this.quotes.length;
      this.scanBlock(blocks[b].block, blocks[b].base, b, marks, firstOther);
      if (this.onBlock && settledBefore && this.stack.length === 0) this.onBlock(blocks[b], this.quotes, first);
    });
    this.closeOutAbove(0);
  }

  private scanBlock(block: AnalyzedBlock, base: number, blockIndex: number, marks: readonly number[], firstOther: number): void {
    const { text, tokens } = block;
    this.skipAt = -1;
    this.elisionOpener = undefined;
    // While `leading`, opening marks at the start of the block may reopen
    // quotations left open by the previous block (bottom of the stack first).
    // Only quote-mark tokens matter; every token before `firstOther` is a
    // space or a mark, so visiting just the marks is equivalent to a full walk.
    let leading = this.stack.length > 0;
    let continued = 0;
    for (const ti of marks) {
      this.steps++;
      const t = tokens[ti];
      const entry = MARK_TABLE[t.text.charCodeAt(0)]!;
      const info = entry.info;
      const family = entry.family;
      if (leading && firstOther < ti) {
        this.closeOutAbove(continued);
        leading = false;
      }
      if (leading) {
        if (continued < this.stack.length) {
          const open = this.stack[continued];
          if (!open.candidate && open.family === family && this.classify(text, tokens, ti, info, family) === 'open') {
            continued++;
            continue;
          }
        }
        this.closeOutAbove(continued);
        leading = false;
      }
      const role = this.classify(text, tokens, ti, info, family);
      if (role === 'apostrophe' || role === 'ignore') continue;
      const at: MarkAt = {
        char: t.text,
        info,
        family,
        start: base + t.sourceStart,
        end: base + t.sourceEnd,
        block: blockIndex,
        candidate: undefined,
        // (Read only of candidates: see below.)
        beforeClause: role === 'candidate' && neighbour(codePointAt(text, t.end)) === CLOSING,
      };
      switch (role) {
        case 'open':
          this.byFamily[at.family].push(this.stack.length);
          this.stack.push(at);
          break;
        case 'close':
          this.close(at);
          break;
        case 'candidate': {
          // The latest candidate wins, unless an earlier one stood before clause punctuation:
          // ‘a win-win’, but the Canadiens’ coach — the first closes, the second is possessive.
          const open = this.stack[this.stack.length - 1];
          if (!open.candidate?.beforeClause) open.candidate = at;
          break;
        }
        case 'elision':
          this.elisionOpener = at;
          break;
      }
    }
    if (leading) this.closeOutAbove(continued);
  }

  /** Decides what the quote mark token `tokens[ti]` (of family index `family`) is. */
  private classify(text: string, tokens: readonly Token[], ti: number, info: QuoteMarkInfo, family: number): Role {
    const t = tokens[ti];
    if (t.start === this.skipAt) return 'apostrophe';
    const prevCp = codePointBefore(text, t.start);
    const nextCp = codePointAt(text, t.end);
    const before = neighbour(prevCp);
    const after = neighbour(nextCp);
    const familyOpen = this.byFamily[family].length > 0;
    const straight = info.direction === 'either';

    if (info.apostrophe) {
      if (before === WORD && after === WORD) return 'apostrophe';
      if (possessiveAfterAbbreviation(text, t.start, t.end)) return 'apostrophe';
      if (before !== WORD) {
        const elision = this.leadingElision(text, t.end, nextCp);
        // Before a figure ('70s, ’05) always an apostrophe: a decade is not a quotation's first word often enough to wait for a closer.
        if (elision !== 'none') return elision === 'both-sides' || charClass(nextCp) === CharClass.Digit ? 'apostrophe' : 'elision';
      } else {
        if (straight && charClass(prevCp) === CharClass.Digit && !familyOpen) return 'ignore';
        if (endsWithTrailingEnding(text, t.start) || endsWithElidedWord(text, t.start)) {
          if (!familyOpen) return 'apostrophe';
          // With a single quotation innermost, this may close it; decided later.
          // With another kind innermost ("the Smiths’" inside “…”), it is possessive.
          return this.stack[this.stack.length - 1].family === family ? 'candidate' : 'apostrophe';
        }
      }
    } else if (straight && before === WORD && charClass(prevCp) === CharClass.Digit && !familyOpen) {
      return 'ignore'; // an inch mark
    }

    // A mark between closing punctuation and a word ("no.”He") is a missing
    // space more often than an opening mark, so it is not left-flanking.
    const left = after !== EDGE && after !== SPACE && after !== CLOSING && before !== WORD && before !== CLOSING;
    const right = before !== EDGE && before !== SPACE && before !== OPENING && after !== WORD;
    if (straight || info.flanking) {
      if (left && !right) return 'open';
      if (right && !left) return 'close';
    }
    if (straight) return familyOpen ? 'close' : 'open';
    return info.direction === 'open' ? 'open' : 'close';
  }

  /**
   * Whether a mark ending at `from` stands for elided letters: before a digit
   * or a listed word ('90s, 'em) it is `one-side`; for a word elided on both
   * sides (rock 'n' roll) it is `both-sides` and the mark after the word is an
   * apostrophe too.
   */
  private leadingElision(text: string, from: number, nextCp: number): 'none' | 'one-side' | 'both-sides' {
    if (charClass(nextCp) === CharClass.Digit) return 'one-side';
    let k = from;
    while (k < text.length && k - from <= LONGEST_ELISION && charClass(text.charCodeAt(k)) === CharClass.Letter) {
      k++;
    }
    if (k === from || k - from > LONGEST_ELISION) return 'none';
    const following = charClass(codePointAt(text, k));
    if (following === CharClass.Letter || following === CharClass.Mark || following === CharClass.Digit) return 'none';
    const word = text.slice(from, k).toLowerCase();
    if (ELIDED_WORDS.has(word)) return 'one-side';
    if (ELIDED_BOTH_SIDES.has(word) && APOSTROPHE_CODES.has(text.charCodeAt(k))) {
      this.skipAt = k;
      return 'both-sides';
    }
    return 'none';
  }

  /** Closes the innermost open quotation of the closer's family. */
  private close(closer: MarkAt): void {
    const family = this.byFamily[closer.family];
    if (family.length === 0) {
      const elision = this.elisionOpener;
      const top = this.stack.length > 0 ? this.stack[this.stack.length - 1] : undefined;
      if (elision && elision.family === closer.family && (!top || top.start < elision.start)) {
        this.elisionOpener = undefined;
        this.emit(elision, closer);
        return;
      }
      this.unmatched.push({
        start: closer.start,
        end: closer.end,
        mark: closer.char,
        family: closer.info.family,
        side: 'close',
        reason: 'no-opener',
      });
      return;
    }
    const target = family[family.length - 1];
    while (this.stack.length - 1 > target) this.popTop('enclosing-closed');
    const open = this.stack.pop() as MarkAt;
    family.pop();
    this.steps++;
    this.dropEnclosedElision(open);
    this.emit(open, closer);
  }

  /** Pops open marks until `keep` remain: they close at a candidate or are unmatched. */
  private closeOutAbove(keep: number): void {
    while (this.stack.length > keep) this.popTop('paragraph-end');
  }

  private popTop(reason: UnmatchedReason): void {
    this.steps++;
    const open = this.stack.pop() as MarkAt;
    this.byFamily[open.family].pop();
    this.dropEnclosedElision(open);
    if (open.candidate) {
      this.emit(open, open.candidate);
      return;
    }
    if (reason === 'paragraph-end' && this.stack.length === 0) this.runOn(open);
    this.unmatched.push({
      start: open.start,
      end: open.end,
      mark: open.char,
      family: open.info.family,
      side: 'open',
      reason,
    });
  }

  /**
   * An outermost double (or guillemet) quotation whose paragraph ends before
   * it closes: print often drops the closing mark of speech that ends its
   * paragraph (“So I started practicing. ¶ Moritz was …), so the words to the
   * end of the paragraph are read as the quotation, unless it is the
   * document's last. The mark is still reported as unmatched.
   */
  private runOn(open: MarkAt): void {
    if (open.info.family !== 'double' && open.info.family !== 'guillemet') return;
    const placed = this.blocks[open.block];
    // In the document's last paragraph an open quotation is more likely still being typed than run on.
    if (!placed || open.block === this.blocks.length - 1) return;
    const tokens = placed.block.tokens;
    let last = tokens.length - 1;
    while (last >= 0 && tokens[last].kind === 'space') last--;
    if (last < 0) return;
    const end = placed.base + tokens[last].sourceEnd;
    if (end <= open.end) return;
    this.runOns.push({ start: open.start, end, innerStart: open.end, innerEnd: end, depth: 0, mark: open.info.family, open: open.char, close: '', paragraphs: 1 });
  }

  /** Forgets the elision apostrophe once a quotation around it is closed. */
  private dropEnclosedElision(popped: MarkAt): void {
    if (this.elisionOpener && popped.start < this.elisionOpener.start) this.elisionOpener = undefined;
  }

  private emit(open: MarkAt, close: MarkAt): void {
    this.quotes.push({
      start: open.start,
      end: close.end,
      innerStart: open.end,
      innerEnd: close.start,
      depth: 0,
      mark: open.info.family,
      open: open.char,
      close: close.char,
      paragraphs: close.block - open.block + 1,
    });
  }
}

/**
 * Whether the mark at `[start, end)` is the possessive of a dotted
 * abbreviation: a letter and a period before it, "s" and no letter after
 * (the U.S.’s, the U.N.'s).
 */
function possessiveAfterAbbreviation(text: string, start: number, end: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 0x2e || charClass(codePointBefore(text, start - 1)) !== CharClass.Letter) return false;
  if (text.charCodeAt(end) !== 0x73) return false;
  const after = codePointAt(text, end + 1);
  return after < 0 || charClass(after) !== CharClass.Letter;
}

/** Whether the text before `end` ends with a word ending after which an apostrophe is usual. */
function endsWithTrailingEnding(text: string, end: number): boolean {
  for (const ending of TRAILING_APOSTROPHE_ENDINGS) {
    if (end >= ending.length && text.slice(end - ending.length, end).toLowerCase() === ending) return true;
  }
  return false;
}

const ELIDED_AT_END = new Set(TRAILING_ELISIONS);
const LONGEST_TRAILING_ELISION = Math.max(...TRAILING_ELISIONS.map((w) => w.length));

/** Whether the word ending at `end` is one whose last letters an apostrophe may stand for (ol', lil'). */
function endsWithElidedWord(text: string, end: number): boolean {
  let k = end;
  while (k > 0 && end - k <= LONGEST_TRAILING_ELISION && charClass(text.charCodeAt(k - 1)) === CharClass.Letter) k--;
  if (end - k > LONGEST_TRAILING_ELISION) return false;
  const word = text.slice(k, end).toLowerCase();
  return ELIDED_AT_END.has(word) && (k === 0 || charClass(codePointBefore(text, k)) !== CharClass.Letter);
}

/**
 * Sorts quotations into document order and sets their depth. Quotations
 * never cross (the scanner only ever closes the innermost or pops), so one
 * stack of end offsets gives the depth.
 */
function assignDepths(quotes: Quotation[], meter?: WorkMeter): void {
  quotes.sort((a, b) => a.start - b.start || b.end - a.end);
  const ends: number[] = [];
  for (const q of quotes) {
    while (ends.length > 0 && ends[ends.length - 1] <= q.start) {
      ends.pop();
      if (meter) meter.steps++;
    }
    q.depth = ends.length;
    ends.push(q.end);
    if (meter) meter.steps++;
  }
}

/**
 * Finds every quotation and every unmatched quotation mark in a document.
 * Both lists are in document order. Never throws; linear in the document size
 * (plus sorting the quotations). `meter`, if given, is bumped once per token
 * visited and per stack operation (for tests).
 */
export function findQuotations(doc: Document, meter?: WorkMeter): { quotes: Quotation[]; unmatched: UnmatchedMark[]; runOns: Quotation[] } {
  return scanQuotations(new QuoteScanner(doc), meter);
}

/** {@link findQuotations} with a given scanner. */
function scanQuotations(scanner: QuoteScanner, meter?: WorkMeter): { quotes: Quotation[]; unmatched: UnmatchedMark[]; runOns: Quotation[] } {
  scanner.run();
  if (meter) meter.steps += scanner.steps;
  assignDepths(scanner.quotes, meter);
  scanner.unmatched.sort((a, b) => a.start - b.start);
  scanner.runOns.sort((a, b) => a.start - b.start);
  return { quotes: scanner.quotes, unmatched: scanner.unmatched, runOns: scanner.runOns };
}

/**
 * The quotations as speech: every quotation, plus the outermost ones never
 * closed, each read to the end of its paragraph (a run-on quotation). Depths
 * are recomputed on copies, so a quotation inside a run-on one is nested.
 */
export function spokenQuotations(quotes: readonly Quotation[], runOns: readonly Quotation[]): Quotation[] {
  if (runOns.length === 0) return quotes as Quotation[];
  const all = [...quotes, ...runOns].map((q) => ({ ...q }));
  assignDepths(all);
  return all;
}

/** The message for an unmatched mark. */
export function unmatchedMessage(u: UnmatchedMark): string {
  if (u.side === 'close') return `Unmatched closing quotation mark ${u.mark}`;
  if (u.reason === 'enclosing-closed') {
    return `Unmatched opening quotation mark ${u.mark} — the quotation around it closes first`;
  }
  return `Unmatched opening quotation mark ${u.mark} — no closing mark before the paragraph ends`;
}

/**
 * The document's quotations, unmatched marks and claims (every quotation,
 * attributed to its speaker when one can be found). Computed once per check
 * and shared by the rules that need them (`quote/unbalanced`,
 * `quote/unattributed`).
 */
export function quotationsWithClaims(doc: Document): { quotes: Quotation[]; unmatched: UnmatchedMark[]; claims: Claim[] } {
  return perDocument(doc, 'quote/claims', () => {
    // A paragraph whose quotations open and close in it gets its attribution's block pass as soon as it is
    // scanned, while its tokens are in the processor's cache; the attribution then finds it done.
    const { quotes, unmatched, runOns } = scanQuotations(new QuoteScanner(doc, attributeBlockEarly));
    return { quotes, unmatched, claims: attributeQuotations(doc, spokenQuotations(quotes, runOns)) };
  });
}

/** The document's indirect speech as claims (kind `indirect`), computed once per check. */
export function indirectSpeechClaims(doc: Document): Claim[] {
  return perDocument(doc, 'quote/indirect', () => indirectClaims(doc, scanBlocks(doc)));
}

/**
 * Reports unmatched quotation marks, and returns every quotation as a claim
 * (`quote` when outermost, `nested-quote` inside another), with ids `q1`,
 * `q2`, … in document order and `text` the source between the outer marks,
 * followed by the indirect speech (`indirect`, ids `i1`, `i2`, …).
 */
export const quoteSpansRule: Rule = {
  id: 'quote/unbalanced',
  description: 'Finds quotations and reports quotation marks that are never closed or never opened.',
  defaultSeverity: 'warning',
  run(doc, ctx) {
    const { unmatched, claims: quoteClaims } = quotationsWithClaims(doc);
    // Indirect speech rides along with the quotations: the same panel lists both.
    const claims = quoteClaims.concat(indirectSpeechClaims(doc));
    const findings: Finding[] = unmatched.map((u) => ({
      rule: 'quote/unbalanced',
      severity: ctx.severity,
      message: unmatchedMessage(u),
      start: u.start,
      end: u.end,
      data: { mark: u.mark, family: u.family, side: u.side, reason: u.reason },
    }));
    return { findings, claims };
  },
};

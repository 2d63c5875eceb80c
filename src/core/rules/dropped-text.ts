/**
 * Dropped text: signs that words went missing when a text was scanned or
 * scraped ("munitions for its , in exchange", "had described the as a major
 * upgrade"). A checker can point at the gap but not fill it, so findings
 * carry no suggestions.
 *
 * What counts as a gap, in the order the checks run on each word (one
 * finding per word, the first check that fires):
 * 1. A function word written twice ("the the", "of\nof"): message "Repeated
 *    word", range the second occurrence (the one to delete).
 * 2. A strict determiner (the, a, an, its, their, our, your, every — see
 *    `STRICT_DETERMINERS` for why this/his/her/each/my/whose are left out)
 *    followed by `, . ; : )`, or by a preposition, conjunction, auxiliary or
 *    second determiner ("the of", "the as a", "a the", "an and"). A
 *    determiner right before a full stop ("… agreed to the.") is this case.
 * 3. A conjunction that cannot end a sentence right before a full stop
 *    ("They met Kim and."). Prepositions are not checked there: English
 *    strands them ("the house he lived in.").
 * 4. A space before a comma or full stop (" ,", " .") that is not an
 *    ellipsis, a decimal, a file name or the end of a URL.
 *
 * The range of a gap runs from the end of the word before it to the start of
 * the next token — the space where the words were. When there is no space
 * ("its,"), the range is the word itself, so a finding is never empty.
 *
 * Conservative by design: clean news prose should give at most about one
 * finding per 10,000 words, so anything that reads as a label, a mention or
 * code is skipped:
 * - A determiner counts only in lowercase, or capitalised at the start of a
 *   sentence ("Mr. An," and "ITS," are not articles), and only when it
 *   stands free (not right after an opening mark or glued to other
 *   punctuation: "(a)", "“the”", "g:the").
 * - A lowercase "a" must follow a word and needs a space before the
 *   punctuation ("for a , in" but not "register a," or "a.m.").
 * - Nothing is reported when the word after the gap is a letter other than
 *   "a" or "I" ("a, b and c", "from a to z"), when punctuation is glued to
 *   what follows (".NET", ":heart:"), when the follower is glued to code
 *   ("the has() call"), when the whitespace holds a tab or (for punctuation)
 *   a line break, or when the source between the two tokens holds markup the
 *   prose extractor removed (an HTML comment), not just whitespace.
 * - Phrases that may follow a determiner ("the at least 52 people", "the
 *   as yet unnamed", "the on call doctor") and coordinated possessives ("its
 *   and their", "your or third parties’") are listed in the data.
 *
 * Linear: each token is looked at a bounded number of times, plus a bounded
 * look-back over the characters before a space-before-punctuation.
 */
import { placeBlockSpans, type Document } from '../document.js';
import type { Rule } from '../rule.js';
import { CharClass, charClass, codePointAt, toLowerFast } from '../text/chars.js';
import type { WorkMeter } from '../text/meter.js';
import { nextNonSpace, prevNonSpace } from '../text/tokenize.js';
import type { AnalyzedBlock, Finding, Token } from '../types.js';
import {
  ALL_DETERMINERS,
  CANNOT_END_SENTENCE,
  CANNOT_FOLLOW_DETERMINER,
  CLOSING_MARKS,
  COMPLETES_SENTENCE_END,
  CONJUNCTIONS,
  DASHES,
  GAP_PUNCTUATION,
  INLINE_SPACES,
  INVISIBLE_SOURCE_CHARS,
  NEVER_DOUBLED,
  ONE_LETTER_WORDS,
  OPENING_MARKS,
  PHRASES_AFTER_DETERMINER,
  POSSESSIVE_DETERMINERS,
  SPACED_PUNCTUATION,
  STRICT_DETERMINERS,
  WORD_INNER_MARKS,
} from './dropped-text-data.js';

/** Which check found a gap. */
export type DroppedTextKind =
  /** A strict determiner followed by punctuation. */
  | 'determiner-punctuation'
  /** A strict determiner followed by a word that cannot follow it. */
  | 'determiner-word'
  /** A conjunction right before a full stop. */
  | 'sentence-end'
  /** A space before a comma or full stop. */
  | 'space-before-punctuation'
  /** A function word written twice. */
  | 'repeated-word';

/** One sign of dropped text, in document offsets. */
export interface DroppedText {
  kind: DroppedTextKind;
  start: number;
  end: number;
  /** The word the gap follows, the punctuation it precedes, or the repeated word, as written. */
  word: string;
  message: string;
}

const RULE_ID = 'text/dropped';

/** The message for a gap. */
export function droppedTextMessage(kind: DroppedTextKind, word: string): string {
  switch (kind) {
    case 'repeated-word':
      return `Repeated word “${word}”`;
    case 'space-before-punctuation':
      return `Words may be missing before “${word}”`;
    default:
      return `Words may be missing after “${word}”`;
  }
}

/** Whether a word is all lowercase (so not a name, a title or an acronym). */
function isLowercase(word: string): boolean {
  return word === toLowerFast(word);
}

/** Whether a word is capitalised: first letter uppercase, the rest lowercase ("The", not "THE"). */
function isCapitalised(word: string): boolean {
  const rest = word.slice(1);
  return word.length > 0 && word[0] !== word[0].toLowerCase() && rest === rest.toLowerCase();
}

/** Every word a check starts from, and the length of the longest: other words are skipped at once. */
const WATCHED: ReadonlySet<string> = new Set([...NEVER_DOUBLED, ...STRICT_DETERMINERS, ...CANNOT_END_SENTENCE]);
const LONGEST_WATCHED = Math.max(...[...WATCHED].map((w) => w.length));
/**
 * For each length, a bit per first letter (a = bit 0) of the watched words of
 * that length. Hashing a fresh token string for the set look-up is most of
 * this rule's cost, and this rejects most words first: a word whose first
 * character is ASCII can only lower-case to a watched word (all plain a–z) if
 * that letter and its length fit one. Lower-casing keeps the length of every
 * character that lower-cases into a–z (Kelvin sign K → k included).
 */
const WATCHED_FIRST = new Uint32Array(LONGEST_WATCHED + 1);
for (const w of WATCHED) WATCHED_FIRST[w.length] |= 1 << (w.charCodeAt(0) - 97);

/** False when `word` (at most LONGEST_WATCHED long) cannot lower-case to a watched word; true when it may. */
function mayBeWatched(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 0x80) return true; // non-ASCII: let the set decide
  // a–z from either case; every other ASCII character falls outside 0–25 (so no word starts with it).
  const letter = (c | 0x20) - 97;
  if (letter < 0 || letter > 25) return false;
  return ((WATCHED_FIRST[word.length] >>> letter) & 1) === 1;
}

/** Whether a token is a letter used as a label or named in prose ("a, b and c", "from a to z", "a. m."). */
function isLetterLabel(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text.length === 1 && !ONE_LETTER_WORDS.has(t.text);
}

function isPunct(t: Token | undefined, set: ReadonlySet<string>): boolean {
  return t !== undefined && t.kind === 'punct' && set.has(t.text);
}

/** How many opening marks may stand between a sentence's start and its first word ("“(The"). */
const MAX_OPENERS = 4;

/** Whether the period at `i` belongs to an ellipsis ("the..."), so a speaker trailing off, not a gap. */
function isEllipsisDot(tokens: readonly Token[], i: number): boolean {
  const isDot = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && t.text === '.';
  return isDot(tokens[i]) && (isDot(tokens[i + 1]) || isDot(tokens[i - 1]));
}

/**
 * Whether the punctuation at `i` is glued to what follows, so it is not
 * sentence punctuation: ".NET", ".zip", ",5", ":heart:", "./run". Only a
 * space, the end of the block or a closing mark may follow a real one.
 */
function gluedToNext(tokens: readonly Token[], i: number): boolean {
  const n = tokens[i + 1];
  return n !== undefined && n.kind !== 'space' && !(n.kind === 'punct' && CLOSING_MARKS.has(n.text));
}

/**
 * Whether the word at `j` ends like a word of prose: followed by a space,
 * the end of the block, or sentence punctuation. "the has() function", "the
 * in_place flag" and "the a:dict" are code, not gaps.
 */
function endsAsWord(tokens: readonly Token[], j: number): boolean {
  const n = tokens[j + 1];
  if (n === undefined || n.kind === 'space') return true;
  return n.kind === 'punct' && (GAP_PUNCTUATION.has(n.text) || CLOSING_MARKS.has(n.text)) && !gluedToNext(tokens, j + 1);
}

/**
 * Whether the word at `i` stands free: at the start of the block or after a
 * space or a dash, not glued to other punctuation ("g:the", "lang_to").
 */
function standsFree(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  return p === undefined || p.kind === 'space' || (p.kind === 'punct' && DASHES.has(p.text));
}

/**
 * A space a dropped word leaves on a line: one or two spaces (no-break ones
 * too), never a tab or a line break, which belong to code and tables.
 */
function isInlineGap(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'space' || t.text.length > 2) return false;
  for (const ch of t.text) if (!INLINE_SPACES.has(ch)) return false;
  return true;
}

/** Whitespace between two words of running prose: spaces and at most one line break, no tabs. */
function isWordGap(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'space') return false;
  let breaks = 0;
  for (const ch of t.text) {
    if (ch === '\t') return false;
    if (ch === '\n' || ch === '\u2028' || ch === '\u2029') breaks++;
  }
  return breaks <= 1;
}

/** How far back {@link endsPlainWord} looks; longer runs are not plain words anyway. */
const PLAIN_WORD_LOOKBACK = 64;

/**
 * Whether the run of non-space characters ending at `end` is a plain word:
 * letters, digits, apostrophes and hyphens only. A space before a period
 * after a URL, a path, a file name or code ("see https://example.org/x .",
 * "--help ,", "log.txt .") is deliberate or not prose.
 */
function endsPlainWord(text: string, end: number): boolean {
  const stop = Math.max(0, end - PLAIN_WORD_LOOKBACK);
  for (let k = end - 1; k >= 0; k--) {
    const cp = text.charCodeAt(k);
    // A low surrogate is half of an astral character; its high half is classified instead.
    if (cp >= 0xdc00 && cp <= 0xdfff && k > 0) continue;
    const c = charClass(codePointAt(text, k));
    if (c === CharClass.Space) return true;
    if (k < stop) return false;
    if (c === CharClass.Letter || c === CharClass.Mark || c === CharClass.Digit || c === CharClass.Joiner) continue;
    if (!WORD_INNER_MARKS.has(text[k])) return false;
  }
  return true;
}

/** Scans one block; findings go to `out`. */
class BlockScanner {
  private readonly text: string;
  private readonly tokens: readonly Token[];
  /** Token indexes where the block's sentences start; built on first use. */
  private sentenceStarts: ReadonlySet<number> | undefined;

  constructor(
    /** The chunk's source; offsets below are relative to it. */
    private readonly source: string,
    private readonly block: AnalyzedBlock,
    private readonly base: number,
    private readonly out: DroppedText[],
  ) {
    this.text = block.text;
    this.tokens = block.tokens;
  }

  /**
   * Whether the word at `i` starts a sentence: it is the first token of one
   * of the block's sentences (the splitter knows "Mr. An" is one sentence), or
   * only a few opening marks and spaces stand between that first token and it.
   */
  private startsSentence(i: number): boolean {
    this.sentenceStarts ??= new Set(this.block.sentences.map((s) => s.firstToken));
    const tokens = this.tokens;
    for (let k = i, seen = 0; k >= 0 && seen <= 2 * MAX_OPENERS; k--, seen++) {
      if (this.sentenceStarts.has(k)) return true;
      const p = tokens[k - 1];
      if (p === undefined) return true;
      if (p.kind !== 'space' && !isPunct(p, OPENING_MARKS)) return false;
    }
    return false;
  }

  run(meter?: WorkMeter): void {
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (meter) meter.steps++;
      const t = tokens[i];
      if (t.kind === 'word') {
        // Most words are none of the few the checks watch: skip them before allocating anything.
        if (t.text.length > LONGEST_WATCHED || !mayBeWatched(t.text)) continue;
        const lower = toLowerFast(t.text);
        if (!WATCHED.has(lower)) continue;
        // One finding per word: the first check that fires wins.
        if (this.checkRepeated(i, lower)) continue;
        if (this.checkDeterminer(i, lower)) continue;
        this.checkSentenceEnd(i, lower);
      } else if (t.kind === 'punct') {
        this.checkSpaceBefore(i);
      }
    }
  }

  /** "the the": a function word repeated after a space. */
  private checkRepeated(i: number, lower: string): boolean {
    const tokens = this.tokens;
    const t = tokens[i];
    const n = tokens[i + 2];
    if (!NEVER_DOUBLED.has(lower) || !n || n.kind !== 'word' || !isWordGap(tokens[i + 1])) return false;
    if (toLowerFast(n.text) !== lower) return false;
    // "The The" is a band; a capitalised or all-caps word is a name, a title or code ("FOR for").
    if (!isLowercase(n.text) || !(isLowercase(t.text) || isCapitalised(t.text))) return false;
    // "a a" only as plain lowercase articles, never letters in a list ("A a").
    if (lower === 'a' && t.text !== 'a') return false;
    // "“the the”" is a mention, "lang_to to" is code.
    if (!standsFree(tokens, i) || !endsAsWord(tokens, i + 2)) return false;
    if (!this.blankBetween(t, n)) return false;
    this.report('repeated-word', this.base + n.sourceStart, this.base + n.sourceEnd, n.text);
    return true;
  }

  /** A strict determiner followed by punctuation or by a word that cannot follow it. */
  private checkDeterminer(i: number, lower: string): boolean {
    const tokens = this.tokens;
    const t = tokens[i];
    if (!STRICT_DETERMINERS.has(lower)) return false;
    if (t.text !== lower && !(isCapitalised(t.text) && lower !== 'a' && this.startsSentence(i))) return false;
    // "(a)", "“the”", "g:the": a label, a word being mentioned, or code.
    if (!standsFree(tokens, i)) return false;
    const p = prevNonSpace(tokens, i);
    // A lowercase "a" that does not follow a word is a label ("a) first", "; a, b").
    if (lower === 'a' && (p < 0 || tokens[p].kind !== 'word')) return false;

    const j = nextNonSpace(tokens, i);
    if (j < 0) return false;
    const n = tokens[j];
    const k = nextNonSpace(tokens, j);
    const after = k >= 0 ? tokens[k] : undefined;
    if (isLetterLabel(after)) return false; // "a, b and c", "from a to z", "a. m."

    if (n.kind === 'punct') {
      if (!GAP_PUNCTUATION.has(n.text) || isEllipsisDot(tokens, j) || gluedToNext(tokens, j)) return false;
      if (j === i + 1) {
        // "register a, which": a glued "a" is a letter; only "a ," with a space is a gap.
        if (lower === 'a') return false;
      } else if (!isInlineGap(tokens[i + 1])) {
        return false;
      }
      return this.reportGap('determiner-punctuation', t, n);
    }
    if (n.kind !== 'word' || j !== i + 2 || !isWordGap(tokens[i + 1]) || !isLowercase(n.text)) return false;
    const next = n.text; // lowercase already
    if (!CANNOT_FOLLOW_DETERMINER.has(next) && !ALL_DETERMINERS.has(next)) return false;
    if (!endsAsWord(tokens, j)) return false;
    // "your or third parties' rights", "its and their": a possessive shared by coordination.
    if (POSSESSIVE_DETERMINERS.has(lower) && CONJUNCTIONS.has(next)) return false;
    if (after && after.kind === 'word') {
      const afterLower = after.text.toLowerCase();
      if (PHRASES_AFTER_DETERMINER.has(`${next} ${afterLower}`)) return false;
      // "the or a": two determiners joined, not a gap.
      if (CONJUNCTIONS.has(next) && ALL_DETERMINERS.has(afterLower)) return false;
    }
    return this.reportGap('determiner-word', t, n);
  }

  /** "… met Kim and.": a conjunction right before a full stop. */
  private checkSentenceEnd(i: number, lower: string): void {
    const tokens = this.tokens;
    const t = tokens[i];
    if (t.text !== lower || !CANNOT_END_SENTENCE.has(lower)) return;
    const j = nextNonSpace(tokens, i);
    if (j < 0 || (j !== i + 1 && !isInlineGap(tokens[i + 1]))) return;
    const n = tokens[j];
    if (n.kind !== 'punct' || n.text !== '.' || isEllipsisDot(tokens, j) || gluedToNext(tokens, j)) return;
    // Only in running prose: a word, a space, then the conjunction ("and/or." is whole).
    const p = i - 2;
    if (p < 0 || !isWordGap(tokens[i - 1]) || tokens[p].kind !== 'word') return;
    if (COMPLETES_SENTENCE_END.has(tokens[p].text.toLowerCase())) return;
    this.reportGap('sentence-end', t, n);
  }

  /** " ," and " .": a space before a comma or full stop. */
  private checkSpaceBefore(i: number): void {
    const tokens = this.tokens;
    const t = tokens[i];
    if (!SPACED_PUNCTUATION.has(t.text) || i < 2 || !isInlineGap(tokens[i - 1])) return;
    const prev = tokens[i - 2];
    // A one-letter word before " ." is a variable or a label ("e .", "x ,").
    if (!((prev.kind === 'word' && prev.text.length > 1) || prev.kind === 'number')) return;
    if (gluedToNext(tokens, i) || isEllipsisDot(tokens, i)) return;
    if (!endsPlainWord(this.text, prev.end)) return;
    // "1 , 2 or 3": numbers set apart in a list or a table.
    const k = nextNonSpace(tokens, i);
    if (prev.kind === 'number' && k >= 0 && tokens[k].kind === 'number') return;
    const start = this.base + prev.sourceEnd;
    const last = this.out[this.out.length - 1];
    if (last !== undefined && last.start === start) return; // already reported after a determiner
    this.reportGap('space-before-punctuation', prev, t, t.text);
  }

  /**
   * Reports the gap between `before` and `after`: the space between them,
   * or `before` itself when they touch. Skipped when the source between them
   * holds removed markup rather than whitespace.
   */
  private reportGap(kind: DroppedTextKind, before: Token, after: Token, word = before.text): boolean {
    if (!this.blankBetween(before, after)) return false;
    let start = this.base + before.sourceEnd;
    let end = this.base + after.sourceStart;
    if (end <= start) {
      start = this.base + before.sourceStart;
      end = this.base + before.sourceEnd;
    }
    this.report(kind, start, end, word);
    return true;
  }

  private report(kind: DroppedTextKind, start: number, end: number, word: string): void {
    this.out.push({ kind, start, end, word, message: droppedTextMessage(kind, word) });
  }

  /** Whether the source between two tokens is only whitespace and emphasis markers. */
  private blankBetween(a: Token, b: Token): boolean {
    const text = this.source;
    const end = this.base + b.sourceStart;
    for (let k = this.base + a.sourceEnd; k < end; k++) {
      const ch = text[k];
      if (ch.trim() !== '' && !INVISIBLE_SOURCE_CHARS.has(ch)) return false;
    }
    return true;
  }
}

/**
 * Finds signs of dropped text in a document, in document order. Never
 * throws; linear in the number of tokens (each check looks a bounded number
 * of tokens around the current one).
 */
export function findDroppedText(doc: Document, meter?: WorkMeter): DroppedText[] {
  // Each block's gaps depend on that block alone: computed once, reused while its text is unchanged.
  return placeBlockSpans(doc, RULE_ID, (block, chunk) => {
    const found: DroppedText[] = [];
    new BlockScanner(chunk.source, block, 0, found).run(meter);
    return found;
  });
}

/** Reports words that look dropped by scanning or scraping. No suggestions: the missing words are unknown. */
export const droppedTextRule: Rule = {
  id: RULE_ID,
  description: 'Points at gaps where words seem to have been dropped, such as “for its , in exchange” or “the the”.',
  defaultSeverity: 'information',
  run(doc, ctx) {
    const findings: Finding[] = findDroppedText(doc).map((d) => ({
      rule: RULE_ID,
      severity: ctx.severity,
      message: d.message,
      start: d.start,
      end: d.end,
      // `near`, not `word`: `data.word` marks findings about a word the writer can accept (see engine/check.ts).
      data: { kind: d.kind, near: d.word },
    }));
    return { findings };
  },
};

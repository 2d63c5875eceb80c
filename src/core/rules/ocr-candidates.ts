/**
 * Per-block pass of the OCR word rules: which words of a block need a closer
 * look. Memoised per block (`perBlock`), with chunk-relative offsets, so a
 * re-check after an edit only redoes the edited block.
 *
 * The path for an ordinary word must stay tiny: one hash lookup in the
 * lexicon, a flag test and a scan of the word's case, nothing else. Only
 * words that fail it become candidates: words the dictionary does not have,
 * dictionary words written with capitals inside ("hrS"), and short entries
 * listed only as abbreviations ("bf"), which OCR makes from common words.
 */
import { perBlock } from '../engine/block-memo.js';
import { Flag } from '../lexicon/format.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { AnalyzedBlock, Token } from '../types.js';
import { blockHyphenations, hyphenationHalves } from './broken-word.js';
import { caseBoundaries } from './case-patterns.js';
import { DIGIT_LED_MIN_LETTERS, LETTER_LIKE_DIGITS, MAX_LENGTH, MIN_CAPITALISED_LENGTH, MIN_LENGTH, NUMBER_SUFFIXES } from './garbled-word-data.js';
import { hasLigature } from './ligature-words.js';

/** Why a word is a candidate. */
export type CandidateEntry =
  /** Not in the lexicon at all. */
  | 'unknown'
  /** Only in the frequency corpora (names, foreign words, and OCR debris like "tbe"). */
  | 'corpus'
  /** A dictionary word written with capitals that do not fit it ("hrS"). */
  | 'case'
  /** A short dictionary entry listed only as an abbreviation ("bf"). */
  | 'abbreviation';

/** A word that needs a closer look. Offsets are chunk-relative source offsets. */
export interface Candidate {
  /** The word as written: a whole token, or one part of a hyphenated one. */
  text: string;
  start: number;
  end: number;
  entry: CandidateEntry;
  /** Zipf of its lexicon entry (0 when unknown). */
  zipf: number;
  /** First word of a sentence or of a line: its capital says nothing. */
  initial: boolean;
  /** Part of a hyphenated token whose first part is capitalised ("Han-bum"): judged like a name. */
  inName: boolean;
  /** Has a case change inside ("newsGovernment"): a run-together candidate. */
  camel: boolean;
  /** A neighbouring word is in capitals too (a headline): capitals say nothing. */
  capsContext: boolean;
  /** Followed, after one space, by a capitalised word: part of a name ("Cho Han-bum"), even first in a sentence. */
  beforeName: boolean;
  /** The word just before, when only spaces separate them (no punctuation): context for choosing among corrections. */
  prev?: string;
  /** The word just after, on the same terms. */
  next?: string;
  /**
   * The text as written, when it differs from `text`: a word hyphenated at
   * a line end whose halves are judged joined ("bankrup-\ntey" is judged as
   * "bankruptey"; see ./broken-word.ts).
   */
  written?: string;
}

/** Longest abbreviation-only entry that is looked at ("bf", "hrs"). */
const MAX_ABBREVIATION_LENGTH = 3;
const HYPHEN = /[-\u2010\u2011]/;

/**
 * Case of a word in one scan: 0 lower case, 1 Capitalised, 2 ALL CAPS,
 * 3 anything else (capitals inside).
 */
function plainCase(word: string): number {
  let upper = 0;
  let letters = 0;
  let firstUpper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let up: boolean;
    if (c >= 97 && c <= 122) up = false;
    else if (c >= 65 && c <= 90) up = true;
    else if (c < 128) continue;
    else {
      const ch = word[i];
      const lo = ch.toLowerCase();
      if (lo === ch.toUpperCase()) continue;
      up = ch !== lo;
    }
    if (letters === 0) firstUpper = up;
    letters++;
    if (up) upper++;
  }
  if (upper === 0) return 0;
  if (upper === letters) return letters > 1 ? 2 : 1;
  if (upper === 1 && firstUpper) return 1;
  return 3;
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * A word whose first letter was read as a digit: "0f", "1ord" (one
 * letter-shaped digit, then lower-case letters that are not a unit or an
 * ordinal), or "3stimates", "3xp3cted" (any one digit, then lower-case
 * letters and digits with DIGIT_LED_MIN_LETTERS letters or more).
 */
function letterLikeDigit(word: string): boolean {
  const rest = word.slice(1);
  if (LETTER_LIKE_DIGITS.includes(word[0]) && /^[a-z]+$/.test(rest) && !NUMBER_SUFFIXES.has(rest)) return true;
  return /^[a-z][a-z0-9]*$/.test(rest) && rest.replace(/[0-9]/g, '').length >= DIGIT_LED_MIN_LETTERS;
}

/** Whether a token holds a letter at all. */
function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
    if (c >= 128 && word[i].toLowerCase() !== word[i].toUpperCase()) return true;
  }
  return false;
}

/** Token indexes of the first word of each sentence and of each line. */
function initialWords(block: AnalyzedBlock): Set<number> {
  const out = new Set<number>();
  const tokens = block.tokens;
  const markFrom = (i: number): void => {
    for (let k = i; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind === 'word' || t.kind === 'number') {
        out.add(k);
        return;
      }
      if (t.kind !== 'punct' && t.kind !== 'space' && t.kind !== 'symbol') return;
    }
  };
  for (const s of block.sentences) markFrom(s.firstToken);
  markFrom(0);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // Most space tokens are one plain space: no line break to look for.
    if (t.kind === 'space' && t.text !== ' ' && (t.text.includes('\n') || t.text.includes('\r'))) markFrom(k + 1);
  }
  return out;
}

/** Whether the word before token `i` (spaces skipped) is a number: "24 hrs", "5 ft". */
function afterNumber(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k];
    if (t.kind === 'space') continue;
    return t.kind === 'number';
  }
  return false;
}

/**
 * The word next to token `i` in direction `dir` (1 or -1) when only spaces
 * separate them: a word pair as the context data counts it ("in the"), not
 * across punctuation.
 */
function adjacentWord(tokens: readonly Token[], i: number, dir: number): string | undefined {
  const gap = tokens[i + dir];
  const t = tokens[i + 2 * dir];
  if (gap === undefined || gap.kind !== 'space' || t === undefined || t.kind !== 'word') return undefined;
  return t.text;
}

/** Whether token `i` is followed, after exactly one space, by a capitalised word. */
function nameFollows(tokens: readonly Token[], i: number): boolean {
  const gap = tokens[i + 1];
  const next = tokens[i + 2];
  return gap !== undefined && gap.kind === 'space' && gap.text === ' ' && next !== undefined && next.kind === 'word' && plainCase(next.text) === 1;
}

/**
 * Whether the nearest word in direction `dir` (1 or -1) is an ordinary word
 * written in capitals ("THE", "TREATY"): a headline, where capitals say
 * nothing. Another acronym ("ECOWAS, WASC") does not count.
 */
function isCapsWord(lex: Lexicon, tokens: readonly Token[], i: number, dir: number): boolean {
  for (let k = i + dir; k >= 0 && k < tokens.length; k += dir) {
    const t = tokens[k];
    if (t.kind === 'space' || t.kind === 'punct') continue;
    if (t.kind !== 'word' || t.text.length < 2 || plainCase(t.text) !== 2) return false;
    const id = lex.lookup(t.text);
    return id >= 0 && (lex.flags[id] & Flag.DICT) !== 0 && (lex.flags[id] & Flag.LOWER) !== 0;
  }
  return false;
}

/** Apostrophes that mark letters left out. */
const isApostrophe = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && (t.text === "'" || t.text === '\u2019');

/**
 * A lower-case word whose last letter the writer left out and marked with an
 * apostrophe ("ol'" for old, "goin'", "nothin'"): the apostrophe follows it
 * directly, no letter follows the apostrophe, and the word with a "d" or a
 * "g" added is a dictionary word. Dialect, not damage.
 */
function elided(lex: Lexicon, word: string, tokens: readonly Token[], i: number): boolean {
  if (plainCase(word) !== 0 || !isApostrophe(tokens[i + 1])) return false;
  const after = tokens[i + 2];
  if (after !== undefined && after.kind === 'word') return false;
  return ELIDED_LETTERS.some((l) => {
    const id = lex.lookup(word + l);
    return id >= 0 && (lex.flags[id] & Flag.DICT) !== 0;
  });
}
const ELIDED_LETTERS = ['d', 'g'];

/**
 * A word joined by a colon, with no space, to a word that is no ordinary
 * lower-case word ("Kahnawà:ke", "Tioweró:ton": orthographies that write
 * vowel length or a glottal stop with a colon): a part of one word, not a
 * word of its own. (Two ordinary words joined by a colon, "reported:trying",
 * are a lost space: ./punctuation-join.ts.)
 */
function colonInName(lex: Lexicon, tokens: readonly Token[], i: number): boolean {
  for (const dir of [-1, 1]) {
    const colon = tokens[i + dir];
    const other = tokens[i + 2 * dir];
    if (colon === undefined || colon.kind !== 'punct' || colon.text !== ':' || other === undefined || other.kind !== 'word') continue;
    const id = lex.lookup(other.text);
    if (id < 0 || (lex.flags[id] & Flag.DICT) === 0 || plainCase(other.text) !== 0) return true;
  }
  return false;
}

/**
 * What the lexicon says of one word written as is: undefined when it is an
 * ordinary word, else why it is a candidate.
 */
function classify(lex: Lexicon, word: string, tokens: readonly Token[], i: number): { entry: CandidateEntry; zipf: number } | undefined {
  const id = lex.lookup(word);
  if (id < 0) return { entry: 'unknown', zipf: 0 };
  const flags = lex.flags[id];
  const zipf = lex.zipf10[id] / 10;
  if ((flags & Flag.DICT) === 0) return { entry: 'corpus', zipf };
  const shape = plainCase(word);
  if (shape === 3 && !lex.caseFits(word)) return { entry: 'case', zipf };
  if ((flags & Flag.ABBREV) !== 0 && shape === 0 && word.length <= MAX_ABBREVIATION_LENGTH && !afterNumber(tokens, i)) {
    // "bf", "hrs" written as plain lower-case words, not as units after a number.
    const next = tokens[i + 1];
    if (next === undefined || next.kind !== 'punct' || next.text !== '.') return { entry: 'abbreviation', zipf };
  }
  return undefined;
}

/**
 * Words already seen to take the fast path (a dictionary word in a plain
 * case), per lexicon. A document repeats its words, and this set answers
 * for a repeated one from memory that stays in the CPU cache, where the
 * lexicon's look-up reads three scattered places of a 30 MB file. The token
 * texts are interned by the tokenizer, so the set usually finds a word by a
 * hash V8 has already computed. Bounded: emptied when it grows past
 * ORDINARY_MEMORY words.
 */
const ordinaryWords = new WeakMap<Lexicon, Set<string>>();
const ORDINARY_MEMORY = 50_000;

function ordinaryMemory(lex: Lexicon): Set<string> {
  let set = ordinaryWords.get(lex);
  if (!set) {
    set = new Set();
    ordinaryWords.set(lex, set);
  }
  return set;
}

/** The candidates of one block (computed once per block; see the module comment). */
export function blockCandidates(block: AnalyzedBlock, lex: Lexicon): readonly Candidate[] {
  return perBlock(block, 'ocr/candidates', (b) => findCandidates(b, lex));
}

function findCandidates(block: AnalyzedBlock, lex: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  const tokens = block.tokens;
  const ordinary = ordinaryMemory(lex);
  let initials: Set<number> | undefined;
  // Halves of words hyphenated at a line end are fragments, never judged alone (./broken-word.ts).
  const halves = hyphenationHalves(block, lex);
  if (halves.size > 0) {
    initials = initialWords(block);
    joinedCandidates(block, lex, initials, out);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    if (halves.size > 0 && halves.has(i)) continue;
    const word = t.text;
    const n = word.length;
    if (n < MIN_LENGTH || n > MAX_LENGTH) continue;
    // The fast path: a dictionary word in a plain case (remembered, see ordinaryWords).
    if (ordinary.has(word)) continue;
    const id = lex.lookup(word);
    if (id >= 0 && (lex.flags[id] & (Flag.DICT | Flag.ABBREV)) === Flag.DICT && plainCase(word) !== 3) {
      if (ordinary.size >= ORDINARY_MEMORY) ordinary.clear();
      ordinary.add(word);
      continue;
    }
    // Ligature characters (ﬁ, ﬂ) are spelt out by ./ligature-words.ts, never read as damage to another word.
    // Looked for after the fast path: no dictionary word has one, and most words end there.
    if (hasLigature(word)) continue;
    // Numbers with suffixes (1990s, 3rd, 5km, 10am) and tokens without letters.
    if ((isDigitCode(word.charCodeAt(0)) && !letterLikeDigit(word)) || !hasLetter(word)) continue;
    initials ??= initialWords(block);
    const initial = initials.has(i);
    const camel = caseBoundaries(word).length > 0;
    if (HYPHEN.test(word) && !camel) {
      if (lex.has(word)) continue;
      splitHyphenated(block, t, lex, tokens, i, initial, out);
      continue;
    }
    const c = classify(lex, word, tokens, i);
    if (!c) continue;
    if (c.entry !== 'case' && (elided(lex, word, tokens, i) || colonInName(lex, tokens, i))) continue;
    if (!camel && c.entry !== 'case' && plainCase(word) !== 0 && n < MIN_CAPITALISED_LENGTH) continue;
    const capsContext = plainCase(word) === 2 && (isCapsWord(lex, tokens, i, -1) || isCapsWord(lex, tokens, i, 1));
    const beforeName = plainCase(word) === 1 && nameFollows(tokens, i);
    out.push({
      text: word,
      start: t.sourceStart,
      end: t.sourceEnd,
      entry: c.entry,
      zipf: c.zipf,
      initial,
      inName: false,
      camel,
      capsContext,
      beforeName,
      prev: adjacentWord(tokens, i, -1),
      next: adjacentWord(tokens, i, 1),
    });
  }
  // Joined hyphenations went first: back to text order.
  if (halves.size > 0) out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * The joined forms of words hyphenated at a line break whose joined form
 * is no word and a half is none either ("bankrup-\ntey" → "bankruptey"):
 * one candidate over the whole break, judged as the one word it most likely
 * is. Capitalised joined forms are judged like any capitalised word (names
 * are hyphenated at line ends too).
 */
function joinedCandidates(block: AnalyzedBlock, lex: Lexicon, initials: Set<number>, out: Candidate[]): void {
  const tokens = block.tokens;
  for (const h of blockHyphenations(block, lex)) {
    if (h.kind !== 'unknown' || h.joined.length > MAX_LENGTH) continue;
    const c = classify(lex, h.joined, tokens, h.left);
    if (!c) continue;
    const shape = plainCase(h.joined);
    if (shape !== 0 && shape !== 1) continue;
    out.push({
      text: h.joined,
      start: h.sourceStart,
      end: h.sourceEnd,
      entry: c.entry,
      zipf: c.zipf,
      initial: initials.has(h.left),
      inName: false,
      camel: false,
      capsContext: false,
      beforeName: shape === 1 && nameFollows(tokens, h.right),
      prev: adjacentWord(tokens, h.left, -1),
      next: adjacentWord(tokens, h.right, 1),
      written: h.written,
    });
  }
}

/** Candidates among the parts of a hyphenated token ("weFr-known", "Cho Han-bum"). */
function splitHyphenated(block: AnalyzedBlock, t: Token, lex: Lexicon, tokens: readonly Token[], i: number, initial: boolean, out: Candidate[]): void {
  const word = t.text;
  const firstCapital = plainCase(word.split(HYPHEN)[0]) !== 0;
  let at = 0;
  let first = true;
  for (const part of word.split(HYPHEN)) {
    const from = at;
    at += part.length + 1;
    if (part.length < Math.max(MIN_LENGTH, 3) || !hasLetter(part) || (isDigitCode(part.charCodeAt(0)) && !letterLikeDigit(part))) {
      first = false;
      continue;
    }
    const c = classify(lex, part, tokens, i);
    const inName = firstCapital && !first;
    first = false;
    if (!c || c.entry === 'abbreviation') continue;
    out.push({
      text: part,
      start: block.map.toSource(t.start + from),
      end: block.map.toSourceEnd(t.start + from + part.length),
      entry: c.entry,
      zipf: c.zipf,
      initial: initial && from === 0,
      inName,
      camel: false,
      capsContext: false,
      beforeName: false,
    });
  }
}

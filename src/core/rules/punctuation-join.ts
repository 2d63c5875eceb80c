/**
 * Words joined by a stray mark where a space was lost: what old newspaper
 * scans and scraped pages do to spaces besides dropping them.
 *
 * - a space read as a hyphen after a word that cannot end a phrase
 *   ("the-confidence", "its-own"), or, in a document that shows damage
 *   (`damaged`; clean text may type a dash as a hyphen, "past-and"),
 *   before one that ends no compound ("gifts-from", "ally-and");
 * - a space read as an apostrophe, where what follows is no contraction or
 *   possessive ("viewed'this", "in'the");
 * - a mark with no space on either side between two words
 *   ("reported:trying", "years.The", "Wagner,who").
 *
 * Each is only a join when both parts are dictionary words and the text
 * gives no sign of a real form: the whole is not a word the lexicon or the
 * corpora know, dotted runs (U.S.A., www.example.com, 3.5) and file or
 * domain names are left alone, and a form the document writes three times
 * or more is the writer's own. Whether the two words are a pair English
 * uses (word-pair counts from ../context) sets the confidence, and for a
 * dot or colon which repair is offered: the mark read for a space
 * ("reported trying"), or a space lost after it ("Note: this").
 *
 * Findings go out through `ocr/run-together` (./run-together.ts), with the
 * words split as the one suggestion.
 */
import type { ContextData } from '../context/context-data.js';
import { placeBlockSpans, type Document } from '../document.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { AnalyzedBlock, Token } from '../types.js';
import {
  APOSTROPHE_ENDINGS,
  CLAUSE_FIRST_WORDS,
  CLOSING_QUOTES,
  OPENING_QUOTES,
  SPECK_QUOTES,
  DETERMINERS_AFTER_PREPOSITION,
  JOINING_FIRST_WORDS,
  JOINING_LAST_WORDS,
  JOINING_MARKS,
  NAME_ENDINGS_AFTER_DOT,
  ONE_LETTER_WORDS,
  PREPOSITIONS_BEFORE_DETERMINER,
  SENTENCE_MARKS,
} from './punctuation-join-data.js';

/** One joined pair of words. Offsets are document offsets. */
export interface PunctuationJoin {
  start: number;
  end: number;
  /** The text as written ("particularly-at", "reported:trying"). */
  word: string;
  /** The text with the space back ("particularly at", "years. The"). */
  suggestion: string;
  /** 0–1; kept below what "Fix all confident corrections" applies unasked. */
  confidence: number;
}

/** Confidence when the pair is common English (the mark most likely stands for the space). */
const PAIRED_CONFIDENCE = 0.8;
/** Both words are words, but English rarely puts them side by side: which repair is right is less sure. */
const UNPAIRED_CONFIDENCE = 0.6;
/** A capital after a sentence mark with no space: a sentence run into the next. */
const SENTENCE_CONFIDENCE = 0.85;
/** A comma or semicolon with no space after it. */
const MISSING_SPACE_CONFIDENCE = 0.7;
/** Words at least this frequent (Zipf) are function words ("and", "or", "where"). */
const FUNCTION_WORD_ZIPF = 5.0;
/** A joined form written this many times in the document is the writer's own. */
const OWN_FORM_COUNT = 3;

/** Only letters (any script), so numbers, codes and initials are never split. */
const LETTERS = /^\p{L}{2,}$/u;
const HYPHEN = /[-\u2010\u2011]/;
const APOSTROPHE = /['\u2019]/;

/** The joins of a document (see the module comment). */
export function findPunctuationJoins(doc: Document, lex: Lexicon, context: ContextData | null, damaged = false): PunctuationJoin[] {
  if (context === null) return [];
  const found = placeBlockSpans(doc, damaged ? 'punctuation-join-damaged' : 'punctuation-join', (b) => blockJoins(b, lex, context, damaged));
  const uses = new Map<string, number>();
  for (const j of found) {
    const key = j.word.toLowerCase();
    uses.set(key, (uses.get(key) ?? 0) + 1);
  }
  return found.filter((j) => (uses.get(j.word.toLowerCase()) ?? 0) < OWN_FORM_COUNT);
}

/** A block's joins, with offsets relative to its chunk. */
function blockJoins(block: AnalyzedBlock, lex: Lexicon, context: ContextData, damaged: boolean): PunctuationJoin[] {
  const out: PunctuationJoin[] = [];
  const tokens = block.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    // A word glued to a hyphen or a number before it is part of a longer compound ("$25-a-plate").
    const before = tokens[i - 1];
    const glued = before !== undefined && (before.kind === 'number' || (before.kind === 'punct' && HYPHEN.test(before.text)));
    // Most words have no mark inside: one pass over their characters, nothing else.
    const inner = glued || !hasInnerMark(t.text) ? undefined : joinInsideWord(t.text, lex, context, afterDeterminer(tokens, i), damaged);
    if (inner) {
      out.push({ start: t.sourceStart, end: t.sourceEnd, word: t.text, ...inner });
      continue;
    }
    const mark = tokens[i + 1];
    const next = tokens[i + 2];
    if (mark?.kind !== 'punct' || next?.kind !== 'word' || !JOINING_MARKS.has(mark.text)) continue;
    if (inDottedRun(tokens, i)) continue;
    // A single quotation mark closed right after the word is a quotation ("said‘yes’"), not a speck.
    const closed = tokens[i + 3]?.kind === 'punct' && tokens[i + 3].text === '’';
    const joined = joinAtMark(t.text, mark.text, next.text, lex, context, closed);
    if (joined) {
      out.push({
        start: t.sourceStart,
        end: next.sourceEnd,
        word: t.text + mark.text + next.text,
        ...joined,
      });
      i += 2;
    }
  }
  return out;
}

/** Whether the word before token `i`, after a space, is a determiner ("the to-do list"). */
function afterDeterminer(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1]?.kind === 'space' ? tokens[i - 2] : undefined;
  return previous?.kind === 'word' && DETERMINERS_AFTER_PREPOSITION.has(previous.text.toLowerCase());
}

/** A hyphen or apostrophe inside one word token that stands for a space. */
function joinInsideWord(word: string, lex: Lexicon, context: ContextData, afterDeterminer: boolean, damaged: boolean): { suggestion: string; confidence: number } | undefined {
  const hyphen = word.search(HYPHEN);
  const apostrophe = word.search(APOSTROPHE);
  if ((hyphen < 0) === (apostrophe < 0)) return undefined; // none, or both (rock'n'roll-style)
  const at = hyphen >= 0 ? hyphen : apostrophe;
  const left = word.slice(0, at);
  const right = word.slice(at + 1);
  if (HYPHEN.test(right) || APOSTROPHE.test(right)) return undefined; // three parts or more: a compound phrase
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  // "in-the", "for-a": a preposition and its determiner (the determiner may be one letter).
  const prepositionPair = hyphen >= 0 && left === l && right === r && PREPOSITIONS_BEFORE_DETERMINER.has(l) && DETERMINERS_AFTER_PREPOSITION.has(r);
  // "a-tense": the article is the one one-letter first word read here (A-list, e-mail are compounds).
  const leftOk = LETTERS.test(left) || (hyphen >= 0 && ONE_LETTER_WORDS.has(left));
  // "half'a": the article after an apostrophe read for a space (no contraction ends in "a").
  const articleAfterApostrophe = apostrophe >= 0 && ONE_LETTER_WORDS.has(right);
  if (!leftOk || (!LETTERS.test(right) && !prepositionPair && !articleAfterApostrophe)) return undefined;
  if (lex.known(word) || context.count(word.toLowerCase()) > 0) return undefined;
  if (hyphen >= 0) {
    // "gifts-from", "ally-and": a word no two-word compound ends on; only on a damaged page, as clean
    // text may type a dash as a hyphen ("the past-and the future").
    const lastJoins = damaged && right === r && JOINING_LAST_WORDS.has(r);
    if (!JOINING_FIRST_WORDS.has(l) && !prepositionPair && !lastJoins) return undefined;
    // After a pronoun or "to", a function word is a clause typed after a dash ("we-and", "he-or").
    // After a determiner it leads a compound noun ("the to-do list", "a she-wolf").
    if (CLAUSE_FIRST_WORDS.has(l) && (afterDeterminer || lex.frequency(right) >= FUNCTION_WORD_ZIPF)) return undefined;
  } else if (APOSTROPHE_ENDINGS.has(r) || right !== r || left !== l) {
    return undefined; // a contraction, a possessive, or a name (D'Angelo, Ka'Ula, Ta'if)
  }
  // A dictionary word (names SCOWL lists count), in the case written or its lower case.
  if (!lex.has(left) || !lex.has(right)) return undefined;
  return { suggestion: `${left} ${right}`, confidence: context.pairCount(l, r) > 0 ? PAIRED_CONFIDENCE : UNPAIRED_CONFIDENCE };
}

/** Two words with a mark between them and no space on either side. */
function joinAtMark(
  left: string,
  mark: string,
  right: string,
  lex: Lexicon,
  context: ContextData,
  closed: boolean,
): { suggestion: string; confidence: number } | undefined {
  // "is.a", "hit,a": the article is the one one-letter word read here (an initial is capitalised).
  const leftOk = LETTERS.test(left) || (OPENING_QUOTES.has(mark) && ONE_LETTER_WORDS.has(left));
  if (!leftOk || (!LETTERS.test(right) && !ONE_LETTER_WORDS.has(right))) return undefined;
  if (!lex.has(left) || !lex.has(right)) return undefined;
  const r = right.toLowerCase();
  if (OPENING_QUOTES.has(mark)) return { suggestion: `${left} ${mark}${right}`, confidence: MISSING_SPACE_CONFIDENCE };
  if (CLOSING_QUOTES.has(mark)) return { suggestion: `${left}${mark} ${right}`, confidence: MISSING_SPACE_CONFIDENCE };
  if (SPECK_QUOTES.has(mark)) {
    // A speck where the words are a pair English uses; else an opening quotation that lost its space.
    if (right !== r) return undefined;
    if (closed) return { suggestion: `${left} ${mark}${right}`, confidence: MISSING_SPACE_CONFIDENCE };
    return context.pairCount(left.toLowerCase(), r) > 0 ? { suggestion: `${left} ${right}`, confidence: PAIRED_CONFIDENCE } : { suggestion: `${left} ${mark}${right}`, confidence: UNPAIRED_CONFIDENCE };
  }
  if (mark === '.' && NAME_ENDINGS_AFTER_DOT.has(r)) return undefined;
  const capital = right !== r && right.charAt(0) !== r.charAt(0);
  if (capital) {
    // "years.The": a sentence run into the next. A capital after a comma is a name ("Paris,France").
    if (!SENTENCE_MARKS.has(mark) || isAllCaps(right)) return undefined;
    return { suggestion: `${left}${mark} ${right}`, confidence: SENTENCE_CONFIDENCE };
  }
  if (mark === ',' || mark === ';') return { suggestion: `${left}${mark} ${right}`, confidence: MISSING_SPACE_CONFIDENCE };
  // "reported:trying", "going.on": no sentence goes on in lower case after a dot or a colon
  // with no space. When the two words are a common pair, the mark most likely stands where
  // the space was; otherwise the space after the mark was lost.
  if (context.pairCount(left.toLowerCase(), r) > 0) return { suggestion: `${left} ${right}`, confidence: PAIRED_CONFIDENCE };
  return { suggestion: `${left}${mark} ${right}`, confidence: UNPAIRED_CONFIDENCE };
}

/**
 * Whether the word at `i` and the one two tokens on belong to a longer
 * run of words and marks with no spaces: dotted abbreviations and names
 * (U.S.A., e.g.), addresses and paths (www.example.com, a/b.c), numbers.
 */
function inDottedRun(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before !== undefined && before.kind !== 'space' && before.text !== '(' && before.text !== '“' && before.text !== '"') return true;
  const after = tokens[i + 3];
  const beyond = tokens[i + 4];
  return after !== undefined && after.kind === 'punct' && beyond !== undefined && (beyond.kind === 'word' || beyond.kind === 'number');
}

/** Whether a word holds a hyphen or an apostrophe (the marks {@link joinInsideWord} reads). */
function hasInnerMark(word: string): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2010 || c === 0x2011) return true;
  }
  return false;
}

function isAllCaps(word: string): boolean {
  return word === word.toUpperCase();
}

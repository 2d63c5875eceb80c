/**
 * The document-level pass shared by `ocr/garbled` and `ocr/run-together`:
 * which candidate words (./ocr-candidates.ts) are damage, and what they
 * should say.
 *
 * Each distinct word is judged once per document (damage and names repeat):
 * 1. CamelCase tokens that cut into words at their case changes are run
 *    together ("newsGovernment" → "news Government"), unless the lexicon's
 *    corpora know them (BlackRock) or the document uses them repeatedly.
 * 2. Everything else is weighed as a noisy-channel decision: the best
 *    correction's score (Zipf − damage cost, from the suggester) against the
 *    null, the log-odds that the word is right as written. The null starts
 *    from the word's shape (unknown names are common, unknown lower-case
 *    words are not), rises when the document uses the word repeatedly (its
 *    own vocabulary) and drops with each sign of damage the word carries
 *    (./garbled-word-evidence.ts). A word with strong signs of damage is
 *    flagged even when nothing plausible corrects it. Acronyms, and names
 *    the document uses consistently inside its sentences, that carry no sign
 *    of damage are settled without asking the suggester.
 * 3. Adaptation: damage within one document is systematic. The confident
 *    corrections of the first round are aligned with their words; the edits
 *    that at least two of them share are taught to a channel of this
 *    document (`channel.observe`). Weaker corrections teach too when several
 *    different words agree on the same substitution (`channel.teach`; the
 *    corrections that need it are flagged but not made confident). Every
 *    word that was not confidently settled and that a learned edit could
 *    explain is judged again with it, and a capitalised unknown word that
 *    learned substitutions alone turn into a known name or a frequent word
 *    is flagged even short of the name margin ("Algbria" where e reads as b).
 *    A capitalised near miss never teaches an edit on its own, but it
 *    seconds one that a flagged word of a different correction proposes
 *    ("fogeign" and "Bulgagia" agree on r read as g).
 * 4. A document that shows damage (DAMAGED_DOCUMENT) weighs its near
 *    misses again, occurrence by occurrence, with what it says of them
 *    (`damagedDocumentEvidence`): for a capitalised word, the correction
 *    used elsewhere in it and the substitution shared with flagged words;
 *    for any, letters that read worse than the correction's; against,
 *    neighbours that are names too. A clean document skips this step.
 *
 * 5. Findings that need no verdict are added last: words broken by a
 *    line-end hyphen, one finding per break (./broken-word.ts; their halves,
 *    and the second half of a word broken across a paragraph end, are never
 *    candidates), short words printed as figures ("1s", ./digit-words.ts),
 *    and rare dictionary words that are a word with an article run on
 *    ("ina" → "in a", ./segment.ts). Lower-case tokens the lexicon lacks
 *    that are such a pair ("isa", "itis") are settled in step 2.
 *
 * Linear in the number of candidates; each distinct word costs one or two
 * suggestion look-ups (cached per process: the unadapted channel's answers
 * by the suggester, the adapted ones here, by what the channel learned).
 */
import { perDocument } from '../engine/document-memo.js';
import type { Document } from '../document.js';
import { createChannel, type Channel } from '../lexicon/channel.js';
import { capitalise, casePattern } from '../lexicon/case.js';
import { GENERIC } from '../lexicon/confusions.js';
import { Flag } from '../lexicon/format.js';
import { defaultLexicon } from '../lexicon/default.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { suggest, type Suggestion } from '../lexicon/suggest.js';
import {
  ABBREVIATION_DISCOUNT,
  CORPUS_DISCOUNT,
  DAMAGED_DOCUMENT,
  DAMAGED_REAL_WORD,
  EVIDENCE_ALONE,
  FLAG_MARGIN,
  FLAG_MARGIN_KNOWN,
  FLAG_MARGIN_NAME,
  FUNCTION_WORD_ZIPF,
  JOIN_LENGTH_SLOPE,
  NULL_BASE,
  NULL_LENGTH_CAP,
  NULL_LENGTH_FROM,
  NULL_LENGTH_SLOPE,
  OBSERVE_AGREEMENT,
  OBSERVE_CONFIDENCE,
  TITLE_MISMATCH,
  VOCABULARY_CAP,
  VOCABULARY_GAIN,
  LEARNED_NAME_ZIPF,
  NAME_IN_DAMAGED_DOCUMENT,
  REPEATED_NAME,
  LOWER_IN_DAMAGED_DOCUMENT,
  type DamagedDocumentWeights,
  WEAK_AGREEMENT,
  WEAK_CONFIDENCE_CAP,
  WEAK_NEAR_MISS,
  WEAK_NEAR_MISS_NAME,
  WEAK_LEARNED_COST,
} from './garbled-word-data.js';
import { damagedDocumentEvidence, unknownName, wordEvidence, type WordEvidence } from './garbled-word-evidence.js';
import { letterLogLikelihood, letterStats } from './letter-stats.js';
import { breaksAcrossParagraphs, findBrokenWords, type BrokenWord } from './broken-word.js';
import { findDigitWords } from './digit-words.js';
import { findDamagedRealWords } from './damaged-real-word.js';
import { findStrayCapitals } from './stray-capital.js';
import { findLineFragments } from './line-fragments.js';
import { findShortDebris } from './short-debris.js';
import { findPunctuationJoins } from './punctuation-join.js';
import { blockCandidates, type Candidate } from './ocr-candidates.js';
import { articleSplit, commonPairSplit, findArticleJoins, segment } from './segment.js';
import { association, contextOrNull } from './real-word.js';
import type { ContextData } from '../context/context-data.js';

/** What kind of damage a finding reports. */
export type OcrKind = 'garbled' | 'run-together' | 'real-word';

/** A damaged word, in document offsets. */
export interface OcrFinding {
  kind: OcrKind;
  start: number;
  end: number;
  /** The word as written. */
  word: string;
  /** Corrections, best first (at most 3; may be empty when nothing plausible corrects it). */
  suggestions: string[];
  /** Probability that the first suggestion is right (0 when there is none). */
  confidence: number;
  /** A word broken by a line-end hyphen ("announ-\nced"), its halves joined as the suggestion. */
  broken?: boolean;
  /** Debris alone on a line (./line-fragments.ts): no word to suggest. */
  fragment?: boolean;
}

/** A judgement of one distinct word. */
export interface Verdict {
  kind: OcrKind;
  suggestions: string[];
  confidence: number;
  /**
   * The weighed corrections with their scores, and the null's score, when
   * the word was flagged: what {@link inContext} re-weighs with the words
   * around each occurrence.
   */
  weighed?: { list: Suggestion[]; nul: number };
  /**
   * Not flagged: the best correction fell short of the margin by `shortBy`
   * (log10). Kept so that the words around an occurrence can still make the
   * case (see {@link inContext}); never reported as it is.
   */
  shortBy?: number;
}

/** How many suggestions a finding offers, and how many the judgement weighs. */
const SHOWN = 3;
const WEIGHED = 5;
/**
 * Confidence of a CamelCase split whose pieces are all words of three
 * letters or more; less when a stray letter was dropped, a piece is short,
 * or a one-word correction comes within SPLIT_DOUBT_MARGIN of the split.
 */
const SPLIT_CONFIDENCE = 0.95;
const SPLIT_CONFIDENCE_DOUBT = 0.6;
const SPLIT_DOUBT_MARGIN = 1.0;
/** Evidence alone flags only words with at least this many letters (not model names such as "MiG-29"). */
const EVIDENCE_ALONE_LETTERS = 4;
/** Capitalised words this short get NULL_BASE.shortName more. */
const SHORT_NAME_LETTERS = 4;
/** A capitalised word used this often inside sentences, with no sign of damage, is one of the document's names. */
const NAME_REPEATS = 2;
/** Weight of the neighbours' log association in a re-weighed score (see inContext). */
const CONTEXT_WEIGHT = 1.0;
/** Least log10 association of a correction with the neighbours for them to flag a near miss. */
const CONTEXT_FLAG_EVIDENCE = 1.0;
/** The same for a form the corpora know (a name or a foreign word as often as debris). */
const CONTEXT_FLAG_EVIDENCE_CORPUS = 1.5;
/** Highest confidence of a correction that the neighbours moved to first place. */
const CONTEXT_CONFIDENCE_CAP = 0.85;
/** Cost of a stray capital inside a word (the channel's own figure). */
const ODD_CAPITAL_COST = GENERIC.oddCapital;
/** Shortest lower-case token tried as words run together ("ofthe"). */
const JOIN_MIN_LENGTH = 5;
/** An article run onto a word ("isa" → "is a") is offered at this confidence: likely, never applied unasked. */
const ARTICLE_CONFIDENCE = 0.8;
/** A token the document writes this often is its own word ("Asa" the name, lower-cased in a list), not an article run on. */
const ARTICLE_OWN_FORM = 3;
/** A CamelCase token used this often in one document is a name or a brand, not debris. */
const CAMEL_REPEATS_AS_NAME = 3;
/** Longest corpus entry, first letter in lower case, written in a case the corpora do not know, that is judged (debris: "tSo", "lrS"). */
const ODD_CASE_CORPUS_LETTERS = 3;
/** A word cut at a line end (see cutAtLineEnd): letters kept, letters lost at most, and the confidence. */
const CUT_MIN_LETTERS = 3;
const CUT_MAX_LOST = 3;
const CUT_CONFIDENCE = 0.5;
/** Shortest piece of a brand's name read as a word ("DeepMind"). */
const BRAND_PIECE_LETTERS = 3;
/** A capital, then lower case only ("Pitcairn"). */
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** Shortest word {@link unexplainedInDamagedDocument} flags (shorter fragments are too often abbreviations). */
const UNEXPLAINED_MIN_LETTERS = 4;
/**
 * …whose letters score below this (log10 per letter and word end). Rare
 * real words the lexicon lacks score about −0.8 to −1.1 ("contractionary",
 * "teledensity"); misread ones mostly below ("lefifield", "amaqines").
 */
const UNEXPLAINED_MAX_LETTER_LOG = -1.1;
/** …unless it cuts into words at least this frequent (Zipf), each of two letters or more: then it is offered split… */
const UNEXPLAINED_SPLIT_MIN_ZIPF = 3.5;
/** …unsure. */
const UNEXPLAINED_SPLIT_CONFIDENCE = 0.5;

/** How a word is used across the document. */
interface Usage {
  count: number;
  /** Times it stood inside a sentence (not first in a sentence or line). */
  inside: number;
}

/** The context a word is judged in (the key of the per-document verdict cache). */
function contextKey(c: Candidate): string {
  const flags = `${c.initial ? 'I' : '-'}${c.inName ? 'N' : '-'}${c.camel ? 'C' : '-'}${c.capsContext ? 'U' : '-'}${c.beforeName ? 'B' : '-'}`;
  return `${flags}${c.entry[0]}\u0000${c.text}`;
}

/** Letters in a word. */
function letterCount(word: string): number {
  let n = 0;
  for (const ch of word) if (ch.toLowerCase() !== ch.toUpperCase()) n++;
  return n;
}

/** How much a long lower-case word's null drops (see NULL_LENGTH_SLOPE). */
function lengthDrop(word: string, slope: number): number {
  return Math.min(NULL_LENGTH_CAP, slope * Math.max(0, word.length - NULL_LENGTH_FROM));
}

/** Log-odds (log10) that `c` is right as written, before the evidence of damage. */
function nullScore(c: Candidate, shape: ReturnType<typeof wordEvidence>['shape'], usage: Usage): number {
  let base: number;
  const firstUpper = c.text[0] !== c.text[0].toLowerCase();
  switch (shape) {
    case 'lower':
      base = c.inName ? NULL_BASE.title : NULL_BASE.lower;
      break;
    case 'upper':
      base = NULL_BASE.upper;
      break;
    case 'prefixed':
      base = NULL_BASE.prefixed;
      break;
    default:
      base = firstUpper ? (c.initial && !c.beforeName ? NULL_BASE.titleInitial : NULL_BASE.title) : NULL_BASE.lower;
  }
  base -= lengthDrop(c.text, NULL_LENGTH_SLOPE);
  // Short capitalised words are where chance matches with frequent words concentrate ("Tok", "Nino").
  if (base !== NULL_BASE.lower && !c.initial && letterCount(c.text) <= SHORT_NAME_LETTERS) base += NULL_BASE.shortName;
  if (c.entry === 'corpus') base = Math.max(base, c.zipf - CORPUS_DISCOUNT);
  else if (c.entry === 'case' || c.entry === 'abbreviation') base = Math.max(base, c.zipf - ABBREVIATION_DISCOUNT);
  if (usage.count > 1) base += Math.min(VOCABULARY_CAP, VOCABULARY_GAIN * Math.log2(usage.count));
  return base;
}

/** Judges one distinct word; undefined when it is fine. */
export function judge(lex: Lexicon, c: Candidate, usage: Usage, channel: Channel | undefined): Verdict | undefined {
  const v = weigh(lex, c, usage, channel);
  return v && v.shortBy === undefined ? v : undefined;
}

/** Whether a verdict reports the word (not a near miss kept for the context). */
const reports = (v: Verdict | undefined): v is Verdict => v !== undefined && v.shortBy === undefined;

/** {@link judge}, keeping near misses (a verdict with `shortBy`) for {@link inContext}. */
function weigh(lex: Lexicon, c: Candidate, usage: Usage, channel: Channel | undefined): Verdict | undefined {
  const word = c.text;
  const ev = wordEvidence(lex, word);
  if (c.camel) {
    // Brands and names the corpora know (BlackRock, LinkedIn, BiH); but not short lower-case debris with a
    // capital inside that the corpora hold only in lower case ("tSo", "oId").
    if (c.entry === 'corpus' && (lex.caseFits(word) || letterCount(word) > ODD_CASE_CORPUS_LETTERS || word[0] !== word[0].toLowerCase())) return undefined;
    // Naming practice (DeForest, McDonald) is not a lost space.
    const seg = ev.shape === 'prefixed' ? undefined : segment(lex, word);
    // CamelCase of words that the document keeps using is a brand ("DataWorks").
    if (seg && seg.caseCuts > 0 && usage.count >= CAMEL_REPEATS_AS_NAME) return undefined;
    // Capitalised words joined into one ("AlphaFold", "DeepMind") are how brands are named; a lost space
    // that joins two capitalised words is rare, save after a function word ("TheSenate").
    if (seg && seg.caseCuts > 0 && brandShaped(lex, seg.pieces)) return undefined;
    if (seg && seg.caseCuts > 0) {
      // A single damaged capital ("nationSide" for nationwide) can also look like a cut: the likelier reading wins.
      // (Not for hyphenated tokens: the suggester would "repair" a name part, "Jong-un" → "Long-un".)
      const garbled = /[-\u2010\u2011]/.test(word) ? undefined : suggest(word, { lexicon: lex, channel, max: 1 })[0];
      if (!garbled || garbled.word.includes(' ') || garbled.score - ev.weight < seg.score) {
        const close = garbled !== undefined && !garbled.word.includes(' ') && garbled.score > seg.score - SPLIT_DOUBT_MARGIN;
        const shortPiece = seg.pieces.some((p) => p.length < 3);
        return {
          kind: 'run-together',
          suggestions: [seg.pieces.join(' ')],
          confidence: seg.dropped > 0 || close || shortPiece ? SPLIT_CONFIDENCE_DOUBT : SPLIT_CONFIDENCE,
        };
      }
    }
  }
  if (settledAsName(c, ev, usage)) return undefined;
  let list = suggest(word, { lexicon: lex, channel, max: WEIGHED }).filter((s) => s.word.toLowerCase() !== word.toLowerCase());
  if (c.entry === 'case') list = withRecased(lex, word, list);
  // A capital I read for l ("Iaw" → law, "Iiberty" → liberty) is damage, not a name's capital.
  const readsAsL = ev.shape === 'title' && word[0] === 'I' && list.length > 0 && list[0].word[0] === 'l';
  const shape = readsAsL ? 'lower' : ev.shape;
  // Only a lower-case token reads as two words run together ("ofthe"); "Indo" is not "In do".
  if (shape !== 'lower') list = list.filter((s) => !s.word.includes(' '));
  const nul = nullScore(c, shape, usage) - ev.weight;
  // Capitals that the sentence does not explain count against lower-case corrections.
  if ((shape === 'title' && (!c.initial || c.beforeName)) || (shape === 'upper' && !c.capsContext)) {
    list = capitalMismatch(lex, list, shape === 'title' && c.entry === 'corpus' && c.beforeName && unknownName(lex, c.next) ? TITLE_MISMATCH.beforeUnknownName : 0);
  }
  const best = list[0];
  // "isa", "toa": an article run onto a common word ("itis": two function words), which the pair counts know far better than the token.
  const context = shape === 'lower' && !c.inName && usage.count < ARTICLE_OWN_FORM ? contextOrNull() : null;
  const article = context && word === word.toLowerCase() ? (articleSplit(lex, context, word) ?? (c.entry === 'unknown' || c.entry === 'corpus' ? commonPairSplit(lex, context, word) : undefined)) : undefined;
  if (article) {
    const rest = shown(list, 'garbled').filter((w) => w !== article.split);
    return { kind: 'run-together', suggestions: [article.split, ...rest].slice(0, SHOWN), confidence: ARTICLE_CONFIDENCE };
  }
  // Lost spaces in a lower-case token: the best cut into words, weighed like a correction.
  if (shape === 'lower' && !c.inName && word.length >= JOIN_MIN_LENGTH) {
    const joined = judgeJoined(lex, c, usage, list);
    if (joined) return joined;
  }
  const nameLike = c.inName || shape === 'title' || shape === 'upper' || shape === 'prefixed';
  const margin = c.entry === 'case' || c.entry === 'abbreviation' ? FLAG_MARGIN_KNOWN : nameLike ? FLAG_MARGIN_NAME : FLAG_MARGIN;
  let total = Math.pow(10, nul);
  for (const s of list) total += Math.pow(10, s.score);
  const confidence = best ? Math.pow(10, best.score) / total : 0;
  if (best && best.score - nul >= margin) {
    const kind: OcrKind = best.word.includes(' ') ? 'run-together' : 'garbled';
    return { kind, suggestions: shown(list, kind), confidence, weighed: { list, nul } };
  }
  // Strong signs of damage on their own; a known word is never flagged for its shape alone,
  // nor a capitalised one for its letters alone: with nothing to correct it to, a name
  // whose only oddity is letter sequences English lacks ("Kuvvetleri", "Lefkosia") is foreign, not damaged.
  const lettersOnly = shape === 'title' && !ev.digit;
  if (ev.weight >= EVIDENCE_ALONE && !lettersOnly && c.entry !== 'abbreviation' && letterCount(word) >= EVIDENCE_ALONE_LETTERS) {
    return { kind: 'garbled', suggestions: shown(list, 'garbled'), confidence, weighed: { list, nul } };
  }
  if (best && !best.word.includes(' ')) return { kind: 'garbled', suggestions: shown(list, 'garbled'), confidence, weighed: { list, nul }, shortBy: margin - (best.score - nul) };
  return undefined;
}

/**
 * Whether a CamelCase token is two ordinary words, each capitalised, the
 * first no function word: how brands are named ("AlphaFold", "DeepMind";
 * not "TheSenate"). Tag lines run together join names and more words
 * ("EuropeWorld", "BusinessMarketsEconomy").
 */
function brandShaped(lex: Lexicon, pieces: readonly string[]): boolean {
  if (pieces.length !== 2) return false;
  for (const [k, p] of pieces.entries()) {
    if (p.length < BRAND_PIECE_LETTERS || !TITLE_CASE.test(p)) return false;
    const id = lex.lookup(p.toLowerCase());
    if (id < 0 || (lex.flags[id] & (Flag.DICT | Flag.LOWER)) !== (Flag.DICT | Flag.LOWER)) return false;
    if (k === 0 && lex.zipfOf(id) >= FUNCTION_WORD_ZIPF) return false;
  }
  return true;
}

/**
 * Words that no correction could plausibly beat, decided without asking the
 * suggester (which is what costs time): acronyms outside a line of capitals,
 * and names the document uses consistently inside its sentences — when the
 * word carries no sign of damage at all.
 */
function settledAsName(c: Candidate, ev: WordEvidence, usage: Usage): boolean {
  if (ev.weight > 0 || c.entry === 'case' || c.entry === 'abbreviation') return false;
  if (ev.shape === 'upper') return !c.capsContext;
  return (ev.shape === 'title' || ev.shape === 'prefixed') && usage.inside >= NAME_REPEATS;
}

/**
 * A lower-case token that cuts into common words ("morethan",
 * "foreigncurrency"), when the cut beats every single-word correction and a
 * null that drops with the token's length (JOIN_LENGTH_SLOPE).
 */
function judgeJoined(lex: Lexicon, c: Candidate, usage: Usage, list: Suggestion[]): Verdict | undefined {
  const word = c.text;
  const seg = segment(lex, word);
  if (!seg || seg.dropped > 0) return undefined;
  const joinNull = nullScore(c, 'lower', usage) + lengthDrop(word, NULL_LENGTH_SLOPE) - Math.max(0, word.length - NULL_LENGTH_FROM) * JOIN_LENGTH_SLOPE;
  const best = list[0];
  // The suggester may offer the same cut, scored with other rounding: only a different word outranks it.
  if (seg.score - joinNull < FLAG_MARGIN || (best && best.word !== seg.pieces.join(' ') && seg.score < best.score)) return undefined;
  const split = seg.pieces.join(' ');
  let total = Math.pow(10, joinNull) + Math.pow(10, seg.score);
  for (const s of list) if (s.word !== split) total += Math.pow(10, s.score);
  const rest = list.filter((s) => s.word !== split).map((s) => s.word);
  return { kind: 'run-together', suggestions: [split, ...rest].slice(0, SHOWN), confidence: Math.pow(10, seg.score) / total };
}

/**
 * A capital inside a sentence is itself unlikely for a lower-case word
 * ("Cho" is not a damaged "the"), and so are capitals outside a line of
 * capitals ("ANC" is not a damaged "AND"): corrections that are not
 * normally capitalised lose TITLE_MISMATCH, and the list is re-ranked;
 * `extra` more, for a word no one writes as a name, when the word as written
 * is one the corpora know and stands before a surname no dictionary lists
 * ("Wes Streeting": a lower-case word inside a person's name is no likely
 * misreading; "Crsta Rica", which no corpus writes, still reads as Costa).
 */
function capitalMismatch(lex: Lexicon, list: Suggestion[], extra: number): Suggestion[] {
  const out = list.map((s) => {
    const id = s.word.includes(' ') ? -1 : lex.lookup(s.word);
    if (id < 0 || (lex.flags[id] & Flag.LOWER) === 0) return s;
    const name = (lex.flags[id] & Flag.TITLE) !== 0;
    const cost = (name ? 0 : extra) + (lex.zipfOf(id) >= FUNCTION_WORD_ZIPF ? TITLE_MISMATCH.function : TITLE_MISMATCH.content);
    return { ...s, score: s.score - cost };
  });
  return out.sort((a, b) => b.score - a.score);
}

/**
 * A dictionary word with a stray capital ("goveRnment") is most likely that
 * word: its usual spelling joins the candidates, costing ODD_CAPITAL_COST per
 * stray capital (and the abbreviation discount for "hrS", which is far
 * likelier a damaged "how" than "hrs").
 */
function withRecased(lex: Lexicon, word: string, list: Suggestion[]): Suggestion[] {
  const id = lex.lookup(word);
  if (id < 0) return list;
  const pattern = casePattern(word);
  const key = lex.keyOf(id);
  const base = pattern === 'upper' ? key.toUpperCase() : lex.isCapitalisedId(id) ? lex.canonicalOf(id) : pattern === 'title' ? capitalise(key) : key;
  // The possessive ending as written ("GeRmany’s" → "Germany’s").
  const form = base + (word.length > key.length ? word.slice(key.length) : '');
  let stray = 0;
  for (let i = 1; i < word.length; i++) if (word[i] !== word[i].toLowerCase() && word[i] !== form[i]) stray++;
  const abbreviation = (lex.flags[id] & Flag.ABBREV) !== 0 ? ABBREVIATION_DISCOUNT : 0;
  const score = lex.zipfOf(id) - abbreviation - ODD_CAPITAL_COST * Math.max(1, stray);
  const out = [...list, { word: form, score, confidence: 0 }];
  return out.sort((a, b) => b.score - a.score).slice(0, WEIGHED);
}

/** The suggestions a finding shows: of its own kind first. */
function shown(list: Suggestion[], kind: OcrKind): string[] {
  const out: string[] = [];
  for (const s of list) if (s.word.includes(' ') === (kind === 'run-together')) out.push(s.word);
  for (const s of list) if (s.word.includes(' ') !== (kind === 'run-together')) out.push(s.word);
  return out.slice(0, SHOWN);
}

/**
 * Whether the neighbours may flag a near miss (see {@link inContext}): the
 * correction's association with them reaches CONTEXT_FLAG_EVIDENCE
 * (CONTEXT_FLAG_EVIDENCE_CORPUS for a form the corpora know, a name or a
 * foreign word as often as debris) and its gain closes the gap. Never a
 * dictionary word (an abbreviation, a word in another case), and never the
 * word less a final s ("Hudsons" → "Hudson"): the counts cannot tell a
 * word's forms apart.
 */
function contextMayFlag(c: Candidate, correction: string, logAssociation: number, gain: number, shortBy: number): boolean {
  if (c.entry !== 'unknown' && c.entry !== 'corpus') return false;
  if (logAssociation < (c.entry === 'corpus' ? CONTEXT_FLAG_EVIDENCE_CORPUS : CONTEXT_FLAG_EVIDENCE) || gain < shortBy) return false;
  return `${correction}s`.toLowerCase() !== c.text.toLowerCase();
}

/** A candidate placed in the document. */
interface Placed {
  c: Candidate;
  base: number;
}

/**
 * The OCR findings of a document (every kind), computed once per document
 * object and shared by the rules that report them. Empty when the lexicon is missing.
 */
export function analyseOcr(doc: Document): OcrFinding[] {
  return perDocument(doc, 'ocr/analysis', () => {
    const lex = defaultLexicon();
    return lex ? analyse(doc, lex) : [];
  });
}

/** The analysis proper (see the module comment), with a given lexicon. */
export function analyse(doc: Document, lex: Lexicon): OcrFinding[] {
  const placed: Placed[] = [];
  const usage = new Map<string, Usage>();
  const across = breaksAcrossParagraphs(doc, lex);
  for (const chunk of doc.chunks) {
    for (const block of chunk.blocks) {
      for (const c of blockCandidates(block, lex)) {
        // The second half of a word broken across a paragraph end is a fragment (./broken-word.ts).
        if (across.fragments.size > 0 && across.fragments.has(chunk.base + c.start)) continue;
        placed.push({ c, base: chunk.base });
        let u = usage.get(c.text);
        if (!u) usage.set(c.text, (u = { count: 0, inside: 0 }));
        u.count++;
        if (!c.initial) u.inside++;
      }
    }
  }
  const breaks = [...across.breaks, ...findBrokenWords(doc, lex)];
  if (placed.length === 0) return lineEndAndFigureFindings(doc, lex, [], breaks);

  // Round 1: every distinct word, with the unadapted channel.
  const verdicts = new Map<string, Verdict | undefined>();
  const firstOf = new Map<string, Candidate>();
  for (const { c } of placed) {
    const key = contextKey(c);
    if (verdicts.has(key)) continue;
    firstOf.set(key, c);
    verdicts.set(key, weigh(lex, c, usage.get(c.text) ?? { count: 1, inside: 0 }, undefined));
  }

  // Adaptation: teach the document's channel the edits confident corrections
  // agree on, then judge again the words those edits could explain.
  const adapted = adaptedChannel(verdicts, firstOf);
  if (adapted) {
    let memo = adaptedVerdicts.get(adapted.signature);
    if (memo && memo.size > MAX_MEMO_VERDICTS) memo = undefined;
    if (!memo) {
      memo = new Map();
      remember(adaptedVerdicts, adapted.signature, memo, MAX_ADAPTED_DOCUMENTS);
    }
    for (const [key, v] of verdicts) {
      if (reports(v) && v.confidence >= OBSERVE_CONFIDENCE) continue;
      const c = firstOf.get(key);
      if (!c || !adapted.touches(c.text)) continue;
      const u = usage.get(c.text) ?? { count: 1, inside: 0 };
      // The verdict depends on the word's context and its usage too.
      const memoKey = `${key}\u0000${u.count}/${u.inside}`;
      let again = memo.get(memoKey);
      if (again === undefined && !memo.has(memoKey)) {
        again = capWeak(adapted, c.text, explainedName(lex, adapted, c, weigh(lex, c, u, adapted.channel)));
        memo.set(memoKey, again);
      }
      verdicts.set(key, again);
    }
  }

  const damage = damagedDocument(doc, verdicts, firstOf, confidentBreaks(breaks));
  const out: OcrFinding[] = [];
  const context = contextOrNull();
  const respelled = new Map<string, Pick<OcrFinding, 'kind' | 'suggestions' | 'confidence'> | undefined>();
  // In a damaged document, a word no verdict reports may still be damage: an unknown word nothing explains
  // (one whose near miss fell short only at a line's edge, where the scanner cut it), or a respelled name.
  const unreported = (c: Candidate, base: number, weighed: boolean): void => {
    const edge = atLineEdge(doc.text, base, c);
    const u = usage.get(c.text);
    const found = (!weighed || edge ? unexplainedInDamagedDocument(lex, c, u, edge) : undefined) ?? respelledName(doc, lex, c, u, respelled);
    if (found) out.push({ ...found, start: base + c.start, end: base + c.end, word: c.written ?? c.text });
  };
  for (const { c, base } of placed) {
    const verdict = verdicts.get(contextKey(c));
    if (!verdict) {
      if (damage) unreported(c, base, false);
      continue;
    }
    let v = context ? inContext(context, c, verdict) : verdict;
    if (!reports(v) && damage) v = nearMissInDamagedDocument(lex, damage, c, verdict) ?? cutAtLineEnd(doc.text, base, c, verdict) ?? v;
    if (!reports(v)) {
      if (damage) unreported(c, base, true);
      continue;
    }
    out.push({ kind: v.kind, start: base + c.start, end: base + c.end, word: c.written ?? c.text, suggestions: v.suggestions, confidence: v.confidence });
  }
  const found = lineEndAndFigureFindings(doc, lex, out, breaks, damage !== undefined);
  return damage && context ? withDamagedDocumentFindings(doc, lex, context, damage, found, adapted?.channel, across.fragments) : found;
}

/**
 * Adds to the findings of a damaged document the words that are likely
 * damage there and nowhere else: short fragments alone on a line
 * (./line-fragments.ts; in a clean note a one-word line is the writer's),
 * common words capitalised in mid-sentence (./stray-capital.ts; in clean
 * text a full stop left out before a heading explains them as well) and
 * rare words one misreading
 * from a word the neighbours favour (./damaged-real-word.ts), the document's
 * damage rate estimated from what was flagged (DAMAGED_REAL_WORD.rateScale:
 * the non-word findings are about half of the damage of real OCR), and
 * letters left standing between words ("t", "nd"; ./short-debris.ts).
 */
function withDamagedDocumentFindings(
  doc: Document,
  lex: Lexicon,
  context: ContextData,
  damage: DamagedDocument,
  found: OcrFinding[],
  channel: Channel | undefined,
  fragments: ReadonlySet<number>,
): OcrFinding[] {
  const taken = new Set(found.map((f) => f.start));
  const rate = (DAMAGED_REAL_WORD.rateScale * found.length) / Math.max(1, damage.words);
  for (const s of findStrayCapitals(doc, lex, context)) {
    if (!taken.has(s.start)) found.push({ kind: 'garbled', start: s.start, end: s.end, word: s.word, suggestions: [s.suggestion], confidence: s.confidence });
    taken.add(s.start);
  }
  for (const f of findLineFragments(doc, lex)) {
    if (!taken.has(f.start)) found.push({ kind: 'garbled', start: f.start, end: f.end, word: f.word, suggestions: [], confidence: f.confidence, fragment: true });
    taken.add(f.start);
  }
  // The second half of a word broken across a paragraph end is a fragment, not a word to weigh.
  for (const start of fragments) taken.add(start);
  for (const w of findDamagedRealWords(doc, lex, context, rate, taken, channel)) {
    found.push({ kind: 'real-word', start: w.start, end: w.end, word: w.word, suggestions: w.suggestions, confidence: w.confidence });
    taken.add(w.start);
  }
  // Letters left standing between words ("t", "nd"): after the real words, which may know what they were.
  for (const d of findShortDebris(doc, lex, context)) {
    if (!taken.has(d.start)) found.push({ kind: 'garbled', start: d.start, end: d.end, word: d.word, suggestions: [], confidence: d.confidence });
  }
  return found;
}

/**
 * Adds to `out` (the findings on candidate words) the words broken at a line
 * end, one finding over each break (./broken-word.ts), the short words
 * printed as figures (./digit-words.ts) and the rare dictionary words that
 * are a word with an article run on (./segment.ts) that no finding covers yet.
 */
function lineEndAndFigureFindings(doc: Document, lex: Lexicon, found: OcrFinding[], breaks: readonly BrokenWord[], damaged = false): OcrFinding[] {
  const context = contextOrNull();
  let out = found;
  if (context) {
    // Words joined by a stray mark ("half'a", "in-the"; ./punctuation-join.ts) are one finding, the split:
    // it replaces a correction of the joined token as one damaged word.
    const joins = findPunctuationJoins(doc, lex, context, damaged);
    if (joins.length > 0) {
      const at = new Set(joins.map((j) => j.start));
      out = out.filter((f) => !at.has(f.start));
      for (const j of joins) out.push({ kind: 'run-together', start: j.start, end: j.end, word: j.word, suggestions: [j.suggestion], confidence: j.confidence });
    }
  }
  const judged = new Set(out.map((f) => f.start));
  for (const b of breaks) {
    out.push({ kind: 'garbled', start: b.start, end: b.end, word: b.word, suggestions: [b.suggestion], confidence: b.confidence, broken: true });
  }
  if (!context) return out;
  // Rare dictionary words that are a word and an article run together ("ina" → "in a"; ./segment.ts).
  for (const a of findArticleJoins(doc, lex, context)) {
    if (!judged.has(a.start)) out.push({ kind: 'run-together', start: a.start, end: a.end, word: a.word, suggestions: [a.split], confidence: a.confidence });
  }
  // Short words printed as figures ("it 1s a"), read with the neighbours (./digit-words.ts).
  for (const d of findDigitWords(doc, lex, context, damaged)) {
    if (!judged.has(d.start)) out.push({ kind: 'garbled', start: d.start, end: d.end, word: d.word, suggestions: d.suggestions, confidence: d.confidence });
  }
  return out;
}

/**
 * How many different words the document breaks at a line end and joins
 * back with confidence OBSERVE_CONFIDENCE or more: damage a page shows as
 * surely as a confidently corrected word (see {@link damagedDocument}).
 */
function confidentBreaks(breaks: readonly BrokenWord[]): number {
  const words = new Set<string>();
  for (const b of breaks) if (b.confidence >= OBSERVE_CONFIDENCE) words.add(b.suggestion.toLowerCase());
  return words.size;
}

/** What a damaged document says of its words (see {@link damagedDocument}). */
interface DamagedDocument {
  /** Uses in the document of each correction a near miss was short of (lower case). */
  uses: Map<string, number>;
  /** Its words (the denominator of its damage rate). */
  words: number;
  /** Per one-to-one substitution ("correct\0damaged"): the corrections of flagged words that need it (lower case). */
  edits: Map<string, Set<string>>;
  /** Distinct words flagged in the first judgement, over its words: how damaged it is. */
  rate: number;
}

/**
 * The weights for a candidate that {@link nearMissInDamagedDocument} may weigh:
 * a word the lexicon lacks, capitalised (a name's shape: "Algbria", not
 * "NATO" or "McCain") or in lower case; undefined for any other.
 */
function damagedDocumentWeights(c: Candidate): DamagedDocumentWeights | undefined {
  if (c.entry !== 'unknown' || c.camel || c.inName) return undefined;
  const rest = c.text.slice(1);
  if (rest !== rest.toLowerCase()) return undefined;
  return c.text[0] === c.text[0].toLowerCase() ? LOWER_IN_DAMAGED_DOCUMENT : NAME_IN_DAMAGED_DOCUMENT;
}

/**
 * A word of a damaged document that nothing corrects but that is no word
 * either ("lefifield", "rtment", "jetmissile"): a lower-case token of letters only, at
 * least UNEXPLAINED_MIN_LETTERS long, that the lexicon lacks, that the
 * document writes once and whose letters read worse than English words do
 * (log10 likelihood per letter under the letter-trigram model of
 * ./letter-stats.ts below UNEXPLAINED_MAX_LETTER_LOG). In clean text such a word is a rare word the
 * lexicon misses; in a page the scanner has been misreading, it is more
 * likely damage. Flagged with no suggestion ("looks garbled"), or, when it
 * cuts into frequent words, as words run together with the cut offered.
 * At a line's edge (`edge`) its letters are not asked: the part of a word
 * the scanner cut reads like English ("onsibility").
 */
function unexplainedInDamagedDocument(lex: Lexicon, c: Candidate, usage: Usage | undefined, edge: boolean): Pick<OcrFinding, 'kind' | 'suggestions' | 'confidence'> | undefined {
  if (c.entry !== 'unknown' || c.camel || c.inName || (usage?.count ?? 1) !== 1 || c.text.length < UNEXPLAINED_MIN_LETTERS || !/^[a-z]+$/.test(c.text)) return undefined;
  // Words that fell short of the split's margin ("jetmissile"): in a damaged page, likelier a lost space.
  const seg = segment(lex, c.text);
  if (seg && seg.dropped === 0 && seg.pieces.length > 1 && seg.minZipf >= UNEXPLAINED_SPLIT_MIN_ZIPF && seg.pieces.every((p) => p.length > 1)) {
    return { kind: 'run-together', suggestions: [seg.pieces.join(' ')], confidence: UNEXPLAINED_SPLIT_CONFIDENCE };
  }
  // Letters that read like English ("teledensity", "preindependence") make a rare word, not damage;
  // but at a line's edge a word's surviving half reads like English too ("onsibility").
  if (!edge && letterLogLikelihood(letterStats(lex), c.text) / (c.text.length + 1) >= UNEXPLAINED_MAX_LETTER_LOG) return undefined;
  return { kind: 'garbled', suggestions: [], confidence: 0 };
}

/**
 * A capitalised word of a damaged document that it uses repeatedly, as a
 * name ("Piteairn" twice), but that is one cheap misreading (REPEATED_NAME:
 * one substitution, at most `maxCost`) of a word the lexicon knows
 * capitalised and that the same document writes too ("Pitcairn Islands"):
 * a scanner misreads a name the same way more than once; a writer does not
 * spell one name two ways a letter apart — unless it stands beside a name
 * the dictionary lacks ("Islom Karimov", beside "Islam"), the part of a
 * foreign name. Flagged unsure, with that word. Memoised per word in `memo`.
 */
function respelledName(
  doc: Document,
  lex: Lexicon,
  c: Candidate,
  usage: Usage | undefined,
  memo: Map<string, Pick<OcrFinding, 'kind' | 'suggestions' | 'confidence'> | undefined>,
): Pick<OcrFinding, 'kind' | 'suggestions' | 'confidence'> | undefined {
  if (c.entry !== 'unknown' || c.camel || c.inName || (usage?.count ?? 1) < 2 || c.text.length < REPEATED_NAME.minLetters) return undefined;
  if (!TITLE_CASE.test(c.text)) return undefined;
  // Beside a name the lexicon lacks ("Islom Karimov"), it is a name's part, spelt as its language spells it.
  if (unknownName(lex, c.prev) || unknownName(lex, c.next)) return undefined;
  if (memo.has(c.text)) return memo.get(c.text);
  let found: Pick<OcrFinding, 'kind' | 'suggestions' | 'confidence'> | undefined;
  for (const s of suggest(c.text, { lexicon: lex, max: REPEATED_NAME.candidates })) {
    if (s.word.includes(' ') || s.word.length !== c.text.length || s.word[0] !== s.word[0].toUpperCase()) continue;
    const id = lex.lookup(s.word);
    if (id < 0 || (lex.flags[id] & Flag.TITLE) === 0 || lex.zipfOf(id) - s.score > REPEATED_NAME.maxCost) continue;
    if (scratchChannel.align(c.text, s.word).ops.length !== 1 || (documentWords(doc).get(s.word.toLowerCase()) ?? 0) === 0) continue;
    found = { kind: 'garbled', suggestions: [s.word], confidence: REPEATED_NAME.confidence };
    break;
  }
  memo.set(c.text, found);
  return found;
}

/** How often each word occurs in a document, lower-cased (counted once per document, when a check needs it). */
function documentWords(doc: Document): Map<string, number> {
  return perDocument(doc, 'ocr/document-words', () => {
    const counts = new Map<string, number>();
    for (const chunk of doc.chunks) {
      for (const block of chunk.blocks) {
        for (const t of block.tokens) {
          if (t.kind !== 'word') continue;
          const w = t.text.toLowerCase();
          counts.set(w, (counts.get(w) ?? 0) + 1);
        }
      }
    }
    return counts;
  });
}

/** The best single-word correction of a near miss that {@link nearMissInDamagedDocument} may weigh, if any. */
function nearCorrection(c: Candidate, v: Verdict | undefined): string | undefined {
  if (!v || v.shortBy === undefined || !v.weighed || !damagedDocumentWeights(c)) return undefined;
  const best = v.weighed.list[0];
  return best && !best.word.includes(' ') ? best.word : undefined;
}

/**
 * What the document says of its near misses, when it shows damage
 * (DAMAGED_DOCUMENT: enough different lower-case words confidently
 * corrected, at a high enough rate); undefined for a clean document, which
 * then costs nothing more. Counts, in one pass over the words, how often the
 * corrections of those near misses occur, and which substitutions the
 * flagged words need.
 */
function damagedDocument(
  doc: Document,
  verdicts: Map<string, Verdict | undefined>,
  firstOf: Map<string, Candidate>,
  brokenShown: number,
): DamagedDocument | undefined {
  const shown = new Set<string>();
  let flagged = 0;
  const wanted = new Set<string>();
  const edits = new Map<string, Set<string>>();
  for (const [key, v] of verdicts) {
    const c = firstOf.get(key);
    if (!c) continue;
    const near = nearCorrection(c, v);
    if (near) wanted.add(near.toLowerCase());
    if (reports(v)) flagged++;
    if (!reports(v) || v.kind !== 'garbled' || v.suggestions.length === 0 || v.suggestions[0].includes(' ')) continue;
    if (v.confidence >= OBSERVE_CONFIDENCE && c.text === c.text.toLowerCase()) shown.add(c.text);
    const correct = v.suggestions[0].toLowerCase();
    for (const op of editsOf(c.text, v.suggestions[0])) {
      if (op.length !== 3) continue;
      let words = edits.get(op);
      if (!words) edits.set(op, (words = new Set()));
      words.add(correct);
    }
  }
  if (shown.size + brokenShown < DAMAGED_DOCUMENT.minWords) return undefined;
  let words = 0;
  const uses = new Map<string, number>();
  const lengths = new Set<number>();
  for (const w of wanted) lengths.add(w.length);
  for (const chunk of doc.chunks) {
    for (const block of chunk.blocks) {
      for (const t of block.tokens) {
        if (t.kind !== 'word') continue;
        words++;
        if (wanted.size === 0 || !lengths.has(t.text.length)) continue;
        const lower = t.text.toLowerCase();
        if (wanted.has(lower)) uses.set(lower, (uses.get(lower) ?? 0) + 1);
      }
    }
  }
  if (shown.size + brokenShown < DAMAGED_DOCUMENT.minRate * words) return undefined;
  return { uses, words, edits, rate: flagged / Math.max(1, words) };
}

/**
 * A near miss of a damaged document (a capitalised or lower-case word the
 * lexicon lacks, whose correction fell short of the margin), weighed again
 * for one occurrence with what the document says
 * (`damagedDocumentEvidence`, with NAME_IN_DAMAGED_DOCUMENT or
 * LOWER_IN_DAMAGED_DOCUMENT): flagged, unsure (at most the weights'
 * `confidenceCap`), when the evidence outweighs the shortfall; undefined
 * otherwise.
 */
function nearMissInDamagedDocument(lex: Lexicon, damage: DamagedDocument, c: Candidate, v: Verdict): Verdict | undefined {
  const correction = nearCorrection(c, v);
  const weights = damagedDocumentWeights(c);
  if (!correction || !weights || !v.weighed || v.shortBy === undefined) return undefined;
  const lower = correction.toLowerCase();
  let support = Infinity;
  for (const op of scratchChannel.align(c.text, correction).ops) {
    const words = op.correct.length === 1 && op.damaged.length === 1 ? damage.edits.get(`${op.correct}\u0000${op.damaged}`) : undefined;
    support = Math.min(support, words ? words.size - (words.has(lower) ? 1 : 0) : 0);
  }
  const evidence = damagedDocumentEvidence(
    lex,
    c.text,
    correction,
    { correctionUses: damage.uses.get(lower) ?? 0, prev: c.prev, next: c.next, initial: c.initial, editSupport: Number.isFinite(support) ? support : 0, damageRate: damage.rate },
    weights,
  );
  if (evidence <= v.shortBy) return undefined;
  return { kind: 'garbled', suggestions: shown(v.weighed.list, 'garbled'), confidence: Math.min(v.confidence, weights.confidenceCap), weighed: v.weighed };
}

/** Whether a candidate starts or ends a line (where the scanner cuts words at the column's edge). */
function atLineEdge(text: string, base: number, c: Candidate): boolean {
  const before = text.charCodeAt(base + c.start - 1);
  const after = text.charCodeAt(base + c.end);
  return before === 10 || before === 13 || after === 10 || after === 13;
}

/**
 * A near miss of a damaged document that ends a line and is the start of
 * its correction ("Hous" → House, "Nursin" → Nursing, "Sydne" → Sydney):
 * the scanner lost the letters at the column's edge. Flagged unsure
 * (CUT_CONFIDENCE), when the correction adds at most CUT_MAX_LOST letters
 * and the word keeps at least CUT_MIN_LETTERS.
 */
function cutAtLineEnd(text: string, base: number, c: Candidate, v: Verdict): Verdict | undefined {
  if (!v.weighed || v.shortBy === undefined || c.camel || c.entry === 'case' || c.entry === 'abbreviation' || c.written !== undefined) return undefined;
  if (letterCount(c.text) < CUT_MIN_LETTERS) return undefined;
  const after = text.charCodeAt(base + c.end);
  if (after !== 10 && after !== 13) return undefined;
  const lower = c.text.toLowerCase();
  const cut = v.weighed.list.find((s) => !s.word.includes(' ') && s.word.length > c.text.length && s.word.length - c.text.length <= CUT_MAX_LOST && s.word.toLowerCase().startsWith(lower));
  if (!cut) return undefined;
  const rest = shown(v.weighed.list, 'garbled').filter((w) => w !== cut.word);
  return { kind: 'garbled', suggestions: [cut.word, ...rest].slice(0, SHOWN), confidence: CUT_CONFIDENCE, weighed: v.weighed };
}

/**
 * An unsure verdict re-weighed for one occurrence by the words either side
 * of it: "dn" is "in" after "born" and "on" after "depends". Each
 * correction's score gains the log association of its pairs with the
 * neighbours in the counted text (the Gamma–Poisson estimate that
 * `ocr/real-word` uses: pair count against the count its frequencies
 * predict), so the channel-and-frequency score becomes a score in context;
 * the word as written, unknown to the counts, gains nothing.
 *
 * - A flagged word below OBSERVE_CONFIDENCE with two or more single-word
 *   corrections may change its order. A correction moved to first place is
 *   capped at CONTEXT_CONFIDENCE_CAP (pair counts from a small corpus
 *   suggest an order; they do not make a correction safe to apply unasked),
 *   and a confidence is never raised when the order stands.
 * - A near miss (not flagged, see {@link Verdict.shortBy}) is flagged here
 *   when its best correction in context closes the gap to the margin and its
 *   own association with the neighbours is at least CONTEXT_FLAG_EVIDENCE
 *   (ten times what chance predicts): "Sruth China" → "South China".
 */
function inContext(data: ContextData, c: Candidate, v: Verdict): Verdict {
  const quiet = v.shortBy !== undefined;
  if (v.kind !== 'garbled' || !v.weighed || (!quiet && v.confidence >= OBSERVE_CONFIDENCE) || (c.prev === undefined && c.next === undefined)) return v;
  const words = v.weighed.list.filter((s) => !s.word.includes(' '));
  if (words.length < (quiet ? 1 : 2)) return v;
  const fx = c.prev === undefined ? 0 : Math.max(1, data.count(c.prev));
  const fy = c.next === undefined ? 0 : Math.max(1, data.count(c.next));
  const xPrefix = c.prev === undefined ? 0 : data.pairPrefix(c.prev);
  const counted = Math.max(1, data.meta.words.counted);
  let seen = false;
  const rescored = words.map((s) => {
    // The correction's probability in the counted text (a pair's expected count follows from it).
    const p = data.count(s.word) / counted;
    let gain = 0;
    if (c.prev !== undefined) {
      const n = data.pairCountAfter(xPrefix, s.word);
      if (n > 0) seen = true;
      gain += Math.log10(association(n, fx * p));
    }
    if (c.next !== undefined) {
      const n = data.pairCount(s.word, c.next);
      if (n > 0) seen = true;
      gain += Math.log10(association(n, fy * p));
    }
    return { word: s.word, score: s.score + CONTEXT_WEIGHT * gain, gain };
  });
  // Neighbours never counted with any correction say nothing.
  if (!seen) return v;
  rescored.sort((a, b) => b.score - a.score);
  const top = rescored[0];
  if (quiet && !contextMayFlag(c, top.word, top.gain, top.score - words[0].score, v.shortBy ?? 0)) return v;
  let total = Math.pow(10, v.weighed.nul);
  for (const s of rescored) total += Math.pow(10, s.score);
  const share = Math.pow(10, top.score) / total;
  const reordered = quiet || top.word !== v.suggestions[0];
  const confidence = reordered ? Math.min(share, CONTEXT_CONFIDENCE_CAP) : Math.min(share, v.confidence);
  const suggestions = rescored.map((s) => s.word);
  for (const w of v.suggestions) if (!suggestions.includes(w)) suggestions.push(w);
  return { kind: v.kind, suggestions: suggestions.slice(0, SHOWN), confidence };
}

/**
 * A verdict of the adapted channel whose correction needs a substitution
 * learned from agreement alone: flagged, but never made confident (capped at
 * WEAK_CONFIDENCE_CAP). Weak corrections that agree are evidence that the
 * damage is systematic, not that each correction they teach is right.
 */
function capWeak(adapted: Adapted, word: string, v: Verdict | undefined): Verdict | undefined {
  if (!v || adapted.weak.size === 0 || v.confidence <= WEAK_CONFIDENCE_CAP || v.suggestions.length === 0 || v.suggestions[0].includes(' ')) return v;
  if (!editsOf(word, v.suggestions[0]).some((op) => adapted.weak.has(op))) return v;
  return { ...v, confidence: WEAK_CONFIDENCE_CAP };
}

/**
 * A capitalised unknown word that the document's learned damage alone turns
 * into a frequent word or a dictionary name ("Algbria" → Algeria where e
 * reads as b throughout) is flagged even when it falls short of the margin:
 * a name's generous null is for names the document might really contain,
 * and this one is fully explained by damage the document shows elsewhere.
 * Confidence stays below OBSERVE_CONFIDENCE (WEAK_CONFIDENCE_CAP).
 */
function explainedName(lex: Lexicon, adapted: Adapted, c: Candidate, v: Verdict | undefined): Verdict | undefined {
  if (!v || v.shortBy === undefined || !v.weighed || c.entry !== 'unknown' || c.camel) return v;
  if (c.text[0] === c.text[0].toLowerCase()) return v;
  const best = v.weighed.list[0];
  if (!best || best.word.includes(' ')) return v;
  const id = lex.lookup(best.word);
  if (id < 0) return v;
  const known = (lex.flags[id] & Flag.DICT) !== 0 && (lex.flags[id] & Flag.TITLE) !== 0;
  if (!known && lex.zipfOf(id) < LEARNED_NAME_ZIPF) return v;
  const ops = scratchChannel.align(c.text, best.word).ops;
  if (ops.length === 0 || !ops.every((op) => adapted.learnedOps.has(`${op.correct}\u0000${op.damaged}`))) return v;
  return { kind: 'garbled', suggestions: shown(v.weighed.list, 'garbled'), confidence: Math.min(v.confidence, WEAK_CONFIDENCE_CAP), weighed: v.weighed };
}

/** A document's adapted channel. */
interface Adapted {
  channel: Channel;
  /** What it was taught (the key of the verdict memo across checks). */
  signature: string;
  /** Substitutions learned from agreement alone ("correct\0damaged"): no correction that needs one is made confident. */
  weak: ReadonlySet<string>;
  /** Every substitution it learned ("correct\0damaged"), from confident corrections or from agreement. */
  learnedOps: ReadonlySet<string>;
  /** Whether a learned edit could apply to `word` (its damaged side occurs in it). */
  touches(word: string): boolean;
}

/**
 * Verdicts under an adapted channel, per signature of what it learned (then
 * by context key and usage), kept across checks so that a re-check after an
 * edit elsewhere reuses them.
 */
const adaptedVerdicts = new Map<string, Map<string, Verdict | undefined>>();
const MAX_ADAPTED_DOCUMENTS = 8;
const MAX_MEMO_VERDICTS = 50_000;
/** Alignments of confident corrections (damaged, correct) → edits, kept across checks. */
const alignments = new Map<string, string[]>();
const MAX_ALIGNMENTS = 20_000;
const scratchChannel = createChannel();

/** Inserts into a map used as a small cache, dropping the oldest entry past `max`. */
function remember<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  if (map.size >= max) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
  map.set(key, value);
}

/** The substitutions (correct, damaged) that turn `correct` into `damaged`, as "correct\0damaged" keys. */
function editsOf(damaged: string, correct: string): string[] {
  const key = `${damaged}\u0000${correct}`;
  let ops = alignments.get(key);
  if (!ops) {
    ops = [
      ...new Set(
        scratchChannel
          .align(damaged, correct)
          .ops.filter((op) => op.correct !== '' && op.damaged !== '')
          .map((op) => `${op.correct}\u0000${op.damaged}`),
      ),
    ];
    remember(alignments, key, ops, MAX_ALIGNMENTS);
  }
  return ops;
}

/** How many different corrected words agree on an edit: its supporters, and the capitalised near misses that second them. */
function agreement(words: ReadonlySet<string>, seconded: ReadonlySet<string> | undefined): number {
  if (!seconded) return words.size;
  let n = words.size;
  for (const w of seconded) if (!words.has(w)) n++;
  return n;
}

/**
 * A channel taught by the round-1 corrections that agree with each other,
 * or undefined when none do (a clean document stays unadapted, so one odd
 * correction cannot teach it anything). Two kinds of agreement teach it:
 * - confident corrections (≥ OBSERVE_CONFIDENCE) that share an edit are
 *   observed, and their edits get cheaper with each sighting;
 * - a one-to-one substitution that the corrections of WEAK_AGREEMENT
 *   different words use, however unsure each (and lower-case near misses),
 *   is the document's systematic damage: it costs WEAK_LEARNED_COST from
 *   then on. Different words, because one word repeated is one piece of
 *   evidence; corrections that need such an edit stay below
 *   OBSERVE_CONFIDENCE (see {@link capWeak}).
 */
function adaptedChannel(verdicts: Map<string, Verdict | undefined>, firstOf: Map<string, Candidate>): Adapted | undefined {
  const confident: Array<{ damaged: string; correct: string; ops: string[] }> = [];
  const tally = new Map<string, number>();
  // Per one-to-one substitution: the different corrected words, sure or not, whose alignment uses it.
  const supporters = new Map<string, Set<string>>();
  // …and the capitalised near misses whose correction uses it: they second an edit, never propose one.
  const seconds = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (const [key, v] of verdicts) {
    const c = firstOf.get(key);
    // A lower-case near miss is a weak correction too (a capitalised one is more often a real name).
    const near = v !== undefined && v.shortBy !== undefined && v.shortBy <= WEAK_NEAR_MISS && c !== undefined && c.text === c.text.toLowerCase();
    const nameNear = !near && v !== undefined && v.shortBy !== undefined && v.shortBy <= WEAK_NEAR_MISS_NAME && c !== undefined && c.entry === 'unknown' && !c.camel;
    if (!(reports(v) || near || nameNear) || v.kind !== 'garbled' || v.suggestions.length === 0) continue;
    if (!c || seen.has(c.text)) continue;
    seen.add(c.text);
    const correct = v.suggestions[0];
    if (correct.includes(' ')) continue;
    const ops = editsOf(c.text, correct);
    for (const op of ops) {
      if (op.length !== 3) continue; // one character either side of the separator
      const into = nameNear ? seconds : supporters;
      let words = into.get(op);
      if (!words) into.set(op, (words = new Set()));
      words.add(correct.toLowerCase());
    }
    if (nameNear) continue;
    if (near || v.confidence < OBSERVE_CONFIDENCE) continue;
    for (const op of ops) tally.set(op, (tally.get(op) ?? 0) + 1);
    confident.push({ damaged: c.text, correct, ops });
  }
  const taught = confident.filter((k) => k.ops.some((op) => (tally.get(op) ?? 0) >= OBSERVE_AGREEMENT));
  const agreed = [...supporters].filter(([op, words]) => agreement(words, seconds.get(op)) >= WEAK_AGREEMENT).map(([op]) => op);
  if (taught.length === 0 && agreed.length === 0) return undefined;
  const channel = createChannel();
  const pieces = new Set<string>();
  for (const k of taught) {
    channel.observe(k.damaged, k.correct);
    for (const op of k.ops) if ((tally.get(op) ?? 0) >= OBSERVE_AGREEMENT) pieces.add(op.slice(op.indexOf('\u0000') + 1).toLowerCase());
  }
  for (const op of agreed) {
    const [correct, damaged] = op.split('\u0000');
    channel.teach(correct, damaged, WEAK_LEARNED_COST);
    pieces.add(damaged.toLowerCase());
  }
  const weak = new Set(agreed.filter((op) => (tally.get(op) ?? 0) < OBSERVE_AGREEMENT));
  // Everything a verdict under this channel depends on (the memo is shared across checks).
  const signature = [
    ...taught.map((k) => `${k.damaged}\u0000${k.correct}`).sort(),
    ...agreed.map((op) => `${weak.has(op) ? 'weak' : 'agreed'}\u0000${op}`).sort(),
  ].join('\u0001');
  const learned = [...pieces];
  const learnedOps = new Set([...agreed, ...[...tally].filter(([, n]) => n >= OBSERVE_AGREEMENT).map(([op]) => op)]);
  return { channel, signature, weak, learnedOps, touches: (word) => learned.some((p) => word.toLowerCase().includes(p)) };
}

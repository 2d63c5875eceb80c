/**
 * Word segmentation for run-together text ("newsGovernment", "KoreaNorth",
 * "ofthe", "ASIAAsia-Pacificgeneral"): the most probable way to cut a token
 * into lexicon words, by dynamic programming over cut points.
 *
 * A cut's score is a unigram language model on the suggester's scale: each
 * piece adds log10 of its probability (Zipf − 9), the sequence gets + 9 back
 * (so one piece scores its own Zipf), and each lost space costs a channel
 * penalty — small where the case changes ("news|Government": a tag line or
 * a stripped line break), larger inside a lower-case run ("of|the").
 *
 * Pieces never span a case change, never start or end at a hyphen or an
 * apostrophe (so "Asia-Pacific" and "Russia’s" stay whole), and single
 * letters are only "a", "A" and "I". A stray lower-case letter right before
 * a case change (a bullet or icon read as "i": "reportsiSmith") may be
 * dropped, at a cost. Quadratic in the token's length, bounded by MAX_LENGTH.
 */
import { placeBlockSpans, type Document } from '../document.js';
import { Flag } from '../lexicon/format.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Token } from '../types.js';
import { caseBoundaries, letterCase } from './case-patterns.js';

/** Cost of a lost space where the case changes ("news|Government"). */
export const CASE_CUT_COST = 0.3;
/** Cost of a lost space inside a run of one case ("of|the"). */
export const PLAIN_CUT_COST = 1.3;
/** Cost of dropping a stray letter before a case change. */
export const STRAY_COST = 1.5;
/** A piece must be at least this frequent (Zipf) unless it is a dictionary word of 4+ letters. */
export const MIN_PIECE_ZIPF = 3.0;
/** Pieces this short must be dictionary words at least SHORT_PIECE_ZIPF frequent ("of", "the", "war"). */
export const SHORT_PIECE = 3;
export const SHORT_PIECE_ZIPF = 4.0;
/** Each part of a hyphenated piece must be a lexicon entry at least this frequent. */
const MIN_HYPHEN_PART_ZIPF = 2.0;
const HYPHEN = /[-\u2010\u2011]/;
/** Longest token segmented. */
const MAX_LENGTH = 60;
/** Most pieces in one token. */
const MAX_PIECES = 8;

/** A segmentation of a token. */
export interface Segmentation {
  /** The pieces as written (case kept), in order; dropped stray letters are not pieces. */
  pieces: string[];
  /** Where each piece starts in the token. */
  starts: number[];
  /** Score on the Zipf scale (see the module comment). */
  score: number;
  /** Cuts at a case change, and cuts inside a run of one case. */
  caseCuts: number;
  plainCuts: number;
  /** Stray letters dropped. */
  dropped: number;
  /** The smallest Zipf of any piece. */
  minZipf: number;
}

const isJoiner = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x27 || c === 0x2019;

/**
 * Zipf of `piece` as a word on its own, or -1 when it cannot be one: a
 * dictionary word or a frequent corpus entry, written in a case that fits
 * (a known mixed form, or plain lower/Title/UPPER), or a hyphenated
 * compound of such words.
 */
export function pieceZipf(lex: Lexicon, piece: string): number {
  if (piece.length === 1) return piece === 'a' || piece === 'A' || piece === 'I' ? lex.frequency(piece) : -1;
  const id = lex.lookup(piece);
  if (id >= 0) {
    const z = lex.zipfOf(id);
    const dict = (lex.flags[id] & Flag.DICT) !== 0 && (lex.flags[id] & Flag.ABBREV) === 0;
    // Short pieces are where chance matches hide ("Ru|Ce|ia"): only common dictionary words.
    if (piece.length <= SHORT_PIECE && (!dict || z < SHORT_PIECE_ZIPF)) return -1;
    if (!dict && (z < MIN_PIECE_ZIPF || piece.length < 4)) return -1;
    if (dict && z < MIN_PIECE_ZIPF && piece.length < 4) return -1;
    if (caseBoundaries(piece).length > 0 && !lex.caseFits(piece)) return -1;
    return z;
  }
  if (HYPHEN.test(piece)) {
    // A hyphenated compound or name ("Asia-Pacific", "Jong-un"): every part
    // known (a part of one or two letters may be a name syllable).
    let z = Infinity;
    for (const part of piece.split(HYPHEN)) {
      if (part.length <= 2) continue;
      const f = lex.frequency(part);
      if (f < MIN_HYPHEN_PART_ZIPF || caseBoundaries(part).length > 0) return -1;
      z = Math.min(z, f);
    }
    return Number.isFinite(z) ? Math.max(z, MIN_PIECE_ZIPF) : -1;
  }
  return -1;
}

/**
 * The best segmentation of `token` into two or more pieces, or undefined.
 * Every case change is a cut: a piece may not span one.
 */
export function segment(lex: Lexicon, token: string): Segmentation | undefined {
  const n = token.length;
  if (n < 2 || n > MAX_LENGTH) return undefined;
  const caseCut = new Uint8Array(n + 1);
  for (const b of caseBoundaries(token)) caseCut[b] = 1;
  // Where a cut may go: between two letters (or letter/digit), not next to a joiner.
  const canCut = new Uint8Array(n + 1);
  canCut[0] = canCut[n] = 1;
  for (let i = 1; i < n; i++) {
    const a = token.charCodeAt(i - 1);
    const b = token.charCodeAt(i);
    canCut[i] = isJoiner(a) || isJoiner(b) || letterCase(token, i) === 0 && letterCase(token, i - 1) === 0 ? 0 : 1;
  }
  const best = new Float64Array(n + 1).fill(-Infinity);
  const from = new Int32Array(n + 1).fill(-1);
  const stray = new Uint8Array(n + 1);
  const count = new Uint8Array(n + 1);
  best[0] = 0;
  for (let j = 1; j <= n; j++) {
    if (!canCut[j]) continue;
    for (let i = j - 1; i >= 0; i--) {
      if (best[i] === -Infinity || !canCut[i]) continue;
      // A piece may not contain a case change (it must be cut there).
      let spans = false;
      for (let k = i + 1; k < j; k++) if (caseCut[k]) spans = true;
      if (spans) break; // going further left spans it too
      if (count[i] >= MAX_PIECES) continue;
      const cut = i === 0 ? 0 : caseCut[i] ? CASE_CUT_COST : PLAIN_CUT_COST;
      const piece = token.slice(i, j);
      // A one-letter piece next to a case change is a damaged letter ("nationaI"), not a word.
      const z = j - i === 1 && (caseCut[i] || caseCut[j]) ? -1 : pieceZipf(lex, piece);
      let score = -Infinity;
      let isStray = 0;
      if (z >= 0) score = best[i] + (z - 9) - cut;
      else if (j - i === 1 && caseCut[j] && letterCase(token, i) === -1) {
        // A stray lower-case letter glued before a capital: drop it.
        score = best[i] - STRAY_COST;
        isStray = 1;
      }
      if (score > best[j]) {
        best[j] = score;
        from[j] = i;
        stray[j] = isStray;
        count[j] = count[i] + 1;
      }
    }
  }
  if (best[n] === -Infinity) return undefined;
  const pieces: string[] = [];
  const starts: number[] = [];
  let caseCuts = 0;
  let plainCuts = 0;
  let dropped = 0;
  let minZipf = Infinity;
  for (let j = n; j > 0; j = from[j]) {
    const i = from[j];
    if (stray[j]) dropped++;
    else {
      pieces.unshift(token.slice(i, j));
      starts.unshift(i);
      minZipf = Math.min(minZipf, pieceZipf(lex, token.slice(i, j)));
    }
    if (i > 0) {
      if (caseCut[i]) caseCuts++;
      else plainCuts++;
    }
  }
  if (pieces.length < 2) return undefined;
  return { pieces, starts, score: best[n] + 9, caseCuts, plainCuts, dropped, minZipf };
}

/** The article lost onto a word ("isa", "ona", "isan"): the endings tried. */
const ARTICLES = ['an', 'a'] as const;
/** The word before the article must be this common (Zipf): function words and the like ("is", "for", "get"). */
const ARTICLE_HOST_ZIPF = 5.0;
/** The pair must be this common in the counted text (Zipf of the pair: log10 per billion words). */
const ARTICLE_PAIR_ZIPF = 4.5;
/** …and the token as written this rare, and rarer than the pair by ARTICLE_MARGIN ("fora", "asa" are rare words or names). */
const ARTICLE_JOINED_MAX_ZIPF = 3.5;
const ARTICLE_MARGIN = 1.0;

/** Word-pair counts, as ../context gives them (kept to what this needs). */
export interface PairCounts {
  pairCount(a: string, b: string): number;
  readonly meta: { readonly words: { readonly counted: number } };
}

/**
 * A lower-case token that is a common word with "a" or "an" run onto it
 * ("isa" → "is a", "ona" → "on a", "isan" → "is an"): the short word most
 * often written without its space. Taken when the host word is common
 * (ARTICLE_HOST_ZIPF), the pair is common in the counted text
 * (ARTICLE_PAIR_ZIPF), and the token as written is rare as a word
 * (ARTICLE_JOINED_MAX_ZIPF, and ARTICLE_MARGIN below the pair): "sofa",
 * "data" and "idea" have no such host, "meta" and "mana" no such pair.
 * Returns the split and how far (log10) the pair outweighs the token.
 */
export function articleSplit(lex: Lexicon, pairs: PairCounts, token: string, margin = ARTICLE_MARGIN): { split: string; margin: number } | undefined {
  const joinedZipf = lex.frequency(token);
  if (joinedZipf >= ARTICLE_JOINED_MAX_ZIPF) return undefined;
  for (const article of ARTICLES) {
    if (!token.endsWith(article) || token.length < article.length + 2) continue;
    const host = token.slice(0, -article.length);
    if (!lex.has(host) || lex.frequency(host) < ARTICLE_HOST_ZIPF) continue;
    const found = pairSplit(pairs, host, article, joinedZipf, margin);
    if (found) return found;
  }
  return undefined;
}

/** Both words of a short pair run together must be this common ("it|is", "of|the"): function words. */
const COMMON_PAIR_WORD_ZIPF = 5.5;

/**
 * A token the lexicon lacks that is two very common words run together
 * ("itis" → "it is"), each at least COMMON_PAIR_WORD_ZIPF, whose pair is
 * common in the counted text (as for {@link articleSplit}). Too short for
 * the segmentation of ./ocr-analysis.ts, which weighs tokens of five
 * letters or more; the pair counts make up for the length.
 */
export function commonPairSplit(lex: Lexicon, pairs: PairCounts, token: string, margin = ARTICLE_MARGIN): { split: string; margin: number } | undefined {
  const joinedZipf = lex.frequency(token);
  if (joinedZipf >= ARTICLE_JOINED_MAX_ZIPF) return undefined;
  let best: { split: string; margin: number } | undefined;
  for (let k = 1; k < token.length; k++) {
    const left = token.slice(0, k);
    const right = token.slice(k);
    if ((left.length === 1 && left !== 'a') || (right.length === 1 && right !== 'a')) continue;
    if (!lex.has(left) || !lex.has(right) || lex.frequency(left) < COMMON_PAIR_WORD_ZIPF || lex.frequency(right) < COMMON_PAIR_WORD_ZIPF) continue;
    const found = pairSplit(pairs, left, right, joinedZipf, margin);
    if (found && (!best || found.margin > best.margin)) best = found;
  }
  return best;
}

/** The split "left right" when the pair is common (ARTICLE_PAIR_ZIPF) and outweighs the token by `margin`. */
function pairSplit(pairs: PairCounts, left: string, right: string, joinedZipf: number, margin: number): { split: string; margin: number } | undefined {
  const n = pairs.pairCount(left, right);
  if (n === 0) return undefined;
  const pairZipf = Math.log10((n / Math.max(1, pairs.meta.words.counted)) * 1e9);
  if (pairZipf < ARTICLE_PAIR_ZIPF || pairZipf - joinedZipf < margin) return undefined;
  return { split: `${left} ${right}`, margin: pairZipf - joinedZipf };
}

/**
 * A rare dictionary word that is a common word with an article run on
 * ("ina", "asa", "ona", "fora": rare words, or names in lower case, that
 * OCR makes of "in a", "as a", "on a", "for a"), or two very common words
 * run together that the dictionary lists only in its far corners ("tobe",
 * "nota"). Real words, so only when a word or a number follows (the article
 * needs its noun) and the pair outweighs the word by ARTICLE_MARGIN_WORD,
 * or FAR_CORNER_MARGIN for a far-corner word when its second word and the
 * next one are a pair English uses too ("nota political": "a political";
 * not "pro forma as"). A capitalised one is taken only first in a sentence
 * ("Asa result…"), where a capital says nothing, before a lower-case word,
 * and when it is a name too ("Asa", "Ina") only if the article and the
 * next word are a pair English uses ("a result"): a name is followed by
 * its verb ("Asa said").
 */
const ARTICLE_MARGIN_WORD = 2.5;
/** The margin for a word the dictionary lists only in its far corners (`Lexicon.isFarCorner`). */
const FAR_CORNER_MARGIN = 1.5;
/** Confidence of such a split: a real word is being second-guessed. */
const ARTICLE_WORD_CONFIDENCE = 0.6;
const ARTICLE_WORD_SHAPE = /^[A-Za-z][a-z]{2,6}$/;
/** What may stand before a sentence's first word (nothing, or these marks and a space). */
const SENTENCE_END_MARKS = new Set(['.', '!', '?', ':', ';', '"', '“', '‘', '(']);

/** An article split of a dictionary word. Offsets are document offsets. */
export interface ArticleJoin {
  start: number;
  end: number;
  word: string;
  split: string;
  confidence: number;
}

/** The dictionary words of a document that are a word and an article run together, in document order (memoised per block). */
export function findArticleJoins(doc: Document, lex: Lexicon, pairs: PairCounts): ArticleJoin[] {
  return placeBlockSpans(doc, 'ocr/article-joins', (b) => {
    const out: ArticleJoin[] = [];
    const tokens = b.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const t = tokens[i];
      // Cheap tests first: this looks at every short word.
      if (t.kind !== 'word' || t.text.length < 3 || t.text.length > 7 || !ARTICLE_WORD_SHAPE.test(t.text)) continue;
      const next = tokens[i + 2];
      if (tokens[i + 1].kind !== 'space' || (next.kind !== 'word' && next.kind !== 'number')) continue;
      const pronoun = pronounSplit(lex, pairs, t.text);
      if (pronoun) {
        out.push({ start: t.sourceStart, end: t.sourceEnd, word: t.text, split: pronoun, confidence: ARTICLE_WORD_CONFIDENCE });
        continue;
      }
      const id = lex.lookup(t.text);
      if (id < 0 || !lex.isWordId(id)) continue;
      const farCorner = lex.isFarCorner(id);
      const last = t.text.charCodeAt(t.text.length - 1);
      // Only words ending in an article, or far-corner words, can be split here.
      if (last !== 97 && last !== 110 && !farCorner) continue;
      const capitalised = t.text.charCodeAt(0) < 97;
      if (capitalised && !sentenceStart(tokens, i)) continue;
      const word = capitalised ? t.text.toLowerCase() : t.text;
      const margin = farCorner ? FAR_CORNER_MARGIN : ARTICLE_MARGIN_WORD;
      const found = articleSplit(lex, pairs, word, margin) ?? (farCorner ? commonPairSplit(lex, pairs, word, ARTICLE_MARGIN_WORD) : undefined);
      if (!found) continue;
      const [host, second] = found.split.split(' ');
      const fitsNext = next.kind === 'word' && pairs.pairCount(second, next.text.toLowerCase()) > 0;
      // The far corners hold odd words ("forma" of "pro forma as"), and a name may start a sentence ("Asa said").
      if ((farCorner || (capitalised && (lex.flags[id] & Flag.TITLE) !== 0)) && !fitsNext) continue;
      if (capitalised && next.kind === 'word' && next.text.charCodeAt(0) < 97) continue;
      const split = capitalised ? `${host.charAt(0).toUpperCase()}${host.slice(1)} ${second}` : found.split;
      out.push({ start: t.sourceStart, end: t.sourceEnd, word: t.text, split, confidence: ARTICLE_WORD_CONFIDENCE });
    }
    return out;
  });
}

/** Shape of "I" run onto the next word ("Iam", "Ishall"). */
const PRONOUN_I_SHAPE = /^I[a-z]{2,6}$/;

/**
 * "I" run onto the word after it ("Iam" → "I am", "Ishall" → "I shall"):
 * a token the dictionary lacks whose rest is a word that "I" is commonly
 * followed by (the pair at least ARTICLE_PAIR_ZIPF; names such as "Ilan",
 * "Inez" leave no such word).
 */
function pronounSplit(lex: Lexicon, pairs: PairCounts, token: string): string | undefined {
  if (!PRONOUN_I_SHAPE.test(token) || lex.has(token)) return undefined;
  const rest = token.slice(1);
  if (!lex.has(rest)) return undefined;
  return pairSplit(pairs, 'i', rest, lex.frequency(token), ARTICLE_MARGIN_WORD) ? `I ${rest}` : undefined;
}

/** Whether the word at `i` starts a sentence: nothing but a sentence mark (and spaces) before it. */
function sentenceStart(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && tokens[k].kind === 'space') k--;
  if (k < 0) return true;
  return tokens[k].kind === 'punct' && SENTENCE_END_MARKS.has(tokens[k].text);
}

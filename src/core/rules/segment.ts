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
 * a case change (a bullet or icon read as "i": "programsiKim") may be
 * dropped, at a cost. Quadratic in the token's length, bounded by MAX_LENGTH.
 */
import { Flag } from '../lexicon/format.js';
import type { Lexicon } from '../lexicon/lexicon.js';
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
 * `requireCaseCuts`: every case change must be a cut (true for CamelCase
 * tokens, whose pieces may not span one).
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

/**
 * Word alignment of one quote fragment against a source passage: the
 * fewest word edits (a word changed, added or dropped costs 1) that turn
 * some stretch of the source into the fragment. The source's start and end
 * are free (the quote is a substring of the source, not the whole of it);
 * source words skipped where an editorial insertion ("[the treaty]") stands
 * are free too.
 *
 * The search is a banded dynamic programme (Ukkonen's band around the
 * diagonal that the trigram hits point at): quote word `i` may only meet
 * source words within `band` of `diagonal + i`. That bounds the work at
 * `fragment length × (2·band + 1)` cells — linear in the quote — and the
 * band is wide enough for the few words a misquote adds or drops. The
 * result is the word-level diff (an edit script, like LCS/Myers).
 */
import type { QuoteUnit } from './quote-text.js';
import type { SourceIndex } from './source-index.js';
import { closeEnough } from './words.js';

/** One step of an alignment, in quote order. */
export type AlignOp =
  /** Quote word `q` is source word `p`. */
  | { op: 'same'; q: number; p: number }
  /** Quote word `q` stands where source word `p` was. */
  | { op: 'changed'; q: number; p: number }
  /** Quote word `q` is not in the source. */
  | { op: 'added'; q: number }
  /** Source word `p` is not in the quote (`free`: an editorial insertion stands there). */
  | { op: 'removed'; p: number; free: boolean };

/** The best alignment of a fragment in one band. */
export interface Alignment {
  /** Weighted word edits (0 when the fragment is the source's words exactly). */
  cost: number;
  /** Quote words found as they are. */
  matches: number;
  ops: AlignOp[];
  /** Index positions of the aligned source stretch, `[from, to)` (from === to when no source word aligned). */
  from: number;
  to: number;
}

const INF = Infinity;
/**
 * Cells hold `edits × SCALE − matches`: fewest edits first, then, among
 * equally short scripts, the one keeping more words as they are ("every
 * inspection complete" drops "is" rather than adding "complete").
 */
const SCALE = 1 << 20;
/**
 * Edit costs. A changed word costs a little more than an added or a dropped
 * one (but less than both), so that among equally short scripts the one
 * that keeps more words as they are wins: "every inspection complete"
 * drops "is", rather than changing "is" into "complete".
 */
const ADD = 2;
const DROP = 2;
const CHANGE = 3;
const START = 0;
const DIAG = 1;
const UP = 2;
const LEFT = 3;

/** Whether quote unit `u` reads as the indexed word at `p`. */
export function sameWord(index: SourceIndex, u: QuoteUnit, keyId: number, rawId: number, p: number): boolean {
  if (keyId >= 0 && index.key[p] === keyId) return true;
  if (rawId >= 0 && index.raw[p] === rawId) return true;
  if (!u.unknown && index.unknown[p] === 0) return false;
  // One side may be damaged beyond what the suggester would correct confidently.
  return closeEnough(u.raw, index.words[index.raw[p]]) || closeEnough(u.key, index.words[index.key[p]]);
}

/**
 * Aligns `units` (with their interned ids) against index positions
 * `[lo, hi)`, within `band` of the diagonal `p = diagonal + i`. Undefined when
 * the band misses `[lo, hi)` altogether.
 */
export function alignBanded(
  index: SourceIndex,
  units: readonly QuoteUnit[],
  keyIds: Int32Array,
  rawIds: Int32Array,
  diagonal: number,
  band: number,
  lo: number,
  hi: number,
): Alignment | undefined {
  const m = units.length;
  const width = 2 * band + 1;
  // Column k of row i is source boundary j = diagonal + i - band + k (j source words consumed).
  const dirs = new Uint8Array((m + 1) * width);
  let prev = new Float64Array(width).fill(INF);
  let cur = new Float64Array(width).fill(INF);
  let any = false;
  for (let k = 0; k < width; k++) {
    const j = diagonal - band + k;
    if (j >= lo && j <= hi) {
      prev[k] = 0;
      dirs[k] = START;
      any = true;
    }
  }
  if (!any) return undefined;
  for (let i = 1; i <= m; i++) {
    const u = units[i - 1];
    const keyId = keyIds[i - 1];
    const rawId = rawIds[i - 1];
    const free = i < m && units[i].gapBefore;
    const rowBase = i * width;
    for (let k = 0; k < width; k++) {
      const j = diagonal + i - band + k;
      if (j < lo || j > hi) {
        cur[k] = INF;
        continue;
      }
      let best = INF;
      let dir = UP;
      if (j - 1 >= lo && prev[k] < INF) {
        const c = prev[k] + (sameWord(index, u, keyId, rawId, j - 1) ? -1 : CHANGE * SCALE);
        best = c;
        dir = DIAG;
      }
      if (k + 1 < width && prev[k + 1] + ADD * SCALE < best) {
        best = prev[k + 1] + ADD * SCALE;
        dir = UP;
      }
      if (k > 0 && cur[k - 1] < INF) {
        const c = cur[k - 1] + (free ? 0 : DROP * SCALE);
        if (c < best) {
          best = c;
          dir = LEFT;
        }
      }
      cur[k] = best;
      dirs[rowBase + k] = dir;
    }
    [prev, cur] = [cur, prev];
  }
  let endK = -1;
  for (let k = 0; k < width; k++) if (prev[k] < INF && (endK < 0 || prev[k] < prev[endK])) endK = k;
  if (endK < 0) return undefined;
  let cost = 0;

  // Trace back from the end.
  const ops: AlignOp[] = [];
  let matches = 0;
  let i = m;
  let k = endK;
  const to = diagonal + m - band + endK;
  let from = to;
  while (i > 0) {
    const j = diagonal + i - band + k;
    const dir = dirs[i * width + k];
    if (dir === DIAG) {
      const same = sameWord(index, units[i - 1], keyIds[i - 1], rawIds[i - 1], j - 1);
      if (same) matches++;
      else cost += CHANGE;
      ops.push(same ? { op: 'same', q: i - 1, p: j - 1 } : { op: 'changed', q: i - 1, p: j - 1 });
      from = j - 1;
      i--;
    } else if (dir === UP) {
      ops.push({ op: 'added', q: i - 1 });
      cost += ADD;
      i--;
      k++;
    } else {
      const free = i < m && units[i].gapBefore;
      ops.push({ op: 'removed', p: j - 1, free });
      if (!free) cost += DROP;
      from = j - 1;
      k--;
    }
  }
  ops.reverse();
  // A fragment whose words were all added aligned no source word.
  if (!ops.some((o) => o.op !== 'added')) from = to;
  return { cost, matches, ops, from, to };
}

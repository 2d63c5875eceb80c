/**
 * Candidate retrieval by symmetric deletes (SymSpell, Wolf Garbe 2012): two
 * strings within edit distance k share a string obtained by deleting at most
 * k characters from each. The build script stored, for every word worth
 * suggesting, the hashes of its prefix's deletes in a bucketed posting list
 * (see ./format.ts); a query hashes its own prefix's deletes and reads the
 * matching buckets. No scan of the lexicon, and no strings are stored for
 * the deletes: a fingerprint of each hash (its bits above the local id)
 * rejects most bucket collisions, a letter-count test and a bounded
 * edit distance ({@link withinDistance}) verify the survivors.
 */
import type { Lexicon } from './lexicon.js';

/** Reusable scratch state for retrieval (one per suggester; not re-entrant). */
export class CandidateSet {
  /** Lexicon ids collected, in order of discovery. */
  ids: number[] = [];
  /** Work counters (for benchmarks): buckets visited, postings read, words verified by distance. */
  buckets = 0;
  scanned = 0;
  verified = 0;
  private stamp = 1;
  private seen: Uint32Array;
  /** Ids already verified (and rejected or accepted) by the current {@link lookup}. */
  private tried: Uint32Array;
  private tryStamp = 1;

  constructor(size: number) {
    this.seen = new Uint32Array(size);
    this.tried = new Uint32Array(size);
  }

  /** Empties the set in O(1). */
  clear(): void {
    this.ids.length = 0;
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
  }

  /** Starts a new lookup's record of verified ids. */
  newLookup(): void {
    this.tryStamp++;
    if (this.tryStamp === 0xffffffff) {
      this.tried.fill(0);
      this.tryStamp = 1;
    }
  }

  /** True the first time `id` is offered during the current lookup. */
  firstTry(id: number): boolean {
    if (this.tried[id] === this.tryStamp) return false;
    this.tried[id] = this.tryStamp;
    return true;
  }

  /** Adds an id unless present; true when added. */
  add(id: number): boolean {
    if (this.seen[id] === this.stamp) return false;
    this.seen[id] = this.stamp;
    this.ids.push(id);
    return true;
  }

  has(id: number): boolean {
    return this.seen[id] === this.stamp;
  }
}

/** Per-character counts of the current query (ASCII only; see {@link unmatchedWithin}). */
const histogram = new Int16Array(128);

/**
 * Cheap necessary condition for distance ≤ k: counting letters as multisets,
 * neither string has more than k letters the other lacks (each edit leaves
 * at most one unmatched letter per side). `histogram` holds the query's counts.
 */
function unmatchedWithin(text: string, start: number, m: number, n: number, k: number): boolean {
  let matched = 0;
  let i = 0;
  for (; i < m; i++) {
    const c = text.charCodeAt(start + i);
    if (c >= 128) break;
    if (histogram[c]-- > 0) matched++;
  }
  for (let j = 0; j < i; j++) histogram[text.charCodeAt(start + j)]++;
  if (i < m) return true; // non-ASCII: let the full distance decide
  return m - matched <= k && n - matched <= k;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Optimal-string-alignment distance of `a` and `b` (adjacent swaps count
 * one), or `max + 1` as soon as it must exceed `max`.
 */
export function withinDistance(a: string, b: string, max: number): number {
  return distanceAt(a, b, 0, b.length, max);
}

/**
 * {@link withinDistance} of `a` and `text.slice(start, start + m)`, read in
 * place (no slice: the lexicon's keys are one long string).
 */
function distanceAt(a: string, text: string, start: number, m: number, max: number): number {
  const n = a.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (rowA.length <= m) {
    rowA = new Int32Array(m * 2 + 2);
    rowB = new Int32Array(m * 2 + 2);
    rowC = new Int32Array(m * 2 + 2);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    const ap = i > 1 ? a.charCodeAt(i - 2) : -1;
    let bp = -1;
    for (let j = 1; j <= m; j++) {
      const bj = text.charCodeAt(start + j - 1);
      let v = prev[j - 1] + (ai === bj ? 0 : 1);
      const del = prev[j] + 1;
      if (del < v) v = del;
      const ins = cur[j - 1] + 1;
      if (ins < v) v = ins;
      if (ai === bp && ap === bj && j > 1 && i > 1) {
        const t = prev2[j - 2] + 1;
        if (t < v) v = t;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
      bp = bj;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/**
 * Adds to `out` the ids of indexed words near `query` (lower case):
 * - `near` mode: every word within OSA distance `k` (1 or 2), however rare;
 * - `far` mode (`minZipf10` > 0): words within distance 2 that are at least
 *   that frequent (Zipf × 10). Buckets are sorted by falling frequency, so
 *   the scan of a bucket stops at its first word below the floor.
 * A suggester first collects the near words, scores them, and then asks for
 * far words only as frequent as would beat what it already has: distance 2
 * from a short word reaches hundreds of words, few of them competitive.
 */
export function lookup(lex: Lexicon, query: string, k: number, out: CandidateSet, minZipf10 = 0): void {
  const { prefix, maxDistance } = lex.meta.symspell;
  k = Math.min(k, maxDistance);
  const n = query.length;
  const p = Math.min(n, prefix);
  let ascii = true;
  for (let i = 0; i < n; i++) {
    const c = query.charCodeAt(i);
    if (c >= 128) ascii = false;
    else histogram[c]++;
  }
  out.newLookup();
  const { bucketBits, idBits } = lex.meta.symspell;
  const scan: Scan = { lex, query, k, out, minZipf10, ascii, bucketMask: (1 << bucketBits) - 1, idBits, idMask: (1 << idBits) - 1 };
  // The deletes of the prefix are hashed in place (no strings): none, one
  // (not repeating a deletion inside a run of equal letters), then two. As
  // in the build, only strings of two or more letters lose a letter.
  let m = 0;
  hashes[m++] = prefixHash(query, p, -1, -1);
  if (k >= 1 && p >= 2) {
    for (let i = 0; i < p; i++) {
      if (i > 0 && query.charCodeAt(i) === query.charCodeAt(i - 1)) continue;
      hashes[m++] = prefixHash(query, p, i, -1);
    }
  }
  if (k >= 2 && p >= 3) {
    for (let i = 0; i < p; i++) {
      for (let j = i + 1; j < p; j++) hashes[m++] = prefixHash(query, p, i, j);
    }
  }
  // The buckets are scattered over megabytes: read all their bounds, then
  // touch each one's first posting, in loops of independent loads the CPU
  // can overlap, before scanning any (memory latency dominates otherwise).
  const starts = lex.symStarts;
  const postings = lex.symPostings;
  const mask = scan.bucketMask;
  for (let t = 0; t < m; t++) {
    const b = hashes[t] & mask;
    begins[t] = starts[b];
    ends[t] = starts[b + 1];
  }
  let touch = 0;
  for (let t = 0; t < m; t++) if (begins[t] < ends[t]) touch ^= postings[2 * begins[t] + 1];
  touched = touch;
  for (let t = 0; t < m; t++) if (begins[t] < ends[t]) scanBucket(scan, hashes[t], begins[t], ends[t]);
  for (let i = 0; i < n; i++) {
    const c = query.charCodeAt(i);
    if (c < 128) histogram[c]--;
  }
}

/** FNV-1a of `s.slice(0, p)` without the characters at `skip1` and `skip2` (same as fnv1a of that string). */
function prefixHash(s: string, p: number, skip1: number, skip2: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < p; i++) {
    if (i === skip1 || i === skip2) continue;
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One lookup's fixed arguments. */
interface Scan {
  lex: Lexicon;
  query: string;
  k: number;
  out: CandidateSet;
  minZipf10: number;
  ascii: boolean;
  bucketMask: number;
  idBits: number;
  idMask: number;
}

/** Scratch of {@link lookup}: delete hashes and their buckets' bounds (at most 1 + 7 + 21). */
const hashes = new Uint32Array(64);
const begins = new Uint32Array(64);
const ends = new Uint32Array(64);
/** Keeps the touching loads of {@link lookup} from being optimised away. */
let touched = 0;

/** Verifies the words of one delete's bucket, postings [begin, end). */
function scanBucket(scan: Scan, h: number, begin: number, end: number): void {
  const { lex, query, k, out, minZipf10, idBits, idMask } = scan;
  const n = query.length;
  const postings = lex.symPostings;
  const fp = h >>> idBits;
  out.buckets++;
  for (let p = 2 * begin, stop = 2 * end; p < stop; p += 2) {
    const info = postings[p + 1];
    // Sorted by frequency: the rest of this bucket is rarer still.
    if ((info & 0xff) < minZipf10) break;
    out.scanned++;
    const v = postings[p];
    // Fingerprint, depth and length come with the posting: test them before touching the word.
    if (v >>> idBits !== fp) continue;
    if (((info >>> 8) & 3) > k) continue;
    const len = (info >>> 10) & 63;
    if ((len - n > k || n - len > k) && (len < 63 || n < 63 - k)) continue;
    const id = lex.symIds[v & idMask];
    const start = lex.offsets[id];
    const wlen = lex.offsets[id + 1] - start;
    if (Math.abs(wlen - n) > k || out.has(id) || !out.firstTry(id)) continue;
    if (scan.ascii && !unmatchedWithin(lex.keys, start, wlen, n, k)) continue;
    out.verified++;
    if (distanceAt(query, lex.keys, start, wlen, k) <= k) out.add(id);
  }
}

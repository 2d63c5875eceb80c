/**
 * Candidate retrieval by symmetric deletes (SymSpell, Wolf Garbe 2012): two
 * strings within edit distance k share a string obtained by deleting at most
 * k characters from each. The build script stored, for every word worth
 * suggesting, the hashes of its prefix's deletes in a bucketed posting list
 * (see ./format.ts); a query hashes its own prefix's deletes and reads the
 * matching buckets. No scan of the lexicon, and no strings are stored for
 * the deletes: a fingerprint of each hash (its bits above the lexicon id)
 * rejects most bucket collisions, a letter-count test (for distance 2) and
 * a bounded edit distance ({@link withinDistance}) verify the survivors.
 */
import type { Lexicon } from './lexicon.js';

/**
 * A set of lexicon ids that is emptied in O(1) by bumping a stamp: an
 * open-addressing table sized to what one suggestion collects (hundreds of
 * ids), so it stays in the CPU cache. (An array indexed by id, one slot per
 * lexicon entry, made every test a likely cache miss in a megabyte table,
 * and the retrieval tests two ids per posting it reads.)
 */
class StampedIdSet {
  private keys: Int32Array;
  private stamps: Uint32Array;
  private mask: number;
  private shift: number;
  private stamp = 1;
  private count = 0;

  constructor(bits = 12) {
    this.keys = new Int32Array(1 << bits);
    this.stamps = new Uint32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  /** Empties the set. */
  clear(): void {
    this.count = 0;
    this.stamp++;
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  has(id: number): boolean {
    const { keys, stamps, mask, stamp } = this;
    for (let h = Math.imul(id, 0x9e3779b1) >>> this.shift; stamps[h] === stamp; h = (h + 1) & mask) {
      if (keys[h] === id) return true;
    }
    return false;
  }

  /** Adds `id`; false when it was there already. */
  add(id: number): boolean {
    const { keys, stamps, mask, stamp } = this;
    let h = Math.imul(id, 0x9e3779b1) >>> this.shift;
    for (; stamps[h] === stamp; h = (h + 1) & mask) {
      if (keys[h] === id) return false;
    }
    keys[h] = id;
    stamps[h] = stamp;
    if (++this.count > mask >>> 1) this.grow();
    return true;
  }

  /** Doubles the table (kept at most half full, so probes stay short). */
  private grow(): void {
    const { keys, stamps } = this;
    const bits = 33 - this.shift;
    this.keys = new Int32Array(1 << bits);
    this.stamps = new Uint32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
    const old = this.stamp;
    this.stamp = 1;
    this.count = 0;
    for (let h = 0; h < keys.length; h++) if (stamps[h] === old) this.add(keys[h]);
  }
}

/** Reusable scratch state for retrieval (one per suggester; not re-entrant). */
export class CandidateSet {
  /** Lexicon ids collected, in order of discovery. */
  ids: number[] = [];
  /** Work counters (for benchmarks): buckets visited, postings read, words verified by distance. */
  buckets = 0;
  scanned = 0;
  verified = 0;
  private readonly seen = new StampedIdSet();
  /** Ids already verified (and rejected or accepted) by the current {@link lookup}. */
  private readonly tried = new StampedIdSet();

  /** Empties the set in O(1). */
  clear(): void {
    this.ids.length = 0;
    this.seen.clear();
  }

  /** Starts a new lookup's record of verified ids. */
  newLookup(): void {
    this.tried.clear();
  }

  /** True the first time `id` is offered during the current lookup. */
  firstTry(id: number): boolean {
    return this.tried.add(id);
  }

  /** Adds an id unless present; true when added. */
  add(id: number): boolean {
    if (!this.seen.add(id)) return false;
    this.ids.push(id);
    return true;
  }

  has(id: number): boolean {
    return this.seen.has(id);
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
 *
 * Only the band of cells within `max` of the diagonal is computed: a cell
 * further off costs more than `max` already, and a path of cost `max` or
 * less never leaves the band (Ukkonen), so cells outside it are read as
 * `max + 1`. For the distances of 1 and 2 the retrieval verifies, that is
 * three or five cells a row instead of the whole row.
 */
function distanceAt(a: string, text: string, start: number, m: number, max: number): number {
  let n = a.length;
  if (Math.abs(n - m) > max) return max + 1;
  // A common prefix and suffix cost nothing (an optimal alignment matches
  // them; no adjacent swap needs an equal pair at either end), and the
  // candidates share long ones with the query: the table covers only the
  // part between them.
  let from = 0;
  const shorter = n < m ? n : m;
  while (from < shorter && a.charCodeAt(from) === text.charCodeAt(start + from)) from++;
  let tail = 0;
  while (tail < shorter - from && a.charCodeAt(n - 1 - tail) === text.charCodeAt(start + m - 1 - tail)) tail++;
  n -= from + tail;
  m -= from + tail;
  start += from;
  if (rowA.length <= m + 1) {
    rowA = new Int32Array(m * 2 + 2);
    rowB = new Int32Array(m * 2 + 2);
    rowC = new Int32Array(m * 2 + 2);
  }
  const outside = max + 1;
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : outside;
  for (let i = 1; i <= n; i++) {
    const lo = i - max > 1 ? i - max : 1;
    const hi = i + max < m ? i + max : m;
    cur[lo - 1] = lo === 1 ? i : outside;
    let rowMin = lo === 1 ? i : outside;
    const ai = a.charCodeAt(from + i - 1);
    const ap = i > 1 ? a.charCodeAt(from + i - 2) : -1;
    let bp = lo > 1 ? text.charCodeAt(start + lo - 2) : -1;
    for (let j = lo; j <= hi; j++) {
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
    // The next row reads one cell right of this row's band.
    if (hi < m) cur[hi + 1] = outside;
    if (rowMin > max) return outside;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] > max ? outside : prev[m];
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
  const pending = lex.postingsPending;
  for (let t = 0; t < m; t++) {
    const b = hashes[t] & mask;
    if (pending) lex.loadBucket(b);
    begins[t] = starts[b];
    ends[t] = starts[b + 1];
  }
  let touch = 0;
  for (let t = 0; t < m; t++) if (begins[t] < ends[t]) touch ^= postings[2 * begins[t] + 1];
  // The same holds for the words the buckets name: collect every posting
  // that passes the cheap tests first, then read their offsets, then the
  // first letter of their keys, each in a loop of independent loads, and
  // only then verify them (in the order collected, so the candidates come
  // out in the same order as a bucket-by-bucket scan would give them).
  let found = 0;
  for (let t = 0; t < m; t++) if (begins[t] < ends[t]) found = scanBucket(scan, hashes[t], begins[t], ends[t], found);
  const offsets = lex.offsets;
  for (let c = 0; c < found; c++) {
    const id = collected[c];
    const start = offsets[id];
    starts32[c] = start;
    lengths[c] = offsets[id + 1] - start;
  }
  const keys = lex.keys;
  for (let c = 0; c < found; c++) touch ^= keys.charCodeAt(starts32[c]);
  touched = touch;
  for (let c = 0; c < found; c++) verify(scan, collected[c], starts32[c], lengths[c]);
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

/**
 * Collects the words of one delete's bucket, postings [begin, end), that
 * pass the tests the posting itself allows (fingerprint, depth, length, not
 * collected or tried before) into `collected` from index `found`; returns
 * the new count.
 */
function scanBucket(scan: Scan, h: number, begin: number, end: number, found: number): number {
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
    const id = v & idMask;
    // A word already collected or tried (it sits in several of the query's
    // buckets) is skipped before its key is read: the lexicon's tables are
    // megabytes, and each read there is likely a cache miss. A stored length
    // under 63 is exact and was tested above; 63 means "63 or more".
    if (len < 63 && (out.has(id) || !out.firstTry(id))) continue;
    if (len >= 63) {
      const wlen = lex.offsets[id + 1] - lex.offsets[id];
      if (Math.abs(wlen - n) > k || out.has(id) || !out.firstTry(id)) continue;
    }
    if (found === collected.length) growCollected();
    collected[found++] = id;
  }
  return found;
}

/**
 * Verifies one collected word (its key is `lex.keys` from `start`, `wlen`
 * long) and adds it when near enough. The letter-count test screens words
 * for distance 2 only: for distance 1 the banded distance itself is
 * cheaper than counting letters (a word within it differs in at most two
 * letters once the common prefix and suffix are off, and any other word is
 * given up within a row or two).
 */
function verify(scan: Scan, id: number, start: number, wlen: number): void {
  const { lex, query, k, out } = scan;
  if (k > 1 && scan.ascii && !unmatchedWithin(lex.keys, start, wlen, query.length, k)) return;
  out.verified++;
  if (distanceAt(query, lex.keys, start, wlen, k) <= k) out.add(id);
}

/** Scratch of {@link lookup}: the collected words' ids, key starts and key lengths. */
let collected = new Int32Array(1024);
let starts32 = new Uint32Array(1024);
let lengths = new Uint32Array(1024);

function growCollected(): void {
  const size = collected.length * 2;
  const ids = new Int32Array(size);
  ids.set(collected);
  collected = ids;
  starts32 = new Uint32Array(size);
  lengths = new Uint32Array(size);
}

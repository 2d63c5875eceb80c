/**
 * The noisy channel: how likely a damaged string is, given the word that was
 * meant. Cost = −log10 P(damaged | word), computed by a weighted edit
 * distance whose edits are single characters (generic costs) and the letter
 * groups of ./confusions.ts (rn→m, ss→Ce …), matched case-sensitively on the
 * damaged side because a stray capital is itself a sign of damage.
 *
 * A channel adapts to one document: {@link Channel.observe} aligns a damaged
 * word with its correction and counts the edits it used; an edit seen again
 * and again (ss→Ce dozens of times in one scan) gets cheaper, so the
 * systematic damage of that document wins over coincidences.
 */
import { CHEAP_DELETE, CONFUSIONS, GENERIC, NOISE_INSERT, type Confusion } from './confusions.js';

/** Tuning of a channel's adaptation. */
export interface ChannelOptions {
  /** Cost taken off per decade of observations of an edit (default 1.0: ten sightings make an edit ten times likelier). */
  adaptGain?: number;
  /** No edit gets cheaper than this (default 0.15). */
  minCost?: number;
  /** The damage table (default: ./confusions.ts). */
  confusions?: readonly Confusion[];
}

/** One edit of an alignment: `correct` became `damaged` ("" for none). */
export interface EditOp {
  correct: string;
  damaged: string;
  cost: number;
}

/** A table edit as compiled: what it restores and what it costs now. */
interface Entry {
  correct: string;
  damaged: string;
  base: number;
  cost: number;
}

/** A one-to-one table edit at one position: the correct char code and its cost. */
export interface SingleEdit {
  code: number;
  cost: number;
}

/** Cost of the one-to-one edit from `code` at a prepared position, or undefined. */
function singleCost(list: SingleEdit[] | undefined, code: number): number | undefined {
  if (!list) return undefined;
  for (const s of list) if (s.code === code) return s.cost;
  return undefined;
}

/** What the table offers for one damaged piece (see Channel.piece). */
interface CompiledPiece {
  /** One-to-one edits (a one-character piece read as a single correct letter). */
  singles: SingleEdit[];
  /** Edits whose correct or damaged side is longer than one character. */
  groups: Applicable[];
  /** Edits worth undoing to generate candidates. */
  undo: Array<{ correct: string; cost: number; learned: boolean }>;
}

/** A table edit applicable at one position of a prepared damaged string. */
export interface Applicable {
  /** Length of the damaged text it covers. */
  dlen: number;
  /** The correct text it stands for. */
  correct: string;
  cost: number;
}

/** An edit that candidate generation may undo at one position. */
export interface Undo {
  at: number;
  dlen: number;
  correct: string;
  cost: number;
  /** The document taught this edit (its cost is below the table's). */
  learned: boolean;
}

/** Single-letter edits at most this cheap are undone by candidate generation even when not learned. */
const UNDO_SINGLE_MAX = 0.5;

/** A damaged string prepared once for scoring against many candidates. */
export interface Prepared {
  /** The damaged string as given. */
  text: string;
  /** Lower-cased, same length. */
  lower: string;
  /** Per position: is this an out-of-place capital? */
  odd: number[];
  /** Per position: the one-to-one table edits whose damaged side is here. */
  single: Array<SingleEdit[] | undefined>;
  /** Per position: other table edits (groups) that match here. */
  multi: Array<Applicable[] | undefined>;
  /** Per position: cost of treating this character as inserted noise. */
  insert: number[];
  /** Per position: cost of a substitution the table does not list. */
  substitute: number[];
  /**
   * Dense copy of the one-to-one costs for the candidate letters a–z:
   * `az[i * 32 + (c - 96)]` is the cost of reading candidate char code `c`
   * as the damaged char at `i` (0 or oddCapital when they are the same letter).
   */
  az: number[];
  /**
   * Edits worth undoing to generate candidates (./suggest.ts): every group
   * edit, and single-letter edits the document taught (or very cheap ones).
   */
  undo: Undo[];
  /** The channel version this was prepared with. */
  version: number;
}

const MAX_GROUP = 3;

/** Cost of a candidate's ASCII letter missing from the damaged text. */
const DELETE_COST = new Float64Array(128).fill(GENERIC.delete);
for (const [ch, cost] of Object.entries(CHEAP_DELETE)) if (ch.charCodeAt(0) < 128) DELETE_COST[ch.charCodeAt(0)] = cost;

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isLetter = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();

/** Lower-cases without changing length (Unicode lower-casing can, e.g. İ). */
function lowerSameLength(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  let out = '';
  for (const ch of s) {
    const lc = ch.toLowerCase();
    out += lc.length === ch.length ? lc : ch;
  }
  return out;
}

/** A noisy channel with its own adaptation counts. Create with {@link createChannel}. */
export class Channel {
  /** Bumped whenever costs change; prepared strings of older versions are re-prepared. */
  version = 0;
  /** Number of corrections observed. */
  observations = 0;
  private readonly gain: number;
  private readonly floor: number;
  /** damaged text → entries (exact case). */
  private readonly byDamaged = new Map<string, Entry[]>();
  /** lower-cased damaged text → entries (for case-insensitive matches). */
  private readonly byDamagedLower = new Map<string, Entry[]>();
  /** Lower-cased first characters of damaged sides longer than one character. */
  private readonly groupStarts = new Set<string>();
  /** "correct\u0000damaged" → entry. */
  private readonly byKey = new Map<string, Entry>();
  private readonly counts = new Map<string, number>();
  private matrix = new Float64Array(256);
  /** Compiled edits per damaged piece, valid for `compiledVersion`. */
  private readonly compiled = new Map<string, CompiledPiece>();
  private compiledVersion = -1;
  /** The same for one-character ASCII pieces, by char code (no string hashing). */
  private readonly compiledAscii: Array<CompiledPiece | undefined> = new Array(128).fill(undefined);

  constructor(options: ChannelOptions = {}) {
    this.gain = options.adaptGain ?? 1.0;
    this.floor = options.minCost ?? 0.15;
    for (const c of options.confusions ?? CONFUSIONS) this.addEntry(c.correct, c.damaged, c.cost);
  }

  private addEntry(correct: string, damaged: string, cost: number): Entry {
    const key = `${correct}\u0000${damaged}`;
    const old = this.byKey.get(key);
    if (old) {
      if (cost < old.base) old.base = old.cost = cost;
      return old;
    }
    const e: Entry = { correct, damaged, base: cost, cost };
    this.byKey.set(key, e);
    const push = (m: Map<string, Entry[]>, k: string) => {
      const list = m.get(k);
      if (list) list.push(e);
      else m.set(k, [e]);
    };
    push(this.byDamaged, damaged);
    push(this.byDamagedLower, lowerSameLength(damaged));
    if (damaged.length > 1) this.groupStarts.add(lowerSameLength(damaged[0]));
    return e;
  }

  /** Current cost of turning `correct` into `damaged` by one table edit, or undefined. */
  entryCost(correct: string, damaged: string): number | undefined {
    return this.byKey.get(`${correct}\u0000${damaged}`)?.cost;
  }

  /** How often an edit was observed in this document. */
  count(correct: string, damaged: string): number {
    return this.counts.get(`${correct}\u0000${damaged}`) ?? 0;
  }

  /** Edits that the observations made cheaper than their table cost, cheapest first. */
  learned(): EditOp[] {
    const out: EditOp[] = [];
    for (const e of this.byKey.values()) if (e.cost < e.base) out.push({ correct: e.correct, damaged: e.damaged, cost: e.cost });
    return out.sort((a, b) => a.cost - b.cost);
  }

  /** Prepares a damaged string (no surrounding punctuation) for {@link cost}. */
  prepare(text: string): Prepared {
    const n = text.length;
    const lower = lowerSameLength(text);
    let letters = 0;
    let uppers = 0;
    // Plain arrays, not typed ones: a typed array's separate backing store
    // costs more to allocate than these few numbers are worth.
    const isLetterAt: number[] = new Array(n);
    const isUpperAt: number[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const up = c < 128 ? c >= 65 && c <= 90 : isUpper(text[i]);
      const letter = c < 128 ? up || (c >= 97 && c <= 122) : isLetter(text[i]);
      isLetterAt[i] = letter ? 1 : 0;
      isUpperAt[i] = up ? 1 : 0;
      if (letter) {
        letters++;
        if (up) uppers++;
      }
    }
    const allCaps = letters >= 2 && uppers === letters;
    const odd: number[] = new Array(n);
    const single: Array<SingleEdit[] | undefined> = new Array(n);
    const multi: Array<Applicable[] | undefined> = new Array(n);
    const insert: number[] = new Array(n);
    const substitute: number[] = new Array(n);
    const az: number[] = new Array(n * 32);
    const undo: Undo[] = [];
    if (this.compiledVersion !== this.version) {
      this.compiled.clear();
      this.compiledAscii.fill(undefined);
      this.compiledVersion = this.version;
    }
    for (let i = 0; i < n; i++) {
      const ch = text[i];
      substitute[i] = isLetterAt[i] ? GENERIC.substitute : GENERIC.substituteSymbol;
      odd[i] = i > 0 && !allCaps && isUpperAt[i] && isLetterAt[i - 1] ? 1 : 0;
      insert[i] = NOISE_INSERT[ch] ?? GENERIC.insert;
      const base = i * 32;
      const sub = substitute[i];
      for (let c = 0; c < 32; c++) az[base + c] = sub;
      const one = this.piece(ch);
      if (one.singles.length > 0) {
        single[i] = one.singles; // shared, read-only
        for (const e of one.singles) if (e.code >= 97 && e.code <= 122) az[base + e.code - 96] = e.cost;
      }
      let groups = one.groups;
      for (const u of one.undo) undo.push({ at: i, dlen: 1, correct: u.correct, cost: u.cost, learned: u.learned });
      // Longer damaged sides are looked up only where one can start.
      if (this.groupStarts.has(lower[i])) {
        for (let len = 2; len <= MAX_GROUP && i + len <= n; len++) {
          const more = this.piece(text.slice(i, i + len));
          if (more.groups.length === 0) continue;
          groups = groups.concat(more.groups);
          for (const u of more.undo) undo.push({ at: i, dlen: len, correct: u.correct, cost: u.cost, learned: u.learned });
        }
      }
      if (groups.length > 0) multi[i] = groups; // shared when unchanged, read-only
      const own = lower.charCodeAt(i);
      if (own >= 97 && own <= 122) az[base + own - 96] = odd[i] ? GENERIC.oddCapital : 0;
    }
    // What this document taught comes first: it is the best evidence there is.
    undo.sort((a, b) => Number(b.learned) - Number(a.learned) || a.cost - b.cost);
    return { text, lower, odd, single, multi, insert, substitute, az, undo, version: this.version };
  }

  /**
   * The table edits whose damaged side is `piece` (matched exactly, or
   * ignoring case for CASE_MISMATCH more), compiled once per channel version.
   */
  private piece(piece: string): CompiledPiece {
    const code = piece.length === 1 ? piece.charCodeAt(0) : 128;
    if (code < 128) {
      const quick = this.compiledAscii[code];
      if (quick) return quick;
    }
    const hit = this.compiled.get(piece);
    if (hit) return hit;
    const out: CompiledPiece = { singles: [], groups: [], undo: [] };
    const len = piece.length;
    const file = (e: Entry, cost: number) => {
      const isSingle = len === 1 && e.correct.length === 1;
      const learned = e.cost < e.base;
      if (!isSingle || learned || cost <= UNDO_SINGLE_MAX) {
        const u = out.undo.find((x) => x.correct === e.correct);
        if (!u) out.undo.push({ correct: e.correct, cost, learned });
        else if (cost < u.cost) {
          u.cost = cost;
          u.learned ||= learned;
        }
      }
      if (!isSingle) {
        out.groups.push({ dlen: len, correct: e.correct, cost });
        return;
      }
      const code = e.correct.charCodeAt(0);
      const s = out.singles.find((x) => x.code === code);
      if (!s) out.singles.push({ code, cost });
      else if (cost < s.cost) s.cost = cost;
    };
    for (const e of this.byDamaged.get(piece) ?? []) file(e, e.cost);
    for (const e of this.byDamagedLower.get(lowerSameLength(piece)) ?? []) {
      if (e.damaged !== piece) file(e, e.cost + GENERIC.caseMismatch);
    }
    this.compiled.set(piece, out);
    if (code < 128) this.compiledAscii[code] = out;
    return out;
  }

  /**
   * −log10 P(damaged | candidate): the cheapest weighted alignment of the
   * prepared damaged string with `candidate` (a lower-case lexicon key).
   * Returns Infinity as soon as every path costs more than `bound`.
   */
  cost(p: Prepared, candidate: string, bound = Infinity): number {
    const d = p.lower;
    const n = d.length;
    const m = candidate.length;
    const w = m + 1;
    const size = (n + 1) * w;
    if (this.matrix.length < size) this.matrix = new Float64Array(size * 2);
    const D = this.matrix;
    const az = p.az;
    D.fill(Infinity, 0, size);
    D[0] = 0;
    for (let i = 0; i <= n; i++) {
      const row = i * w;
      let rowMin = Infinity;
      for (let j = 0; j <= m; j++) {
        const here = D[row + j];
        if (here === Infinity) continue;
        if (here < rowMin) rowMin = here;
        if (here > bound) continue;
        // Deletion: the candidate's letter is missing from the damaged text.
        if (j < m) {
          const cj = candidate.charCodeAt(j);
          const del = here + (cj < 128 ? DELETE_COST[cj] : GENERIC.delete);
          if (del < D[row + j + 1]) D[row + j + 1] = del;
        }
        if (i === n) continue;
        // Insertion: the damaged character is noise.
        const ins = here + p.insert[i];
        if (ins < D[row + w + j]) D[row + w + j] = ins;
        if (j < m) {
          const cc = candidate.charCodeAt(j);
          let sub: number;
          if (cc >= 97 && cc <= 122) sub = az[i * 32 + cc - 96];
          else if (d.charCodeAt(i) === cc) sub = p.odd[i] ? GENERIC.oddCapital : 0;
          else sub = singleCost(p.single[i], cc) ?? p.substitute[i];
          const s = here + sub;
          if (s < D[row + w + j + 1]) D[row + w + j + 1] = s;
          // Two neighbours swapped.
          if (i + 1 < n && j + 1 < m && d.charCodeAt(i) === candidate.charCodeAt(j + 1) && d.charCodeAt(i + 1) === cc && d.charCodeAt(i) !== cc) {
            const t2 = here + GENERIC.transpose;
            const at = row + 2 * w + j + 2;
            if (t2 < D[at]) D[at] = t2;
          }
        }
        const groups = p.multi[i];
        if (groups) {
          for (const g of groups) {
            const cl = g.correct.length;
            if (j + cl > m || (cl > 0 && candidate.charCodeAt(j) !== g.correct.charCodeAt(0)) || !candidate.startsWith(g.correct, j)) continue;
            const at = (i + g.dlen) * w + j + cl;
            const v = here + g.cost;
            if (v < D[at]) D[at] = v;
          }
        }
      }
      if (rowMin > bound) return Infinity;
    }
    return D[n * w + m];
  }

  /**
   * The cheapest alignment of `damaged` with `correct` as a list of edits
   * (matches omitted). Used by {@link observe}, and by the OCR analysis for
   * every confident correction of a damaged document.
   */
  align(damaged: string, correct: string): { cost: number; ops: EditOp[] } {
    const p = this.prepare(damaged);
    const c = lowerSameLength(correct);
    const n = damaged.length;
    const m = c.length;
    const w = m + 1;
    const D = new Float64Array((n + 1) * w).fill(Infinity);
    const back: Array<{ from: number; op?: EditOp }> = new Array((n + 1) * w);
    D[0] = 0;
    // Whether reaching cell `at` at cost `v` beats the best way there so far
    // (recorded if so). The edit itself is made only when it does: most
    // tries do not, and an object per try was most of this function's cost.
    const improves = (at: number, v: number): boolean => {
      if (v < D[at]) {
        D[at] = v;
        return true;
      }
      return false;
    };
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= m; j++) {
        const here = D[i * w + j];
        if (here === Infinity) continue;
        const from = i * w + j;
        if (j < m) {
          const cost = CHEAP_DELETE[c[j]] ?? GENERIC.delete;
          if (improves(from + 1, here + cost)) back[from + 1] = { from, op: { correct: c[j], damaged: '', cost } };
        }
        if (i === n) continue;
        if (improves(from + w, here + p.insert[i])) back[from + w] = { from, op: { correct: '', damaged: damaged[i], cost: p.insert[i] } };
        if (j < m) {
          if (p.lower[i] === c[j]) {
            const cost = p.odd[i] ? GENERIC.oddCapital : 0;
            if (improves(from + w + 1, here + cost)) back[from + w + 1] = { from, op: cost ? { correct: c[j], damaged: damaged[i], cost } : undefined };
          } else {
            const cost = singleCost(p.single[i], c.charCodeAt(j)) ?? p.substitute[i];
            if (improves(from + w + 1, here + cost)) back[from + w + 1] = { from, op: { correct: c[j], damaged: damaged[i], cost } };
          }
          if (i + 1 < n && j + 1 < m && p.lower[i] === c[j + 1] && p.lower[i + 1] === c[j] && c[j] !== c[j + 1]) {
            const cost = GENERIC.transpose;
            if (improves(from + 2 * w + 2, here + cost)) back[from + 2 * w + 2] = { from, op: { correct: c.slice(j, j + 2), damaged: damaged.slice(i, i + 2), cost } };
          }
        }
        const groups = p.multi[i];
        if (groups) {
          for (const g of groups) {
            const cl = g.correct.length;
            if (j + cl > m || !c.startsWith(g.correct, j)) continue;
            const at = (i + g.dlen) * w + j + cl;
            if (improves(at, here + g.cost)) back[at] = { from, op: { correct: g.correct, damaged: damaged.slice(i, i + g.dlen), cost: g.cost } };
          }
        }
      }
    }
    const ops: EditOp[] = [];
    for (let at = n * w + m; at > 0 && back[at]; at = back[at].from) {
      const op = back[at].op;
      if (op) ops.push(op);
    }
    return { cost: D[n * w + m], ops: ops.reverse() };
  }

  /**
   * Makes a one-to-one edit cost at most `cost` in this channel (adding it
   * at the generic substitution cost when the table lacks it): what a
   * document's agreeing corrections taught when the evidence is how many
   * different words agree rather than how sure each one is (see the OCR
   * analysis). Never raises a cost, never goes below the channel's floor.
   */
  teach(correct: string, damaged: string, cost: number): void {
    if (!correct || !damaged) return;
    const e = this.byKey.get(`${correct}\u0000${damaged}`) ?? this.addEntry(correct, damaged, GENERIC.substitute);
    const next = Math.max(this.floor, Math.min(e.cost, cost));
    if (next === e.cost) return;
    e.cost = next;
    this.version++;
  }

  /**
   * Records that `damaged` was (confidently) a damaged `correct`: each edit
   * of their alignment is counted, and its cost drops by `adaptGain` per
   * decade of observations. Edits not in the table (a document's own
   * systematic damage, say w→S) are learned from their generic cost.
   * Returns the edits counted.
   */
  observe(damaged: string, correct: string): EditOp[] {
    const { ops } = this.align(damaged, correct);
    for (const op of ops) {
      // Pure insertions and deletions are too unspecific to learn from.
      if (!op.correct || !op.damaged) continue;
      const key = `${op.correct}\u0000${op.damaged}`;
      const count = (this.counts.get(key) ?? 0) + 1;
      this.counts.set(key, count);
      const e = this.byKey.get(key) ?? this.addEntry(op.correct, op.damaged, op.cost);
      e.cost = Math.max(this.floor, Math.min(e.base, e.base - this.gain * Math.log10(1 + count)));
    }
    this.observations++;
    this.version++;
    return ops;
  }
}

/** A fresh channel (one per document, so adaptation stays local to it). */
export function createChannel(options?: ChannelOptions): Channel {
  return new Channel(options);
}

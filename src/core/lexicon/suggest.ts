/**
 * Noisy-channel suggestions for a damaged word: rank lexicon words `w` by
 *
 *     score(w) = PRIOR_WEIGHT · zipf(w) − cost(damaged | w)
 *
 * i.e. log10 P(w) + log10 P(damaged | w) up to constants, with the cost from
 * ./channel.ts. Candidates come from bounded searches, never a scan, each
 * one only when the previous ones leave room for a better word:
 * 1. near: indexed words one edit away (SymSpell, ./symspell.ts), and exact
 *    probes of the damaged word with one or two table edits undone
 *    ("tirne" → "time", "RuCeia" → "russia");
 * 2. far: words two edits away, only those frequent enough to come near the
 *    best so far (two edits from a short word reach hundreds of words);
 * 3. expansion, when the best still costs a lot: up to three table edits
 *    undone (learned ones first, and a learned letter undone everywhere at
 *    once), each variant probed and the cheapest searched one edit wide
 *    ("FoFrrSing" → "follrsing" → "following");
 * 4. run-together words split in two ("ofthe" → "of the").
 *
 * Case, possessives, hyphenated parts and surrounding punctuation are taken
 * off first and put back on the correction ("RuCeia’s" → "Russia’s").
 * Answers are cached per channel until what the channel learned changes.
 */
import { applyCase, applyCaseText, casePattern, type CasePattern } from './case.js';
import { Channel, createChannel, type Prepared, type Undo } from './channel.js';
import { Flag } from './format.js';
import type { Lexicon } from './lexicon.js';
import { loadLexiconFile } from './load-node.js';
import { CandidateSet, lookup } from './symspell.js';

/** One suggestion, best first in a list. */
export interface Suggestion {
  /** The correction, in the damaged word's case, with its affixes. */
  word: string;
  /** PRIOR_WEIGHT · zipf − channel cost (higher is better; log10 scale). */
  score: number;
  /** Share of probability among the candidates and "the word is right as it is" (0..1). */
  confidence: number;
}

/** Options of one {@link suggest} call. */
export interface SuggestOptions {
  /** The lexicon (default: dist/lexicon.bin via ./load-node.ts). */
  lexicon?: Lexicon;
  /** The document's channel, to use what it learned (default: a shared, unadapted one). */
  channel?: Channel;
  /** How many suggestions at most (default 5). */
  max?: number;
  /** Reuse an earlier answer for the same word and channel state (default true; benchmarks turn it off). */
  cache?: boolean;
  /**
   * Extra log10 prior for a candidate key, e.g. from context (a word used
   * elsewhere in the document). Called for candidates only.
   */
  bonus?: (key: string) => number;
  /**
   * Only words one misreading away (step 1: one edit, or one or two table
   * edits undone), no wider search and no split: for asking what a real
   * word could be instead, where anything further is not a misreading of it
   * (default false).
   */
  nearOnly?: boolean;
}

/** Weight of the word prior against the channel cost (tuned on bench/eval-suggest.ts). */
const PRIOR_WEIGHT = 1.0;
/** Extra cost of suggesting something listed only as an abbreviation. */
const ABBREVIATION_COST = 1.0;
/**
 * Prior of "the word is right as it is" (an unknown word), by how it is
 * written: unknown names and acronyms are far commoner than unknown
 * lower-case words, so a capitalised "Lukin" or an all-caps "KCNA" needs a
 * much better candidate before the suggestion is confident.
 */
const NULL_ZIPF: Readonly<Record<CasePattern, number>> = { lower: 1.0, title: 3.0, upper: 3.5 };
/** Cost of a lost space between two words; less where a capital starts the second ("newsGovernment"). */
const SPLIT_COST = 1.3;
const SPLIT_COST_CAMEL = 0.3;
/** Minimum Zipf of each half of a split ("a", "of", "the" …). */
const SPLIT_MIN_ZIPF = 3.0;
/** Paths costing more than this are not worth scoring. */
const MAX_COST = 7;
/** Expansion runs only when the best nearby candidate costs more than this. */
const EXPAND_ABOVE_COST = 1.5;
/** Bounds on the expansion's work: edits considered, variants probed, variants searched. */
const MAX_EXPANSION_OPS = 8;
const MAX_TRIPLE_OPS = 6;
const MAX_VARIANTS = 40;
const SEARCHED_VARIANTS = 3;
/** Expansion hits must be at least this frequent (Zipf × 10), like the SymSpell index. */
const SUGGEST_MIN_ZIPF10 = 12;
/**
 * Far words (two edits not explained by the probed table edits) are looked
 * up only if their prior could bring them within FAR_RANK_MARGIN of the best
 * score so far, given that they cost at least FAR_MIN_COST (one generic edit
 * and a cheap one). Alternatives further behind matter only to confidence.
 */
const FAR_MIN_COST = 1.6;
const FAR_RANK_MARGIN = 1.0;
/** The far search is skipped for words this long whose best candidate costs at most SKIP_FAR_COST. */
const SKIP_FAR_LENGTH = 6;
const SKIP_FAR_COST = 1.0;
/** …and for words this long whose best candidate costs at most SKIP_FAR_COST_LONG. */
const SKIP_FAR_LENGTH_LONG = 9;
const SKIP_FAR_COST_LONG = 2.0;
/** Single-letter table edits at most this dear are undone by the exact probes. */
const PROBE_SINGLE_MAX = 1.2;
/** Cap on exact probes per word. */
const MAX_PROBES = 40;
/** Largest context bonus a caller's `bonus` may add (keeps the pruning sound). */
const MAX_BONUS = 3;
/**
 * Zipf × 10 a distance-2 candidate needs, by query length: a damaged 2–3
 * letter word is almost always a common word, and distance 2 from it reaches
 * hundreds of rare ones.
 */
function farFloor(length: number): number {
  return length <= 3 ? 40 : length === 4 ? 30 : length === 5 ? 20 : 0;
}
/** Answers cached per channel before the cache starts over. */
const MAX_CACHED = 5000;
/** Longest word considered (longer tokens are not words that OCR damaged). */
const MAX_LENGTH = 40;

/** Zero-width characters that OCR and scraping leave inside words. */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;
/** Something to correct at all. */
const HAS_LETTER = /\p{L}/u;
/** A token of ASCII letters and digits only (the common case). */
const PLAIN = /^[A-Za-z0-9]+$/;
/** Leading and trailing characters that are not part of the word. */
const EDGE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;

/** A scored candidate before case and affixes go back on. */
interface Scored {
  /** Lexicon id, or -1 for a split. */
  id: number;
  /** The split's text (lower case) when id is -1. */
  text: string;
  score: number;
  /** The channel cost part of the score. */
  cost: number;
  /** For a split: the two halves' ids and where the second starts. */
  left?: number;
  right?: number;
  at?: number;
}

/** Work done so far by a suggester (for benchmarks). */
export interface SuggestStats {
  /** Suggestions computed (cache misses). */
  computed: number;
  /** SymSpell buckets visited. */
  buckets: number;
  /** Postings read from the SymSpell index. */
  scanned: number;
  /** Candidates checked by edit distance. */
  verified: number;
  /** Channel costs computed. */
  scored: number;
  /** Exact probes of undone table edits. */
  probes: number;
  /** Wide expansions run. */
  expansions: number;
}

/** Suggestions over one lexicon, with reusable scratch space and a cache. */
export class Suggester {
  private readonly counters = { computed: 0, scored: 0, probes: 0, expansions: 0 };
  private readonly candidates: CandidateSet;
  private readonly caches = new WeakMap<Channel, { version: number; map: Map<string, Suggestion[]> }>();
  private readonly defaultChannel = createChannel();
  /** Scratch buffer for variants probed without making strings. */
  private buffer = new Uint16Array(64);
  /** Scratch arrays of {@link probe}. */
  private readonly probeScratch = {
    at: [] as number[],
    dlen: [] as number[],
    fix: [] as string[],
    cost: [] as number[],
    order: [] as number[],
    pairA: [] as number[],
    pairB: [] as number[],
    pairCost: [] as number[],
    pairOrder: [] as number[],
    /** The pairs the selection may pick, where each sits in pairOrder, and each pair's index among them (-1: none). */
    cheap: [] as number[],
    cheapAt: [] as number[],
    cheapOf: [] as number[],
    /** The cheap pairs (indexes into `cheap`) by cost, then each cost level by position. */
    byCost: [] as number[],
  };
  /** Scratch of {@link probe}: pair costs, partly ordered to find the cut. */
  private pairCostSorted = new Float64Array(256);
  /** Scratch of {@link byFrequency}: packed sort keys. */
  private sortKeys = new Uint32Array(256);

  constructor(readonly lexicon: Lexicon) {
    this.candidates = new CandidateSet();
  }

  /** Work done so far. */
  stats(): SuggestStats {
    const c = this.candidates;
    return { ...this.counters, buckets: c.buckets, scanned: c.scanned, verified: c.verified };
  }

  /** Suggestions for `word`, best first (empty when nothing plausible). */
  suggest(word: string, options: Omit<SuggestOptions, 'lexicon'> = {}): Suggestion[] {
    const channel = options.channel ?? this.defaultChannel;
    const max = options.max ?? 5;
    // Damaged words repeat within a document ("tbe" a hundred times): cache
    // per channel, until what the channel learned changes.
    const cacheable = options.bonus === undefined && options.cache !== false;
    let cache: Map<string, Suggestion[]> | undefined;
    const nearOnly = options.nearOnly === true;
    const key = `${nearOnly ? 'n' : ''}${max}\u0000${word}`;
    if (cacheable) {
      let entry = this.caches.get(channel);
      if (!entry || entry.version !== channel.version || entry.map.size > MAX_CACHED) {
        entry = { version: channel.version, map: new Map() };
        this.caches.set(channel, entry);
      }
      cache = entry.map;
      const hit = cache.get(key);
      if (hit) return hit.slice();
    }
    this.counters.computed++;
    const out = this.compute(word, channel, max, options.bonus, nearOnly);
    cache?.set(key, out);
    return cache ? out.slice() : out;
  }


  private compute(word: string, channel: Channel, max: number, bonus?: (key: string) => number, nearOnly = false): Suggestion[] {
    let lead = '';
    let core = word;
    let trail = '';
    // Most tokens are plain letters and digits: skip the Unicode regexes for them.
    if (!PLAIN.test(word)) {
      const m = EDGE.exec(word.replace(INVISIBLE, ''));
      if (!m) return [];
      [, lead, core, trail] = m;
    }
    // Possessives: suggest for the base and keep the ending as written.
    const pos = /(['’][sS])$/.exec(core);
    if (pos && core.length > 3) {
      trail = pos[1] + trail;
      core = core.slice(0, -2);
    }
    if (core.length === 0 || core.length > MAX_LENGTH) return [];
    // Hyphenated compounds: repair the parts that are not words.
    if (/[-‐‑]/.test(core)) return this.compound(core, lead, trail, channel, max, bonus);
    const pattern = casePattern(core);
    const ranked = this.rank(core, channel, max, bonus, NULL_ZIPF[pattern], nearOnly);
    return ranked.map((s) => ({
      word: lead + this.render(s, pattern, core) + trail,
      score: s.score,
      confidence: s.confidence,
    }));
  }

  /** Writes a scored candidate in the damaged word's case. */
  private render(s: Scored, pattern: CasePattern, damaged = ''): string {
    // A leading capital I that stands for l ("Iiberty") is damage, not case.
    if (pattern === 'title' && damaged.startsWith('I') && s.text.startsWith('l') && damaged.length > 1 && damaged[1] === damaged[1].toLowerCase()) {
      pattern = 'lower';
    }
    if (s.id >= 0) return applyCase(this.lexicon, s.id, pattern);
    if (s.left === undefined || s.right === undefined || s.at === undefined) return applyCaseText(s.text, pattern);
    // A split keeps each half's own case: "newsGovernment" → "news Government".
    const lex = this.lexicon;
    return `${applyCase(lex, s.left, casePattern(damaged.slice(0, s.at)))} ${applyCase(lex, s.right, casePattern(damaged.slice(s.at)))}`;
  }

  /** "weFr-known" → "well-known": each non-word part replaced by its best suggestion. */
  private compound(core: string, lead: string, trail: string, channel: Channel, max: number, bonus?: (key: string) => number): Suggestion[] {
    const parts = core.split(/([-‐‑])/);
    let score = 0;
    let confidence = 1;
    let changed = false;
    for (let i = 0; i < parts.length; i += 2) {
      const part = parts[i];
      if (part === '' || this.lexicon.has(part) || !/\p{L}/u.test(part)) continue;
      const best = this.rank(part, channel, 1, bonus, NULL_ZIPF[casePattern(part)])[0];
      if (!best) return [];
      parts[i] = this.render(best, casePattern(part), part);
      score += best.score;
      confidence *= best.confidence;
      changed = true;
    }
    if (!changed) return [];
    return [{ word: lead + parts.join('') + trail, score, confidence }].slice(0, max);
  }

  /** The top `max` candidates for a bare word, with confidences. */
  private rank(
    core: string,
    channel: Channel,
    max: number,
    bonus: ((key: string) => number) | undefined,
    nullZipf: number,
    nearOnly = false,
  ): Array<Scored & { confidence: number }> {
    const lex = this.lexicon;
    const prep = channel.prepare(core);
    const query = prep.lower.includes('’') ? prep.lower.replace(/’/g, "'") : prep.lower;
    const selfId = lex.find(query);
    const cands = this.candidates;
    cands.clear();
    if (!HAS_LETTER.test(query)) return [];
    // 1. Near words (one edit), and the word with one or two cheap table
    //    edits undone (exact probes: "tirne" → "time").
    lookup(lex, query, 1, cands);
    this.probe(prep, query, cands);
    const top: Scored[] = [];
    this.score(prep, channel, cands.ids, 0, selfId, top, max, bonus);
    // 2. Far words (two edits): hundreds for a short word, so only those
    //    frequent enough to come near the best so far.
    // A long word whose damage the table already explains cheaply has no
    // rival two edits away frequent enough to matter: skip the far search.
    const explained =
      nearOnly ||
      (top.length > 0 &&
      ((top[0].cost <= SKIP_FAR_COST && query.length >= SKIP_FAR_LENGTH) || (top[0].cost <= SKIP_FAR_COST_LONG && query.length >= SKIP_FAR_LENGTH_LONG)));
    if (query.length >= 2 && !explained) {
      const before = cands.ids.length;
      const best = top.length > 0 ? top[0].score : -Infinity;
      const beat = Math.floor(10 * (best - FAR_RANK_MARGIN + FAR_MIN_COST - (bonus ? MAX_BONUS : 0)));
      lookup(lex, query, 2, cands, Math.max(1, farFloor(query.length), beat));
      if (cands.ids.length > before) this.score(prep, channel, cands.ids, before, selfId, top, max, bonus, FAR_MIN_COST);
    }
    // Expansion finds words three or more edits away. When the nearby words
    // already include one that table edits explain cheaply, such a far word
    // would need a much higher prior to win; skip the work.
    if (!nearOnly && (top.length === 0 || top[0].cost > EXPAND_ABOVE_COST)) {
      const before = cands.ids.length;
      this.counters.expansions++;
      this.expand(prep, query, cands);
      if (cands.ids.length > before) this.score(prep, channel, cands.ids, before, selfId, top, max, bonus);
    }
    let worst = top.length >= max ? top[top.length - 1].score : -Infinity;
    for (const s of nearOnly ? [] : this.splits(query, prep.text)) {
      if (top.length < max || s.score > worst) worst = insertTop(top, s, max);
    }

    // Confidence: normalise over the candidates kept and the null hypothesis.
    const selfZipf = selfId >= 0 && lex.isWordId(selfId) ? lex.zipfOf(selfId) : 0;
    const nullScore = PRIOR_WEIGHT * Math.max(nullZipf, selfZipf);
    let total = Math.pow(10, nullScore);
    for (const s of top) total += Math.pow(10, s.score);
    // Written out, not spread: this runs for every suggestion, and spreading objects of varying shapes is slow.
    return top.map((s) => ({ id: s.id, text: s.text, score: s.score, cost: s.cost, left: s.left, right: s.right, at: s.at, confidence: Math.pow(10, s.score) / total }));
  }

  /**
   * Exact probes: the damaged word with one, or two, of its table edits
   * undone, looked up as is. Cheap (a hash probe each) and it finds most
   * OCR damage of one or two known confusions before any wider search.
   */
  private probe(prep: Prepared, query: string, cands: CandidateSet): void {
    const n = query.length;
    // Edits as parallel arrays (reused): position, damaged length, correct text, cost.
    const { at, dlen, fix, cost, order } = this.probeScratch;
    let m = 0;
    for (let i = 0; i < n; i++) {
      const singles = prep.single[i];
      if (singles) {
        for (const e of singles) {
          if (e.cost > PROBE_SINGLE_MAX) continue;
          at[m] = i;
          dlen[m] = 1;
          fix[m] = String.fromCharCode(e.code);
          cost[m] = e.cost;
          m++;
        }
      }
      const groups = prep.multi[i];
      if (groups) {
        for (const g of groups) {
          at[m] = i;
          dlen[m] = g.dlen;
          fix[m] = g.correct;
          cost[m] = g.cost;
          m++;
        }
      }
    }
    if (m === 0) return;
    // Cheapest first (insertion sort: a few dozen edits at most).
    for (let i = 0; i < m; i++) {
      let j = i;
      while (j > 0 && cost[order[j - 1]] > cost[i]) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    if (this.buffer.length < 2 * n + 16) this.buffer = new Uint16Array(2 * n + 16);
    let probes = 0;
    for (let a = 0; a < m && probes < MAX_PROBES; a++, probes++) {
      const x = order[a];
      this.probeOne(query, at[x], dlen[x], fix[x], n, 0, '', cands);
    }
    // Pairs, cheapest total first (the cheapest single with everything else
    // first would starve pairs of two moderately cheap edits).
    const { pairA, pairB, pairCost, pairOrder } = this.probeScratch;
    let pairs = 0;
    for (let a = 0; a < m; a++) {
      for (let b = a + 1; b < m; b++) {
        if (at[a] < at[b] + dlen[b] && at[b] < at[a] + dlen[a]) continue;
        pairA[pairs] = a;
        pairB[pairs] = b;
        pairCost[pairs] = cost[a] + cost[b];
        pairOrder[pairs] = pairs;
        pairs++;
      }
    }
    const wanted = Math.min(pairs, MAX_PROBES - probes);
    if (wanted <= 0) return;
    // Which `wanted` pairs, in which order: a partial selection sort of
    // pairOrder by cost (each step swaps the first cheapest remaining pair
    // into place), whose choice among equal costs decides which pairs make
    // the cut. It only ever picks pairs no dearer than the wanted-th cheapest
    // cost, so only those are considered (tracking where the swaps move
    // them); the result is the same, at a fraction of the work.
    if (this.pairCostSorted.length < pairs) this.pairCostSorted = new Float64Array(2 * pairs);
    const costs = this.pairCostSorted;
    for (let i = 0; i < pairs; i++) costs[i] = pairCost[i];
    const threshold = selectNth(costs, pairs, wanted - 1);
    const { cheap, cheapAt, cheapOf } = this.probeScratch;
    let cheapCount = 0;
    for (let i = 0; i < pairs; i++) {
      // pairOrder is the identity here: pair i sits at position i.
      if (pairCost[i] <= threshold) {
        cheapOf[i] = cheapCount;
        cheap[cheapCount] = i;
        cheapAt[cheapCount++] = i;
      } else {
        cheapOf[i] = -1;
      }
    }
    // The selection picks by rising cost. Within one cost, it picks by position,
    // and those positions do not change while that cost is being picked: a
    // swap only moves the pair at the front, which is dearer (were it as
    // cheap, it would be the one picked). So each cost level is sorted by
    // position once, and picked in that order.
    const { byCost } = this.probeScratch;
    // By cost, keeping the order of equal costs: an insertion sort, as the
    // cheap pairs are a few dozen (the wanted ones and their ties), and a
    // sort with a comparator to call cost more than the probes it orders.
    byCost.length = cheapCount;
    for (let q = 0; q < cheapCount; q++) {
      const c = pairCost[cheap[q]];
      let b = q;
      while (b > 0 && pairCost[cheap[byCost[b - 1]]] > c) {
        byCost[b] = byCost[b - 1];
        b--;
      }
      byCost[b] = q;
    }
    let i = 0;
    for (let k = 0; k < cheapCount && i < wanted; ) {
      const levelCost = pairCost[cheap[byCost[k]]];
      let e = k + 1;
      while (e < cheapCount && pairCost[cheap[byCost[e]]] === levelCost) e++;
      // Insertion sort of the level by position (levels are small).
      for (let a = k + 1; a < e; a++) {
        const q = byCost[a];
        let b = a;
        while (b > k && cheapAt[byCost[b - 1]] > cheapAt[q]) {
          byCost[b] = byCost[b - 1];
          b--;
        }
        byCost[b] = q;
      }
      for (let l = k; l < e && i < wanted; l++, i++) {
        const pick = byCost[l];
        const best = cheapAt[pick];
        const moved = pairOrder[i];
        pairOrder[i] = pairOrder[best];
        pairOrder[best] = moved;
        cheapAt[pick] = i;
        if (best !== i && cheapOf[moved] >= 0) cheapAt[cheapOf[moved]] = best;
        let x = pairA[pairOrder[i]];
        let y = pairB[pairOrder[i]];
        if (at[x] > at[y]) {
          const u = x;
          x = y;
          y = u;
        }
        this.probeOne(query, at[x], dlen[x], fix[x], at[y], dlen[y], fix[y], cands);
      }
      k = e;
    }
  }

  /**
   * Probes `query` with [at1, at1 + dlen1) replaced by `fix1` and, when
   * `at2` < length, [at2, at2 + dlen2) by `fix2` (at1 < at2), assembled in
   * the scratch buffer.
   */
  private probeOne(query: string, at1: number, dlen1: number, fix1: string, at2: number, dlen2: number, fix2: string, cands: CandidateSet): void {
    const buf = this.buffer;
    const n = query.length;
    let w = 0;
    for (let i = 0; i < at1; i++) buf[w++] = query.charCodeAt(i);
    for (let i = 0; i < fix1.length; i++) buf[w++] = fix1.charCodeAt(i);
    const end1 = at2 < n ? at2 : n;
    for (let i = at1 + dlen1; i < end1; i++) buf[w++] = query.charCodeAt(i);
    if (at2 < n) {
      for (let i = 0; i < fix2.length; i++) buf[w++] = fix2.charCodeAt(i);
      for (let i = at2 + dlen2; i < n; i++) buf[w++] = query.charCodeAt(i);
    }
    this.counters.probes++;
    const lex = this.lexicon;
    const id = lex.findCodes(buf, w, true);
    if (id >= 0 && lex.isWordId(id) && lex.zipf10[id] >= SUGGEST_MIN_ZIPF10) cands.add(id);
  }



  /**
   * Scores candidate ids `candidates[from..]` into the best-first list `top`
   * (at most `max`). Most frequent first, so the bound on the channel cost
   * tightens early.
   */
  private score(prep: Prepared, channel: Channel, candidates: number[], from: number, selfId: number, top: Scored[], max: number, bonus?: (key: string) => number, minCost = 0): void {
    const lex = this.lexicon;
    const ids = this.byFrequency(candidates, from, selfId);
    let worst = top.length >= max ? top[top.length - 1].score : -Infinity;
    const maxBonus = bonus ? MAX_BONUS : 0;
    for (const id of ids) {
      let prior = PRIOR_WEIGHT * lex.zipfOf(id);
      // Sorted by frequency: once even a free edit cannot beat the worst kept, nothing later can.
      if (top.length >= max && prior + maxBonus - minCost <= worst) break;
      if (lex.flags[id] & Flag.ABBREV) prior -= ABBREVIATION_COST;
      const key = lex.keyOf(id);
      if (bonus) prior += Math.min(MAX_BONUS, bonus(key));
      const bound = top.length >= max ? Math.min(MAX_COST, prior - worst) : MAX_COST;
      if (bound <= 0) continue;
      this.counters.scored++;
      const cost = channel.cost(prep, key, bound);
      if (cost > bound) continue;
      worst = insertTop(top, { id, text: key, score: prior - cost, cost }, max);
    }
  }

  /**
   * `candidates[from..]` without `selfId`, most frequent first (a stable
   * sort: equally frequent ones keep their order). Each candidate's
   * frequency and flags are read in one loop of independent loads, so their
   * cache misses overlap instead of coming one by one in the scoring loop;
   * the sort is a typed array's own numeric sort of (rarity, position) pairs
   * packed into one number, with no comparator to call.
   */
  private byFrequency(candidates: number[], from: number, selfId: number): number[] {
    const lex = this.lexicon;
    const count = candidates.length - from;
    if (this.sortKeys.length < count) this.sortKeys = new Uint32Array(2 * count);
    const keys = this.sortKeys;
    let n = 0;
    let touch = 0;
    for (let c = from; c < candidates.length; c++) {
      const id = candidates[c];
      if (id === selfId) continue;
      // Rarity (255 − zipf10) in the high bits, the position in the low 22.
      keys[n] = (((255 - lex.zipf10[id]) << 22) | (c - from)) >>> 0;
      touch ^= lex.flags[id];
      n++;
    }
    touchedFlags = touch;
    const sorted = keys.subarray(0, n).sort();
    const ids: number[] = new Array(n);
    for (let i = 0; i < n; i++) ids[i] = candidates[from + (sorted[i] & 0x3fffff)];
    return ids;
  }

  /**
   * Confusion expansion: undo up to three of the damaged word's cheapest
   * table edits (group edits, and single letters the document taught).
   * Every variant is looked up exactly (a hash probe); the few cheapest are
   * also searched within distance 1, which finds two group edits plus one
   * stray letter ("FoFrrSing" → "follrsing" → "following").
   */
  private expand(prep: Prepared, query: string, cands: CandidateSet): void {
    const undos = prep.undo.length > MAX_EXPANSION_OPS ? prep.undo.slice(0, MAX_EXPANSION_OPS) : prep.undo;
    if (undos.length === 0) return;
    const lex = this.lexicon;
    const variants: Array<{ text: string; cost: number }> = [];
    // Positions are in the original string: splice right to left so they stay valid.
    const splice = (t: string, u: Undo) => t.slice(0, u.at) + u.correct + t.slice(u.at + u.dlen);
    const overlaps = (x: Undo, y: Undo) => x.at < y.at + y.dlen && y.at < x.at + x.dlen;
    const byPos = (x: Undo, y: Undo): [Undo, Undo] => (x.at > y.at ? [x, y] : [y, x]);
    const triples = undos.length <= MAX_TRIPLE_OPS;
    for (let a = 0; a < undos.length; a++) {
      const ua = undos[a];
      variants.push({ text: splice(query, ua), cost: ua.cost });
      for (let b = a + 1; b < undos.length; b++) {
        const ub = undos[b];
        if (overlaps(ua, ub)) continue;
        const [r1, r2] = byPos(ua, ub);
        variants.push({ text: splice(splice(query, r1), r2), cost: ua.cost + ub.cost });
        if (!triples) continue;
        for (let c = b + 1; c < undos.length; c++) {
          const uc = undos[c];
          if (overlaps(ua, uc) || overlaps(ub, uc)) continue;
          const three = [ua, ub, uc].sort((x, y) => y.at - x.at);
          variants.push({ text: splice(splice(splice(query, three[0]), three[1]), three[2]), cost: ua.cost + ub.cost + uc.cost });
        }
      }
    }
    variants.sort((x, y) => x.cost - y.cost);
    // Systematic damage: a learned single-letter edit undone everywhere at once
    // ("txmxrrxw" → "tomorrow" once the document taught o→x), tried first.
    const systematic = new Map<string, string>();
    for (const u of undos) if (u.learned && u.dlen === 1 && u.correct.length === 1) systematic.set(query[u.at], u.correct);
    // These are probed exactly; they do not use up the wider searches.
    const seen = new Set<string>([query]);
    const probeText = (text: string) => {
      const id = lex.findSuggestable(text);
      if (id >= 0 && lex.isWordId(id) && lex.zipf10[id] >= SUGGEST_MIN_ZIPF10) cands.add(id);
    };
    for (const [damaged, correct] of systematic) {
      const all = query.split(damaged).join(correct);
      for (const text of [all, ...[...systematic].filter(([d2]) => d2 !== damaged).map(([d2, c2]) => all.split(d2).join(c2))]) {
        if (seen.has(text)) continue;
        seen.add(text);
        probeText(text);
      }
    }
    let searched = 0;
    let probed = 0;
    for (const v of variants) {
      if (probed >= MAX_VARIANTS) break;
      if (seen.has(v.text)) continue;
      seen.add(v.text);
      probed++;
      probeText(v.text);
      if (searched < SEARCHED_VARIANTS) {
        lookup(lex, v.text, 1, cands);
        searched++;
      }
    }
  }

  /** Run-together words: "ofthe" → "of the", both halves common words (`original`: the word as written). */
  private splits(query: string, original: string): Scored[] {
    const lex = this.lexicon;
    const out: Scored[] = [];
    if (query.length < 4 || !/^\p{L}+$/u.test(query)) return out;
    for (let k = 1; k < query.length; k++) {
      const left = query.slice(0, k);
      const right = query.slice(k);
      if (k === 1 && left !== 'a' && left !== 'i') continue;
      if (right.length === 1 && right !== 'a' && right !== 'i') continue;
      const l = lex.findSuggestable(left);
      if (l < 0) continue;
      const r = lex.findSuggestable(right);
      if (l < 0 || r < 0 || !lex.isWordId(l) || !lex.isWordId(r)) continue;
      const zl = lex.zipfOf(l);
      const zr = lex.zipfOf(r);
      if (zl < SPLIT_MIN_ZIPF || zr < SPLIT_MIN_ZIPF) continue;
      // P(left) · P(right), per billion words: (zl − 9) + (zr − 9) + 9.
      const before = original[k - 1];
      const after = original[k];
      const camel = before === before.toLowerCase() && after !== after.toLowerCase() && after === after.toUpperCase();
      const cost = camel ? SPLIT_COST_CAMEL : SPLIT_COST;
      out.push({ id: -1, text: `${left} ${right}`, score: PRIOR_WEIGHT * (zl + zr - 9) - cost, cost, left: l, right: r, at: k });
    }
    return out;
  }
}

/**
 * The `nth` smallest (0-based) of `a[0..length)`, by quickselect (the
 * array's order is lost). Linear on average; a typed array's own sort costs
 * more than the whole search it serves here.
 */
function selectNth(a: Float64Array, length: number, nth: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (nth <= j) hi = j;
    else if (nth >= i) lo = i;
    else return a[nth];
  }
  return a[nth];
}

/** Inserts into a best-first list capped at `max`; returns the worst kept score. */
function insertTop(top: Scored[], s: Scored, max: number): number {
  let i = top.length;
  while (i > 0 && top[i - 1].score < s.score) i--;
  if (i < max) {
    top.splice(i, 0, s);
    if (top.length > max) top.length = max;
  }
  return top.length >= max ? top[top.length - 1].score : -Infinity;
}

/** Keeps the touching loads of {@link Suggester.byFrequency} from being optimised away. */
let touchedFlags = 0;

const suggesters = new WeakMap<Lexicon, Suggester>();

/** The (cached) suggester of a lexicon. */
export function suggesterFor(lexicon: Lexicon): Suggester {
  let s = suggesters.get(lexicon);
  if (!s) suggesters.set(lexicon, (s = new Suggester(lexicon)));
  return s;
}

/**
 * Suggestions for a damaged word, best first: `[{ word, score, confidence }]`.
 * Keeps the word's case and possessive ("RuCeia’s" → "Russia’s"). Pass a
 * document's `channel` (from `createChannel()`) to use what it learned.
 */
export function suggest(word: string, options: SuggestOptions = {}): Suggestion[] {
  const lexicon = options.lexicon ?? loadLexiconFile();
  return suggesterFor(lexicon).suggest(word, options);
}

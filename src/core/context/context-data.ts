/**
 * The context data of the `ocr/real-word` rule: how often words and adjacent
 * word pairs occur in 3.8 M words of edited English, which real words one
 * OCR-like edit away from a word are worth considering instead, and which
 * damaged forms of well-known names ("Untied States") to look for. Built by
 * `scripts/build-context.mjs` into `dist/context.bin` (layout: ./format.ts).
 *
 * Loading does no per-entry work: every table is a typed-array view on the
 * file's bytes, and only the two word lists are decoded (a few ms). Lookups
 * hash the text while folding case, so the common case allocates nothing.
 */
import { openSections } from '../lexicon/sections.js';
import { FORMAT_VERSION, fnv1a, MAGIC, Section, sequenceKey, type ContextMeta } from './format.js';

/** A word that may have been meant instead of a written one. */
export interface Neighbour {
  /** The word (lower case). */
  word: string;
  /** Zipf frequency of the word (log10 per billion words). */
  zipf: number;
  /** −log10 relative probability of the edit that turns it into the written word. */
  cost: number;
  /** {@link ContextData.pairPrefix} of the word, for pairing it with the next word. */
  prefix: number;
}

/** A damaged name found by {@link ContextData.nameDamage}. */
export interface NameDamage {
  /** The name's words in their usual case ("United", "States"). */
  name: readonly string[];
  /** Which of its words was damaged. */
  position: number;
  /** How often the name was seen in the counted text. */
  count: number;
}

/** The written word's entry in the neighbour index. */
export interface NeighbourSet {
  /** Zipf frequency of the written word. */
  readonly zipf: number;
  /** Its candidates, cheapest edit first. */
  readonly candidates: readonly Neighbour[];
}

/**
 * A sorted table of u32 hash keys with a bucket index on their top bits, so
 * a look-up bisects the three or four keys of one bucket instead of the
 * whole table (about 18 scattered reads for the 290,000 pairs, each a
 * likely cache miss, become two reads of the index and two or three reads
 * next to each other). Where each bucket starts is found the first time the
 * bucket is asked for, by one bisection, and remembered: loading does no
 * pass over the keys (cold code at start-up costs the CLI milliseconds),
 * and a warm process answers from the index alone.
 */
class KeyIndex {
  /** Index of the first key of each bucket, -1 until asked for; one more entry for the end. */
  private readonly starts: Int32Array;
  private readonly shift: number;
  private readonly bucketSize: number;

  constructor(readonly keys: Uint32Array) {
    // About four keys per bucket; at least 2^8 buckets, at most 2^18.
    let bits = 8;
    while (bits < 18 && 2 ** (bits + 2) < keys.length) bits++;
    this.shift = 32 - bits;
    this.bucketSize = 2 ** this.shift;
    this.starts = new Int32Array(2 ** bits + 1).fill(-1);
    this.starts[2 ** bits] = keys.length;
  }

  /** Index of `key` in the keys, or -1. */
  find(key: number): number {
    const keys = this.keys;
    const b = key >>> this.shift;
    let lo = this.starts[b];
    if (lo < 0) lo = this.starts[b] = this.lowerBound(b * this.bucketSize);
    let hi = this.starts[b + 1];
    if (hi < 0) hi = this.starts[b + 1] = this.lowerBound((b + 1) * this.bucketSize);
    hi--;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid];
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** Index of the first key at least `value` (the number of keys when none is). */
  private lowerBound(value: number): number {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Continues a pair key after its first word's hash `h`: the space between the two words. */
function afterSpace(h: number): number {
  return Math.imul(h ^ 0x20, 0x01000193) >>> 0;
}

const NO_NEIGHBOURS: readonly Neighbour[] = [];
/** Slots of the pair-count memory, less one (a power of two, less one). */
const PAIR_MEMO_MASK = (1 << 14) - 1;
/** Words remembered by {@link ContextData.neighbours} before the memory starts over. */
const WORD_MEMO_LIMIT = 50_000;

/** Loaded context data. Create with {@link loadContext}. */
export class ContextData {
  readonly meta: ContextMeta;
  /** Words that may be suggested, by id. */
  readonly words: readonly string[];
  private readonly wordZipf: Uint8Array;
  private readonly uniKeys: KeyIndex;
  private readonly uniCounts: Uint32Array;
  private readonly pairKeys: KeyIndex;
  private readonly pairCounts: Uint16Array;
  private readonly nbKeys: KeyIndex;
  private readonly nbStarts: Uint32Array;
  private readonly nbEntries: Uint32Array;
  private readonly nbZipf: Uint8Array;
  private readonly names: ReadonlyArray<readonly string[]>;
  private readonly nameCounts: Uint32Array;
  private readonly nameKeys: KeyIndex;
  private readonly nameValues: Uint32Array;
  /** Decoded neighbour sets, by neighbour-index slot (built on first use). */
  private readonly decoded = new Map<number, NeighbourSet>();
  /** Neighbour sets by word as written (null: none), for words repeated through a document; bounded. */
  private readonly neighboursByWord = new Map<string, NeighbourSet | null>();
  /** The memory of {@link pairCountAfter}: key and count per slot (-1: empty). */
  private readonly pairMemoKey = new Uint32Array(PAIR_MEMO_MASK + 1);
  private readonly pairMemoCount = new Int32Array(PAIR_MEMO_MASK + 1).fill(-1);

  constructor(input: Uint8Array) {
    const { raw, u32, u16 } = openSections(input, 'context', MAGIC, FORMAT_VERSION);
    const utf8 = new TextDecoder('utf-8');
    const lines = (id: number): string[] => {
      const text = utf8.decode(raw(id));
      return text === '' ? [] : text.split('\n');
    };
    this.meta = JSON.parse(utf8.decode(raw(Section.META))) as ContextMeta;
    this.words = lines(Section.WORDS);
    this.wordZipf = raw(Section.WORD_ZIPF);
    this.uniKeys = new KeyIndex(u32(Section.UNI_KEYS));
    this.uniCounts = u32(Section.UNI_COUNTS);
    this.pairKeys = new KeyIndex(u32(Section.PAIR_KEYS));
    this.pairCounts = u16(Section.PAIR_COUNTS);
    this.nbKeys = new KeyIndex(u32(Section.NB_KEYS));
    this.nbStarts = u32(Section.NB_STARTS);
    this.nbEntries = u32(Section.NB_ENTRIES);
    this.nbZipf = raw(Section.NB_ZIPF);
    this.names = lines(Section.NAMES).map((line) => line.split(' '));
    this.nameCounts = u32(Section.NAME_COUNTS);
    this.nameKeys = new KeyIndex(u32(Section.NAME_KEYS));
    this.nameValues = u32(Section.NAME_VALUES);
  }

  /** How often `word` was counted (any case); 0 when rare or unseen. */
  count(word: string): number {
    const i = this.uniKeys.find(fnv1a(word));
    return i < 0 ? 0 : this.uniCounts[i];
  }

  /** How often `a` was directly followed by `b` (any case); 0 when seen fewer than twice. */
  pairCount(a: string, b: string): number {
    return this.pairCountAfter(this.pairPrefix(a), b);
  }

  /**
   * The hash state of a pair key after its first word `a` and the space:
   * computed once, it makes {@link pairCountAfter} hash only the second
   * word, for callers that pair one word with many (candidates).
   */
  pairPrefix(a: string): number {
    return afterSpace(fnv1a(a));
  }

  /** {@link pairCount} of `a` and `b`, given `prefix = pairPrefix(a)`. */
  pairCountAfter(prefix: number, b: string): number {
    const h = fnv1a(b, prefix);
    // Prose repeats its word pairs: a small direct-mapped memory of answers
    // by key, kept in the CPU cache, saves the table's scattered reads.
    const slot = h & PAIR_MEMO_MASK;
    if (this.pairMemoCount[slot] >= 0 && this.pairMemoKey[slot] === h) return this.pairMemoCount[slot];
    const i = this.pairKeys.find(h);
    const count = i < 0 ? 0 : this.pairCounts[i];
    this.pairMemoKey[slot] = h;
    this.pairMemoCount[slot] = count;
    return count;
  }

  /**
   * The real words one OCR-like edit away from `word` that the data can
   * argue for, or undefined when there are none (the common case: one hash
   * and one bisection).
   */
  neighbours(word: string): NeighbourSet | undefined {
    const known = this.neighboursByWord.get(word);
    if (known !== undefined) return known ?? undefined;
    if (this.neighboursByWord.size >= WORD_MEMO_LIMIT) this.neighboursByWord.clear();
    const set = this.lookUpNeighbours(word);
    this.neighboursByWord.set(word, set ?? null);
    return set;
  }

  /** {@link neighbours} without the memory by word. */
  private lookUpNeighbours(word: string): NeighbourSet | undefined {
    const slot = this.nbKeys.find(fnv1a(word));
    if (slot < 0) return undefined;
    let set = this.decoded.get(slot);
    if (!set) {
      const out: Neighbour[] = [];
      for (let e = this.nbStarts[slot]; e < this.nbStarts[slot + 1]; e++) {
        const v = this.nbEntries[e];
        const id = v >>> 8;
        const word = this.words[id];
        out.push({ word, zipf: this.wordZipf[id] / 10, cost: (v & 0xff) / 10, prefix: this.pairPrefix(word) });
      }
      set = { zipf: this.nbZipf[slot] / 10, candidates: out.length > 0 ? out : NO_NEIGHBOURS };
      this.decoded.set(slot, set);
    }
    return set;
  }

  /**
   * The known name that `words` (as written, 2 or 3 of them) are a damaged
   * form of, or undefined. The caller checks case; this checks that every
   * word but the damaged one is the name's.
   */
  nameDamage(words: readonly string[]): NameDamage | undefined {
    const i = this.nameKeys.find(sequenceKey(words));
    if (i < 0) return undefined;
    const v = this.nameValues[i];
    const id = v >>> 8;
    const position = (v >>> 4) & 0xf;
    const name = this.names[id];
    if (!name || name.length !== words.length || position >= name.length) return undefined;
    for (let k = 0; k < name.length; k++) {
      const same = words[k].toLowerCase() === name[k].toLowerCase();
      if (same === (k === position)) return undefined; // a collision: the other words must match, the damaged one must not
    }
    return { name, position, count: this.nameCounts[id] };
  }
}

/** Loads context data from the bytes of `dist/context.bin`. */
export function loadContext(bytes: Uint8Array): ContextData {
  return new ContextData(bytes);
}

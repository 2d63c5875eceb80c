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
import { FORMAT_VERSION, fnv1a, MAGIC, Section, sequenceKey, type ContextMeta } from './format.js';

/** A word that may have been meant instead of a written one. */
export interface Neighbour {
  /** The word (lower case). */
  word: string;
  /** Zipf frequency of the word (log10 per billion words). */
  zipf: number;
  /** −log10 relative probability of the edit that turns it into the written word. */
  cost: number;
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
  zipf: number;
  /** Its candidates, cheapest edit first. */
  candidates: readonly Neighbour[];
}

/** Reads the section table of a context file. */
function readSections(bytes: Uint8Array): Map<number, { at: number; length: number }> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== MAGIC) throw new Error('not a context file (bad magic)');
  const version = view.getUint32(4, true);
  if (version !== FORMAT_VERSION) throw new Error(`context format ${version}, expected ${FORMAT_VERSION}: run \`npm run build\``);
  const count = view.getUint32(8, true);
  const sections = new Map<number, { at: number; length: number }>();
  for (let i = 0; i < count; i++) {
    sections.set(view.getUint32(12 + i * 12, true), { at: view.getUint32(16 + i * 12, true), length: view.getUint32(20 + i * 12, true) });
  }
  return sections;
}

/** Index of `key` in the sorted `keys`, or -1. */
function bisect(keys: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid];
    if (k < key) lo = mid + 1;
    else if (k > key) hi = mid - 1;
    else return mid;
  }
  return -1;
}

const NO_NEIGHBOURS: readonly Neighbour[] = [];

/** Loaded context data. Create with {@link loadContext}. */
export class ContextData {
  readonly meta: ContextMeta;
  /** Words that may be suggested, by id. */
  readonly words: readonly string[];
  private readonly wordZipf: Uint8Array;
  private readonly uniKeys: Uint32Array;
  private readonly uniCounts: Uint32Array;
  private readonly pairKeys: Uint32Array;
  private readonly pairCounts: Uint16Array;
  private readonly nbKeys: Uint32Array;
  private readonly nbStarts: Uint32Array;
  private readonly nbEntries: Uint32Array;
  private readonly nbZipf: Uint8Array;
  private readonly names: ReadonlyArray<readonly string[]>;
  private readonly nameCounts: Uint32Array;
  private readonly nameKeys: Uint32Array;
  private readonly nameValues: Uint32Array;
  /** Decoded candidate lists, by neighbour-index slot (built on first use). */
  private readonly decoded = new Map<number, readonly Neighbour[]>();

  constructor(input: Uint8Array) {
    // Typed-array views need 4-byte alignment; Node's pooled small buffers may not have it.
    const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
    const sections = readSections(bytes);
    const raw = (id: number): Uint8Array => {
      const s = sections.get(id);
      if (!s) throw new Error(`context file lacks section ${id}: run \`npm run build\``);
      return bytes.subarray(s.at, s.at + s.length);
    };
    const u32 = (id: number): Uint32Array => {
      const b = raw(id);
      return new Uint32Array(b.buffer, b.byteOffset, b.byteLength >>> 2);
    };
    const u16 = (id: number): Uint16Array => {
      const b = raw(id);
      return new Uint16Array(b.buffer, b.byteOffset, b.byteLength >>> 1);
    };
    const utf8 = new TextDecoder('utf-8');
    const lines = (id: number): string[] => {
      const text = utf8.decode(raw(id));
      return text === '' ? [] : text.split('\n');
    };
    this.meta = JSON.parse(utf8.decode(raw(Section.META))) as ContextMeta;
    this.words = lines(Section.WORDS);
    this.wordZipf = raw(Section.WORD_ZIPF);
    this.uniKeys = u32(Section.UNI_KEYS);
    this.uniCounts = u32(Section.UNI_COUNTS);
    this.pairKeys = u32(Section.PAIR_KEYS);
    this.pairCounts = u16(Section.PAIR_COUNTS);
    this.nbKeys = u32(Section.NB_KEYS);
    this.nbStarts = u32(Section.NB_STARTS);
    this.nbEntries = u32(Section.NB_ENTRIES);
    this.nbZipf = raw(Section.NB_ZIPF);
    this.names = lines(Section.NAMES).map((line) => line.split(' '));
    this.nameCounts = u32(Section.NAME_COUNTS);
    this.nameKeys = u32(Section.NAME_KEYS);
    this.nameValues = u32(Section.NAME_VALUES);
  }

  /** How often `word` was counted (any case); 0 when rare or unseen. */
  count(word: string): number {
    const i = bisect(this.uniKeys, fnv1a(word));
    return i < 0 ? 0 : this.uniCounts[i];
  }

  /** How often `a` was directly followed by `b` (any case); 0 when seen fewer than twice. */
  pairCount(a: string, b: string): number {
    const h = fnv1a(b, Math.imul(fnv1a(a) ^ 0x20, 0x01000193) >>> 0);
    const i = bisect(this.pairKeys, h);
    return i < 0 ? 0 : this.pairCounts[i];
  }

  /**
   * The real words one OCR-like edit away from `word` that the data can
   * argue for, or undefined when there are none (the common case: one hash
   * and one bisection).
   */
  neighbours(word: string): NeighbourSet | undefined {
    const slot = bisect(this.nbKeys, fnv1a(word));
    if (slot < 0) return undefined;
    let list = this.decoded.get(slot);
    if (!list) {
      const out: Neighbour[] = [];
      for (let e = this.nbStarts[slot]; e < this.nbStarts[slot + 1]; e++) {
        const v = this.nbEntries[e];
        const id = v >>> 8;
        out.push({ word: this.words[id], zipf: this.wordZipf[id] / 10, cost: (v & 0xff) / 10 });
      }
      list = out.length > 0 ? out : NO_NEIGHBOURS;
      this.decoded.set(slot, list);
    }
    return { zipf: this.nbZipf[slot] / 10, candidates: list };
  }

  /**
   * The known name that `words` (as written, 2 or 3 of them) are a damaged
   * form of, or undefined. The caller checks case; this checks that every
   * word but the damaged one is the name's.
   */
  nameDamage(words: readonly string[]): NameDamage | undefined {
    const i = bisect(this.nameKeys, sequenceKey(words));
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

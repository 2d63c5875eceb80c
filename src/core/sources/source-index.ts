/**
 * The source index: the writer's sources (interview transcripts, press
 * releases, official texts) cut into compared words (./words.ts) and indexed
 * by word trigram, once, so that each quote is looked up rather than
 * scanned for.
 *
 * Layout: the words of every source in one run of parallel typed arrays
 * (source offsets, interned key ids), each source owning a range of it; a map
 * from hashed key trigrams to the positions where they start (postings).
 * Trigrams never cross from one source into the next.
 *
 * Markdown sources are matched against their prose: the core's Markdown
 * extraction (`prose/markdown.ts`) gives each block's text with an offset map,
 * so a word's offsets still point into the source text as written.
 */
import { defaultLexicon } from '../lexicon/default.js';
import { splitChunks } from '../prose/chunk.js';
import { extractMarkdownProse } from '../prose/markdown.js';
import { createLineIndex, type LineIndex } from '../text/line-index.js';
import type { Format } from '../types.js';
import { CORRECTION_BUDGET_PER_INDEX } from './sources-data.js';
import { forEachWord, wordKey } from './words.js';
import { partitionPoint } from '../util/partition-point.js';

/** A source as the caller hands it over. */
export interface SourceDocument {
  /** How findings name it: a workspace-relative path, a file path or a URI string. */
  id: string;
  /** Its text (BOM stripped, as `decodeDocument` gives it). */
  text: string;
  format: Format;
}

/** One indexed source. */
export interface IndexedSource {
  id: string;
  text: string;
  format: Format;
  /** Its words are positions `[first, end)` of the index. */
  first: number;
  end: number;
}

/** Growable parallel arrays of the words while indexing. */
class WordColumns {
  key: Int32Array;
  raw: Int32Array;
  unknown: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  length = 0;

  constructor(capacity = 1024) {
    this.key = new Int32Array(capacity);
    this.raw = new Int32Array(capacity);
    this.unknown = new Uint8Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
  }

  push(key: number, raw: number, unknown: boolean, start: number, end: number): void {
    if (this.length === this.key.length) this.grow();
    const i = this.length++;
    this.key[i] = key;
    this.raw[i] = raw;
    this.unknown[i] = unknown ? 1 : 0;
    this.start[i] = start;
    this.end[i] = end;
  }

  private grow(): void {
    const n = this.key.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.key = grown(this.key, (k) => new Int32Array(k));
    this.raw = grown(this.raw, (k) => new Int32Array(k));
    this.unknown = grown(this.unknown, (k) => new Uint8Array(k));
    this.start = grown(this.start, (k) => new Int32Array(k));
    this.end = grown(this.end, (k) => new Int32Array(k));
  }
}

/**
 * The indexed sources. Build it with {@link buildSourceIndex}; it is
 * immutable afterwards, so one index can serve any number of checks.
 */
export class SourceIndex {
  readonly sources: readonly IndexedSource[];
  /** Per position: interned id of the (corrected) key, of the raw key, whether the lexicon knows the word. */
  readonly key: Int32Array;
  readonly raw: Int32Array;
  readonly unknown: Uint8Array;
  /** Per position: the word's offsets in its source's text. */
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Interned keys, by id. */
  readonly words: readonly string[];
  private readonly ids: ReadonlyMap<string, number>;
  private readonly postings: ReadonlyMap<number, number[]>;
  /** Positions of each key id: `occurrences[occurrenceStart[id] .. occurrenceStart[id + 1])`. */
  private readonly occurrenceStart: Int32Array;
  private readonly occurrences: Int32Array;
  private readonly lineIndexes = new Map<number, LineIndex>();

  /** @internal use {@link buildSourceIndex}. */
  constructor(sources: IndexedSource[], columns: WordColumns, ids: Map<string, number>, words: string[]) {
    this.sources = sources;
    const n = columns.length;
    this.key = columns.key.slice(0, n);
    this.raw = columns.raw.slice(0, n);
    this.unknown = columns.unknown.slice(0, n);
    this.start = columns.start.slice(0, n);
    this.end = columns.end.slice(0, n);
    this.ids = ids;
    this.words = words;
    const postings = new Map<number, number[]>();
    for (const s of sources) {
      for (let p = s.first; p + 2 < s.end; p++) {
        const h = trigramHash(this.key[p], this.key[p + 1], this.key[p + 2]);
        const list = postings.get(h);
        if (list) list.push(p);
        else postings.set(h, [p]);
      }
    }
    this.postings = postings;
    // Positions by key id, as one counting sort.
    const starts = new Int32Array(words.length + 1);
    for (let p = 0; p < n; p++) starts[this.key[p] + 1]++;
    for (let id = 0; id < words.length; id++) starts[id + 1] += starts[id];
    const fill = starts.slice(0, words.length);
    const occurrences = new Int32Array(n);
    for (let p = 0; p < n; p++) occurrences[fill[this.key[p]]++] = p;
    this.occurrenceStart = starts;
    this.occurrences = occurrences;
  }

  /** Positions of a key id, in order (empty for -1). */
  occurrencesOf(id: number): Int32Array {
    if (id < 0 || id + 1 >= this.occurrenceStart.length) return this.occurrences.subarray(0, 0);
    return this.occurrences.subarray(this.occurrenceStart[id], this.occurrenceStart[id + 1]);
  }

  /** Number of indexed words across all sources. */
  get size(): number {
    return this.key.length;
  }

  /** The interned id of a key, or -1 when no source has that word. */
  idOf(key: string): number {
    return this.ids.get(key) ?? -1;
  }

  /** Positions where the trigram of these key ids starts (empty when none). */
  postingsOf(a: number, b: number, c: number): readonly number[] {
    return this.postings.get(trigramHash(a, b, c)) ?? EMPTY;
  }

  /** The index of the source holding position `p`. */
  sourceAt(p: number): number {
    // The last source starting at or before p (the first always does).
    return Math.max(0, partitionPoint(this.sources.length, (i) => this.sources[i].first <= p) - 1);
  }

  /** 0-based line and UTF-16 column of an offset in source `s`. */
  position(s: number, offset: number): { line: number; character: number } {
    let lines = this.lineIndexes.get(s);
    if (!lines) this.lineIndexes.set(s, (lines = createLineIndex(this.sources[s].text)));
    const { line, column } = lines.position(offset);
    return { line: line - 1, character: column - 1 };
  }
}

const EMPTY: readonly number[] = [];

/** Hash of three key ids (collisions only cost a wasted alignment). */
export function trigramHash(a: number, b: number, c: number): number {
  let h = Math.imul(a + 1, 0x9e3779b1);
  h = Math.imul(h ^ (b + 1), 0x85ebca6b);
  h = Math.imul(h ^ (c + 1), 0xc2b2ae35);
  return (h ^ (h >>> 15)) >>> 0;
}

/**
 * Indexes the writer's sources. Linear in their total size (each distinct
 * word the lexicon does not know costs one suggester look-up, within a
 * budget). Never throws; sources with no words are kept but match nothing.
 */
export function buildSourceIndex(documents: readonly SourceDocument[]): SourceIndex {
  const lex = defaultLexicon();
  const budget = { left: CORRECTION_BUDGET_PER_INDEX };
  const ids = new Map<string, number>();
  const words: string[] = [];
  const intern = (key: string): number => {
    let id = ids.get(key);
    if (id === undefined) {
      id = words.length;
      ids.set(key, id);
      words.push(key);
    }
    return id;
  };
  const columns = new WordColumns();
  const sources: IndexedSource[] = [];
  for (const doc of documents) {
    const first = columns.length;
    const addWord = (word: string, start: number, end: number): void => {
      const k = wordKey(word, lex, budget);
      const raw = intern(k.raw);
      for (const part of k.corrected) columns.push(intern(part), raw, k.unknown, start, end);
    };
    forEachProse(doc.text, doc.format, (text, toSource, toSourceEnd) => {
      forEachWord(text, (word, at) => addWord(word, toSource(at), toSourceEnd(at + word.length)));
    });
    sources.push({ id: doc.id, text: doc.text, format: doc.format, first, end: columns.length });
  }
  return new SourceIndex(sources, columns, ids, words);
}

type ProseVisitor = (text: string, toSource: (i: number) => number, toSourceEnd: (i: number) => number) => void;

/**
 * Calls `visit` with each stretch of prose of a source and how its offsets
 * map back: plain text is its own prose; Markdown goes through the core's
 * prose extraction, chunk by chunk.
 */
function forEachProse(text: string, format: Format, visit: ProseVisitor): void {
  if (format !== 'markdown') {
    const same = (i: number): number => i;
    visit(text, same, same);
    return;
  }
  for (const { start, end } of splitChunks(text, format)) {
    const chunk = text.slice(start, end);
    for (const block of extractMarkdownProse(chunk)) {
      visit(
        block.text,
        (i) => start + block.map.toSource(i),
        (i) => start + block.map.toSourceEnd(i),
      );
    }
  }
}

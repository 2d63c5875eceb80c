/**
 * A cache of analysed chunks, keyed by the chunk's source text.
 *
 * Why by text and not by position: after an edit, every chunk after the edit
 * moves, but its text does not. Looking chunks up by text lets the engine
 * reuse all of them and re-analyse only the one that changed; the document
 * then just records the new `base` of each (see `document.ts`).
 *
 * The cache keeps exactly the chunks used by the latest analysis (plus those
 * of the one before, so that undo is cheap), so it never grows beyond about
 * twice the document.
 */
import type { AnalyzedBlock, Format } from '../types.js';

/** Analysed blocks of one chunk, with chunk-relative offsets. */
export type ChunkAnalysis = AnalyzedBlock[];

export interface ChunkCache {
  /** The analysis cached for this source, if any; marks it as used. */
  get(format: Format, source: string): ChunkAnalysis | undefined;
  set(format: Format, source: string, analysis: ChunkAnalysis): void;
  /** Called once per analysis: forgets what the last two analyses did not use. */
  endRun(): void;
  /** Hits and misses since creation, for benchmarks and tests. */
  readonly stats: { hits: number; misses: number };
}

/** Creates an empty chunk cache (one per open document). */
export function createChunkCache(): ChunkCache {
  let previous = new Map<string, ChunkAnalysis>();
  let current = new Map<string, ChunkAnalysis>();
  const stats = { hits: 0, misses: 0 };
  // The format is part of the key: the same text is prose in one format and
  // Markdown syntax in the other.
  const key = (format: Format, source: string) => (format === 'markdown' ? 'm' : 'p') + source;

  return {
    stats,
    get(format, source) {
      const k = key(format, source);
      const found = current.get(k) ?? previous.get(k);
      if (found) {
        stats.hits++;
        current.set(k, found);
      } else {
        stats.misses++;
      }
      return found;
    },
    set(format, source, analysis) {
      current.set(key(format, source), analysis);
    },
    endRun() {
      previous = current;
      current = new Map();
    },
  };
}

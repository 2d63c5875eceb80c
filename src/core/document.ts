/**
 * The analysed document every rule reads.
 *
 * A document is cut into chunks (runs of Markdown blocks or plain-text
 * paragraphs separated by blank lines). Each chunk is parsed and tokenised on
 * its own, with offsets relative to the chunk, so that an edit only re-analyses
 * the chunks it touched: the engine caches chunks by their source text and
 * only has to move `base` for the rest.
 */
import { perBlock } from './engine/block-memo.js';
import type { AnalyzedBlock, Format, Token } from './types.js';

/** A chunk of the source and the prose blocks found in it. */
export interface Chunk {
  /** Document offset where the chunk's source starts. */
  base: number;
  /** The chunk's source text (`document.text.slice(base, base + source.length)`). */
  source: string;
  /** Prose blocks, with chunk-relative offsets. */
  blocks: AnalyzedBlock[];
}

/** What rules see. */
export interface Document {
  /** The full source text (BOM stripped). */
  text: string;
  format: Format;
  chunks: Chunk[];
}

/** A block together with the document offset its chunk starts at. */
export interface PlacedBlock {
  block: AnalyzedBlock;
  base: number;
}

/**
 * Every prose block of the document, in order, with its chunk base. An
 * array, not a generator: rules walk it once per check, and resuming a
 * generator per block costs more than the list does.
 */
export function placedBlocks(doc: Document): PlacedBlock[] {
  const placed: PlacedBlock[] = [];
  for (const chunk of doc.chunks) {
    for (const block of chunk.blocks) placed.push({ block, base: chunk.base });
  }
  return placed;
}

/**
 * Spans every block of the document yields, in block order, with document
 * offsets. `compute` sees one block (and the chunk it sits in, for rules
 * that read the chunk's source around the prose) and returns its spans with
 * chunk-relative offsets; its result is memoised on the block under `key`
 * (see `perBlock` in ./engine/block-memo.ts), so a re-check after an edit
 * recomputes only the blocks that changed and just moves the rest by their
 * chunk's `base`. The memoised spans are copied, never changed.
 * @param key names what is computed, unique per rule and result (as for `perBlock`).
 */
export function placeBlockSpans<T extends { start: number; end: number }>(
  doc: Document,
  key: string,
  compute: (block: AnalyzedBlock, chunk: Chunk) => readonly T[],
): T[] {
  const placed: T[] = [];
  for (const chunk of doc.chunks) {
    for (const block of chunk.blocks) {
      for (const span of perBlock(block, key, (b) => compute(b, chunk))) placed.push({ ...span, start: chunk.base + span.start, end: chunk.base + span.end });
    }
  }
  return placed;
}

/** Document offsets of a token. */
export function tokenSpan(token: Token, base: number): { start: number; end: number } {
  return { start: base + token.sourceStart, end: base + token.sourceEnd };
}

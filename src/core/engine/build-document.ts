/**
 * Turns source text into the analysed {@link Document} that rules read:
 * cut into chunks, extract each chunk's prose, tokenise it and find its
 * sentences — reusing cached chunks whose text has not changed.
 */
import type { Chunk, Document } from '../document.js';
import { splitChunks } from '../prose/chunk.js';
import { extractProse } from '../prose/index.js';
import { analyzeBlock } from '../text/analyze.js';
import type { Format } from '../types.js';
import type { ChunkCache } from './chunk-cache.js';

/**
 * Builds the document. With a cache, only chunks whose text is new are
 * parsed; the others are reused as they are, with their new `base`.
 */
export function buildDocument(text: string, format: Format, cache?: ChunkCache): Document {
  const chunks: Chunk[] = [];
  for (const { start, end } of splitChunks(text, format)) {
    const source = text.slice(start, end);
    let blocks = cache?.get(format, source);
    if (!blocks) {
      blocks = extractProse(source, format).map(analyzeBlock);
      cache?.set(format, source, blocks);
    }
    chunks.push({ base: start, source, blocks });
  }
  cache?.endRun();
  return { text, format, chunks };
}

/**
 * Prose from plain text: the chunk is one paragraph, read verbatim.
 */
import type { ProseBlock } from '../types.js';
import { forEachLine, isPlainBlank } from './lines.js';
import { identityMap } from './offset-map.js';

/**
 * The chunk as one `paragraph` block, without the blank lines that may lead or
 * trail it (the chunker normally leaves none). The text is a single slice of
 * the chunk and the map the identity, so offsets are exact by construction.
 * A chunk with nothing but white space has no prose.
 */
export function extractPlainProse(chunk: string): ProseBlock[] {
  let start = -1;
  let end = 0;
  forEachLine(chunk, (line) => {
    if (isPlainBlank(chunk, line.start, line.end)) return;
    if (start < 0) start = line.start;
    end = line.end;
  });
  if (start < 0) return [];
  return [{ kind: 'paragraph', text: chunk.slice(start, end), start, end, map: identityMap(start, end - start) }];
}

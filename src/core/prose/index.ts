/**
 * Prose extraction: from a chunk of source to the prose blocks in it, each
 * with a map from prose offsets back to chunk offsets.
 */
import type { Format, ProseBlock } from '../types.js';
import { extractMarkdownProse } from './markdown.js';
import { extractPlainProse } from './plaintext.js';

export { splitChunks } from './chunk.js';
export { extractMarkdownProse } from './markdown.js';
export { extractPlainProse } from './plaintext.js';

/**
 * The prose blocks of one chunk (as cut by `splitChunks`), with chunk-relative
 * offsets. Never throws.
 */
export function extractProse(chunk: string, format: Format): ProseBlock[] {
  return format === 'markdown' ? extractMarkdownProse(chunk) : extractPlainProse(chunk);
}

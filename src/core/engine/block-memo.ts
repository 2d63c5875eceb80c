/**
 * Per-block memory for rules.
 *
 * The chunk cache hands back the very same `AnalyzedBlock` objects for text
 * that did not change, so anything a rule computes from one block alone can
 * be remembered on that object and reused on the next check. This is what
 * keeps a re-check after one keystroke cheap: rules redo only the edited
 * block's work, then combine the per-block results across the document.
 *
 * Results must depend on the block alone (and the chunk's source, which is
 * the cache key), and must use chunk-relative offsets; callers add the
 * chunk's `base`.
 */
import type { AnalyzedBlock } from '../types.js';

const memory = new WeakMap<AnalyzedBlock, Map<string, unknown>>();

/**
 * Returns `compute(block)`, computed once per block and `key`.
 * @param key names what is computed, e.g. `text/dropped`; unique per rule and result.
 */
export function perBlock<T>(block: AnalyzedBlock, key: string, compute: (block: AnalyzedBlock) => T): T {
  let entries = memory.get(block);
  if (!entries) {
    entries = new Map();
    memory.set(block, entries);
  }
  if (entries.has(key)) return entries.get(key) as T;
  const value = compute(block);
  entries.set(key, value);
  return value;
}

/**
 * Per-block memory for rules.
 *
 * The chunk cache hands back the very same `AnalyzedBlock` objects for text
 * that did not change, so anything a rule computes from one block alone can
 * be remembered with that object and reused on the next check. This is what
 * keeps a re-check after one keystroke cheap: rules redo only the edited
 * block's work, then combine the per-block results across the document.
 *
 * Results must depend on the block alone (and the chunk's source, which is
 * the cache key), and must use chunk-relative offsets; callers add the
 * chunk's `base`.
 */
import { AnalyzedBlockRecord } from '../text/analyze.js';
import type { AnalyzedBlock } from '../types.js';

/** Slot of each key in an {@link AnalyzedBlockRecord}'s memory, in order of first use. */
const slots = new Map<string, number>();
/** Marks a slot not computed yet (a result may itself be `undefined`). */
const UNSET = Symbol('unset');

/**
 * Memory of blocks made some other way (tests build their own): one weak
 * map per key, each from block to value.
 */
const memories = new Map<string, WeakMap<AnalyzedBlock, unknown>>();

/**
 * Returns `compute(block)`, computed once per block and `key`.
 * @param key names what is computed, e.g. `text/dropped`; unique per rule and result.
 */
export function perBlock<T>(block: AnalyzedBlock, key: string, compute: (block: AnalyzedBlock) => T): T {
  if (block instanceof AnalyzedBlockRecord) {
    // The engine's blocks carry their own memory: an array read, no weak-map work.
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = slots.size;
      slots.set(key, slot);
    }
    const memo = block.memo();
    while (memo.length <= slot) memo.push(UNSET);
    const found = memo[slot];
    if (found !== UNSET) return found as T;
    const value = compute(block);
    memo[slot] = value;
    return value;
  }
  let memory = memories.get(key);
  if (!memory) {
    memory = new WeakMap();
    memories.set(key, memory);
  }
  const found = memory.get(block);
  if (found !== undefined || memory.has(block)) return found as T;
  const value = compute(block);
  memory.set(block, value);
  return value;
}

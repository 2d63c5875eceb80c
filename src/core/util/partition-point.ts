/**
 * Binary search over anything sorted, by index: the one place the lower-bound
 * loop is written for code that is not on a per-token hot path (the
 * tokenizer's and the suggester's inner loops keep their own, closure-free).
 */

/**
 * The number of leading indices in `[0, length)` for which `before(i)`
 * holds, given that it holds for a prefix and fails for the rest (the
 * "partition point", as C++ and Rust call it). `before` is called about
 * log2(length) times.
 *
 * @example
 *   // First item starting at or after `offset`:
 *   partitionPoint(items.length, (i) => items[i].start < offset)
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

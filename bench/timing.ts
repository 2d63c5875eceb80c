/** Timing shared by the benchmark scripts. */

/** Median wall time of `fn` in milliseconds over `runs` runs, after one warm-up. */
export function median(runs: number, fn: () => void): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

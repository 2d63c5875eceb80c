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

/**
 * Median wall times of several functions timed in alternation (one run of
 * each per round, after one warm-up each), so that a burst of load from
 * another process on a shared machine hits all of them alike rather than
 * one whole series. Use it whenever two figures are compared with each other.
 */
export function interleavedMedians(runs: number, fns: ReadonlyArray<() => void>): number[] {
  for (const fn of fns) fn();
  const times = fns.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const t0 = performance.now();
      fn();
      times[k].push(performance.now() - t0);
    });
  }
  return times.map((ts) => {
    ts.sort((a, b) => a - b);
    return ts[Math.floor(ts.length / 2)];
  });
}

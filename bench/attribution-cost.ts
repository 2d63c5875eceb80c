/**
 * What attribution adds to a full check (issue 4's target: < 30% on the
 * 200,000-word plaintext document), measured so that it can be read on a
 * shared, busy machine.
 *
 * Timing a full check with and without the quote/* rules and subtracting
 * the two is noisy: the difference is small beside either whole, and a
 * burst of load from another process lands on one side of the subtraction.
 * So each round builds the document afresh (the rules memoise per block, so a
 * document they have seen costs them nothing) and times its parts within
 * that one check: the build, the quote/* rules, and the other rules. The
 * round's ratio is the quote/* rules' time over the rest of the same check
 * (build + other rules), i.e. what they add to a check without them. The
 * two groups of rules run in alternating order, so neither always pays for
 * the other's garbage. Many rounds; median and quartiles of the per-round
 * ratios, in CPU time (`process.cpuUsage`, which another process's load
 * does not add to) beside wall time.
 */
import { buildDocument, runRules, type Rule } from '../src/core/index.js';

/** The figures of one measurement, in percent added by the quote/* rules. */
export interface AttributionCost {
  rounds: number;
  /** Median wall time of a whole check (build + all rules), in ms. */
  fullMs: number;
  /** Median wall time of the quote/* rules alone, in ms. */
  quoteMs: number;
  /** Per-round wall-time ratios: quartiles and median. */
  wall: { q1: number; median: number; q3: number };
  /** Per-round CPU-time ratios: quartiles and median. */
  cpu: { q1: number; median: number; q3: number };
}

interface Clock {
  wall: number;
  cpu: number;
}

function now(): Clock {
  const u = process.cpuUsage();
  return { wall: performance.now(), cpu: (u.user + u.system) / 1000 };
}

function since(t: Clock): Clock {
  const n = now();
  return { wall: n.wall - t.wall, cpu: n.cpu - t.cpu };
}

function quartiles(values: number[]): { q1: number; median: number; q3: number } {
  const s = [...values].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.round(p * (s.length - 1)))];
  return { q1: at(0.25), median: at(0.5), q3: at(0.75) };
}

/**
 * Measures what the quote/* rules among `rules` add to a full plaintext check
 * of `text`, over `rounds` fresh builds (after two warm-up rounds).
 */
export function measureAttributionCost(text: string, rules: readonly Rule[], rounds = 25): AttributionCost {
  const quoteRules = rules.filter((r) => r.id.startsWith('quote/'));
  const otherRules = rules.filter((r) => !r.id.startsWith('quote/'));
  const wallRatios: number[] = [];
  const cpuRatios: number[] = [];
  const full: number[] = [];
  const quote: number[] = [];
  for (let i = -2; i < rounds; i++) {
    const t0 = now();
    const doc = buildDocument(text, 'plaintext');
    const build = since(t0);
    const timed = (group: readonly Rule[]): Clock => {
      const t = now();
      runRules(doc, { rules: group });
      return since(t);
    };
    let q: Clock;
    let o: Clock;
    if (i % 2 === 0) {
      q = timed(quoteRules);
      o = timed(otherRules);
    } else {
      o = timed(otherRules);
      q = timed(quoteRules);
    }
    if (i < 0) continue;
    wallRatios.push((100 * q.wall) / (build.wall + o.wall));
    cpuRatios.push((100 * q.cpu) / Math.max(1e-6, build.cpu + o.cpu));
    full.push(build.wall + q.wall + o.wall);
    quote.push(q.wall);
  }
  return {
    rounds,
    fullMs: quartiles(full).median,
    quoteMs: quartiles(quote).median,
    wall: quartiles(wallRatios),
    cpu: quartiles(cpuRatios),
  };
}

/** One line for the benchmark's report. */
export function formatAttributionCost(c: AttributionCost): string {
  const r = (x: { q1: number; median: number; q3: number }) => `${x.median.toFixed(1)}% (quartiles ${x.q1.toFixed(1)}–${x.q3.toFixed(1)}%)`;
  return (
    `attribution (quote/* rules), 200,000-word plaintext: full check ${c.fullMs.toFixed(1)} ms, of which the quote/* rules ${c.quoteMs.toFixed(1)} ms; ` +
    `adds ${r(c.cpu)} CPU time, ${r(c.wall)} wall time (per-check ratios over ${c.rounds} fresh builds; target < 30%)`
  );
}

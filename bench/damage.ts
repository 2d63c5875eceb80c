/**
 * Synthetic damage for the evaluations (bench/eval-suggest.ts, bench/eval.ts):
 * a seeded random generator and the kinds of word damage they apply.
 *
 * The edits are listed HERE, not read from the suggester's confusion table:
 * they overlap it in kind (as the target damage does), but they include
 * substitutions the table lacks and random edits, so a score is not just the
 * table agreeing with itself:
 * - `encoding`: the broken-font substitutions of the target texts
 *   (o→b, ss→Ce, re→gb, ll→Fr, a→o, w→S …), one to three per word;
 * - `ocr`: classic recogniser confusions (rn/m, cl/d, li/h, e/c, n/u, 1/l/I,
 *   0/O, long s read as f, vv/w), one or two per word;
 * - `generic`: one random deletion, insertion, swap or substitution — the
 *   damage nobody modelled.
 */

/** Kinds of word damage. */
export type DamageKind = 'encoding' | 'ocr' | 'generic';

/** A seeded random number generator (mulberry32): numbers in [0, 1). */
export type Random = () => number;

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Substitutions of each kind: [from, to] applied at a random occurrence. */
export const ENCODING: ReadonlyArray<readonly [string, string]> = [
  ['o', 'b'], ['o', 'b'], ['o', 'b'], ['o', 'r'], ['a', 'o'], ['i', 'd'], ['e', 'b'], ['r', 'g'], ['s', 'e'],
  ['e', '3'], ['l', 'F'], ['w', 'S'], ['ss', 'Ce'], ['re', 'gb'], ['ll', 'Fr'], ['ia', 'dd'],
];
export const OCR: ReadonlyArray<readonly [string, string]> = [
  ['m', 'rn'], ['rn', 'm'], ['d', 'cl'], ['h', 'li'], ['h', 'b'], ['b', 'h'], ['e', 'c'], ['c', 'e'], ['n', 'u'],
  ['u', 'n'], ['l', '1'], ['l', 'I'], ['i', 'l'], ['o', '0'], ['s', 'f'], ['w', 'vv'], ['n', 'ri'], ['t', 'f'],
  ['f', 't'], ['y', 'v'], ['in', 'm'], ['li', 'h'], ['a', 'n'], ['e', 'o'],
];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A damage generator bound to one random sequence. */
export interface Damager {
  /** `word` damaged in the given way; undefined when the kind's edits do not fit it. */
  damage(word: string, kind: DamageKind): string | undefined;
  /** The random sequence (to draw kinds and rates from the same seed). */
  random: Random;
  pick<T>(xs: readonly T[]): T;
}

/** A damage generator over `random`. */
export function damager(random: Random): Damager {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

  /** Applies one substitution of `table` somewhere it fits; undefined when none fits. */
  const substitute = (word: string, table: ReadonlyArray<readonly [string, string]>): string | undefined => {
    for (let tries = 0; tries < 12; tries++) {
      const [from, to] = pick(table);
      const spots: number[] = [];
      for (let i = word.indexOf(from); i >= 0; i = word.indexOf(from, i + 1)) spots.push(i);
      // Long s never ends a word.
      const ok = from === 's' && to === 'f' ? spots.filter((i) => i < word.length - 1) : spots;
      if (ok.length === 0) continue;
      const at = pick(ok);
      return word.slice(0, at) + to + word.slice(at + from.length);
    }
    return undefined;
  };

  const genericEdit = (word: string): string => {
    const i = Math.floor(random() * word.length);
    switch (Math.floor(random() * 4)) {
      case 0:
        return word.length > 2 ? word.slice(0, i) + word.slice(i + 1) : word + pick([...LETTERS]);
      case 1:
        return word.slice(0, i) + pick([...LETTERS]) + word.slice(i);
      case 2:
        return i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word.slice(0, -1);
      default:
        return word.slice(0, i) + pick([...LETTERS]) + word.slice(i + 1);
    }
  };

  const damage = (word: string, kind: DamageKind): string | undefined => {
    if (kind === 'generic') return genericEdit(word);
    const table = kind === 'encoding' ? ENCODING : OCR;
    const edits = kind === 'encoding' ? 1 + Math.floor(random() * random() * 3) : random() < 0.7 ? 1 : 2;
    let out: string | undefined = word;
    for (let e = 0; e < edits && out; e++) out = substitute(out, table);
    return out;
  };

  return { damage, random, pick };
}

import { describe, expect, it } from 'vitest';
import { CandidateSet, withinDistance } from '../../../src/core/lexicon/symspell.js';

/** Optimal-string-alignment distance, the whole matrix: the reference the banded version must agree with. */
function osa(a: string, b: string): number {
  const d: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    d.push([]);
    for (let j = 0; j <= b.length; j++) {
      if (i === 0 || j === 0) {
        d[i][j] = i + j;
        continue;
      }
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}

describe('withinDistance', () => {
  it('finds the distances the suggester verifies', () => {
    expect(withinDistance('tirne', 'time', 2)).toBe(2);
    expect(withinDistance('form', 'from', 1)).toBe(1); // a swap is one edit
    expect(withinDistance('word', 'word', 1)).toBe(0);
    expect(withinDistance('cat', 'dog', 2)).toBeGreaterThan(2);
    expect(withinDistance('a', 'abcd', 2)).toBeGreaterThan(2);
  });

  it('counts the edits between a long shared start and end', () => {
    expect(withinDistance('infromation', 'information', 1)).toBe(1);
    expect(withinDistance('governnient', 'government', 2)).toBe(2);
    expect(withinDistance('government', 'government', 2)).toBe(0);
    expect(withinDistance('aaaa', 'aaaaaa', 2)).toBe(2);
    expect(withinDistance('abab', 'baba', 2)).toBe(2);
    expect(withinDistance('international', 'intermational', 0)).toBeGreaterThan(0);
  });

  it('agrees with the full matrix on every pair of short random strings, within and beyond the bound', () => {
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const word = () => {
      let s = '';
      const n = Math.floor(random() * 8);
      for (let i = 0; i < n; i++) s += 'abcd'[Math.floor(random() * 4)];
      return s;
    };
    for (let t = 0; t < 5000; t++) {
      const a = word();
      const b = word();
      const max = 1 + Math.floor(random() * 3);
      const exact = osa(a, b);
      const got = withinDistance(a, b, max);
      if (exact <= max) expect(got, `${a} ~ ${b} within ${max}`).toBe(exact);
      else expect(got, `${a} ~ ${b} within ${max}`).toBeGreaterThan(max);
    }
  });
});

describe('CandidateSet', () => {
  it('keeps each id once, in order of discovery, and empties at once', () => {
    const set = new CandidateSet();
    expect(set.add(7)).toBe(true);
    expect(set.add(3)).toBe(true);
    expect(set.add(7)).toBe(false);
    expect(set.ids).toEqual([7, 3]);
    expect(set.has(3)).toBe(true);
    set.clear();
    expect(set.has(3)).toBe(false);
    expect(set.ids).toEqual([]);
    expect(set.add(3)).toBe(true);
  });

  it('holds as many ids as a search collects, however many that is', () => {
    const set = new CandidateSet();
    for (let round = 0; round < 3; round++) {
      const ids = Array.from({ length: 10_000 }, (_, i) => (i * 7919 + round) % 300_000);
      for (const id of ids) set.add(id);
      expect(set.ids.length).toBe(new Set(ids).size);
      expect(ids.every((id) => set.has(id))).toBe(true);
      expect(set.has(300_001)).toBe(false);
      set.clear();
    }
  });

  it('reports the first try of an id once per look-up', () => {
    const set = new CandidateSet();
    set.newLookup();
    expect(set.firstTry(42)).toBe(true);
    expect(set.firstTry(42)).toBe(false);
    set.newLookup();
    expect(set.firstTry(42)).toBe(true);
  });
});

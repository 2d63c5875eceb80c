import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../../src/core/util/partition-point.js';

describe('partitionPoint', () => {
  it('finds where a sorted list stops being below a value, as a scan would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, v) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const scan = sorted.filter((x) => x < v).length;
        expect(partitionPoint(sorted.length, (i) => sorted[i] < v)).toBe(scan);
      }),
    );
  });

  it('is 0 for an empty range and the length when the predicate always holds', () => {
    expect(partitionPoint(0, () => true)).toBe(0);
    expect(partitionPoint(7, () => true)).toBe(7);
    expect(partitionPoint(7, () => false)).toBe(0);
  });
});

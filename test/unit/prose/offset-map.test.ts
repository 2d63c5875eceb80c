import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  appendAtomic,
  appendText,
  createMapBuilder,
  finishMap,
  identityMap,
  mapSegment,
} from '../../../src/core/prose/offset-map.js';

describe('identityMap', () => {
  it('shifts every offset by the start', () => {
    const map = identityMap(10, 5);
    expect([0, 1, 4, 5].map(map.toSource)).toEqual([10, 11, 14, 15]);
    expect([1, 5].map(map.toSourceEnd)).toEqual([11, 15]);
  });

  it('clamps offsets outside the text', () => {
    const map = identityMap(10, 5);
    expect(map.toSource(-3)).toBe(10);
    expect(map.toSource(99)).toBe(15);
    expect(map.toSourceEnd(99)).toBe(15);
    expect(map.toSourceEnd(0)).toBe(10);
  });

  it('maps an empty text to its start', () => {
    const map = identityMap(7, 0);
    expect([map.toSource(0), map.toSourceEnd(0), map.toSource(3)]).toEqual([7, 7, 7]);
  });
});

describe('segment maps', () => {
  it('maps a word split by emphasis (un*believ*able) from its u to just past its last e', () => {
    const source = 'un*believ*able';
    const b = createMapBuilder();
    for (const [from, to] of [
      [0, 2],
      [3, 9],
      [10, 14],
    ]) {
      const at = appendText(b, source.slice(from, to));
      mapSegment(b, at, to - from, from, to - from);
    }
    const { text, map } = finishMap(b, 0);
    expect(text).toBe('unbelievable');
    expect(map.toSource(0)).toBe(0);
    expect(map.toSourceEnd(text.length)).toBe(14);
    expect(map.toSource(text.length)).toBe(14);
    // `believ` starts after the opening `*`; the prose before it ends before that `*`.
    expect(map.toSource(2)).toBe(3);
    expect(map.toSourceEnd(2)).toBe(2);
  });

  it('maps atomic segments as a whole', () => {
    // Prose "a&b" from source "a&amp;b": the `&` stands for five characters.
    const b = createMapBuilder();
    mapSegment(b, appendText(b, 'a'), 1, 0, 1);
    appendAtomic(b, '&', 1, 6);
    mapSegment(b, appendText(b, 'b'), 1, 6, 1);
    const { text, map } = finishMap(b, 0);
    expect(text).toBe('a&b');
    expect([0, 1, 2, 3].map(map.toSource)).toEqual([0, 1, 6, 7]);
    expect([1, 2, 3].map(map.toSourceEnd)).toEqual([1, 6, 7]);
  });

  it('keeps the inside of a multi-character atom pinned to its ends', () => {
    // `&NotEqualTilde;` decodes to two code points.
    const b = createMapBuilder();
    appendAtomic(b, '\u2242\u0338', 4, 19);
    const { map } = finishMap(b, 4);
    expect(map.toSource(1)).toBe(4);
    expect(map.toSourceEnd(1)).toBe(19);
    expect(map.toSource(2)).toBe(19);
  });

  it('merges touching identity runs into one segment', () => {
    const b = createMapBuilder();
    for (let i = 0; i < 100; i++) mapSegment(b, appendText(b, 'x'), 1, 5 + i, 1);
    expect(b.segments.length).toBe(4);
    const { map } = finishMap(b, 5);
    expect(map.toSource(99)).toBe(104);
  });

  it('answers random lookups like a linear reference, in any order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ prose: fc.integer({ min: 1, max: 4 }), source: fc.integer({ min: 0, max: 6 }), gap: fc.nat(3) }), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.array(fc.integer({ min: -2, max: 130 }), { maxLength: 60 }),
        (segments, queries) => {
          const b = createMapBuilder();
          // Reference: per prose character, its [start, end) in the source.
          const spans: [number, number][] = [];
          let source = 0;
          for (const seg of segments) {
            source += seg.gap;
            const at = appendText(b, 'x'.repeat(seg.prose));
            mapSegment(b, at, seg.prose, source, seg.source);
            for (let k = 0; k < seg.prose; k++) {
              spans.push(seg.prose === seg.source ? [source + k, source + k + 1] : [source, source + seg.source]);
            }
            source += seg.source;
          }
          const { text, map } = finishMap(b, 0);
          const n = text.length;
          for (const q of queries) {
            const i = Math.min(Math.max(q, 0), n);
            const expectedStart = i < n ? spans[i][0] : spans[n - 1][1];
            const expectedEnd = i === 0 ? spans[0][0] : spans[i - 1][1];
            expect(map.toSource(q)).toBe(expectedStart);
            expect(map.toSourceEnd(q)).toBe(expectedEnd);
          }
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, createChunkCache, type Format } from '../../../src/core/index.js';
import { generateDocument } from '../../../bench/generate.js';

describe('incremental re-checking with a chunk cache', () => {
  for (const format of ['plaintext', 'markdown'] as Format[]) {
    it(`gives exactly what a fresh check gives after any edit (${format})`, () => {
      const base = generateDocument(600, format, 3) + '\n\nAn “open quote that never closes.\n';
      fc.assert(
        fc.property(
          fc.array(
            fc.record({
              at: fc.nat(),
              remove: fc.nat({ max: 40 }),
              insert: fc.constantFrom('', 'x', '“', '”', '"', '\n\n', '\n', '```\n', '> ', '- ', '*', ' said Ana.', '‘quoted’'),
            }),
            { minLength: 1, maxLength: 8 },
          ),
          (edits) => {
            const cache = createChunkCache();
            let text = base;
            check(text, format, { cache });
            for (const { at, remove, insert } of edits) {
              const start = at % (text.length + 1);
              text = text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
              expect(check(text, format, { cache })).toEqual(check(text, format));
            }
          },
        ),
        { numRuns: 25 },
      );
    }, 60_000);
  }

  it('re-parses only the chunk that changed', () => {
    const text = generateDocument(2_000, 'markdown', 5);
    const cache = createChunkCache();
    check(text, 'markdown', { cache });
    const missesAfterFirst = cache.stats.misses;
    const at = text.indexOf('The ', Math.floor(text.length / 2));
    check(text.slice(0, at) + 'X' + text.slice(at), 'markdown', { cache });
    expect(cache.stats.misses - missesAfterFirst).toBe(1);
  });
});

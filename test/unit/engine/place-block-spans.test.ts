import { describe, expect, it } from 'vitest';
import { placeBlockSpans } from '../../../src/core/document.js';
import type { AnalyzedBlock } from '../../../src/core/types.js';
import { plainDocument } from '../helpers/block.js';

/** The capitalised words of a block, with chunk-relative offsets. */
function capitals(block: AnalyzedBlock): { start: number; end: number; word: string }[] {
  return block.tokens.filter((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text)).map((t) => ({ start: t.sourceStart, end: t.sourceEnd, word: t.text }));
}

describe('placeBlockSpans', () => {
  it('moves each block’s spans to document offsets, in document order', () => {
    const text = 'one Two three\n\nfour Five\n\nSix';
    const spans = placeBlockSpans(plainDocument(text), 'test/capitals', capitals);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Two', 'Five', 'Six']);
    expect(spans.map((s) => s.word)).toEqual(['Two', 'Five', 'Six']);
  });

  it('computes a block once per key, and leaves the remembered spans as they were', () => {
    const doc = plainDocument('alpha\n\nbeta Gamma');
    let calls = 0;
    const counted = (block: AnalyzedBlock) => {
      calls++;
      return capitals(block);
    };
    const first = placeBlockSpans(doc, 'test/capitals-counted', counted);
    const again = placeBlockSpans(doc, 'test/capitals-counted', counted);
    expect(calls).toBe(2);
    expect(again).toEqual(first);
    expect(doc.text.slice(again[0].start, again[0].end)).toBe('Gamma');
  });
});

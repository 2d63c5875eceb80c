/** Attribution never throws, keeps one claim per quotation, and stays fast on long documents. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributeQuotations } from '../../../src/core/attribution/attribute.js';
import { buildDocument } from '../../../src/core/engine/build-document.js';
import { findQuotations } from '../../../src/core/rules/quote-spans.js';
import { unattributedQuoteRule } from '../../../src/core/rules/unattributed-quote.js';

/** Pieces of news prose, quotation marks and punctuation, shuffled by fast-check into hostile text. */
const PIECES = [
  '“', '”', '"', '‘', '’', "'", '«', '»', ',', '.', ':', ';', '?', '!', '—', '(', ')', ' ', ' ', ' ', '\n', '\n\n',
  'said', 'says', 'told', 'according to', 'in a statement', 'he', 'she', 'it', 'they', 'He', 'It', 'the', 'a',
  'Mara', 'Ellison', 'Mara Ellison', 'Dr.', 'van der', 'al-Rashid', 'Ministry of', 'KCNA', 'NATO', 'Agency',
  'spokesperson', 'mayor', 'Monday', 'The', 'pier', 'reopens', 'never', 'ghost town', 'Treaty on Harbours', 'of',
  '’s', "'s", '\uFFFC', '😀',
];

const KINDS = new Set(['quote', 'nested-quote', 'partial', 'title', 'scare']);

describe('attribution robustness', () => {
  it('never throws and keeps one claim per quotation, with offsets inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.boolean(), (parts, markdown) => {
        const text = parts.join('');
        const doc = buildDocument(text, markdown ? 'markdown' : 'plaintext');
        const quotes = findQuotations(doc).quotes;
        const claims = attributeQuotations(doc, quotes);
        expect(claims.length).toBe(quotes.length);
        claims.forEach((c, k) => {
          expect(c.id).toBe(`q${k + 1}`);
          expect(KINDS.has(c.kind)).toBe(true);
          for (const m of c.speaker?.mentions ?? []) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
          }
        });
        unattributedQuoteRule.run(doc, { severity: 'warning' });
      }),
      { numRuns: 400 },
    );
  });

  it('handles a long document in time roughly linear in its size', () => {
    const para =
      'Mara Ellison inspected the pier. “We found cracks in every pile,” she said. “Nobody warned us.” ' +
      'The Coastal Safety Agency called it a “ghost town” and, according to KCNA, “all is well,” it said.';
    const time = (n: number): number => {
      const doc = buildDocument(Array(n).fill(para).join('\n\n'), 'plaintext');
      const quotes = findQuotations(doc).quotes;
      const t0 = performance.now();
      attributeQuotations(doc, quotes);
      return performance.now() - t0;
    };
    time(200); // warm up
    const small = time(500);
    const large = time(2000);
    console.info(`attribution: 500 paragraphs ${small.toFixed(1)} ms, 2000 paragraphs ${large.toFixed(1)} ms`);
    // Generous: four times the text may take up to twelve times as long (timers are noisy); quadratic would be 16×.
    expect(large).toBeLessThan(Math.max(12 * small, 200));
  });
});

/**
 * The quotation rules run the attribution's block pass of a paragraph as
 * soon as the quotation scanner has read it (while its tokens are in the
 * processor's cache), when its quotations open and close in it. That is only
 * an earlier start of the same work: the claims must be exactly those the
 * attribution gives when it is run on its own, after the whole document is
 * scanned, whatever the paragraphs' quotations look like (nested, running on
 * into the next paragraph, never closed, closed by an apostrophe).
 */
import { describe, expect, it } from 'vitest';
import { attributeQuotations } from '../../../src/core/attribution/attribute.js';
import { buildDocument } from '../../../src/core/index.js';
import { findQuotations, quotationsWithClaims, spokenQuotations } from '../../../src/core/rules/quote-spans.js';

const PARAGRAPHS = [
  'Mara Ellison, who chairs the port authority, spoke on Monday.',
  '“The pier opens in May,” Ellison said. “We found no cracks.”',
  '“It will not,” said Dr. Ana Ruiz, the city’s chief medical officer. She added: “Nobody asked us.”',
  'Tomas Reyes disagreed.',
  // Runs on into the next paragraph, which reopens it.
  '“The figures are wrong,” he said, “and everyone knows it.',
  '“We will keep asking,” Reyes said.',
  // Never closed, and the next paragraph does not reopen it: read to the end of the paragraph.
  '“So I started practicing. Nobody told me to stop.',
  'The council adopted the “Harbour Renewal Act” last week.',
  // Nested, the inner one closing first.
  '“She told me ‘never again’ and left,” said Priya Natarajan.',
  // A single quotation closed by a possessive apostrophe, and an elision.
  '‘I never liked the Smiths’ he said, and ’Twas late.',
  'According to the ministry, the plan is “safe and sound.”',
  'The mayor said the budget was “a disgrace” and left.',
  'Nobody here said anything of note.',
  '“Why?” he asked. “Because,” said Kofi Mensah.',
];

/** A small deterministic generator (the same documents on every run). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('the early block pass of the quotation rules', () => {
  it('gives the claims the attribution gives on its own', () => {
    const next = random(7);
    for (let n = 0; n < 150; n++) {
      const count = 2 + Math.floor(next() * 7);
      const text = Array.from({ length: count }, () => PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)]).join('\n\n');
      // Two documents built apart, so neither reuses what the other remembered on its blocks.
      const early = quotationsWithClaims(buildDocument(text, 'plaintext')).claims;
      const alone = buildDocument(text, 'plaintext');
      const { quotes, runOns } = findQuotations(alone);
      expect(early, text).toEqual(attributeQuotations(alone, spokenQuotations(quotes, runOns)));
    }
  });
});

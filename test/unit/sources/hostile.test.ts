/**
 * Hostile input: indexing and matching never throw and stay linear — a huge
 * source, binary-looking text, a 10,000-word quote, a quote of one repeated
 * word against a source of that word.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../../src/core/engine/check.js';
import { buildSourceIndex, matchQuoteText } from '../../../src/core/sources/index.js';
import { hostileText } from '../helpers/hostile.js';
import { BUILD_TIMEOUT_MS, testLexicon } from '../lexicon/lexicon-file.js';
import { PRESS_RELEASE } from './fixtures.js';

beforeAll(() => {
  testLexicon();
}, BUILD_TIMEOUT_MS);

/** Milliseconds `fn` takes (best of three, to keep a busy machine's noise out). */
function timed(fn: () => void): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

const sentence = (k: number): string => `Paragraph ${k} says the harbour will need ${k % 7} more cranes before the winter storms arrive. `;

describe('sources: hostile input', () => {
  it('indexes a large source in time linear in its size', () => {
    const small = Array.from({ length: 2_000 }, (_, k) => sentence(k)).join('');
    const large = Array.from({ length: 8_000 }, (_, k) => sentence(k)).join('');
    buildSourceIndex([{ id: 'warm', text: small, format: 'plaintext' }]);
    const tSmall = timed(() => buildSourceIndex([{ id: 's', text: small, format: 'plaintext' }]));
    const tLarge = timed(() => buildSourceIndex([{ id: 'l', text: large, format: 'plaintext' }]));
    // Four times the text: well under sixteen times the time (quadratic would be).
    expect(tLarge).toBeLessThan(Math.max(8 * tSmall, 50));
  });

  it('matches a 10,000-word quote in time linear in its length', () => {
    const words = Array.from({ length: 12_000 }, (_, k) => sentence(k)).join('').split(' ');
    const index = buildSourceIndex([{ id: 'long', text: words.join(' '), format: 'plaintext' }]);
    const q2k = words.slice(100, 2_600).join(' ');
    const q10k = words.slice(100, 10_100).join(' ');
    expect(matchQuoteText(index, q10k).verification.status).toBe('verified');
    const t2k = timed(() => matchQuoteText(index, q2k));
    const t10k = timed(() => matchQuoteText(index, q10k));
    expect(t10k).toBeLessThan(Math.max(10 * t2k, 100));
  });

  it('stays linear on a source and a quote of one repeated word', () => {
    const index = buildSourceIndex([{ id: 'same', text: 'the '.repeat(200_000), format: 'plaintext' }]);
    const t = timed(() => matchQuoteText(index, 'the '.repeat(10_000)));
    expect(t).toBeLessThan(2_000);
  });

  it('never throws on binary-looking sources and quotes', () => {
    const pieces = ['“', '”', '…', '...', '[', ']', 'the', ' ', '\n', 'quay', '\u0000', '\uFFFD', 'ﬁ', '’', 'é', '\r\n', '-', '—'];
    fc.assert(
      fc.property(hostileText(pieces), hostileText(pieces), (source, draft) => {
        const index = buildSourceIndex([
          { id: 'a', text: source, format: 'plaintext' },
          { id: 'b', text: source, format: 'markdown' },
        ]);
        const result = check(`“${draft}” she said. ${draft}`, 'plaintext', { sources: index });
        for (const c of result.claims) {
          const loc = c.verification?.location;
          if (loc) expect(source.slice(loc.start, loc.end)).toBe(loc.text);
        }
        matchQuoteText(index, draft);
      }),
      { numRuns: 60 },
    );
  });

  it('indexes binary-looking text of a megabyte without running away', () => {
    let s = '';
    let seed = 7;
    for (let k = 0; k < 1_000_000; k++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      s += String.fromCharCode(seed % 0x3000);
    }
    const t = performance.now();
    const index = buildSourceIndex([{ id: 'bin', text: s, format: 'plaintext' }, { id: 'press', text: PRESS_RELEASE, format: 'plaintext' }]);
    expect(performance.now() - t).toBeLessThan(20_000);
    expect(matchQuoteText(index, 'we will not reopen it until every inspection is complete').verification.status).toBe('verified');
  });
});

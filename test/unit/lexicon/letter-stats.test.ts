/**
 * The letter-trigram counts that scripts/build-lexicon.mjs stores in the
 * lexicon file must be exactly what src/core/rules/letter-stats.ts would count
 * from the keys: the build script keeps its own copy of the count.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/core/lexicon/lexicon.js';
import { buildStats, letterStats } from '../../../src/core/rules/letter-stats.js';
import { BUILD_TIMEOUT_MS, testLexicon } from './lexicon-file.js';

let lex: Lexicon;
beforeAll(() => {
  lex = testLexicon();
}, BUILD_TIMEOUT_MS);

it('the lexicon file carries the letter-trigram counts', () => {
  expect(lex.letterTrigrams).toBeDefined();
});

it('the stored counts equal the counts computed from the keys', () => {
  const computed = buildStats(lex);
  const stored = letterStats(lex);
  expect(stored.entries).toBe(computed.entries);
  expect(stored.trigrams.length).toBe(computed.trigrams.length);
  expect(Buffer.from(stored.trigrams.buffer, stored.trigrams.byteOffset, stored.trigrams.byteLength).equals(
    Buffer.from(computed.trigrams.buffer, computed.trigrams.byteOffset, computed.trigrams.byteLength),
  )).toBe(true);
});

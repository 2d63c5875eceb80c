/**
 * The letter-trigram counts that scripts/build-lexicon.mjs stores in the
 * lexicon file must be exactly what src/core/rules/letter-stats.ts would count
 * from the keys: the build script keeps its own copy of the count.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/core/lexicon/lexicon.js';
import { buildStats, letterLogLikelihood, letterStats } from '../../../src/core/rules/letter-stats.js';
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

it('the letter model finds a damaged spelling less likely than the word it damages', () => {
  const stats = letterStats(lex);
  const ll = (w: string) => letterLogLikelihood(stats, w);
  for (const [word, damaged] of [
    ['Portugal', 'Portbgal'],
    ['government', 'goveqnment'],
    ['Chamber', 'Chambbr'],
    ['little', 'Fif3le'],
  ]) {
    expect(ll(word) - ll(damaged)).toBeGreaterThan(1);
  }
});

it('the letter model folds case and finds foreign names about as likely as English words of their length', () => {
  const stats = letterStats(lex);
  const ll = (w: string) => letterLogLikelihood(stats, w);
  expect(ll('Portugal')).toBeCloseTo(ll('portugal'), 10);
  // Per letter, an unfamiliar but regular name stays near ordinary words, far from debris.
  const perLetter = (w: string) => ll(w) / (w.length + 1);
  expect(perLetter('Ouagadougou')).toBeGreaterThan(perLetter('Oqgbdbhgqu'));
  expect(Math.abs(perLetter('Ouagadougou') - perLetter('settlement'))).toBeLessThan(1);
});

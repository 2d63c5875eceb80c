/**
 * Words joined by a stray mark where a space was lost, reported by
 * ocr/run-together: a hyphen or apostrophe read for a space, a mark with no
 * space around it. Compounds, contractions, names, abbreviations, numbers,
 * addresses and the document's own forms are left alone.
 * Uses the built dist/lexicon.bin and dist/context.bin (built here when missing).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findContextFile } from '../../../src/core/context/load-node.js';
import { check } from '../../../src/core/engine/check.js';
import { garbledWordRule } from '../../../src/core/rules/garbled-word.js';
import { runTogetherRule } from '../../../src/core/rules/run-together.js';

/** Building the lexicon and the context data from scratch may take this long. */
const BUILD_TIMEOUT_MS = 300_000;

beforeAll(() => {
  if (!findContextFile()) {
    execFileSync(process.execPath, [resolve(__dirname, '../../../scripts/build-lexicon.mjs')], { stdio: 'inherit' });
    execFileSync(process.execPath, [resolve(__dirname, '../../../scripts/build-context.mjs')], { stdio: 'inherit' });
  }
}, BUILD_TIMEOUT_MS);

/** Every Attest finding of the two OCR word rules, as "text → suggestion". */
function found(text: string): string[] {
  return check(text, 'plaintext', { rules: [garbledWordRule, runTogetherRule] }).findings.map(
    (f) => `${text.slice(f.start, f.end)} → ${f.suggestions?.[0] ?? ''}`,
  );
}

/** Texts where no mark stands for a lost space. */
const VALID = [
  // Compounds, including the ones prepositions and particles make.
  'The state-owned firm kept its at-risk, built-in, follow-up and for-profit plans, and the then-president agreed.',
  'Mother-in-law, up-to-date and day-to-day costs rose for the well-to-do.',
  // A dash typed as a hyphen between clauses.
  'We must keep our strength-and our courage-and stand together-this is the task.',
  // Contractions, possessives, elisions and names with apostrophes.
  "They don't know; we're sure they've gone, and she'll say I'd have won. It's the children's o'clock tea.",
  "D'Angelo and O'Brien met at the Qur'an exhibit with Ta'if officials.",
  // Abbreviations, numbers, times, addresses and file names.
  'At 3:30 p.m. the U.S.A. team (e.g. Ph.D. students) read www.example.com and index.html at 2.5 km.',
  'See the ratio 3:1, the verse John 3:16 and the site example.org today.',
  // A form the writer keeps using is their own.
  'The the-lode fund grew. The the-lode fund shrank. The the-lode fund closed.',
];

/** Joined words and the repair offered. */
const INVALID: { text: string; want: string[] }[] = [
  { text: 'He questioned the-confidence of the voters.', want: ['the-confidence → the confidence'] },
  { text: 'Some viewed\'this attempt as evidence.', want: ["viewed'this → viewed this"] },
  { text: 'It was held in’the town hall.', want: ['in’the → in the'] },
  { text: 'The year ended badly.The new one began well.', want: ['badly.The → badly. The'] },
  { text: 'He spoke to Wagner,who agreed at once.', want: ['Wagner,who → Wagner, who'] },
  { text: 'Leaders reported:trying to end the feud.', want: ['reported:trying → reported: trying'] },
  { text: 'The fight has been going.on for years.', want: ['going.on → going on'] },
];

describe('punctuation joins: valid texts', () => {
  it.each(VALID)('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('punctuation joins: invalid texts', () => {
  it.each(INVALID)('$text', ({ text, want }) => {
    expect(found(text)).toEqual(want);
  });

  it('keeps the words’ case and the mark that ends a sentence in the repair', () => {
    expect(found('Prices FELL.Analysts were surprised.')).toEqual(['FELL.Analysts → FELL. Analysts']);
    expect(found('Prices fell sharply!Analysts were surprised.')).toEqual(['sharply!Analysts → sharply! Analysts']);
  });
});

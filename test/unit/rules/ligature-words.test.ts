/**
 * Words written with ligature characters (ﬁ, ﬂ, ﬀ…, as text copied from a
 * PDF has them): ocr/garbled spells the letters out, confidently when that
 * gives a known word, and never "corrects" such a word into another one.
 * Uses the built dist/lexicon.bin.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../../src/core/engine/check.js';
import { CONFIDENT, garbledWordRule } from '../../../src/core/rules/garbled-word.js';
import { spellOutLigatures } from '../../../src/core/rules/ligature-words.js';
import { BUILD_TIMEOUT_MS, testLexicon } from '../lexicon/lexicon-file.js';

beforeAll(() => {
  testLexicon();
}, BUILD_TIMEOUT_MS);

const garbled = (text: string) => check(text, 'plaintext', { rules: [garbledWordRule] }).findings;
const shown = (text: string) => garbled(text).map((f) => `${text.slice(f.start, f.end)} → ${f.suggestions?.[0]}`);

describe('words written with ligatures', () => {
  it.each([
    ['The ﬁnancial report was read on the ﬂoor.', ['ﬁnancial → financial', 'ﬂoor → floor']],
    ['An oﬀer, an oﬃcial and a baﬄing waﬄe.', ['oﬀer → offer', 'oﬃcial → official', 'baﬄing → baffling', 'waﬄe → waffle']],
    ['THE ﬁNAL ﬂOOR', ['ﬁNAL → FINAL', 'ﬂOOR → FLOOR']],
  ])('%s', (text, want) => {
    expect(shown(text)).toEqual(want);
  });

  it('is sure of a spelling that gives a known word, and only offers one that does not', () => {
    const [known] = garbled('The ﬁnancial report.');
    const [unknown] = garbled('Mr. Staﬀordbrook wrote.');
    expect(known.data?.confidence).toBeGreaterThanOrEqual(CONFIDENT);
    expect(unknown.suggestions).toEqual(['Staffordbrook']);
    expect(unknown.data?.confidence).toBeLessThan(CONFIDENT);
  });

  it('leaves text without ligatures alone', () => {
    expect(garbled('The financial report was read on the floor, the official said.')).toEqual([]);
  });

  it('spells out every ligature in the case around it', () => {
    expect(spellOutLigatures('eﬀect')).toBe('effect');
    expect(spellOutLigatures('EﬀECT')).toBe('EFFECT');
    expect(spellOutLigatures('ﬁ')).toBe('fi');
  });
});

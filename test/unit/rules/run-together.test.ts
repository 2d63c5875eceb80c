/**
 * ocr/run-together: CamelCase debris and lost spaces are split; brands,
 * naming practice and ordinary words are not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../../src/core/engine/check.js';
import { garbledWordRule } from '../../../src/core/rules/garbled-word.js';
import { runTogetherMessage, runTogetherRule } from '../../../src/core/rules/run-together.js';
import { plainDocument } from '../helpers/block.js';
import { BUILD_TIMEOUT_MS, testLexicon } from '../lexicon/lexicon-file.js';

beforeAll(() => {
  testLexicon();
}, BUILD_TIMEOUT_MS);

const run = (text: string) => check(text, 'plaintext', { rules: [garbledWordRule, runTogetherRule] }).findings;
const together = (text: string) => run(text).filter((f) => f.rule === 'ocr/run-together');

/** No run-together finding (and no garbled one). */
const VALID = [
  'She bought an iPhone, an iPad and a MacBook, and sold them on eBay.',
  'YouTube, PlayStation, PowerPoint, JavaScript, BlackRock, SoftBank, LinkedIn and WhatsApp were named.',
  'McDonald, MacArthur, McConnell, DeSantis, DeForest, LeBron, LaGuardia, DiCaprio and O’Brien spoke.',
  'The CEOs of three NGOs and two PhDs met the BBC’s editors.',
  'Kim Jong-un, Cho Han-bum and Ngozi Okonjo-Iweala arrived for the Asia-Pacific summit.',
  'The state-owned company and the well-known brand settled the long-running dispute.',
  'Nevertheless, the bookshop’s newsletter was published somewhere in the countryside.',
  'Teledensity and subscribership rose in the preindependence period.',
  'The HarperCollins and PricewaterhouseCoopers reports cited AstraZeneca and GlaxoSmithKline.',
  'Our client, DataWorks, renamed its product DataWorks Cloud; DataWorks shares rose.',
  // Words ending in "a" that no common word and article make, or whose pair English rarely writes.
  'They sat on the sofa; the data gave an idea of the area, and meta and mana were discussed over soda.',
  // A name first in a sentence, followed by its verb, is a name; inside a sentence a capital is a name anyway.
  'Asa said he would come. Ina was late, and they waited for Asa at noon.',
  // A far-corner word whose article would not fit the next word.
  'The payment was pro forma as usual.',
  // Names that start with "I" and leave no word "I" is followed by.
  'Ilan and Inez met Iago and the Imam in Ibiza.',
  // Two ordinary words, each capitalised, joined once: a brand's name.
  'The protein model AlphaFold came from a London laboratory.',
];

/** Run-together tokens and their splits. */
const INVALID: { text: string; errors: { word: string; split: string }[] }[] = [
  { text: 'Tags: sportsFootball, EuropeWorld news', errors: [{ word: 'sportsFootball', split: 'sports Football' }, { word: 'EuropeWorld', split: 'Europe World' }] },
  { text: 'Filed under BusinessMarketsEconomy and healthScience.', errors: [{ word: 'BusinessMarketsEconomy', split: 'Business Markets Economy' }, { word: 'healthScience', split: 'health Science' }] },
  { text: 'The report was published ofthe week before.', errors: [{ word: 'ofthe', split: 'of the' }] },
  { text: 'They said inthe end it was fine.', errors: [{ word: 'inthe', split: 'in the' }] },
  { text: 'Topics: ELECTIONSElection results', errors: [{ word: 'ELECTIONSElection', split: 'ELECTIONS Election' }] },
  // An article run onto a common word; short function words run together.
  { text: 'The plan isa good one and he took toa new job.', errors: [{ word: 'isa', split: 'is a' }, { word: 'toa', split: 'to a' }] },
  { text: 'She was ina hurry and sat ona bench.', errors: [{ word: 'ina', split: 'in a' }, { word: 'ona', split: 'on a' }] },
  { text: 'He said itis late.', errors: [{ word: 'itis', split: 'it is' }] },
  // Rare dictionary words that are an article run on, before a number too, or first in a sentence.
  { text: 'He was elected fora 5-year term.', errors: [{ word: 'fora', split: 'for a' }] },
  { text: 'The storm hit. Asa result, the road closed.', errors: [{ word: 'Asa', split: 'As a' }] },
  // "I" run onto the word after it.
  { text: 'Ishall attempt to lay it before you.', errors: [{ word: 'Ishall', split: 'I shall' }] },
  // Two very common words that the dictionary lists only in its far corners.
  { text: 'They hoped tobe there and it was nota bad plan.', errors: [{ word: 'tobe', split: 'to be' }, { word: 'nota', split: 'not a' }] },
];

describe('ocr/run-together: valid texts', () => {
  it.each(VALID)('%s', (text) => {
    expect(run(text).map((f) => text.slice(f.start, f.end))).toEqual([]);
  });
});

describe('ocr/run-together: invalid texts', () => {
  it.each(INVALID)('$text', ({ text, errors }) => {
    const got = together(text).map((f) => ({ word: text.slice(f.start, f.end), split: f.suggestions?.[0] }));
    expect(got).toEqual(errors);
  });

  it('reports the token with the split as its one suggestion', () => {
    const text = 'Filed under newsGovernment.';
    const { findings } = runTogetherRule.run(plainDocument(text), { severity: 'information' });
    expect(findings).toHaveLength(1);
    const f = findings[0];
    expect(text.slice(f.start, f.end)).toBe('newsGovernment');
    expect(f).toMatchObject({
      rule: 'ocr/run-together',
      severity: 'information',
      message: runTogetherMessage('newsGovernment', 'news Government'),
      suggestions: ['news Government'],
      data: { word: 'newsGovernment', kind: 'run-together' },
    });
    expect(f.message).toBe('“newsGovernment” looks like words run together — did you mean “news Government”?');
    expect(runTogetherRule.defaultSeverity).toBe('warning');
  });

  it('drops a stray letter glued before a capital, with less confidence', () => {
    const [f] = together('Tags: programsiBusiness');
    expect(f?.suggestions?.[0]).toBe('programs Business');
    expect(f?.data?.confidence as number).toBeLessThan(0.9);
  });

  it('prefers a one-letter repair to a split when that reads better ("goverNment")', () => {
    const text = 'The strike shook the goverNment.';
    expect(together(text)).toEqual([]);
    expect(run(text).map((f) => f.suggestions?.[0])).toEqual(['government']);
  });
});

describe('ocr/run-together: a stray mark between two words', () => {
  for (const [text, word, split] of [
    ["It lasted half'a century.", "half'a", 'half a'],
    ['They met in-the hall at noon.', 'in-the', 'in the'],
  ] as const) {
    it(`is one finding, the split, and no correction of “${word}” as one word`, () => {
      const found = run(text).map((f) => `${f.rule} ${text.slice(f.start, f.end)} → ${f.suggestions?.[0]}`);
      expect(found).toEqual([`ocr/run-together ${word} → ${split}`]);
    });
  }
});

/**
 * ocr/real-word: damaged names and words whose neighbour fits far better.
 * Uses the built dist/context.bin (built here when missing).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContextData } from '../../../src/core/context/context-data.js';
import { fnv1a, sequenceKey } from '../../../src/core/context/format.js';
import { findContextFile, loadContextFile } from '../../../src/core/context/load-node.js';
import { findRealWords } from '../../../src/core/rules/real-word.js';
import { realWordRule } from '../../../src/core/rules/real-word-rule.js';
import { plainDocument } from '../helpers/block.js';

/** Building the lexicon and the context data from scratch may take this long. */
const BUILD_TIMEOUT_MS = 300_000;

let data: ContextData;
beforeAll(() => {
  if (!findContextFile()) {
    execFileSync(process.execPath, [resolve(__dirname, '../../../scripts/build-lexicon.mjs')], { stdio: 'inherit' });
    execFileSync(process.execPath, [resolve(__dirname, '../../../scripts/build-context.mjs')], { stdio: 'inherit' });
  }
  data = loadContextFile();
}, BUILD_TIMEOUT_MS);

const find = (text: string) => findRealWords(plainDocument(text), data);

/**
 * Texts with no findings: ordinary phrases where a near neighbour of a word
 * would also make a pair ("united"/"untied", "state"/"states",
 * "invention"/"intervention"), names, idioms, spelling variants, capitals.
 */
const VALID: string[] = [
  'They formed a united front against the plan.',
  'The invention of the telephone changed how people talk.',
  'He made a new invention every year and sold most of them.',
  'He argued for a states’ rights position in the debate.',
  "He argued for a states' rights position in the debate.",
  'The president gave the state of the union address on Tuesday.',
  'The boat drifted away once the ropes were untied.',
  'His untied shoelaces tripped him on the stairs.',
  'The country became a united state after the war.',
  'She lives in New York and works in Washington.',
  'The United Kingdom and the United States signed the treaty.',
  'Delegates from the United Nations met in Geneva.',
  'North Korean troops crossed the border into South Korea.',
  'Rhode Island has a long and rocky coast.',
  'He walked down Main Street to the bank.',
  'The state police closed the road for an hour.',
  'A new state law takes effect in May.',
  'Every state has two senators.',
  'The mice ran from the cat.',
  'It was a tale of mice and men.',
  'The fire spread quickly through the forest.',
  'The army intervened in the dispute between the two towns.',
  'She was reluctant to intervene in their quarrel.',
  'The centre of the city was closed to traffic.',
  'The colour of the flag was changed by the new government.',
  'They sold their own house last year.',
  'The cost of the war was borne by the people.',
  'He said that the form was signed by both parties.',
  'The price of rice rose sharply this year.',
  'The government will take steps to reduce the deficit.',
  'He was elected to the House of Representatives in 1990.',
  'The secretary of state met with the prime minister.',
  'She has been working in the public sector for years.',
  'The economy grew faster than expected in the first quarter.',
  'We must protect our national security.',
  'The bill was passed by both houses of congress.',
  'The trial will begin next week.',
  'They came from the Middle East and Latin America.',
  'The meeting was held at the White House.',
  'There was a dark horse in the race.',
  // All capitals and mid-sentence capitals are names or headlines: not second-guessed.
  'THE UNTIED STATES',
  'Mr. Bates and Ms. Hale spoke for the firm.',
  // Punctuation between words breaks the context.
  'They untied, states the report, every knot.',
  '',
  '   ',
  'Untied',
];

/** Texts with exactly one finding: the written word, and the suggestion. */
const INVALID: Array<[text: string, word: string, suggestion: string]> = [
  ['Officials from the Untied States arrived on Monday.', 'Untied', 'United'],
  ['The United State is a large country.', 'State', 'States'],
  ['Delegates from the Untied Nations met in Geneva.', 'Untied', 'United'],
  ['He moved to New Yolk last spring.', 'Yolk', 'York'],
  ['The troops were sent to the Soviet Onion.', 'Onion', 'Union'],
  ['He was elected to the Horse of Representatives in 1990.', 'Horse', 'House'],
  ['They came from the Middle Fast and Latin America.', 'Fast', 'East'],
  ['the untied states', 'untied', 'united'],
  ['The secretary of state met with the prime minster.', 'minster', 'minister'],
  ['She has been working in the public sector for yeas.', 'yeas', 'years'],
  ['We must protect out national security.', 'out', 'our'],
];

describe('ocr/real-word: valid text', () => {
  for (const text of VALID) {
    it(`no finding: ${JSON.stringify(text)}`, () => {
      expect(find(text)).toEqual([]);
    });
  }
});

describe('ocr/real-word: invalid text', () => {
  for (const [text, word, suggestion] of INVALID) {
    it(`${word} → ${suggestion}: ${JSON.stringify(text)}`, () => {
      const found = find(text);
      expect(found).toHaveLength(1);
      const [e] = found;
      expect(text.slice(e.start, e.end)).toBe(word);
      expect(e.word).toBe(word);
      expect(e.suggestion).toBe(suggestion);
      expect(e.confidence).toBeGreaterThan(0.5);
      expect(e.confidence).toBeLessThanOrEqual(1);
    });
  }
});

describe('ocr/real-word: the rule', () => {
  it('reports findings with a suggestion, the case kept, and data', () => {
    const text = 'First line.\n\nOfficials from the Untied States arrived on Monday.';
    const { findings } = realWordRule.run(plainDocument(text), { severity: 'warning' });
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.rule).toBe('ocr/real-word');
    expect(f.severity).toBe('warning');
    expect(text.slice(f.start, f.end)).toBe('Untied');
    expect(f.suggestions).toEqual(['United']);
    expect(f.data).toMatchObject({ kind: 'real-word', confidence: 0.9 });
    expect(realWordRule.defaultSeverity).toBe('warning');
  });

  it('finds nothing without context data', () => {
    expect(findRealWords(plainDocument('Officials from the Untied States arrived.'), null)).toEqual([]);
  });

  it('gives the same answer when a block is checked again (memoised)', () => {
    const doc = plainDocument('The United State is a large country.');
    expect(findRealWords(doc, data)).toEqual(findRealWords(doc, data));
  });

  it('keeps a sentence-initial capital in the suggestion', () => {
    const found = find('Out national security must come first.');
    for (const e of found) expect(e.suggestion.charAt(0)).toBe(e.suggestion.charAt(0).toUpperCase());
  });
});

describe('context data', () => {
  it('hashes case-insensitively, reading ’ as \'', () => {
    expect(fnv1a('States')).toBe(fnv1a('states'));
    expect(fnv1a('states’')).toBe(fnv1a("states'"));
    expect(sequenceKey(['United', 'States'])).toBe(fnv1a('united states'));
    expect(fnv1a('Zürich')).toBe(fnv1a('zürich'));
  });

  it('knows common pairs and leaves out unseen ones', () => {
    expect(data.pairCount('united', 'states')).toBeGreaterThan(1000);
    expect(data.pairCount('United', 'States')).toBe(data.pairCount('united', 'states'));
    expect(data.pairCount('untied', 'states')).toBe(0);
    expect(data.count('the')).toBeGreaterThan(100_000);
  });

  it('lists neighbours only for words that have some', () => {
    expect(data.neighbours('untied')?.candidates.map((c) => c.word)).toContain('united');
    expect(data.neighbours('xqzv')).toBeUndefined();
  });

  it('records its sources and held-out split', () => {
    expect(Object.keys(data.meta.sources).sort()).toEqual(['brown', 'factbook', 'sotu', 'wordnet']);
    expect(data.meta.words.dev).toBeGreaterThan(100_000);
    expect(data.meta.words.test).toBeGreaterThan(100_000);
  });
});

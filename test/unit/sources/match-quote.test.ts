/**
 * Matching quotes against sources, as lists of examples: what a fact-checker
 * would accept as the source's words (verified), what is the source's
 * passage with words changed (near match, with the difference), and what the
 * sources do not contain (not found).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSourceIndex, matchQuoteText, type SourceIndex } from '../../../src/core/sources/index.js';
import type { DiffPart } from '../../../src/core/types.js';
import { BUILD_TIMEOUT_MS } from '../lexicon/lexicon-file.js';
import { fixtureIndex } from './fixture-index.js';
import { INTERVIEW, PRESS_RELEASE, UNRELATED } from './fixtures.js';

let index: SourceIndex;

beforeAll(() => {
  index = fixtureIndex();
}, BUILD_TIMEOUT_MS);

const joined = (diff: DiffPart[] | undefined, op: DiffPart['op']): string =>
  (diff ?? [])
    .filter((d) => d.op === op)
    .map((d) => d.text)
    .join(' ');

/** Quotes that are the source's words: typography, case, line breaks, ellipses in order, brackets, OCR damage. */
const VERIFIED: { quote: string; source: string; starts: string }[] = [
  { quote: 'we will not reopen it until every inspection is complete', source: 'sources/press.txt', starts: 'we will not' },
  { quote: 'WE WILL NOT REOPEN IT UNTIL EVERY INSPECTION IS COMPLETE', source: 'sources/press.txt', starts: 'we will not' },
  { quote: 'We have worked through the winter to make the quay safe', source: 'sources/press.txt', starts: 'We have' },
  { quote: 'we will not\nreopen   it until\r\nevery inspection is complete', source: 'sources/press.txt', starts: 'we will not' },
  { quote: 'The council has no intention of selling the market hall', source: 'sources/interview.md', starts: 'The council' },
  { quote: 'It belongs to the people of this town — and it will stay that way', source: 'sources/interview.md', starts: 'It belongs' },
  { quote: 'It’s the port’s busiest season and we can’t afford to lose a single week', source: 'sources/press.txt', starts: "It's" },
  { quote: 'We have worked through the winter … we will not reopen it', source: 'sources/press.txt', starts: 'We have' },
  { quote: 'We have worked through the winter... every inspection is complete', source: 'sources/press.txt', starts: 'We have' },
  { quote: 'We will publish the full budget . . . so that nobody can say the figures were hidden', source: 'sources/interview.md', starts: 'We will' },
  { quote: 'we will not reopen [the northern quay] until every inspection is complete', source: 'sources/press.txt', starts: 'we will not' },
  { quote: '[T]he council has no intention of selling the market hall', source: 'sources/interview.md', starts: 'The council' },
  { quote: 'we will not reopen it untiI every inspectlon is complete', source: 'sources/press.txt', starts: 'we will not' },
  { quote: 'the fishermen would keep their moorings on the southern side', source: 'sources/press.txt', starts: 'the fishermen' },
];

/** Quotes with words changed, added, dropped or spliced out of order: near matches, with the difference. */
const NEAR: { quote: string; added: string; removed: string }[] = [
  { quote: 'use all the resources at its disposal to keep the port running', added: 'at disposal', removed: 'in possession' },
  { quote: 'we will never reopen it until every inspection is complete', added: 'never', removed: 'not' },
  { quote: 'we will not reopen it until every single inspection is complete', added: 'single', removed: '' },
  { quote: 'we will not reopen it until every inspection complete', added: '', removed: 'is' },
  { quote: 'The council has no intention of selling the old market hall', added: 'old', removed: '' },
  { quote: 'We will publish the budget in March, with every line of spending explained', added: '', removed: 'full' },
];

/** Quotes the sources do not contain. */
const NOT_FOUND: string[] = [
  UNRELATED.split('. ')[0],
  'Its leader said the weather had been kinder than anyone expected',
  'We will build a new stadium for the town before the next election',
  'the council will sell the quay to the highest bidder in the spring',
];

describe('matching quotes against sources', () => {
  it.each(VERIFIED)('verified: $quote', ({ quote, source, starts }) => {
    const { verification } = matchQuoteText(index, quote);
    expect(verification.status).toBe('verified');
    expect(verification.location?.source).toBe(source);
    expect(verification.location?.text.startsWith(starts)).toBe(true);
    expect(verification.diff).toBeUndefined();
  });

  it.each(NEAR)('near match: $quote', ({ quote, added, removed }) => {
    const { verification } = matchQuoteText(index, quote);
    expect(verification.status).toBe('near-match');
    expect(joined(verification.diff, 'added')).toBe(added);
    expect(joined(verification.diff, 'removed')).toBe(removed);
    expect(verification.similarity).toBeGreaterThan(0.6);
    expect(verification.similarity).toBeLessThanOrEqual(1);
  });

  it.each(NOT_FOUND)('not found: %s', (quote) => {
    const { verification } = matchQuoteText(index, quote);
    expect(verification.status).toBe('not-found');
    expect(verification.location).toBeUndefined();
  });

  it('locates the passage at its line and column in the source text', () => {
    const { verification } = matchQuoteText(index, 'the fishermen would keep their moorings');
    const loc = verification.location!;
    expect(PRESS_RELEASE.slice(loc.start, loc.end)).toBe('the fishermen would keep their moorings');
    const lines = PRESS_RELEASE.split('\n');
    expect(lines[loc.line].slice(loc.character).startsWith('the fishermen')).toBe(true);
  });

  it('maps Markdown sources back through emphasis to the source text', () => {
    const { verification } = matchQuoteText(index, 'The council has no intention of selling the market hall');
    const loc = verification.location!;
    expect(loc.text).toBe('The council has *no intention* of selling the market hall');
    expect(INTERVIEW.slice(loc.start, loc.end)).toBe(loc.text);
  });

  it('needs ellipsis fragments in the source order: spliced backwards, the quote is not verified', () => {
    const inOrder = matchQuoteText(index, 'We have worked through the winter … every inspection is complete');
    const reversed = matchQuoteText(index, 'every inspection is complete … We have worked through the winter');
    expect(inOrder.verification.status).toBe('verified');
    expect(reversed.verification.status).not.toBe('verified');
  });

  it('needs the fragments in one source', () => {
    const { verification } = matchQuoteText(index, 'We have worked through the winter … The council has no intention of selling the market hall');
    expect(verification.status).not.toBe('verified');
  });

  it('matches OCR damage in the source as well as in the quote', () => {
    const damaged = buildSourceIndex([
      { id: 'scan.txt', text: 'The rnayor said tbe council has no intentlon of selling the market hall to anyone.', format: 'plaintext' },
    ]);
    expect(matchQuoteText(damaged, 'the council has no intention of selling the market hall').verification.status).toBe('verified');
    expect(matchQuoteText(damaged, 'the council has no intention of buying the market hall').verification.status).toBe('near-match');
  });

  it('counts two dictionary words that differ as a change, however alike they look', () => {
    const { verification } = matchQuoteText(index, 'we will not reopen it until every inspection is compete');
    expect(verification.status).toBe('near-match');
    expect(joined(verification.diff, 'added')).toBe('compete');
  });

  it('finds nothing in an empty source set', () => {
    expect(matchQuoteText(buildSourceIndex([]), 'we will not reopen it').verification.status).toBe('not-found');
  });
});

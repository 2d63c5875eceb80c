/**
 * quote/misquoted and quote/not-in-sources, and the verification the engine
 * puts on claims, as lists of drafts with and without findings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeConfig } from '../../../src/core/config/config.js';
import { check } from '../../../src/core/engine/check.js';
import type { SourceIndex } from '../../../src/core/sources/index.js';
import type { SourceLocation } from '../../../src/core/types.js';
import { BUILD_TIMEOUT_MS } from '../lexicon/lexicon-file.js';
import { fixtureIndex } from './fixture-index.js';
import { INTERVIEW, PRESS_RELEASE } from './fixtures.js';

let index: SourceIndex;

beforeAll(() => {
  index = fixtureIndex();
}, BUILD_TIMEOUT_MS);

const sourceFindings = (text: string, format: 'plaintext' | 'markdown' = 'plaintext') =>
  check(text, format, { sources: index }).findings.filter((f) => f.rule === 'quote/misquoted' || f.rule === 'quote/not-in-sources');

/** Drafts whose quotes the sources hold exactly, or which quote nothing the rules check. */
const VALID: string[] = [
  '“We have worked through the winter to make the quay safe,” Ellison said on Monday.',
  'Ellison said: "We will not reopen it until every inspection is complete."',
  'The mayor said the council had “no intention of selling the market hall” to anyone.',
  'The mayor was blunt. “The council has *no intention* of selling the market hall,” she said.',
  'The film “Harbour Lights” opens on Friday.',
  'The so-called “reform” changed nothing.',
  'Ellison said the quay would open “soon,” but gave no date.',
  'Nobody quoted anybody in this sentence.',
];

/** Drafts with one source finding: rule, and what the message says. */
const INVALID: { text: string; rule: string; message: string }[] = [
  {
    text: 'The authority said it would use “all the resources at its disposal to keep the port running.”',
    rule: 'quote/misquoted',
    message: 'Quote differs from sources/press.txt:5: “at its disposal” → source has “in its possession”',
  },
  {
    text: '“We will never reopen it until every inspection is complete,” Ellison said.',
    rule: 'quote/misquoted',
    message: 'Quote differs from sources/press.txt:4: “never” → source has “not”',
  },
  {
    text: '“The council has no intention of selling the old market hall,” the mayor said.',
    rule: 'quote/misquoted',
    message: 'Quote differs from sources/interview.md:5: adds “old”',
  },
  {
    text: '“We will build a new stadium for the town before the next election,” the mayor said.',
    rule: 'quote/not-in-sources',
    message: 'Quote not found in any of the 2 sources',
  },
];

describe('quote/misquoted and quote/not-in-sources', () => {
  it.each(VALID)('no finding: %s', (text) => {
    expect(sourceFindings(text)).toEqual([]);
  });

  it.each(INVALID)('$rule: $text', ({ text, rule, message }) => {
    const findings = sourceFindings(text);
    expect(findings.map((f) => [f.rule, f.message])).toEqual([[rule, message]]);
    const f = findings[0];
    // The finding covers the quotation, marks included.
    expect('“"'.includes(text[f.start])).toBe(true);
    expect('”"'.includes(text[f.end - 1])).toBe(true);
    if (rule === 'quote/misquoted') {
      const source = f.data?.source as SourceLocation;
      expect(source.source).toMatch(/^sources\//);
      const sourceText = source.source.endsWith('.md') ? INTERVIEW : PRESS_RELEASE;
      expect(sourceText.slice(source.start, source.end)).toBe(source.text);
      expect(Array.isArray(f.data?.diff)).toBe(true);
      expect(f.severity).toBe('warning');
    } else {
      expect(f.severity).toBe('information');
    }
  });

  it('puts the verification on the claims: verified, near match, not found', () => {
    const text = [
      '“We have worked through the winter to make the quay safe,” Ellison said.',
      '“We will never reopen it until every inspection is complete,” she added.',
      '“We will build a new stadium for the town before the next election,” the mayor said.',
    ].join('\n\n');
    const claims = check(text, 'plaintext', { sources: index }).claims;
    expect(claims.map((c) => c.verification?.status)).toEqual(['verified', 'near-match', 'not-found']);
    expect(claims[0].verification?.location?.line).toBe(3);
    expect(claims[1].verification?.diff?.some((d) => d.op === 'added' && d.text === 'never')).toBe(true);
  });

  it('does not check titles, scare quotes or short partial quotes', () => {
    const text = 'The report “Harbour Safety Review” called the quay “unsafe,” and Ellison promised to make it “safe.”';
    const claims = check(text, 'plaintext', { sources: index }).claims;
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.verification === undefined)).toBe(true);
  });

  it('without sources: no verification on any claim and no source findings', () => {
    const text = '“We will never reopen it until every inspection is complete,” Ellison said. “We will build a stadium for the town,” she said.';
    const result = check(text, 'plaintext');
    expect(result.claims.length).toBe(2);
    expect(result.claims.every((c) => !('verification' in c))).toBe(true);
    expect(result.findings.filter((f) => f.rule === 'quote/misquoted' || f.rule === 'quote/not-in-sources')).toEqual([]);
  });

  it('can be switched off like any rule', () => {
    const text = '“We will never reopen it until every inspection is complete,” Ellison said.';
    const config = mergeConfig({ rules: { 'quote/misquoted': 'off' } });
    const findings = check(text, 'plaintext', { sources: index, config }).findings;
    expect(findings.some((f) => f.rule === 'quote/misquoted')).toBe(false);
  });
});

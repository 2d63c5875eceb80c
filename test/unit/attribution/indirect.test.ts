/**
 * Indirect speech (claims of kind `indirect`): reported words without
 * quotation marks, as lists of texts that must and must not give a claim.
 */
import { describe, expect, it } from 'vitest';
import { indirectClaims } from '../../../src/core/attribution/indirect.js';
import { check } from '../../../src/core/engine/check.js';
import { unattributedQuoteRule } from '../../../src/core/rules/unattributed-quote.js';
import { plainDocument } from '../helpers/block.js';

function claims(text: string) {
  return indirectClaims(plainDocument(text));
}

/** [text, speaker, cue, reported clause]. */
const VALID: [string, string, string, string][] = [
  ['Cho Han-bum, the trade minister, said the agreement was a big win for both countries.', 'Cho Han-bum', 'said', 'the agreement was a big win for both countries'],
  ['The ministry said that the plan would go ahead in March.', 'The ministry', 'said', 'the plan would go ahead in March'],
  ['Officials warned Tuesday that roads would close overnight.', 'Officials', 'warned', 'roads would close overnight'],
  ['Mara Ellison told reporters that ships were waiting outside the port.', 'Mara Ellison', 'told', 'ships were waiting outside the port'],
  ['The Harbour Board announced on Monday that the pier had reopened.', 'Harbour Board', 'announced', 'the pier had reopened'],
  ['Beth Lomax is the mayor. Lomax said on Monday the town had not decided.', 'Beth Lomax', 'said', 'the town had not decided'],
  ['Dr. Ana Ruiz, the city’s chief medical officer, said waits would get worse.', 'Ana Ruiz', 'said', 'waits would get worse'],
];

/** Texts with no indirect claim. */
const INVALID: string[] = [
  'She said nothing.',
  'As I said, the plan is fine.',
  'Ellison said Tuesday.',
  'Ellison said goodbye to everyone at the pier.',
  'He said the plan would fail badly.',
  'Ellison said: “The plan works and the pier will open.”',
  'The council announced the new budget for road repairs on Tuesday.',
  'The report said the river had flooded twice.',
  'Ellison told reporters about the new ferry timetable.',
  'Nobody said anything about the pier.',
];

describe('indirect speech', () => {
  for (const [text, speaker, cue, clause] of VALID) {
    it(`valid: ${JSON.stringify(text)}`, () => {
      const found = claims(text);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ kind: 'indirect', cue, text: clause, speaker: { name: speaker } });
      expect(text.slice(found[0].start, found[0].end)).toBe(clause);
    });
  }
  for (const text of INVALID) {
    it(`invalid: ${JSON.stringify(text)}`, () => {
      expect(claims(text)).toEqual([]);
    });
  }

  it('comes out of a check with the quotations, and is never reported as unattributed', () => {
    const text = 'The ministry said that the plan would go ahead. “It will,” said Mara Ellison.';
    const result = check(text, 'plaintext');
    expect(result.claims.map((c) => c.kind)).toEqual(['indirect', 'quote']);
    const unattributed = unattributedQuoteRule.run(plainDocument(text), { severity: 'warning' }).findings;
    expect(unattributed).toEqual([]);
  });
});

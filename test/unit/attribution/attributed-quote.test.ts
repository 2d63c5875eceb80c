/** quote/attributed: one hint per quotation of speech whose speaker was found. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/core/config/config.js';
import { check } from '../../../src/core/engine/check.js';
import { attributedQuoteRule } from '../../../src/core/rules/attributed-quote.js';
import { plainDocument } from '../helpers/block.js';

function run(text: string) {
  return attributedQuoteRule.run(plainDocument(text), { severity: 'hint' }).findings;
}

/** [text, messages in order]. */
const ATTRIBUTED: [string, string[]][] = [
  ['“The pier opens in May,” said Mara Ellison, of the port authority.', ['Quote attributed to Mara Ellison (said)']],
  ['Mara Ellison spoke first. “The figures are wrong,” Ellison said. “Nobody checked.”', ['Quote attributed to Mara Ellison (said)', 'Quote attributed to Mara Ellison (continuation)']],
  ['According to the Harbour Board, the ferry was “never seaworthy at any point”.', ['Quote attributed to Harbour Board (according to)']],
];

/** Texts with nothing to list: no quotation, no speaker, or quoted words that are not speech. */
const NOTHING: string[] = [
  '“The pier will never reopen.”',
  'The council adopted the “Harbour Renewal and Safety Act” last week.',
  'Locals call the district a “ghost town” these days.',
  'Mara Ellison said the pier would reopen in May.',
];

describe('quote/attributed', () => {
  for (const [text, messages] of ATTRIBUTED) {
    it(`lists: ${JSON.stringify(text)}`, () => {
      const found = run(text);
      expect(found.map((f) => f.message)).toEqual(messages);
      for (const f of found) expect(text[f.start]).toBe('“');
    });
  }
  for (const text of NOTHING) {
    it(`nothing for: ${JSON.stringify(text)}`, () => {
      expect(run(text)).toEqual([]);
    });
  }

  it('is a hint by default, so it stays off the Problems panel unless raised', () => {
    expect(attributedQuoteRule.defaultSeverity).toBe('hint');
    const text = '“The pier opens in May,” said Mara Ellison.';
    expect(check(text, 'plaintext').findings.filter((f) => f.rule === 'quote/attributed').map((f) => f.severity)).toEqual(['hint']);
    const raised = check(text, 'plaintext', { config: { ...DEFAULT_CONFIG, rules: { 'quote/attributed': 'information' } } });
    expect(raised.findings.filter((f) => f.rule === 'quote/attributed').map((f) => f.severity)).toEqual(['information']);
  });
});

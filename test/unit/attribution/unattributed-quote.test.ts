/** quote/unattributed: valid and invalid examples in made-up news sentences. */
import { describe, expect, it } from 'vitest';
import { unattributedQuoteRule } from '../../../src/core/rules/unattributed-quote.js';
import { plainDocument } from '../helpers/block.js';

function run(text: string) {
  return unattributedQuoteRule.run(plainDocument(text), { severity: 'warning' }).findings;
}

/** Texts with no findings. */
const VALID: string[] = [
  '“The pier opens in May,” said Mara Ellison, of the port authority.',
  '“The figures are wrong,” Ellison said.',
  'Ellison said: “The pier opens in May.”',
  'According to the Harbour Board, the ferry was “never seaworthy”.',
  '“The pier is unsafe,” Mara Ellison said.\n\n“We found cracks in every pile.”',
  'The Coastal Safety Agency met on Monday. “Repairs must start now,” it said.',
  'The council adopted the “Harbour Renewal and Safety Act” last week.',
  'Locals call the district a “ghost town” these days.',
  'No quotations here at all.',
  // a quotation never closed is reported by quote/unbalanced at its mark, not again here
  '“Nobody knows when it will reopen.\n\nThe harbour stayed shut.',
];

/** [text, quoted words of each finding, in order]. */
const INVALID: [string, string[]][] = [
  ['“The pier will never reopen.”', ['“The pier will never reopen.”']],
  ['The harbour stayed shut. “Nobody knows when it will reopen, or who will pay for it.”', ['“Nobody knows when it will reopen, or who will pay for it.”']],
  ['“Repairs must start now,” it said.', ['“Repairs must start now,”']],
  ['The report found the pier “unsafe for any use by the public at all”.', ['“unsafe for any use by the public at all”']],
];

describe('quote/unattributed', () => {
  for (const text of VALID) {
    it(`valid: ${JSON.stringify(text)}`, () => {
      expect(run(text)).toEqual([]);
    });
  }
  for (const [text, spans] of INVALID) {
    it(`invalid: ${JSON.stringify(text)}`, () => {
      const found = run(text);
      expect(found.map((f) => text.slice(f.start, f.end))).toEqual(spans);
      for (const f of found) expect(f.rule).toBe('quote/unattributed');
    });
  }
  it('says when a pronoun has nobody to refer to', () => {
    expect(run('“Repairs must start now,” it said.')[0].message).toMatch(/never named/);
  });
  it('has the rule shape the registry expects', () => {
    expect(unattributedQuoteRule.id).toBe('quote/unattributed');
    expect(unattributedQuoteRule.defaultSeverity).toBe('warning');
  });
});

/**
 * Attribution is memoised per block and only resolved across the document on
 * each check: a re-check after edits, with the chunk cache warm, must give
 * exactly the claims a check from scratch gives.
 */
import { describe, expect, it } from 'vitest';
import { check, createChunkCache } from '../../../src/core/index.js';

const PARAGRAPHS = [
  'Mara Ellison, who chairs the port authority, spoke on Monday.',
  '“The pier opens in May,” Ellison said. “We found no cracks.”',
  'The ministry said that the plan would go ahead in March.',
  '“It will not,” said Dr. Ana Ruiz, the city’s chief medical officer. She added: “Nobody asked us.”',
  'Tomas Reyes disagreed.',
  '“The figures are wrong,” he said, “and everyone knows it.',
  '“We will keep asking,” Reyes said.',
  'The council adopted the “Harbour Renewal Act” last week.',
];

describe('incremental attribution', () => {
  it('gives the same claims after edits as a check from scratch', () => {
    const cache = createChunkCache();
    let text = PARAGRAPHS.join('\n\n');
    check(text, 'plaintext', { cache });
    const edits: [string, string][] = [
      ['Ellison said.', 'Ellison said today.'],
      ['Tomas Reyes disagreed.', 'Tomas Reyes, an engineer, disagreed.'],
      ['“We will keep asking,” Reyes said.', 'Reyes was blunt. “We will keep asking.”'],
      ['spoke on Monday.', 'spoke on Monday. “Hello,” she said.'],
      ['The ministry said', 'The agency said'],
    ];
    for (const [from, to] of edits) {
      text = text.replace(from, to);
      const incremental = check(text, 'plaintext', { cache }).claims;
      const scratch = check(text, 'plaintext').claims;
      expect(incremental).toEqual(scratch);
      expect(scratch.some((c) => c.speaker)).toBe(true);
    }
  });
});

/** groupClaimsBySource: how a desk sees a story's claims, source by source. */
import { describe, expect, it } from 'vitest';
import { check, groupClaimsBySource } from '../../../src/core/index.js';
import { claim } from './fixtures.js';

/** [story, expected groups as "label: quote | quote"]. */
const STORIES: [string, string[]][] = [
  [
    '“We will reopen the pier,” said Mara Ellison. “It is safe now,” she said.',
    ['Mara Ellison: We will reopen the pier, | It is safe now,'],
  ],
  [
    '“Repairs start today,” Tomas Brekke said.\n\n“We found cracks,” said Mara Ellison.\n\nThe ferry timetable changes in May.\n\n“Nobody warned us.”',
    ['Tomas Brekke: Repairs start today,', 'Mara Ellison: We found cracks,', 'Unattributed: Nobody warned us.'],
  ],
  ['No quotations here at all.', []],
];

describe('groupClaimsBySource on checked stories', () => {
  for (const [text, expected] of STORIES) {
    it(JSON.stringify(text), () => {
      const groups = groupClaimsBySource(check(text, 'plaintext').claims);
      expect(groups.map((g) => `${g.label}: ${g.claims.map((c) => c.text).join(' | ')}`)).toEqual(expected);
    });
  }
});

describe('groupClaimsBySource', () => {
  it('puts speakers first in order of their first quote, then unattributed, titles and scare quotes', () => {
    const claims = [
      claim('scare', 0, 'ghost town'),
      claim('quote', 20, 'first', { speaker: 'B' }),
      claim('title', 40, 'Harbour Act'),
      claim('quote', 60, 'orphan'),
      claim('quote', 80, 'second', { speaker: 'A' }),
      claim('quote', 100, 'third', { speaker: 'B' }),
    ];
    const groups = groupClaimsBySource(claims);
    expect(groups.map((g) => [g.key, g.claims.map((c) => c.text)])).toEqual([
      ['speaker:B', ['first', 'third']],
      ['speaker:A', ['second']],
      ['unattributed', ['orphan']],
      ['title', ['Harbour Act']],
      ['scare', ['ghost town']],
    ]);
  });

  it('keeps a title in the titles group even when a speaker was guessed for it', () => {
    const groups = groupClaimsBySource([claim('title', 0, 'Harbour Act', { speaker: 'Mara Ellison' })]);
    expect(groups.map((g) => g.label)).toEqual(['Titles']);
  });

  it('takes the speaker description from the first claim that has one, and sorts claims into document order', () => {
    const late = claim('quote', 50, 'later', { speaker: 'Ines Varga', description: 'the harbour master' });
    const early = claim('quote', 10, 'earlier', { speaker: 'Ines Varga' });
    const [group] = groupClaimsBySource([late, early]);
    expect(group.description).toBe('the harbour master');
    expect(group.claims.map((c) => c.text)).toEqual(['earlier', 'later']);
  });

  it('returns nothing for no claims', () => {
    expect(groupClaimsBySource([])).toEqual([]);
  });
});

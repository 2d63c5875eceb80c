/**
 * Fragments alone on a line inside a paragraph ("ely" between two full
 * lines), or a paragraph of one short lower-case fragment: debris of a page
 * read in pieces. Short last lines, function words, words ending a
 * sentence, halves of broken words, list items and names are left alone.
 * Uses the built dist/lexicon.bin.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/core/lexicon/lexicon.js';
import { findLineFragments, lineFragmentMessage } from '../../../src/core/rules/line-fragments.js';
import { plainDocument } from '../helpers/block.js';
import { BUILD_TIMEOUT_MS, testLexicon } from '../lexicon/lexicon-file.js';

let lex: Lexicon;
beforeAll(() => {
  lex = testLexicon();
}, BUILD_TIMEOUT_MS);

/** The fragments found, as written. */
const fragments = (text: string) => findLineFragments(plainDocument(text), lex).map((f) => text.slice(f.start, f.end));

const VALID = [
  // A short last line, and a short first line.
  'The council met on Monday to discuss the budget\nfor the coming year and agreed on\nit.',
  'So\nthe council met on Monday to discuss the budget\nfor the coming year.',
  // A function word alone on a line in hand-wrapped text.
  'The council met on Monday to discuss the budget\nand\nthe plans for the coming year.',
  // Capitalised words alone on a line: names and addresses.
  'Write to\nSmith\nat the office before the end of May.',
  // The last word of a sentence that a misread line put apart.
  'He said he would keep his\n\njob.\n\nThen he left the room.',
  // Half of a word broken at the line end.
  'The council met on Monday to discuss the develop-\nment\nof the new bridge.',
  // A half the next paragraph completes, and one that may still be being typed.
  'They met the gover-\n\nnor in May.\n\nThe minutes were signed by the secre-',
  // Longer words alone on a line.
  'The council met on Monday to discuss the budget\nbridges\nand roads for the coming year.',
];

const INVALID: { text: string; want: string[] }[] = [
  { text: 'The council met on Monday to discuss the budget\nely\nfor the coming year and agreed on it.', want: ['ely'] },
  { text: 'The council met on Monday to discuss the budget\nae:\nfor the coming year and agreed on it.', want: ['ae:'] },
  // A paragraph of one short lower-case fragment.
  { text: 'The council met on Monday.\n\ninst\n\nIt agreed on the budget.', want: ['inst'] },
  // The first half of a word broken at a paragraph end that the next paragraph does not complete.
  { text: 'They housed 400,000 refu-\n\nThe council met on Monday.', want: ['refu-'] },
];

describe('line fragments: valid texts', () => {
  it.each(VALID)('%s', (text) => {
    expect(fragments(text)).toEqual([]);
  });
});

describe('line fragments: invalid texts', () => {
  it.each(INVALID)('$text', ({ text, want }) => {
    expect(fragments(text)).toEqual(want);
  });

  it('is never sure enough to apply anything, and says why it flags the line', () => {
    const [f] = findLineFragments(plainDocument('The council met on Monday to discuss the budget\nely\nfor the coming year.'), lex);
    expect(f.confidence).toBeLessThan(0.5);
    expect(lineFragmentMessage(f.word)).toContain('alone on a line');
  });
});

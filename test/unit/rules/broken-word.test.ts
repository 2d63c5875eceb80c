/**
 * Words broken by a line-end hyphen ("announ-\nced"): found and joined when
 * a half is no word on its own; compounds broken at their hyphen and words
 * that only look split are left alone. Uses the built dist/lexicon.bin.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/core/lexicon/lexicon.js';
import { check } from '../../../src/core/engine/check.js';
import { blockHyphenations, findBrokenWords } from '../../../src/core/rules/broken-word.js';
import { analyzed, plainDocument } from '../helpers/block.js';
import { BUILD_TIMEOUT_MS, testLexicon } from '../lexicon/lexicon-file.js';

let lex: Lexicon;
beforeAll(() => {
  lex = testLexicon();
}, BUILD_TIMEOUT_MS);

/** "as written → joined" for each break found. */
const breaks = (text: string) => findBrokenWords(plainDocument(text), lex).map((b) => `${text.slice(b.start, b.end)} → ${b.suggestion}`);

const VALID = [
  'The well-\nknown rail-\nway company hired a follow-\nup team.',
  'A state-owned, long-running and self-\nfunded project.',
  'Costs rose - sharply - in May.',
  'She spoke to Park Min-\njun and Lee Soo-ah.',
  'Score: 3-\n1 at half time.',
  // Without the line break a real hyphenated spelling looks the same: only two lower-case fragments are a break.
  'The pre-war treaty, the Indo-china policy and the Tien-shan range.',
  'Any-\nway, the house-\nhold budget grew.',
];

const INVALID: { text: string; want: string[] }[] = [
  { text: 'The railroad announ-\nced salary cuts.', want: ['announ-\nced → announced'] },
  { text: 'Officers and other employ-\nees were told.', want: ['employ-\nees → employees'] },
  { text: 'All mem- bers agreed after the de- bate.', want: ['mem- bers → members'] },
  { text: 'Since the railr-oad cannot cut pay, it waits.', want: ['railr-oad → railroad'] },
  { text: 'He flew to Wash-\n  ington on Monday.', want: ['Wash-\n  ington → Washington'] },
  // Both halves listed, but one only in the dictionary's far corners, at a real line break.
  { text: 'The develop-\nment plan was approved.', want: ['develop-\nment → development'] },
];

describe('broken words: valid texts', () => {
  it.each(VALID)('%s', (text) => {
    expect(breaks(text)).toEqual([]);
  });
});

describe('broken words: invalid texts', () => {
  it.each(INVALID)('$text', ({ text, want }) => {
    expect(breaks(text)).toEqual(want);
  });

  it('is sure enough to fix unasked only when the join is the only reading', () => {
    const [both] = findBrokenWords(plainDocument('The railroad announ-\nced cuts.'), lex);
    const [one] = findBrokenWords(plainDocument('Officers and other employ-\nees were told.'), lex);
    expect(both.confidence).toBeGreaterThan(one.confidence);
    expect(one.confidence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('line-end hyphenations that are no break', () => {
  const kinds = (text: string) => blockHyphenations(analyzed(text), lex).map((h) => `${h.kind}:${h.written}`);

  it('tells compounds, damaged words and halves cut off by a paragraph end apart', () => {
    expect(kinds('A well-\nknown firm.')).toEqual(['compound:well-\nknown']);
    expect(kinds('The firm filed for bankrup-\ntey in May.')).toEqual(['unknown:bankrup-\ntey']);
    expect(kinds('They met the gover-')).toEqual(['dangling:gover-']);
    expect(kinds('Costs rose - sharply - in May.')).toEqual([]);
  });
});

/** OCR findings of every rule, as "written → first suggestion". */
const ocrFindings = (text: string) =>
  check(text, 'plaintext')
    .findings.filter((f) => f.rule.startsWith('ocr/'))
    .map((f) => `${text.slice(f.start, f.end)} → ${f.suggestions?.[0] ?? '∅'}`);

describe('ocr/garbled on words broken at a line end', () => {
  it('reports one finding over the whole break, whose fix leaves one word', () => {
    const text = 'Their respon-\nsibility for the develop-\nment is clear.';
    const found = check(text, 'plaintext').findings.filter((f) => f.rule.startsWith('ocr/'));
    expect(found.map((f) => f.rule)).toEqual(['ocr/garbled', 'ocr/garbled']);
    expect(found[0].message).toBe('“respon-⏎sibility” is one word broken at a line end — did you mean “responsibility”?');
    expect(found[0].data).toMatchObject({ word: 'respon-\nsibility', kind: 'garbled' });
    let fixed = text;
    for (const f of [...found].reverse()) fixed = fixed.slice(0, f.start) + (f.suggestions?.[0] ?? '') + fixed.slice(f.end);
    expect(fixed).toBe('Their responsibility for the development is clear.');
  });

  it('never judges a half on its own', () => {
    for (const text of ['The offi-\ncials met the presi-\ndent.', 'A well-\nknown and so-\ncalled expert.', 'They met the gover-\n\nnor in May.']) {
      for (const f of ocrFindings(text)) expect(f).toMatch(/^\S+-\s+\S+ → /);
    }
    expect(ocrFindings('A well-\nknown and so-\ncalled expert.')).toEqual([]);
    expect(ocrFindings('They met the gover-\n\nnor in May.')).toEqual(['gover-\n\nnor → governor']);
    expect(ocrFindings('The minutes of the meeting were signed by the secre-')).toEqual([]);
  });

  it('joins a word broken across a paragraph end (a blank line read between its lines), unsure', () => {
    const text = 'The new desig-\n\nner of the bridge spoke.';
    const found = check(text, 'plaintext').findings.filter((f) => f.rule.startsWith('ocr/'));
    expect(found.map((f) => `${text.slice(f.start, f.end)} → ${f.suggestions?.[0]}`)).toEqual(['desig-\n\nner → designer']);
    expect((found[0].data as { confidence: number }).confidence).toBeLessThan(0.9);
    expect(ocrFindings('The long negoti-\n\nations ended.')).toEqual(['negoti-\n\nations → negotiations']);
  });

  it('judges a damaged word broken at a line end as the one word it is', () => {
    expect(ocrFindings('The firm filed for bankrup-\ntey in May.')).toEqual(['bankrup-\ntey → bankruptcy']);
  });
});

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
  // A half listed only in the dictionary's far corners, or a suffix after the hyphen, is a fragment.
  { text: 'They contemp-\nlated a move.', want: ['contemp-\nlated → contemplated'] },
  { text: 'Crews were spray-\ning the fields.', want: ['spray-\ning → spraying'] },
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
    expect(kinds('The firm filed for bankrup-\ntey in May.')).toEqual(['break:bankrup-\ntey']);
    expect(kinds('The firm filed for qworp-\nzynth in May.')).toEqual(['unknown:qworp-\nzynth']);
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

/**
 * Breaks where OCR read the line-end hyphen as another mark, lost it, set a
 * speck before the second half or capitalised it, and breaks whose halves
 * are damaged too.
 */
describe('broken words behind other marks or none', () => {
  const NOT_BROKEN = [
    // Prose breaks lines between words: two words stay two words.
    'We went to\nward off the cold and a\ngent came by.',
    'The ship was bound for Costa Rica\nis where it sank.',
    'The rules are as follows:\nthe first is simple.',
    'He said:\nThe meeting is over.',
    // A real hyphenated compound with a capital keeps it.
    'It ended in mid-\nOctober after the Franco-\nPrussian talks.',
    // A dash at a line end is punctuation.
    'They had a plan\u2014\nor what was left of it.',
    // Names split at a line end are not "corrected" into other names.
    'Dr. Michae-\nlson and the Nacio-\nnal team met.',
  ];
  it.each(NOT_BROKEN)('%s', (text) => {
    expect(breaks(text)).toEqual([]);
  });

  const BROKEN: { text: string; want: string[] }[] = [
    { text: 'Heels place empha:\nsis on the long line.', want: ['empha:\nsis → emphasis'] },
    { text: 'All our legitim=\nate enterprises grew.', want: ['legitim=\nate → legitimate'] },
    { text: 'It secured an inter~\nnational order.', want: ['inter~\nnational → international'] },
    { text: 'Our people rejoice in a very satisfac\ntory degree of prosperity.', want: ['satisfac\ntory → satisfactory'] },
    { text: 'It destroyed the natural contr-\nOls of a borer.', want: ['contr-\nOls → controls'] },
    { text: 'A substantial impr-\n‘ovement in trade.', want: ['impr-\n‘ovement → improvement'] },
    { text: 'Banks noted the hoard=\ning of gold.', want: ['hoard=\ning → hoarding'] },
    // Halves damaged too: the word they most likely are.
    { text: 'The blessings of free gove-\nment will last.', want: ['gove-\nment → government'] },
    { text: 'It became the state relig:\njon in the fourth century.', want: ['relig:\njon → religion'] },
    { text: 'Turmoil, continuing polit\ncal turmoil.', want: ['polit\ncal → political'] },
  ];
  it.each(BROKEN)('$text', ({ text, want }) => {
    expect(breaks(text)).toEqual(want);
  });

  it('keeps the capital of a name broken at its hyphen, and judges it as written', () => {
    const kinds = (text: string) => blockHyphenations(analyzed(text), lex).map((h) => `${h.kind}:${h.written}`);
    expect(kinds('They met Ahmedou Ould-\nAbdallah and Ngozi Okonjo-\nIweala.')).toEqual([]);
    expect(kinds('It destroyed the natural contr-\nOls of a borer.')).toEqual(['break:contr-\nOls']);
  });

  it('never applies such a join unasked', () => {
    for (const text of ['Heels place empha:\nsis on it.', 'A very satisfac\ntory year.', 'Free gove-\nment lasts.']) {
      const [b] = findBrokenWords(plainDocument(text), lex);
      expect(b.confidence).toBeLessThan(0.9);
    }
  });

  it('joins a break across a paragraph end behind a mark or none, and judges neither half alone', () => {
    expect(ocrFindings('It became the state relig:\n\njon in the fourth century.')).toEqual(['relig:\n\njon → religion']);
    expect(ocrFindings('The long negoti\n\nations ended.')).toEqual(['negoti\n\nations → negotiations']);
    expect(ocrFindings('The rules are as follows:\n\nthe first is simple.')).toEqual([]);
  });

  it('reports one finding over the break whose fix leaves one word, the punctuation after it kept', () => {
    const text = 'A plan for reorgan:\nization. It failed.';
    const found = check(text, 'plaintext').findings.filter((f) => f.rule.startsWith('ocr/'));
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['reorgan:\nization']);
    const f = found[0];
    expect(text.slice(0, f.start) + (f.suggestions?.[0] ?? '') + text.slice(f.end)).toBe('A plan for reorganization. It failed.');
  });
});

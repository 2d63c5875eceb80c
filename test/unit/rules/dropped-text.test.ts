import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../../src/core/document.js';
import { droppedTextRule, findDroppedText } from '../../../src/core/rules/dropped-text.js';
import { analyzeBlock } from '../../../src/core/text/analyze.js';
import type { WorkMeter } from '../../../src/core/text/meter.js';
import { plainDocument } from '../helpers/block.js';
import { hostileText, onCodePointBoundary } from '../helpers/hostile.js';

const AFTER = (word: string): string => `Words may be missing after “${word}”`;
const BEFORE = (mark: string): string => `Words may be missing before “${mark}”`;
const REPEATED = (word: string): string => `Repeated word “${word}”`;

/**
 * Where a finding should be: `needle` is a unique substring of the text with
 * the expected span in square brackets ("for its[ ], in" — the space).
 */
function spanOf(text: string, needle: string): { start: number; end: number } {
  const open = needle.indexOf('[');
  const close = needle.indexOf(']');
  expect(open >= 0 && close > open, `"${needle}" marks a span with [ ]`).toBe(true);
  const plain = needle.slice(0, open) + needle.slice(open + 1, close) + needle.slice(close + 1);
  const at = text.indexOf(plain);
  expect(at, `"${plain}" in ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0);
  expect(text.lastIndexOf(plain), `"${plain}" is unique`).toBe(at);
  return { start: at + open, end: at + close - 1 };
}

function run(text: string) {
  return droppedTextRule.run(plainDocument(text), { severity: 'information' });
}

/** Texts with no findings: legitimate uses of the words the rule watches. */
const VALID: string[] = [
  'The harbour board approved the plan on Tuesday.',
  'Voters in the A-list districts turned out early.',
  'The ferry leaves at 9 a. m. and returns at 5 p. m.',
  'The ferry leaves at 9 a.m. sharp.',
  'Under Section (a), the council must publish its accounts.',
  'The list runs a, b and c, in that order.',
  'Points a and b lie on one line; the route runs from a to z.',
  'Consider this: the pier has stood for a century.',
  'The mayor said that, in her view, the pier should stay.',
  'Nobody expected this. I like this.',
  'She would not confirm those, a spokesman said.',
  'Those of us who remember the flood will not forget it.',
  'Is this the pier they want to sell? Are those the plans?',
  'The committee told her, in private, that the vote was lost.',
  'Officials relieved her of her duties and gave her her keys back.',
  'The final decision is his. The boat is his, the nets are hers.',
  'Tickets cost $5 each. Each of the traders paid.',
  'Oh my. My, how the town has grown.',
  'Whose?',
  'The at least 52 people injured were taken to hospital.',
  'The as yet unnamed successor will take office in June.',
  'The by now familiar warning was repeated.',
  'The in house lawyers and the on site engineers agreed.',
  'The union and its members, and their families, marched.',
  'It was his and her decision, and our and your problem.',
  'The firm must protect your or third parties’ rights.',
  'The show goes on on Friday, and the cast had had enough.',
  'He said that that was the end of it. What it is is a scandal.',
  'Analysts were looking at at least 30 cases.',
  'The word “the” is the most common in English.',
  'He paused: “The — the plan is off.”',
  'Then he said the... and stopped.',
  'The band The The played two encores.',
  'Download the report at example.org/report .',
  'The .NET runtime and the .zip format were named.',
  'The rate rose to .5 percent.',
  'It was good, though.',
  'It is the house he lived in. Here is what the bridge is made of.',
  'Mr. An, the new envoy, arrived on Monday.',
  'ITS, the transport agency, said the road would reopen.',
  'Vitamin A, zinc and iron were added.',
  'Plan B, not plan a, was adopted.',
  'The grade was an A.',
  'Register a, which holds the text, is cleared.',
  'They met at the in-laws’ house for the by-election count.',
  'He signed the for-profit deal, then the to-do list grew.',
  'The a cappella group sang before the a priori argument began.',
  'Search for it or buy it, and/or.',
  'The price was 1 , 2 or 3 in the table.\n',
  'The until now secret report was released, and the would be buyer walked away.',
  'Press the on switch twice.',
  'Oh my my, said the fisherman.',
  'Call the has() function first, then the a:dict one.',
  'Run the tool\t, then wait.',
  'Prices rose\n, then fell.',
  'See https://example.org/a , the new site, and notes.txt .',
];

/** Texts with findings. `at` marks the expected span in brackets inside a unique substring. */
const INVALID: { text: string; errors: { message: string; at: string }[] }[] = [
  {
    text: 'Pyongyang provides badly needed munitions for its , in exchange for fuel.',
    errors: [{ message: AFTER('its'), at: 'for its[ ], in' }],
  },
  { text: 'Leaders had described the as a major upgrade.', errors: [{ message: AFTER('the'), at: 'the[ ]as' }] },
  { text: 'The council met to discuss the of the harbour.', errors: [{ message: AFTER('the'), at: 'the[ ]of' }] },
  { text: 'She bought a the ticket for the ferry.', errors: [{ message: AFTER('a'), at: 'a[ ]the' }] },
  { text: 'He ate an and left the table.', errors: [{ message: AFTER('an'), at: 'an[ ]and' }] },
  { text: 'The order named the its owners.', errors: [{ message: AFTER('the'), at: 'the[ ]its' }] },
  { text: 'The court ruled for our in the end.', errors: [{ message: AFTER('our'), at: 'our[ ]in' }] },
  { text: 'The crew said the was late.', errors: [{ message: AFTER('the'), at: 'the[ ]was' }] },
  { text: 'Officials agreed to the.', errors: [{ message: AFTER('the'), at: '[the].' }] },
  { text: 'The mayor thanked their ; nobody else spoke.', errors: [{ message: AFTER('their'), at: 'their[ ];' }] },
  { text: 'The agency said the , in a statement, that it would wait.', errors: [{ message: AFTER('the'), at: 'the[ ],' }] },
  { text: 'Farmers sold a , mostly to neighbours.', errors: [{ message: AFTER('a'), at: 'a[ ],' }] },
  { text: 'The fund paid for every : boats, nets and fuel.', errors: [{ message: AFTER('every'), at: 'every[ ]:' }] },
  { text: 'The report (see your) was late.', errors: [{ message: AFTER('your'), at: '[your])' }] },
  { text: 'Every, in the end, voted.', errors: [{ message: AFTER('Every'), at: '[Every],' }] },
  { text: 'The the harbour reopened.', errors: [{ message: REPEATED('the'), at: 'The [the] harbour' }] },
  { text: 'Talks resumed after the the summit.', errors: [{ message: REPEATED('the'), at: 'the [the] summit' }] },
  { text: 'Ministers of\nof the region met.', errors: [{ message: REPEATED('of'), at: 'of\n[of] the' }] },
  { text: 'Workers cleared the pier , then left.', errors: [{ message: BEFORE(','), at: 'pier[ ],' }] },
  { text: 'The vote passed 12 to 3 .', errors: [{ message: BEFORE('.'), at: '3[ ].' }] },
  { text: 'The motion was tabled by his , not hers.', errors: [{ message: BEFORE(','), at: 'his[ ],' }] },
  { text: 'The treaty was signed by Kim and.', errors: [{ message: AFTER('and'), at: '[and].' }] },
  { text: 'Prices were higher than .', errors: [{ message: AFTER('than'), at: 'than[ ].' }] },
  {
    text: 'The first paragraph is fine.\n\nThe second one names the of the pier , twice.',
    errors: [
      { message: AFTER('the'), at: 'names the[ ]of' },
      { message: BEFORE(','), at: 'pier[ ],' },
    ],
  },
];

describe('text/dropped: valid texts', () => {
  it.each(VALID)('%s', (text) => {
    expect(run(text).findings).toEqual([]);
  });
});

describe('text/dropped: invalid texts', () => {
  it.each(INVALID)('$text', ({ text, errors }) => {
    const got = run(text).findings.map((f) => ({ message: f.message, start: f.start, end: f.end }));
    const want = errors.map((e) => ({ message: e.message, ...spanOf(text, e.at) }));
    expect(got).toEqual(want);
  });

  it('uses the configured severity, names the rule, and offers no suggestions', () => {
    const text = 'Pyongyang sold munitions for its , in exchange.';
    const { findings } = droppedTextRule.run(plainDocument(text), { severity: 'hint' });
    expect(findings).toEqual([
      {
        rule: 'text/dropped',
        severity: 'hint',
        message: AFTER('its'),
        ...spanOf(text, 'its[ ],'),
        data: { kind: 'determiner-punctuation', near: 'its' },
      },
    ]);
    expect(droppedTextRule.defaultSeverity).toBe('information');
  });

  it('reports the gap as the whitespace between the words, or the word itself when there is none', () => {
    const text = 'They blamed the  as usual and thanked its, then left.';
    const found = findDroppedText(plainDocument(text));
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(['  ', 'its']);
  });
});

describe('text/dropped: markup between words', () => {
  it('does not report a gap where the prose extractor removed markup', () => {
    // Source "for its <!-- note -->, in" whose prose reads "for its , in": the space is markup, not damage.
    const source = 'Munitions for its <!-- note -->, in exchange.';
    const prose = 'Munitions for its , in exchange.';
    const comma = prose.indexOf(',');
    const shift = source.indexOf(',') - comma;
    const block = analyzeBlock({
      kind: 'paragraph',
      text: prose,
      start: 0,
      end: source.length,
      map: { toSource: (i) => (i < comma ? i : i + shift), toSourceEnd: (i) => (i <= comma ? i : i + shift) },
    });
    const doc: Document = { text: source, format: 'markdown', chunks: [{ base: 0, source, blocks: [block] }] };
    expect(findDroppedText(doc)).toEqual([]);
  });

  it('still reports a gap hidden behind emphasis markers', () => {
    const source = 'Munitions for *its* , in exchange.';
    const prose = 'Munitions for its , in exchange.';
    const toSource = (i: number): number => (i < 14 ? i : i < 17 ? i + 1 : i + 2);
    const block = analyzeBlock({
      kind: 'paragraph',
      text: prose,
      start: 0,
      end: source.length,
      map: { toSource, toSourceEnd: (i) => (i <= 14 ? i : i <= 17 ? i + 1 : i + 2) },
    });
    const doc: Document = { text: source, format: 'markdown', chunks: [{ base: 0, source, blocks: [block] }] };
    const found = findDroppedText(doc);
    expect(found.map((d) => [d.kind, source.slice(d.start, d.end)])).toEqual([['determiner-punctuation', '* ']]);
  });
});

/** Ordinary news prose, written for this test, full of the legitimate uses listed above. */
const CLEAN_PROSE = `HARBOURTON — The town council voted on Tuesday to keep the old pier open for at least another year, ending a months-long dispute that had split residents and tested the patience of its members.

The decision, which passed seven votes to two, came after engineers told the council that the structure was safer than feared. “Nobody expected this,” said Councillor Rosa Imbert, who chaired the session. “We came in ready to close it, and we leave with a plan to fix it.”

Under Section (a) of the harbour by-law, the council must publish its repair accounts every quarter. The first report is due at 9 a. m. on the first Monday of April, and the treasurer said the numbers would be posted online at the same time.

Those of us who grew up on the pier will be relieved, said Martin Osei, 71, a retired fisherman. He said that, in his view, the town had no choice. “The boat is his, the nets are hers, and the pier belongs to all of us,” he said of his son and daughter-in-law, who run the last fishing business in the bay.

Not everyone was pleased. The as yet unnamed contractor will have to finish the work before the tourist season, and the at least 40 traders who depend on the pier want guarantees. Some told her, in private, that they had heard promises before. Each trader will pay £50 each month, and those who sell food will pay more.

Consider this: the pier has survived two storms, a fire and the A-list visitors who arrived with a film crew in 2019. Is this the end of the story? The mayor, Ana Kowalczyk, thinks not. “I like this,” she said of the plan. “It is the best deal we could get, and it is the one the town asked for.”

Mr. An, the ferry operator, said his company would keep its timetable. The council will meet again on Thursday. Its agenda includes the ferry timetable, the in house review of the budget and the on call rota for the harbour master’s office.`;

describe('text/dropped: clean prose', () => {
  it('finds nothing in ordinary news prose', () => {
    expect(CLEAN_PROSE.split(/\s+/).length).toBeGreaterThan(300);
    expect(run(CLEAN_PROSE).findings).toEqual([]);
  });
});

const PIECES = [
  'the', 'The', 'a', 'A', 'an', 'its', 'his', 'her', 'their', 'every', 'this', 'of', 'as', 'and', 'than',
  ' ', '  ', '\n', '\t', ',', '.', '...', ';', ':', ')', '(', '“', '”', '-', '—', '/', '_', '12', '.5', 'x',
  '\uFFFC', '😀', 'é', '\u0301', '\u00a0',
];

const hostile = hostileText(PIECES, { pieceWeight: 6 });


describe('text/dropped: properties', () => {
  it('never throws on hostile text, and every finding is a non-empty range inside the text, in order', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const { findings } = run(text);
        let last = -1;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(onCodePointBoundary(text, f.start) && onCodePointBoundary(text, f.end)).toBe(true);
          expect(f.start).toBeGreaterThanOrEqual(last);
          last = f.start;
          expect(f.suggestions).toBeUndefined();
        }
      }),
      { numRuns: 400 },
    );
  });

  it('does bounded work per token on long damaged text', () => {
    const line = 'for its , in the the of a , b ... '.repeat(5_000);
    const meter: WorkMeter = { steps: 0 };
    const found = findDroppedText(plainDocument(line), meter);
    expect(found.length).toBeGreaterThan(5_000);
    expect(meter.steps).toBeLessThanOrEqual(line.length);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotations, quoteSpansRule, type Quotation } from '../../../src/core/rules/quote-spans.js';
import type { WorkMeter } from '../../../src/core/text/meter.js';
import { CODE_PLACEHOLDER } from '../../../src/core/types.js';
import { plainDocument } from '../helpers/block.js';
import { hostileText, onCodePointBoundary } from '../helpers/hostile.js';

const OPEN_EOP = (mark: string): string =>
  `Unmatched opening quotation mark ${mark} — no closing mark before the paragraph ends`;
const OPEN_ENCLOSED = (mark: string): string => `Unmatched opening quotation mark ${mark} — the quotation around it closes first`;
const CLOSE = (mark: string): string => `Unmatched closing quotation mark ${mark}`;

/** Where a unique substring starts; fails the test if it is missing or repeated. */
function at(text: string, needle: string): number {
  const i = text.indexOf(needle);
  expect(i, `"${needle}" in ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0);
  expect(text.lastIndexOf(needle), `"${needle}" is unique`).toBe(i);
  return i;
}

function run(text: string) {
  return quoteSpansRule.run(plainDocument(text), { severity: 'warning' });
}

/** Texts with no findings. */
const VALID: string[] = [
  '“The harbour will reopen on Monday,” the mayor said.',
  '"We are not finished," said Councillor Ines Varga.',
  '‘Quietly,’ she wrote in the log.',
  '“He told me ‘wait for the tide’ and left,” the skipper said.',
  '\'She called it "a disgrace" on air,\' the producer recalled.',
  'The Smiths’ new album outsold the Beatles’ reissue.',
  "The Joneses' boat was the last to leave the bosses' marina.",
  'They grew up in the ’90s; their parents in the \'60s and ‘70s.',
  "Rock 'n' roll never died, the DJ insisted.",
  "We'll fight 'em till dawn, 'cause we must, he said; 'tis the season.",
  'The candidate (“a reformer,” by his own account) lost the runoff.',
  '“Are we ready?” he asked. “No,” she said. “Not yet.”',
  '« Nous verrons », a déclaré la ministre.',
  'Er sagte: „Wir bleiben hier.“',
  'Sie sagte: »Das reicht.«',
  '”Vi stannar”, sa hon.',
  'The 6\'2" forward signed a 12" record for the fans.',
  '“The Smiths’ music shaped me,” he said.',
  '‘The Smiths’ music shaped me,’ he said.',
  '‘I never liked the Smiths’ he admitted.',
  'He said "no"—and walked out of the chamber.',
  '"...and that was the end of it," the witness said.',
  `The “${CODE_PLACEHOLDER}” flag is new, the maintainers wrote.`,
  '"Hello," he said, "how are you?"',
  'She was goin’ home, she said.',
  'Dylan’s “Harbour Song” and the Iron Lady’s ‘quiet years’ were mentioned.',
  '“The tide is turning.\n\n“We will rebuild the pier. Every plank of it.”',
  '“First.\n\n“Second.\n\n“Third and last.”',
  '“He said ‘the pier is ours.\n\n“‘And we keep it,’ he said,” she recalled.',
  '「東京は雨です」と彼は言った。',
  '‹ Oui ›, répondit-il.',
  "'Twas a long night,' the ferryman said.",
  '‘’90s kids remember,’ he said.',
  'He said “no.”He left.',
  '‘Dogs’ owners,’ he said, ‘and cats’.’',
  '‘He said “the Smiths’ album” twice,’ she wrote.',
  "The U.K.'s regulator and the U.S.’s top diplomat met the U.N.'s envoy.",
  "Good ol' rock 'n' roll, the DJ said, was goin' nowhere.",
  'The ol’ harbour bar and the lil’ chapel both closed.',
  "It's a big ol' mess, an' nobody's fixin' it.",
  "Top o' the morning, said the ferryman to his huntin' partner.",
  '“The ol’ pier is gone,” she said.',
  "He called it 'the ol' pier' twice.",
  "'Ol' Blue,' they called the boat.",
];

/** Texts with findings: each expected finding names a unique substring that starts with the mark. */
const INVALID: { text: string; errors: { message: string; at: string }[] }[] = [
  { text: '“The ferry was late, the captain said.', errors: [{ message: OPEN_EOP('“'), at: '“The' }] },
  { text: 'The ferry was late,” the captain said.', errors: [{ message: CLOSE('”'), at: '” the' }] },
  {
    text: '“He said ‘wait and left,” she said.',
    errors: [{ message: OPEN_ENCLOSED('‘'), at: '‘wait' }],
  },
  { text: "'Stop! he shouted at the crowd.", errors: [{ message: OPEN_EOP("'"), at: "'Stop" }] },
  {
    text: '“First paragraph.\n\nSecond paragraph.”',
    errors: [
      { message: OPEN_EOP('“'), at: '“First' },
      { message: CLOSE('”'), at: '”' },
    ],
  },
  { text: '“Quoted” and then “another one.', errors: [{ message: OPEN_EOP('“'), at: '“another' }] },
  { text: 'Il a dit : « Nous partons.', errors: [{ message: OPEN_EOP('«'), at: '«' }] },
  { text: 'The dog’ barked twice.', errors: [{ message: CLOSE('’'), at: '’' }] },
  { text: '"Unclosed straight quote, the editor noted.', errors: [{ message: OPEN_EOP('"'), at: '"' }] },
  {
    text: '“Outer “inner,” he said.',
    errors: [{ message: OPEN_EOP('“'), at: '“Outer' }],
  },
  {
    text: 'Budget talks “resumed.\n\nNobody commented.',
    errors: [{ message: OPEN_EOP('“'), at: '“resumed' }],
  },
  {
    text: '“‘Tis the season,” he said, and left\'.',
    errors: [{ message: CLOSE("'"), at: "'." }],
  },
  {
    text: 'It ended.” Then “it began again.',
    errors: [
      { message: CLOSE('”'), at: '” Then' },
      { message: OPEN_EOP('“'), at: '“it' },
    ],
  },
];

describe('quote/unbalanced: valid texts', () => {
  it.each(VALID)('%s', (text) => {
    expect(run(text).findings).toEqual([]);
  });
});

describe('quote/unbalanced: invalid texts', () => {
  it.each(INVALID)('$text', ({ text, errors }) => {
    const got = run(text).findings.map((f) => ({ message: f.message, start: f.start, end: f.end }));
    const want = errors.map((e) => ({ message: e.message, start: at(text, e.at), end: at(text, e.at) + 1 }));
    expect(got).toEqual(want);
  });

  it('uses the configured severity and names the rule', () => {
    const { findings } = quoteSpansRule.run(plainDocument('“Open'), { severity: 'hint' });
    expect(findings).toEqual([
      {
        rule: 'quote/unbalanced',
        severity: 'hint',
        message: OPEN_EOP('“'),
        start: 0,
        end: 1,
        data: { mark: '“', family: 'double', side: 'open', reason: 'paragraph-end' },
      },
    ]);
    expect(quoteSpansRule.defaultSeverity).toBe('warning');
  });
});

/** Expected quotations as [quoted substring including marks, depth]. */
const SPANS: { text: string; quotes: [string, number][] }[] = [
  { text: '“The pier is closed,” the mayor said.', quotes: [['“The pier is closed,”', 0]] },
  { text: '"Ships wait," she said.', quotes: [['"Ships wait,"', 0]] },
  { text: "'Ships wait,' she said.", quotes: [["'Ships wait,'", 0]] },
  {
    text: '“He told me ‘wait for the tide’ and left,” the skipper said.',
    quotes: [
      ['“He told me ‘wait for the tide’ and left,”', 0],
      ['‘wait for the tide’', 1],
    ],
  },
  {
    text: '\'She called it "a disgrace" on air,\' he recalled.',
    quotes: [
      ['\'She called it "a disgrace" on air,\'', 0],
      ['"a disgrace"', 1],
    ],
  },
  {
    text: '“A ‘B “C” B’ A,” said the linguist.',
    quotes: [
      ['“A ‘B “C” B’ A,”', 0],
      ['‘B “C” B’', 1],
      ['“C”', 2],
    ],
  },
  { text: 'The Smiths’ manager said “the ’90s are back.”', quotes: [['“the ’90s are back.”', 0]] },
  { text: "Rock 'n' roll, 'cause 'twas 'em, they said.", quotes: [] },
  { text: "He called it 'the ol' pier' twice.", quotes: [["'the ol' pier'", 0]] },
  { text: '‘The lil’ boat sank,’ he said, ‘an’ the crew swam.’', quotes: [['‘The lil’ boat sank,’', 0], ['‘an’ the crew swam.’', 0]] },
  { text: "Critics called it a 'win-win', but the Canadiens' coach disagreed.", quotes: [["'win-win'", 0]] },
  { text: "Built in the '70s, it sold. \"Y'all come back,\" said the ol' sheriff.", quotes: [['"Y\'all come back,"', 0]] },
  { text: 'The candidate (“a reformer”) lost.', quotes: [['“a reformer”', 0]] },
  { text: '“We lost,” he said. “Badly.”', quotes: [['“We lost,”', 0], ['“Badly.”', 0]] },
  { text: '“Did we lose?” he asked.', quotes: [['“Did we lose?”', 0]] },
  { text: '« Nous verrons », dit-elle.', quotes: [['« Nous verrons »', 0]] },
  { text: '‘I like the Smiths’ music,’ he said.', quotes: [['‘I like the Smiths’ music,’', 0]] },
  { text: '‘I never liked the Smiths’ he admitted.', quotes: [['‘I never liked the Smiths’', 0]] },
  { text: '“The Smiths’ music,” he said.', quotes: [['“The Smiths’ music,”', 0]] },
  { text: '”Misused opener,” he said.', quotes: [['”Misused opener,”', 0]] },
  { text: 'Er sagte: „Wir bleiben.“', quotes: [['„Wir bleiben.“', 0]] },
  { text: 'He said "no"—and left.', quotes: [['"no"', 0]] },
  { text: 'The 6\'2" forward said "yes."', quotes: [['"yes."', 0]] },
  { text: "'Twas a long night,' he said.", quotes: [["'Twas a long night,'", 0]] },
  { text: '‘I like the Smiths’ and ‘the Beatles’.', quotes: [['‘I like the Smiths’', 0], ['‘the Beatles’', 0]] },
  { text: '‘Dogs’ owners,’ he said, ‘and cats’.’', quotes: [['‘Dogs’ owners,’', 0], ['‘and cats’.’', 0]] },
  {
    text: '‘He said “the Smiths’ album” twice,’ she wrote.',
    quotes: [
      ['‘He said “the Smiths’ album” twice,’', 0],
      ['“the Smiths’ album”', 1],
    ],
  },
  { text: 'He said “no.”He left.', quotes: [['“no.”', 0]] },
];

describe('findQuotations: spans', () => {
  it.each(SPANS)('$text', ({ text, quotes }) => {
    const got = findQuotations(plainDocument(text)).quotes.map((q) => ({ start: q.start, end: q.end, depth: q.depth }));
    const want = quotes
      .map(([span, depth]) => ({ start: at(text, span), end: at(text, span) + span.length, depth }))
      .sort((a, b) => a.start - b.start);
    expect(got).toEqual(want);
  });

  it('reports inner offsets, family, marks and paragraph count', () => {
    const text = 'Intro.\n\n“The tide is turning.\n\n“We will rebuild,” she said.';
    const { quotes, unmatched } = findQuotations(plainDocument(text));
    expect(unmatched).toEqual([]);
    const start = at(text, '“The');
    const end = text.indexOf('”') + 1;
    const expected: Quotation = {
      start,
      end,
      innerStart: start + 1,
      innerEnd: end - 1,
      depth: 0,
      mark: 'double',
      open: '“',
      close: '”',
      paragraphs: 2,
    };
    expect(quotes).toEqual([expected]);
  });

  it('continues nested quotations across paragraphs when both marks reopen', () => {
    const text = '“He said ‘the pier is ours.\n\n“‘And we keep it,’ he said,” she recalled.';
    const { quotes, unmatched } = findQuotations(plainDocument(text));
    expect(unmatched).toEqual([]);
    expect(quotes.map((q) => [text.slice(q.start, q.end), q.depth, q.paragraphs])).toEqual([
      ['“He said ‘the pier is ours.\n\n“‘And we keep it,’ he said,”', 0, 2],
      ['‘the pier is ours.\n\n“‘And we keep it,’', 1, 2],
    ]);
  });

  it('does not continue a nested quotation the next paragraph does not reopen', () => {
    const text = '“He said ‘the pier.\n\n“And we keep it,” she said.';
    const { quotes, unmatched } = findQuotations(plainDocument(text));
    expect(unmatched.map((u) => [u.start, u.reason])).toEqual([[at(text, '‘the'), 'paragraph-end']]);
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(['“He said ‘the pier.\n\n“And we keep it,”']);
  });

  it('is robust to \\r\\n paragraph breaks', () => {
    const text = '“One.\r\n\r\n“Two.”';
    expect(findQuotations(plainDocument(text)).quotes.map((q) => [q.start, q.end, q.paragraphs])).toEqual([[0, text.length, 2]]);
  });
});

describe('quote/unbalanced: claims', () => {
  it('returns outer quotations as quote and nested ones as nested-quote, in document order', () => {
    const text = '“Keep ‘calm’ now,” she said. \'Fine,\' he said.';
    const { claims } = run(text);
    // Attribution adds cue, speaker and confidence; the spans are this rule's.
    expect(claims).toMatchObject([
      { id: 'q1', kind: 'quote', start: 0, end: at(text, ' she') , text: 'Keep ‘calm’ now,' },
      { id: 'q2', kind: 'nested-quote', start: at(text, '‘calm'), end: at(text, '‘calm') + '‘calm’'.length, text: 'calm' },
      { id: 'q3', kind: 'quote', start: at(text, "'Fine"), end: at(text, " he"), text: 'Fine,' },
    ]);
    expect(claims).toHaveLength(3);
  });

  it('gives a multi-paragraph quotation the source text between its outer marks', () => {
    const text = '“The tide is turning.\n\n“We will rebuild.”';
    const { claims } = run(text);
    expect(claims).toEqual([{ id: 'q1', kind: 'quote', start: 0, end: text.length, text: 'The tide is turning.\n\n“We will rebuild.' }]);
  });

  it('reads a double quotation never closed as running to the end of its paragraph, and still reports the mark', () => {
    const text = '“We start on Monday,” Ayla Brandt said. “Then we move north to the lakes.\n\nThe crew left early.';
    // In the last paragraph an open quotation may still be being typed: no claim.
    expect(run('Ayla Brandt said. “Then we move north to the lakes.\n').claims).toEqual([]);
    const { claims = [], findings } = run(text);
    const open = at(text, '“Then');
    expect(claims.map((c) => [c.kind, c.start, c.end])).toEqual([
      ['quote', 0, at(text, ' Ayla')],
      ['quote', open, at(text, '\n\n')],
    ]);
    expect(claims[1].text).toBe('Then we move north to the lakes.');
    // Speech that runs on continues its speaker.
    expect(claims[1].speaker?.name).toBe('Ayla Brandt');
    expect(findings.map((f) => [f.start, f.data?.reason])).toEqual([[open, 'paragraph-end']]);
  });

  it('makes no claim for an unmatched closing mark, a single mark never closed, or a mark ending its paragraph', () => {
    expect(run('Closed and never opened.”').claims).toEqual([]);
    expect(run("He called it 'the plan and left.\n\nThen it rained.").claims).toEqual([]);
    expect(run('The sign read “\n\nThen it rained.').claims).toEqual([]);
  });

  it('nests a closed quotation inside a run-on one', () => {
    const text = '“They told us “wait” and we did.\n\nThen it rained.';
    expect((run(text).claims ?? []).map((c) => [c.kind, c.start, c.end])).toEqual([
      ['quote', 0, at(text, '\n\n')],
      ['nested-quote', at(text, '“wait'), at(text, ' and')],
    ]);
  });
});

// ---------------------------------------------------------------------------
// Properties: hostile input never breaks the finder, and work stays linear.

const PIECES = [
  '"', "'", '“', '”', '‘', '’', '«', '»', '„', '‹', '›', '‚', '「', '」', '(', ')', '[', ']', ' ', '\n', '\r\n', '\r',
  '\n\n', '\t', '.', '?', '!', ',', 'the', 'Smiths', 's', 'in', 'em', 'n', '90', '6', '—', CODE_PLACEHOLDER, '\u0000',
  '\u200D', '\uFEFF', '👍', '🇳', 'e\u0301', 'Ж', '\uD800', '\uDFFF',
];

const hostile = hostileText(PIECES, { maxParts: 120 });


describe('findQuotations: properties', () => {
  it('never throws; offsets are ordered, in range, on code-point boundaries and properly nested', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const doc = plainDocument(text);
        const { quotes, unmatched } = findQuotations(doc);
        const result = quoteSpansRule.run(doc, { severity: 'warning' });
        expect(result.findings.length).toBe(unmatched.length);
        const inRange = (i: number): boolean => i >= 0 && i <= text.length && onCodePointBoundary(text, i);
        for (const q of quotes) {
          expect(inRange(q.start) && inRange(q.innerStart) && inRange(q.innerEnd) && inRange(q.end)).toBe(true);
          expect(q.start < q.innerStart && q.innerStart <= q.innerEnd && q.innerEnd < q.end).toBe(true);
        }
        for (const u of unmatched) expect(inRange(u.start) && u.end === u.start + 1).toBe(true);
        // Depth equals the number of quotations that strictly contain this one, and none cross.
        for (let k = 0; k < quotes.length; k++) {
          if (k > 0) expect(quotes[k - 1].start).toBeLessThan(quotes[k].start);
          let containing = 0;
          for (const other of quotes) {
            if (other === quotes[k]) continue;
            const disjoint = other.end <= quotes[k].start || quotes[k].end <= other.start;
            const contains = other.start < quotes[k].start && quotes[k].end <= other.end;
            const inside = quotes[k].start < other.start && other.end <= quotes[k].end;
            expect(disjoint || contains || inside).toBe(true);
            if (contains) containing++;
          }
          expect(quotes[k].depth).toBe(containing);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('marks are either in a quotation, unmatched, or apostrophes — never both matched and unmatched', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const { quotes, unmatched } = findQuotations(plainDocument(text));
        const used = new Set<number>();
        for (const q of quotes) {
          expect(used.has(q.start) || used.has(q.innerEnd)).toBe(false);
          used.add(q.start);
          used.add(q.innerEnd);
        }
        for (const u of unmatched) expect(used.has(u.start)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

/** Steps the finder takes on a text, counted by the work meter. */
function steps(text: string): number {
  const meter: WorkMeter = { steps: 0 };
  findQuotations(plainDocument(text), meter);
  return meter.steps;
}

describe('findQuotations: linear work', () => {
  const PATTERNS: Record<string, (n: number) => string> = {
    'only openers': (n) => '“'.repeat(n),
    'only closers': (n) => '”'.repeat(n),
    'deep alternating nesting, closed from outside': (n) => '“‘'.repeat(n) + '”',
    'deep nesting closed properly': (n) => '“‘'.repeat(n) + '’”'.repeat(n),
    'singles skipped by doubles': (n) => '“ ‘a '.repeat(n) + '”'.repeat(n),
    'straight marks': (n) => `"'`.repeat(n),
    'possessive candidates': (n) => "'the Smiths' music ".repeat(n),
    'paragraph continuations': (n) => '“Quote.\n\n'.repeat(n) + '“End.”',
    'open marks left at every paragraph end': (n) => '“‘«a\n\n'.repeat(n),
    'brackets and quotes': (n) => '(“[‘'.repeat(n) + '’]”)'.repeat(n),
  };

  it.each(Object.keys(PATTERNS))('%s: work grows linearly', (name) => {
    const make = PATTERNS[name];
    const small = make(2_000);
    const large = make(16_000);
    const s = steps(small);
    const l = steps(large);
    // Bounded work per input unit, and 8x input costs about 8x work (quadratic would be 64x).
    expect(l).toBeLessThanOrEqual(12 * large.length);
    expect(l / s).toBeLessThan(10);
  });

  it('handles a one-megabyte line of quotation marks', () => {
    const line = '“‘"\'«»”’ a'.repeat(100_000);
    const { quotes, unmatched } = findQuotations(plainDocument(line));
    expect(quotes.length + unmatched.length).toBeGreaterThan(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayOfWeek,
  daysInMonth,
  documentYear,
  findDates,
  impossibleDateRule,
  isLeapYear,
} from '../../../src/core/rules/impossible-date.js';
import type { WorkMeter } from '../../../src/core/text/meter.js';
import { plainDocument } from '../helpers/block.js';
import { hostileText } from '../helpers/hostile.js';

const NOT_REAL = (date: string): string => `“${date}” is not a real date`;
const NOT_TIME = (time: string): string => `“${time}” is not a real time`;
const NO_DAY = (month: string, day: number): string => `${month} has no day ${day}`;
const NOT_LEAP = (year: number): string => `${year} is not a leap year: February has no day 29`;
const WEEKDAY = (date: string, actual: string, written: string): string => `${date} was a ${actual}, not a ${written}`;
const INFERRED = ' (year taken from the other dates in the document)';

/** Where a unique substring is; fails the test if it is missing or repeated. */
function spanOf(text: string, needle: string): { start: number; end: number } {
  const at = text.indexOf(needle);
  expect(at, `"${needle}" in ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0);
  expect(text.lastIndexOf(needle), `"${needle}" is unique`).toBe(at);
  return { start: at, end: at + needle.length };
}

function run(text: string) {
  return impossibleDateRule.run(plainDocument(text), { severity: 'warning' });
}

/** Texts with no findings. */
const VALID: string[] = [
  'The treaty was signed on Wednesday, June 19, 2024.',
  'WEDNESDAY, JUNE 19, 2024 — The leaders met in the capital.',
  'The text was released on Wed., June 19, 2024, by the agency.',
  'The text was published on Thursday, June 20, by the state agency.',
  'The vote is set for Sept. 30, and the count for Oct. 1.',
  'Posted 2024-06-19 14:30:00 and updated 2024-06-19T16:05:12.345Z.',
  'Posted 2024-02-29 23:59:59, in a leap year.',
  'The office closed at 2024-06-19 24:00:00 sharp.',
  'The leap second at 2016-12-31 23:59:60 was observed.',
  'She was born on 29 February 2000.',
  'The report was dated 19 June 2024 and signed Monday, 17 June 2024.',
  'The 4th June protests are remembered every year.',
  'He was born on 31st March.',
  'Sales on June 30 rose sharply.',
  'In April 31 candidates filed papers.',
  'In June 31% of voters stayed home.',
  'A June 31-member panel was named.',
  'The Sun, June 19, 2024, ran the story first.',
  'Part number 1234-56-78 was recalled, as was lot 2024-41-07.',
  'An old parish register records February 29, 1700.',
  'The summit opened on June 18, 2024. On Wednesday, June 19 the leaders signed.',
  'The first pact was signed on July 11, 1961. The new one came on June 19, 2024. The text appeared on Tuesday, June 20.',
  'The May 5 deadline passed; may 40 more apply? march 32 steps.',
  'The budget covers June 2024 to May 2025.',
];

/** Texts with findings: each expected finding names a unique substring that is the whole date expression. */
const INVALID: { text: string; errors: { message: string; at: string }[] }[] = [
  {
    text: 'Originally posted 0000-00-00 00:00:00.',
    errors: [{ message: NOT_REAL('0000-00-00'), at: '0000-00-00 00:00:00' }],
  },
  { text: 'The file is dated 2024-13-01.', errors: [{ message: NOT_REAL('2024-13-01'), at: '2024-13-01' }] },
  { text: 'Filed 2024-06-00 by the clerk.', errors: [{ message: NOT_REAL('2024-06-00'), at: '2024-06-00' }] },
  { text: 'The server logged 2024-04-31 twice.', errors: [{ message: NO_DAY('April', 31), at: '2024-04-31' }] },
  { text: 'The deadline is February 30.', errors: [{ message: NO_DAY('February', 30), at: 'February 30' }] },
  { text: 'The deadline is April 31, 2025.', errors: [{ message: NO_DAY('April', 31), at: 'April 31, 2025' }] },
  { text: 'The report is due on Sept. 31 at noon.', errors: [{ message: NO_DAY('September', 31), at: 'Sept. 31' }] },
  { text: 'The festival ends June 31st with fireworks.', errors: [{ message: NO_DAY('June', 31), at: 'June 31st' }] },
  { text: 'The fair closes on 31 November.', errors: [{ message: NO_DAY('November', 31), at: '31 November' }] },
  { text: 'The ledger shows June 32, 2024 as paid.', errors: [{ message: NO_DAY('June', 32), at: 'June 32, 2024' }] },
  { text: 'JUNE 31, 2024 — The council met.', errors: [{ message: NO_DAY('June', 31), at: 'JUNE 31, 2024' }] },
  { text: 'She was born February 29, 2023.', errors: [{ message: NOT_LEAP(2023), at: 'February 29, 2023' }] },
  { text: 'He was born 29 February 1900.', errors: [{ message: NOT_LEAP(1900), at: '29 February 1900' }] },
  {
    text: 'Logged at 2024-06-19 25:00:00 by the gate.',
    errors: [{ message: NOT_TIME('25:00:00'), at: '2024-06-19 25:00:00' }],
  },
  { text: 'Logged at 2024-06-19T12:61 by the gate.', errors: [{ message: NOT_TIME('12:61'), at: '2024-06-19T12:61' }] },
  {
    text: 'The treaty was signed on Tuesday, June 19, 2024.',
    errors: [{ message: WEEKDAY('June 19, 2024', 'Wednesday', 'Tuesday'), at: 'Tuesday, June 19, 2024' }],
  },
  {
    text: 'The text appeared Wed., June 20, 2024, in the paper.',
    errors: [{ message: WEEKDAY('June 20, 2024', 'Thursday', 'Wednesday'), at: 'Wed., June 20, 2024' }],
  },
  {
    text: 'Talks ended Monday, 19 June 2024.',
    errors: [{ message: WEEKDAY('June 19, 2024', 'Wednesday', 'Monday'), at: 'Monday, 19 June 2024' }],
  },
  {
    text: 'Posted Tuesday, 2024-06-19 at noon.',
    errors: [{ message: WEEKDAY('June 19, 2024', 'Wednesday', 'Tuesday'), at: 'Tuesday, 2024-06-19' }],
  },
  {
    text: 'The summit opened on June 18, 2024.\n\nThe full text appeared on Friday, June 20, after the visit.',
    errors: [{ message: WEEKDAY('June 20, 2024', 'Thursday', 'Friday') + INFERRED, at: 'Friday, June 20' }],
  },
  {
    text: 'The pact, dated Wednesday, June 31, was never filed.',
    errors: [{ message: NO_DAY('June', 31), at: 'Wednesday, June 31' }],
  },
  {
    text: 'Posted 0000-00-00. Signed Tuesday, June 19, 2024. Filed Sat., Feb. 30.',
    errors: [
      { message: NOT_REAL('0000-00-00'), at: '0000-00-00' },
      { message: WEEKDAY('June 19, 2024', 'Wednesday', 'Tuesday'), at: 'Tuesday, June 19, 2024' },
      { message: NO_DAY('February', 30), at: 'Sat., Feb. 30' },
    ],
  },
];

describe('date/impossible: valid texts', () => {
  it.each(VALID)('%s', (text) => {
    expect(run(text).findings).toEqual([]);
  });
});

describe('date/impossible: invalid texts', () => {
  it.each(INVALID)('$text', ({ text, errors }) => {
    const got = run(text).findings.map((f) => ({ message: f.message, start: f.start, end: f.end }));
    const want = errors.map((e) => ({ message: e.message, ...spanOf(text, e.at) }));
    expect(got).toEqual(want);
  });

  it('uses the configured severity and names the rule', () => {
    const text = 'Due February 30.';
    const { findings } = impossibleDateRule.run(plainDocument(text), { severity: 'error' });
    expect(findings).toEqual([
      {
        rule: 'date/impossible',
        severity: 'error',
        message: NO_DAY('February', 30),
        ...spanOf(text, 'February 30'),
        data: { kind: 'impossible-date', date: 'February 30' },
      },
    ]);
    expect(impossibleDateRule.defaultSeverity).toBe('warning');
  });
});

describe('findDates', () => {
  it('reads each form, with its weekday, year and time', () => {
    const text =
      'Signed Wednesday, June 19, 2024; published Thu., June 20; dated 21 June 2024; logged 2024-06-22 08:15.';
    const dates = findDates(plainDocument(text)).map((d) => ({
      text: text.slice(d.start, d.end),
      form: d.form,
      year: d.year,
      month: d.month,
      day: d.day,
      weekday: d.weekday,
      time: d.time?.text,
    }));
    expect(dates).toEqual([
      { text: 'Wednesday, June 19, 2024', form: 'month-day', year: 2024, month: 6, day: 19, weekday: 3, time: undefined },
      { text: 'Thu., June 20', form: 'month-day', year: undefined, month: 6, day: 20, weekday: 4, time: undefined },
      { text: '21 June 2024', form: 'day-month', year: 2024, month: 6, day: 21, weekday: undefined, time: undefined },
      { text: '2024-06-22 08:15', form: 'iso', year: 2024, month: 6, day: 22, weekday: undefined, time: '08:15' },
    ]);
  });

  it('takes the document year only when every valid dated expression agrees', () => {
    const agree = findDates(plainDocument('On June 18, 2024 and 2024-06-20, and on Friday, June 21.'));
    expect(documentYear(agree)).toBe(2024);
    const disagree = findDates(plainDocument('On July 11, 1961 and on June 19, 2024.'));
    expect(documentYear(disagree)).toBeUndefined();
    // An impossible date's year does not count: 0000 does not outvote 2024.
    const withJunk = findDates(plainDocument('Posted 0000-00-00. Signed June 19, 2024.'));
    expect(documentYear(withJunk)).toBe(2024);
  });
});

describe('calendar arithmetic', () => {
  it('knows some weekdays', () => {
    expect(dayOfWeek(2024, 6, 19)).toBe(3); // Wednesday
    expect(dayOfWeek(2000, 1, 1)).toBe(6); // Saturday
    expect(dayOfWeek(1970, 1, 1)).toBe(4); // Thursday
    expect(dayOfWeek(1776, 7, 4)).toBe(4); // Thursday
    expect(dayOfWeek(2100, 3, 1)).toBe(1); // Monday
  });

  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([false, true, false, true, false]);
    expect(daysInMonth(2)).toBe(29);
    expect(daysInMonth(2, 2023)).toBe(28);
    expect(daysInMonth(2, 2024)).toBe(29);
    expect(daysInMonth(4, 2024)).toBe(30);
    expect(daysInMonth(12)).toBe(31);
  });

  it('agrees with UTC calendar arithmetic for every day of many years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1753, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const probe = new Date(0);
        probe.setUTCFullYear(y, m, 0); // day 0 of the next month: the last day of month m
        expect(daysInMonth(m, y)).toBe(probe.getUTCDate());
        if (d > probe.getUTCDate()) return;
        probe.setUTCFullYear(y, m - 1, d);
        expect(dayOfWeek(y, m, d)).toBe(probe.getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });
});

/** Ordinary news prose, written for this test, with every date form the rule reads, all of them correct. */
const CLEAN_PROSE = `RIVERTON, Wednesday, June 19, 2024 — The regional water board approved a new flood plan on Wednesday, June 19, after a session that ran past midnight, and published the full text the next morning.

The plan, first proposed on March 4, 2024, sets aside money for two new pumping stations and a wider channel below the old mill. Engineers had warned in a report dated 12 February 2024 that the current pumps would fail in a storm like the one of Sept. 14, 2023, when the river rose faster than at any time since records began in 1887.

“We cannot wait for another September like that,” said the board’s chair, Teodora Lindqvist. “The pumps are older than most of the people in this room.”

The board will take bids until Friday, July 12, and expects to choose a builder by Aug. 30. Work is due to start on the 1st of October, and the first station should run by the spring. Residents can read the plan online; the page was last updated 2024-06-20 09:45:00, according to the board’s website.

Not everyone is convinced. In April 31 residents wrote to the board to object to the cost, and in June 40% of those who answered a survey said the money should go to roads instead. A group of farmers said they would ask for a review at the Thu., June 27 meeting.

The board’s finance officer said the plan would be paid for over ten years, from January 2025 to December 2034, with the first payment due Jan. 15. The Sun, June 21, reported that the state might cover part of the bill, but officials would not confirm it.

The last major flood, on Monday, May 6, 2019, closed the mill bridge for three months. “Nobody here has forgotten that,” Lindqvist said.`;

describe('date/impossible: clean prose', () => {
  it('finds nothing in ordinary news prose with correct dates', () => {
    expect(CLEAN_PROSE.split(/\s+/).length).toBeGreaterThan(300);
    const doc = plainDocument(CLEAN_PROSE);
    expect(impossibleDateRule.run(doc, { severity: 'warning' }).findings).toEqual([]);
    expect(findDates(doc).length).toBeGreaterThanOrEqual(10);
  });
});

const PIECES = [
  'June', 'JUNE', 'Feb', 'Sept', 'May', 'Wednesday', 'Wed', 'Sun', 'The', 'on', ' ', '  ', '\n', ',', '.', ':', '-',
  'T', 'th', 'st', '0', '1', '19', '29', '31', '2024', '0000', '2024-06-19', '0000-00-00', '25:61:00', '12:00',
  '23:59:59.123456789999', '\uFFFC', '😀', '\u00a0',
];

const hostile = hostileText(PIECES, { pieceWeight: 6 });

describe('date/impossible: properties', () => {
  it('never throws on hostile text, and every finding is a non-empty range inside the text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const { findings } = run(text);
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('does bounded work per token on a long run of dates', () => {
    const line = 'Tuesday, June 19, 2024 0000-00-00 25:00 Feb. 30, Sun, 31 June '.repeat(5_000);
    const meter: WorkMeter = { steps: 0 };
    const found = findDates(plainDocument(line), meter);
    expect(found.length).toBeGreaterThanOrEqual(15_000);
    expect(meter.steps).toBeLessThanOrEqual(line.length);
  });
});

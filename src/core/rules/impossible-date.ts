/**
 * Impossible dates: dates that cannot exist ("0000-00-00", "February 30",
 * "April 31", "February 29, 2023", "2024-06-19 25:00:00") and weekdays that
 * do not match their date ("Tuesday, June 19, 2024" — it was a Wednesday).
 * Both are typical of scraped pages (placeholder timestamps) and of copy
 * edited in a hurry.
 *
 * Dates are read from the tokens, one forward pass per block, each attempt
 * looking a bounded number of tokens ahead, so the scan is linear:
 * - ISO `YYYY-MM-DD` (one number token), optionally followed by ` HH:MM`,
 *   ` HH:MM:SS` or `THH:MM:SS` (read from the block text, a fixed number of
 *   characters). A 4-2-2 number only counts when both fields are at most 31,
 *   so "1234-56-78" is an identifier, not a broken date.
 * - `Month D, YYYY`, `Month D YYYY`, `D Month YYYY` (with `Jan.`, `Sept.`,
 *   ordinals such as `19th`, and all-caps full names in datelines).
 * - `Month D` with no year, which is only taken for a date when nothing
 *   makes it read as a count: "In April 31 candidates filed" is not a date,
 *   while "by April 31," "on April 31 the", "April 31st" are. `D Month`
 *   without a year needs a weekday, "on" or an ordinal.
 * - Any of these after a weekday: `Wednesday, June 19, 2024`, `Wed., June 19`.
 *   Abbreviated weekdays must be followed by `.` or `,` and not follow "the"
 *   (so "The Sun, June 19" is a newspaper).
 *
 * A weekday is checked against the date's own year or, when the date has
 * none, against the year of the document's other dates — only when all of
 * the document's valid dates with a year agree on it (with a single year
 * that is also the nearest one). Before {@link FIRST_GREGORIAN_YEAR} the
 * weekday is not checked and century years may be leap years, because the
 * text may follow the Julian calendar. A February 29 without a year is never
 * reported: the document's year is a guess, good enough to question a
 * weekday but not to call a date impossible.
 *
 * What is reported, over the whole expression (weekday, date, year and time):
 * - `“0000-00-00” is not a real date`: an ISO date with year 0000, month 0 or
 *   above 12, or day 0.
 * - `April has no day 31`: a day past the end of its month (February 30,
 *   June 31st, Sept. 31, 2024-04-31, or day 0 / 32+ with a year or weekday).
 * - `2023 is not a leap year: February has no day 29`.
 * - `“25:00:00” is not a real time`: hour above 23 (24:00:00, the end of a
 *   day, is allowed), minute above 59, second above 60 (a leap second).
 * - `June 19, 2024 was a Wednesday, not a Tuesday`, with " (year taken from
 *   the other dates in the document)" when the year was inferred.
 * Only the first problem of a date is reported: an impossible date has no
 * weekday to check.
 *
 * Weekday arithmetic is Sakamoto's method on the proleptic Gregorian
 * calendar, in plain integers: no `Date`, so no time zone can shift a day.
 */
import { placeBlockSpans, type Document } from '../document.js';
import type { Rule } from '../rule.js';
import type { WorkMeter } from '../text/meter.js';
import type { AnalyzedBlock, Finding, Token } from '../types.js';
import {
  DATE_INTRODUCERS,
  DAY_TERMINATORS,
  FIRST_GREGORIAN_YEAR,
  MONTH_NAMES,
  MONTHS,
  NOT_WEEKDAY_AFTER,
  ORDINAL_SUFFIXES,
  WEEKDAY_NAMES,
  WEEKDAYS,
} from './impossible-date-data.js';

/** How a date was written. */
export type DateForm = 'iso' | 'month-day' | 'day-month';

/** A time of day written after an ISO date. */
export interface TimeOfDay {
  hour: number;
  minute: number;
  second?: number;
  /** As written, without the separator ("25:00:00"). */
  text: string;
}

/** A date expression found in a document, in document offsets. */
export interface DateExpression {
  form: DateForm;
  /** The whole expression: weekday, date, year and time. */
  start: number;
  end: number;
  /** The date as written, without weekday or time ("0000-00-00", "Sept. 31, 2024"). */
  text: string;
  /** The year written with the date, if any. */
  year?: number;
  /** As written: may be out of range (0, 13) in ISO form. */
  month: number;
  day: number;
  /** The weekday written before the date (0 = Sunday), if any. */
  weekday?: number;
  time?: TimeOfDay;
}

/** Why a date was reported. */
export type DateProblemKind = 'impossible-date' | 'impossible-time' | 'wrong-weekday';

/** A problem with a date, in document offsets. */
export interface DateProblem {
  kind: DateProblemKind;
  start: number;
  end: number;
  message: string;
  date: DateExpression;
}

const RULE_ID = 'date/impossible';

// ---------------------------------------------------------------------------
// Calendar arithmetic

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether February of `year` may have 29 days in an English text (Julian before 1753). */
function mayBeLeapYear(year: number): boolean {
  return year < FIRST_GREGORIAN_YEAR ? year % 4 === 0 : isLeapYear(year);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days in month `month` (1–12) of `year`; without a year, February has 29
 * (the most it can have).
 */
export function daysInMonth(month: number, year?: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1];
  return year === undefined || mayBeLeapYear(year) ? 29 : 28;
}

const SAKAMOTO = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

/** Day of the week (0 = Sunday) of a proleptic Gregorian date, by Sakamoto's method. */
export function dayOfWeek(year: number, month: number, day: number): number {
  const y = month < 3 ? year - 1 : year;
  const r = (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + SAKAMOTO[month - 1] + day) % 7;
  return (r + 7) % 7;
}

// ---------------------------------------------------------------------------
// Reading dates from tokens

/** Whether `s` is made only of ASCII digits and has length between `min` and `max`. */
function isDigits(s: string, min: number, max: number): boolean {
  if (s.length < min || s.length > max) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isPunct(t: Token | undefined, text: string): boolean {
  return t !== undefined && t.kind === 'punct' && t.text === text;
}

/** A spelling of a month or weekday, and whether it is abbreviated. */
interface NameInfo {
  value: number;
  abbreviated: boolean;
}

/**
 * Builds a lookup from the spellings in the data (as written) plus the
 * all-caps form of each full name ("JUNE", "WEDNESDAY"), so each word is
 * looked up once.
 */
function nameLookup(spellings: ReadonlyMap<string, number>, fullNames: readonly string[]): ReadonlyMap<string, NameInfo> {
  const lookup = new Map<string, NameInfo>();
  for (const [spelling, value] of spellings) lookup.set(spelling, { value, abbreviated: !fullNames.includes(spelling) });
  for (const [spelling, value] of spellings) {
    if (fullNames.includes(spelling)) lookup.set(spelling.toUpperCase(), { value, abbreviated: false });
  }
  return lookup;
}

const MONTH_LOOKUP = nameLookup(MONTHS, MONTH_NAMES);
const WEEKDAY_LOOKUP = nameLookup(WEEKDAYS, WEEKDAY_NAMES);

/** A month spelling: as in the data, or a full name in capitals ("JUNE"). Month 1–12. */
function monthOf(t: Token | undefined): NameInfo | undefined {
  return t !== undefined && t.kind === 'word' ? MONTH_LOOKUP.get(t.text) : undefined;
}

/** A weekday spelling: as in the data, or a full name in capitals ("WEDNESDAY"). 0 = Sunday. */
function weekdayOf(t: Token | undefined): NameInfo | undefined {
  return t !== undefined && t.kind === 'word' ? WEEKDAY_LOOKUP.get(t.text) : undefined;
}

/** A day number: one or two digits, or an ordinal ("19th"). */
function dayOf(t: Token | undefined): { day: number; ordinal: boolean } | undefined {
  if (!t) return undefined;
  if (t.kind === 'number' && isDigits(t.text, 1, 2)) return { day: Number(t.text), ordinal: false };
  // A word must start with a digit to be an ordinal (tested before slicing: this runs on every short word).
  if (t.kind === 'word' && t.text.length >= 3 && t.text.length <= 4 && isAsciiDigit(t.text.charCodeAt(0))) {
    const digits = t.text.slice(0, -2);
    if (isDigits(digits, 1, 2) && ORDINAL_SUFFIXES.has(t.text.slice(-2))) return { day: Number(digits), ordinal: true };
  }
  return undefined;
}

/** A date found at a token, before it is placed in the document. */
interface Parsed {
  form: DateForm;
  /** Token index of the first and last token of the date (without weekday). */
  first: number;
  last: number;
  year?: number;
  month: number;
  day: number;
  /** Whether the words around it make it a date rather than a count. */
  definite: boolean;
  time?: TimeOfDay;
  /** Prose offset where the time ends, when there is one. */
  timeEnd?: number;
}

/** Reads the dates of one block. */
class BlockDateReader {
  private readonly tokens: readonly Token[];

  constructor(
    private readonly block: AnalyzedBlock,
    private readonly base: number,
    /** The chunk's source; offsets are relative to it when `base` is 0. */
    private readonly source: string,
  ) {
    this.tokens = block.tokens;
  }

  read(out: DateExpression[], meter?: WorkMeter): void {
    const tokens = this.tokens;
    let i = 0;
    while (i < tokens.length) {
      if (meter) meter.steps++;
      const found = tokens[i].kind === 'space' ? undefined : this.readAt(i);
      if (!found) {
        i++;
        continue;
      }
      out.push(found.date);
      i = found.next;
    }
  }

  /** A date expression starting at token `i`, with the index to resume from. */
  private readAt(i: number): { date: DateExpression; next: number } | undefined {
    const weekday = this.weekdayAt(i);
    if (weekday) {
      const parsed = this.dateAt(weekday.dateStart, true);
      if (parsed) return this.place(parsed, i, weekday.weekday);
    }
    const parsed = this.dateAt(i, false);
    if (!parsed || !parsed.definite) return undefined;
    return this.place(parsed, i, undefined);
  }

  /** A weekday at `i` and where the date after it would start: "Wednesday, ", "Wed., ". */
  private weekdayAt(i: number): { weekday: number; dateStart: number } | undefined {
    const tokens = this.tokens;
    const w = weekdayOf(tokens[i]);
    if (!w) return undefined;
    let k = i + 1;
    if (w.abbreviated) {
      if (!isPunct(tokens[k], '.') && !isPunct(tokens[k], ',')) return undefined;
      const p = i >= 2 && tokens[i - 1].kind === 'space' ? tokens[i - 2] : undefined;
      if (p && p.kind === 'word' && NOT_WEEKDAY_AFTER.has(p.text)) return undefined;
      if (isPunct(tokens[k], '.')) k++;
    }
    if (isPunct(tokens[k], ',')) k++;
    if (!tokens[k] || tokens[k].kind !== 'space') return undefined;
    return { weekday: w.value, dateStart: k + 1 };
  }

  /** A date of any form starting at token `i`. */
  private dateAt(i: number, afterWeekday: boolean): Parsed | undefined {
    return this.isoAt(i) ?? this.monthFirstAt(i, afterWeekday) ?? this.dayFirstAt(i, afterWeekday);
  }

  /** `YYYY-MM-DD`, optionally with a time. */
  private isoAt(i: number): Parsed | undefined {
    const t = this.tokens[i];
    if (!t || t.kind !== 'number' || t.text.length !== 10 || t.text[4] !== '-' || t.text[7] !== '-') return undefined;
    const y = t.text.slice(0, 4);
    const m = t.text.slice(5, 7);
    const d = t.text.slice(8, 10);
    if (!isDigits(y, 4, 4) || !isDigits(m, 2, 2) || !isDigits(d, 2, 2)) return undefined;
    const month = Number(m);
    const day = Number(d);
    if (month > 31 || day > 31) return undefined; // an identifier shaped like a date
    const parsed: Parsed = { form: 'iso', first: i, last: i, year: Number(y), month, day, definite: true };
    const time = readTime(this.block.text, t.end);
    if (time) {
      parsed.time = time.time;
      parsed.timeEnd = time.end;
    }
    return parsed;
  }

  /** `Month D`, `Month D, YYYY`, `Month D YYYY`. */
  private monthFirstAt(i: number, afterWeekday: boolean): Parsed | undefined {
    const tokens = this.tokens;
    const m = monthOf(tokens[i]);
    if (!m) return undefined;
    let k = i + 1;
    if (m.abbreviated && isPunct(tokens[k], '.')) k++;
    if (!tokens[k] || tokens[k].kind !== 'space') return undefined;
    const dayIndex = k + 1;
    const d = dayOf(tokens[dayIndex]);
    if (!d) return undefined;
    const parsed: Parsed = { form: 'month-day', first: i, last: dayIndex, month: m.value, day: d.day, definite: false };
    const yearIndex = this.yearAfter(dayIndex, true);
    if (yearIndex >= 0) {
      parsed.year = Number(tokens[yearIndex].text);
      parsed.last = yearIndex;
    }
    const inRange = d.day >= 1 && d.day <= 31;
    parsed.definite =
      parsed.year !== undefined ||
      afterWeekday ||
      (inRange && (d.ordinal || this.introducedAt(i) || this.endsBareDate(dayIndex)));
    return parsed;
  }

  /** `D Month YYYY`; without a year only after a weekday, "on", or as an ordinal ("19th June"). */
  private dayFirstAt(i: number, afterWeekday: boolean): Parsed | undefined {
    const tokens = this.tokens;
    const d = dayOf(tokens[i]);
    if (!d || !tokens[i + 1] || tokens[i + 1].kind !== 'space') return undefined;
    const m = monthOf(tokens[i + 2]);
    if (!m) return undefined;
    let last = i + 2;
    if (m.abbreviated && isPunct(tokens[last + 1], '.')) last++;
    const parsed: Parsed = { form: 'day-month', first: i, last, month: m.value, day: d.day, definite: false };
    const yearIndex = this.yearAfter(last, false);
    if (yearIndex >= 0) {
      parsed.year = Number(tokens[yearIndex].text);
      parsed.last = yearIndex;
    }
    const inRange = d.day >= 1 && d.day <= 31;
    parsed.definite = parsed.year !== undefined || afterWeekday || (inRange && (d.ordinal || this.introducedAt(i)));
    return parsed;
  }

  /** Index of a four-digit year after token `k` (", 2024" when `comma` is allowed, or " 2024"), or -1. */
  private yearAfter(k: number, comma: boolean): number {
    const tokens = this.tokens;
    let j = k + 1;
    if (comma && isPunct(tokens[j], ',')) j++;
    if (!tokens[j] || tokens[j].kind !== 'space') return -1;
    const y = tokens[j + 1];
    return y && y.kind === 'number' && isDigits(y.text, 4, 4) ? j + 1 : -1;
  }

  /** Whether the word before token `i` introduces a date ("on June 31 the …"). */
  private introducedAt(i: number): boolean {
    const tokens = this.tokens;
    if (i < 2 || tokens[i - 1].kind !== 'space') return false;
    const p = tokens[i - 2];
    return p.kind === 'word' && DATE_INTRODUCERS.has(p.text);
  }

  /** Whether a bare day at `k` ends the date: the block ends, or closing punctuation follows directly. */
  private endsBareDate(k: number): boolean {
    const tokens = this.tokens;
    const n = tokens[k + 1];
    if (!n) return true;
    if (n.kind === 'space') return k + 2 >= tokens.length;
    return n.kind === 'punct' && DAY_TERMINATORS.has(n.text);
  }

  /** Turns a parsed date (and the weekday token at `start`, if any) into a document-level expression. */
  private place(parsed: Parsed, start: number, weekday: number | undefined): { date: DateExpression; next: number } {
    const tokens = this.tokens;
    const base = this.base;
    const first = tokens[parsed.first];
    const last = tokens[parsed.last];
    let end = base + last.sourceEnd;
    let next = parsed.last + 1;
    if (parsed.timeEnd !== undefined) {
      end = base + this.block.map.toSourceEnd(parsed.timeEnd);
      while (next < tokens.length && tokens[next].start < parsed.timeEnd) next++;
    }
    const dateStart = base + first.sourceStart;
    const date: DateExpression = {
      form: parsed.form,
      start: base + tokens[start].sourceStart,
      end,
      text: this.source.slice(dateStart, base + last.sourceEnd),
      month: parsed.month,
      day: parsed.day,
    };
    if (parsed.year !== undefined) date.year = parsed.year;
    if (weekday !== undefined) date.weekday = weekday;
    if (parsed.time) date.time = parsed.time;
    return { date, next };
  }
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Reads two ASCII digits at `k` of `text`, or -1. */
function twoDigits(text: string, k: number): number {
  const a = text.charCodeAt(k) - 48;
  const b = text.charCodeAt(k + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * A time right after an ISO date ending at prose offset `at`: ` HH:MM`,
 * ` HH:MM:SS` or `THH:MM:SS`, with optional fraction. Reads a fixed number of
 * characters. A time followed by another digit or colon is not read.
 */
function readTime(text: string, at: number): { time: TimeOfDay; end: number } | undefined {
  const sep = text[at];
  if (sep !== ' ' && sep !== 'T') return undefined;
  const from = at + 1;
  const hour = twoDigits(text, from);
  if (hour < 0 || text[from + 2] !== ':') return undefined;
  const minute = twoDigits(text, from + 3);
  if (minute < 0) return undefined;
  let end = from + 5;
  let second: number | undefined;
  if (text[end] === ':') {
    second = twoDigits(text, end + 1);
    if (second < 0) return undefined;
    end += 3;
    // A fraction of a second: at most nine digits are read, so the look-ahead stays bounded.
    if (text[end] === '.' && isAsciiDigit(text.charCodeAt(end + 1))) {
      const limit = end + 10;
      end++;
      while (end < limit && isAsciiDigit(text.charCodeAt(end))) end++;
    }
  }
  const after = text.charCodeAt(end);
  if (isAsciiDigit(after) || after === 58) return undefined;
  const time: TimeOfDay = { hour, minute, text: text.slice(from, end) };
  if (second !== undefined) time.second = second;
  return { time, end };
}

/**
 * Finds every date expression in a document, in document order. Never
 * throws; linear in the number of tokens.
 */
export function findDates(doc: Document, meter?: WorkMeter): DateExpression[] {
  // A block's dates depend on that block alone: read once, reused while its text is unchanged.
  return placeBlockSpans(doc, RULE_ID, (block, chunk) => {
    const found: DateExpression[] = [];
    new BlockDateReader(block, 0, chunk.source).read(found, meter);
    return found;
  });
}

// ---------------------------------------------------------------------------
// Checking dates

/** What is wrong with the date itself (not its weekday), or undefined. */
function dateProblem(date: DateExpression): string | undefined {
  const { month, day, year } = date;
  if (date.form === 'iso' && (year === 0 || month < 1 || month > 12 || day < 1)) {
    return `“${date.text}” is not a real date`;
  }
  if (month < 1 || month > 12) return `“${date.text}” is not a real date`;
  const name = MONTH_NAMES[month - 1];
  if (day < 1 || day > daysInMonth(month)) return `${name} has no day ${day}`;
  if (year !== undefined && day > daysInMonth(month, year)) {
    return `${year} is not a leap year: February has no day 29`;
  }
  return undefined;
}

/** What is wrong with the time after a date, or undefined. 24:00(:00) is the end of a day; :60 a leap second. */
function timeProblem(time: TimeOfDay): string | undefined {
  const second = time.second ?? 0;
  const endOfDay = time.hour === 24 && time.minute === 0 && second === 0;
  if ((time.hour > 23 && !endOfDay) || time.minute > 59 || second > 60) return `“${time.text}” is not a real time`;
  return undefined;
}

/**
 * The one year every valid dated expression agrees on, or undefined when
 * there is none or they disagree.
 */
export function documentYear(dates: readonly DateExpression[]): number | undefined {
  let year: number | undefined;
  for (const d of dates) {
    if (d.year === undefined || dateProblem(d) !== undefined) continue;
    if (year === undefined) year = d.year;
    else if (year !== d.year) return undefined;
  }
  return year;
}

/** Checks every date of a document: impossible dates and times, and weekdays that do not match. */
export function findDateProblems(doc: Document, meter?: WorkMeter): DateProblem[] {
  const dates = findDates(doc, meter);
  const inferred = documentYear(dates);
  const problems: DateProblem[] = [];
  const report = (kind: DateProblemKind, date: DateExpression, message: string): void => {
    problems.push({ kind, start: date.start, end: date.end, message, date });
  };
  for (const date of dates) {
    if (meter) meter.steps++;
    const bad = dateProblem(date);
    if (bad) {
      report('impossible-date', date, bad);
      continue;
    }
    const badTime = date.time ? timeProblem(date.time) : undefined;
    if (badTime) {
      report('impossible-time', date, badTime);
      continue;
    }
    if (date.weekday === undefined) continue;
    const year = date.year ?? inferred;
    if (year === undefined || year < FIRST_GREGORIAN_YEAR || date.day > daysInMonth(date.month, year)) continue;
    const actual = dayOfWeek(year, date.month, date.day);
    if (actual === date.weekday) continue;
    const when = `${MONTH_NAMES[date.month - 1]} ${date.day}, ${year}`;
    const why = date.year === undefined ? ' (year taken from the other dates in the document)' : '';
    report('wrong-weekday', date, `${when} was a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[date.weekday]}${why}`);
  }
  return problems;
}

/** Reports dates that cannot exist and weekdays that do not match their date. */
export const impossibleDateRule: Rule = {
  id: RULE_ID,
  description: 'Reports dates that cannot exist (February 30, 0000-00-00) and weekdays that do not match their date.',
  defaultSeverity: 'warning',
  run(doc, ctx) {
    const findings: Finding[] = findDateProblems(doc).map((p) => ({
      rule: RULE_ID,
      severity: ctx.severity,
      message: p.message,
      start: p.start,
      end: p.end,
      data: { kind: p.kind, date: p.date.text },
    }));
    return { findings };
  },
};

/**
 * Names for the `date/impossible` rule: months and weekdays as they are
 * written in English prose. Add spellings here, not code.
 *
 * Keys are matched case-sensitively in their capitalised form; the rule also
 * accepts the all-caps form of a full name ("JUNE 19, 2024" in a dateline).
 * Lowercase forms are not dates: "may", "march", "sat" and "sun" are words.
 */

/** Full month names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Month spellings → month number (1–12). Abbreviations may be followed by a period ("Sept."). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, k): [string, number] => [name, k + 1]),
  ['Jan', 1], ['Feb', 2], ['Mar', 3], ['Apr', 4], ['Jun', 6], ['Jul', 7], ['Aug', 8],
  ['Sep', 9], ['Sept', 9], ['Oct', 10], ['Nov', 11], ['Dec', 12],
]);

/** Full weekday names, Sunday first (index = day of week, 0 = Sunday). */
export const WEEKDAY_NAMES: readonly string[] = [
  'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
];

/** Weekday spellings → day of week (0 = Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ...WEEKDAY_NAMES.map((name, k): [string, number] => [name, k]),
  ['Sun', 0], ['Mon', 1], ['Tue', 2], ['Tues', 2], ['Wed', 3], ['Thu', 4], ['Thur', 4], ['Thurs', 4],
  ['Fri', 5], ['Sat', 6],
]);

/**
 * English ordinal suffixes after a day number ("June 19th", "19th June";
 * "the 19th of June" is not read). Lowercase only.
 */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/**
 * Words before a bare "Month D" that make it a date even when a word
 * follows: "on June 31 the council met". Without one of these, "In June 31
 * people were hired" reads as a count, not a date.
 */
export const DATE_INTRODUCERS: ReadonlySet<string> = new Set(['on', 'On', 'ON']);

/**
 * Punctuation right after the day of a bare "Month D" that makes it a date
 * ("by April 31," "until June 31)"), unlike "31%" or "31-member".
 */
export const DAY_TERMINATORS: ReadonlySet<string> = new Set([
  ',', '.', ';', ':', ')', ']', '!', '?', '–', '—', '”', '’', '"', "'",
]);

/**
 * Words before an abbreviated weekday that make it something else: "The Sun,
 * June 19, 2024" is a newspaper, not a Sunday.
 */
export const NOT_WEEKDAY_AFTER: ReadonlySet<string> = new Set(['the', 'The', 'THE']);

/**
 * The first year from which the rule checks weekdays and applies the
 * Gregorian leap-year rule for century years. Britain and its colonies
 * switched from the Julian calendar in 1752; before that an English text's
 * weekday (and its February 29, 1700) may be Julian and correct.
 */
export const FIRST_GREGORIAN_YEAR = 1753;

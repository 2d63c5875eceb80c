/**
 * Data for ./broken-word.ts: the marks OCR reads where a printed line ended
 * on a hyphen, and the stray marks it sets before the second half.
 */

/** Hyphens as the tokenizer and typesetters write them (soft hyphen included). */
export const HYPHENS: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011', '\u00ad']);

/**
 * Marks OCR makes of a line-end hyphen that prose never ends a word on
 * ("legitim=⏎ate", "inter~⏎national", "wides«⏎pread", "Ame}⏎ans", the "¬"
 * of some fonts): at a line end, read as the hyphen itself. Dashes are left
 * out: a dash at a line end is punctuation ("the plan—⏎or what was left").
 */
export const HYPHEN_LOOKALIKES: ReadonlySet<string> = new Set(['=', '~', '¬', '¢', '«', '»', '{', '}', '÷', '±']);

/**
 * Punctuation OCR also reads for a line-end hyphen ("empha:⏎sis",
 * "agi!⏎ation", "ansurrect,⏎ion"): real punctuation at least as often, so
 * a break only when a half is no word ("as follows:⏎the" stays).
 */
export const PUNCTUATION_FOR_HYPHEN: ReadonlySet<string> = new Set([':', '!', ',', ';']);

/**
 * Quotation marks OCR sets in front of a line's first word (a speck at the
 * margin, "Natic⏎‘onal", "impr-⏎‘ovement"): skipped when the word is the
 * second half of a break.
 */
export const STRAY_QUOTES: ReadonlySet<string> = new Set(['‘', '’', "'", '“', '"', '`']);

/**
 * Suffixes that are also listed as words ("ing", "ion", "ate", "ant"): as
 * the second half of a break after a mark ("spray-⏎ing", "impress:⏎ive")
 * they are the end of one word, never the second word of a compound.
 */
export const SUFFIXES: ReadonlySet<string> = new Set([
  'ing', 'ings', 'ion', 'ions', 'tion', 'tions', 'sion', 'sions', 'ment', 'ments', 'ness', 'ly', 'ed', 'er', 'ers',
  'est', 'ive', 'ives', 'ate', 'ates', 'ated', 'al', 'ial', 'ity', 'ities', 'ous', 'ious', 'able', 'ible', 'ance',
  'ence', 'ant', 'ants', 'ent', 'ents', 'ism', 'ist', 'ists', 'ize', 'ise', 'ure', 'ures', 'ary', 'ory', 'ic', 'ical',
  'tive', 'tory', 'ual', 'ally', 'ably', 'ier', 'iest', 'ies', 'es', 'ted', 'ting',
]);

/**
 * Data about quotation marks for the quotation finder: which characters are
 * quotation marks, which family (kind) they belong to, which way they face,
 * and the words an apostrophe may stand in front of.
 */

/** Kinds of quotation: marks of one family close each other. */
export type QuoteFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet' | 'corner' | 'white-corner';

/** Which way a mark faces by its shape; straight marks face neither way. */
export type QuoteDirection = 'open' | 'close' | 'either';

/** What the finder knows about one quotation mark character. */
export interface QuoteMarkInfo {
  family: QuoteFamily;
  direction: QuoteDirection;
  /**
   * Whether the surrounding characters may override the direction. True for
   * marks people misuse or that face the other way in some languages (” as an
   * opener in Swedish or after autocorrect, “ as a closer in German).
   */
  flanking: boolean;
  /** Whether the mark may be an apostrophe instead of a quotation mark. */
  apostrophe: boolean;
}

const mark = (family: QuoteFamily, direction: QuoteDirection, flanking: boolean, apostrophe = false): QuoteMarkInfo => ({
  family,
  direction,
  flanking,
  apostrophe,
});

/** Every character the finder treats as a quotation mark. All are one UTF-16 unit. */
export const QUOTE_MARKS: ReadonlyMap<string, QuoteMarkInfo> = new Map([
  ['"', mark('double', 'either', true)],
  ['\u201C', mark('double', 'open', true)], // “
  ['\u201D', mark('double', 'close', true)], // ”
  ['\u201E', mark('double', 'open', false)], // „ (German, Polish: always opens)
  ['\u201F', mark('double', 'open', false)], // ‟
  ["'", mark('single', 'either', true, true)],
  ['\u2018', mark('single', 'open', true, true)], // ‘ (autocorrect puts it in ‘90s)
  ['\u2019', mark('single', 'close', true, true)], // ’
  ['\u201A', mark('single', 'open', false)], // ‚
  ['\u201B', mark('single', 'open', false)], // ‛
  ['\u00AB', mark('guillemet', 'open', true)], // « (German uses »…«)
  ['\u00BB', mark('guillemet', 'close', true)], // »
  ['\u2039', mark('single-guillemet', 'open', true)], // ‹
  ['\u203A', mark('single-guillemet', 'close', true)], // ›
  ['\u300C', mark('corner', 'open', false)], // 「
  ['\u300D', mark('corner', 'close', false)], // 」
  ['\u300E', mark('white-corner', 'open', false)], // 『
  ['\u300F', mark('white-corner', 'close', false)], // 』
]);

/**
 * Words an apostrophe stands in front of ('em, 'til, 'tis). Compared in
 * lowercase and as whole words. An entry ending in an apostrophe is elided on
 * both sides ('n' in rock 'n' roll), so the mark after it is an apostrophe too.
 * A mark directly before a digit ('90s, ’05) is always an apostrophe.
 */
export const LEADING_ELISIONS: readonly string[] = [
  'em', 'til', 'tis', 'twas', 'twill', 'twere', 'cause', 'cos', 'coz', 'round', 'bout', 'nother', 'cept',
  'fraid', 'gainst', 'neath', 'twixt', 'kay', 'sup', 'n\'',
];

/**
 * Word endings after which a trailing apostrophe is usual: plural possessive
 * (the Smiths’) and dropped g (goin’). Compared in lowercase. With no open
 * single quotation such a mark is an apostrophe; with one open it may still be
 * the closing mark (the finder decides at the end of the paragraph).
 */
export const TRAILING_APOSTROPHE_ENDINGS: readonly string[] = ['s', 'in'];

/**
 * Whole words whose last letters an apostrophe stands for (ol' for old, lil'
 * for little, an' for and, o' for of, th' for the, po' for poor). Compared in
 * lowercase. They are read like the endings above: an apostrophe, or with a
 * single quotation open only a fallback closer (‘the ol’ pier,’ she said).
 */
export const TRAILING_ELISIONS: readonly string[] = ['ol', 'lil', 'an', 'o', 'th', 'tha', 'fo', 'po', 'ya'];

/** Punctuation that opens (a quotation mark after it may open too). */
export const OPENING_PUNCTUATION: ReadonlySet<string> = new Set(['(', '[', '{', '¿', '¡', '（', '〈', '《', '【']);

/** Punctuation that closes or ends a clause (a quotation mark before it may close). */
export const CLOSING_PUNCTUATION: ReadonlySet<string> = new Set([
  '.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '‼', '⁇', '⁈', '⁉', '。', '，', '、', '！', '？', '）', '〉', '》', '】',
]);

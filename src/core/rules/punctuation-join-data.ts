/**
 * Data for ./punctuation-join.ts: which words and endings make a mark
 * between two words read as a lost space rather than as English.
 */

/**
 * Words that cannot end a phrase, so a hyphen right after one is no dash
 * between clauses ("strength-and", "sovereign-that" in texts that type a
 * dash as a hyphen) and no compound English makes: "the-confidence",
 * "its-own" are a space read as a hyphen. Left out on purpose: words that
 * lead compounds (at-risk, for-profit, then-president, he-man), words a
 * clause may end on before a dash (this, that, her, with, of: "the question
 * of-"), and single
 * letters (A-list, e-mail).
 */
export const JOINING_FIRST_WORDS: ReadonlySet<string> = new Set([
  'the', 'an', 'his', 'its', 'their', 'our', 'your', 'my', 'from', 'upon', 'whose',
]);

/**
 * What may follow an apostrophe inside a word: contractions and possessives
 * (don't, we're, they've, she'll, I'd, I'm, o'clock's 's), "'em" and the
 * "'n'" of rock'n'roll.
 */
export const APOSTROPHE_ENDINGS: ReadonlySet<string> = new Set(['s', 't', 're', 've', 'll', 'd', 'm', 'em', 'n', 'all', 'er']);

/**
 * Endings after a dot that make a file or domain name, not a sentence run
 * into the next (example.com, index.html, Node.js).
 */
export const NAME_ENDINGS_AFTER_DOT: ReadonlySet<string> = new Set([
  'com', 'org', 'net', 'gov', 'edu', 'mil', 'int', 'io', 'co', 'uk', 'us', 'ca', 'au', 'nz', 'ie', 'in', 'de', 'fr',
  'info', 'biz', 'tv', 'me', 'app', 'dev', 'html', 'htm', 'php', 'asp', 'aspx', 'js', 'ts', 'py', 'md', 'txt',
  'pdf', 'doc', 'docx', 'csv', 'json', 'xml', 'jpg', 'jpeg', 'png', 'gif', 'svg', 'zip', 'exe',
]);

/** Marks that, written with no space on either side between two words, are read as a lost space. */
export const JOINING_MARKS: ReadonlySet<string> = new Set([':', '.', ',', ';', '!', '?']);

/** Marks after which a sentence may end, so a capital may follow once a space is put back. */
export const SENTENCE_MARKS: ReadonlySet<string> = new Set(['.', '!', '?', ':']);

/**
 * Data for ./punctuation-join.ts: which words and endings make a mark
 * between two words read as a lost space rather than as English.
 */

/**
 * Words that cannot end a phrase, so a hyphen right after one is no dash
 * between clauses ("strength-and", "sovereign-that" in texts that type a
 * dash as a hyphen) and no compound English makes: "the-confidence",
 * "its-own" are a space read as a hyphen. Left out on purpose: words that
 * lead compounds (at-risk, for-profit, then-president), words a clause may
 * end on before a dash (this, that, her, with, of: "the question of-"), and
 * single letters but "a" (A-list, e-mail). "a", "to" and the subject
 * pronouns lead a few compounds too (he-man, to-do): they are read only as
 * CLAUSE_FIRST_WORDS allows.
 */
export const JOINING_FIRST_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'its', 'their', 'our', 'your', 'my', 'from', 'upon', 'whose',
  // "to-clean", "he-attempted": see CLAUSE_FIRST_WORDS.
  'to', 'he', 'she', 'we', 'they',
]);

/**
 * Last words after a hyphen that end no English compound of two words: the
 * conjunctions, the prepositions that only lead a phrase, auxiliaries and
 * object pronouns ("gifts-from", "ally-and", "salary-of", "face-him"; a
 * compound may end on "in", "on", "up", "off", "by", "to": built-in,
 * add-on, lean-to). In a document that shows damage, a hyphen before one
 * is a space OCR read as a hyphen (clean text may type a dash so).
 * Three-part compounds (rock-and-roll, mother-in-law) are never split.
 */
export const JOINING_LAST_WORDS: ReadonlySet<string> = new Set([
  'and', 'or', 'nor', 'but', 'of', 'from', 'with', 'for', 'the', 'an', 'has', 'had', 'is', 'was', 'were', 'are',
  'which', 'that', 'him', 'them', 'their', 'its', 'his', 'into', 'upon',
]);

/**
 * First words of JOINING_FIRST_WORDS that a dash may follow when a writer
 * types one as a hyphen ("he-or she", "we-and"), and that lead a few
 * compounds ("to-do", "he-man", "she-wolf"): joined only when a content
 * word follows ("to-clean", "he-attempted"), never before a function word,
 * and not after a determiner (a compound noun: "the to-do list").
 */
export const CLAUSE_FIRST_WORDS: ReadonlySet<string> = new Set(['a', 'to', 'he', 'she', 'we', 'they']);

/**
 * Prepositions and the determiners that follow them: a hyphen between the
 * two ("in-the", "of-the", "for-a") is a space OCR read as a hyphen. No
 * clause ends on the preposition before a dash and begins on the
 * determiner, and English hyphenates no such pair (three-part compounds
 * such as "over-the-counter" are left alone).
 */
export const PREPOSITIONS_BEFORE_DETERMINER: ReadonlySet<string> = new Set([
  'in', 'of', 'to', 'on', 'at', 'by', 'for', 'with', 'into', 'onto', 'over', 'under', 'about', 'through', 'against',
  'between', 'during', 'without', 'within', 'among', 'across', 'toward', 'towards',
]);
export const DETERMINERS_AFTER_PREPOSITION: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'your', 'my', 'every', 'each',
]);

/** One-letter words that may follow a mark standing for a space ("is.a", "hit,a"). */
export const ONE_LETTER_WORDS: ReadonlySet<string> = new Set(['a']);

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
export const JOINING_MARKS: ReadonlySet<string> = new Set([':', '.', ',', ';', '!', '?', '‘', '“', '”']);

/**
 * Curly quotation marks glued to a word on both sides: an opening mark lost
 * the space before it ("a“temporary" → a “temporary), a closing mark the
 * space after it ("more”He" → more” He), and a single opening mark is as
 * often a speck OCR read between two words ("in‘an" → in an).
 */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['“']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”']);
export const SPECK_QUOTES: ReadonlySet<string> = new Set(['‘']);

/** Marks after which a sentence may end, so a capital may follow once a space is put back. */
export const SENTENCE_MARKS: ReadonlySet<string> = new Set(['.', '!', '?', ':']);

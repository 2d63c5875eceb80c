/**
 * Word lists and character sets for the `text/dropped` rule. Add entries
 * here, not code.
 *
 * Every word list is matched against lowercase word forms. The rule decides case
 * separately (it only reads a determiner when it is written in lowercase, or
 * capitalised at the start of a sentence), so a title like "The Of Montreal
 * tour" or an acronym like "ITS" never matches.
 */

/**
 * Determiners that must be followed by a noun phrase: when one of these is
 * followed by punctuation or by a word from {@link CANNOT_FOLLOW_DETERMINER},
 * something is missing between them ("munitions for its , in exchange",
 * "described the as a major upgrade").
 *
 * Left out on purpose, because they also stand on their own:
 * - `this`, `these`, `those`: pronouns ("I like this.", "those of us",
 *   "Is this the place?").
 * - `his`, `her`: independent possessive or object pronoun ("the book is
 *   his.", "told her, in private", "relieved her of her duties").
 * - `each`: pronoun ("$5 each.", "each of them").
 * - `whose`: "Whose?" and the common misspelling of "who's".
 * - `my`: the interjection ("Oh my.", "My, how you've grown").
 * - `that`: a pronoun and a conjunction far more often than a determiner.
 * These still get the generic space-before-punctuation finding ("his , in").
 */
export const STRICT_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'our', 'your', 'every',
]);

/** Every determiner and possessive determiner: a second one right after a strict determiner is a gap ("the a", "the its"). */
export const ALL_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'your', 'my',
  'this', 'these', 'those', 'every', 'each', 'whose',
]);

/** Conjunctions that join two determiners or two possessors ("the or a", "its and their"). */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', 'nor']);

/**
 * One-letter words that are words, not letters. Any other single letter
 * after a gap makes it a list of labels ("a, b and c", "from a to z", "a.
 * m."), but "the as a major upgrade" is still a gap.
 */
export const ONE_LETTER_WORDS: ReadonlySet<string> = new Set(['a', 'A', 'I']);

/** Possessive determiners, which coordinate with each other ("its and their", "your or my"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([
  'its', 'his', 'her', 'their', 'our', 'your', 'my', 'whose',
]);

/**
 * Prepositions, conjunctions and auxiliaries that cannot come straight after
 * a determiner ("the of", "the as a", "an and", "the was"). Words that can
 * start a noun phrase after "the" are left out: `about` and `over` ("the
 * about 300 residents", "the over-50s"), `while` ("all the while"), `per`
 * ("the per capita income"), `if` ("the if clause"), `it` ("the it girl"),
 * `up`, `down`, `off`, `out`, `after`, `before`, `above`, `below`, `through`
 * (nouns and adjectives: "the above example", "the before photo", "the
 * through road"), `will` and `can` (nouns). The rule also treats every word
 * of {@link ALL_DETERMINERS} as one that cannot follow.
 */
export const CANNOT_FOLLOW_DETERMINER: ReadonlySet<string> = new Set([
  // Prepositions
  'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'into', 'onto', 'upon', 'as', 'than',
  'among', 'amongst', 'between', 'during', 'despite', 'toward', 'towards', 'throughout',
  'across', 'against', 'without', 'via', 'since', 'until', 'unto', 'beside', 'besides', 'beneath',
  // Conjunctions
  'and', 'or', 'nor', 'but', 'because', 'although', 'though', 'whether', 'unless', 'whereas',
  // Auxiliaries and copulas
  'is', 'was', 'were', 'are', 'been', 'has', 'had', 'would', 'could', 'should',
]);

/**
 * Two-word phrases that may legitimately follow a determiner although their
 * first word is in {@link CANNOT_FOLLOW_DETERMINER}: compound modifiers
 * written without hyphens ("the on call doctor", "the in house team"),
 * adverbials before a number or adjective ("the at least 52 people", "the
 * as yet unnamed successor", "the by now familiar"), and borrowed phrases
 * ("the a cappella group"). Keys are `first second`, lowercase.
 */
export const PHRASES_AFTER_DETERMINER: ReadonlySet<string> = new Set([
  // Adverbials before a number, an adjective or a participle
  'at least', 'at most', 'at times', 'as many', 'as much', 'as few', 'as little', 'as yet', 'as of',
  'by now', 'by then', 'by far', 'for now', 'until now', 'until recently', 'would be', 'on and',
  // Unhyphenated compound modifiers
  'in house', 'in depth', 'in person', 'in store', 'in flight', 'in game', 'in state', 'in between',
  'in crowd', 'in thing', 'in joke', 'in laws', 'in app', 'in vitro', 'in vivo', 'in situ', 'in tray', 'in box',
  'on call', 'on duty', 'on site', 'on screen', 'on board', 'on demand', 'on air', 'on field',
  'on again', 'on ramp', 'on line', 'on time', 'on stage', 'on switch', 'on button', 'on position',
  'at home', 'at risk', 'at large', 'at will',
  'to do', 'to go', 'to and',
  'for profit', 'for sale', 'for and', 'for hire',
  'by election', 'by product', 'by law',
  'with profits', 'for loop',
  // Borrowed phrases that start with a determiner-like word
  'a cappella', 'a capella', 'a priori', 'a posteriori', 'a fortiori', 'a la', 'a propos',
]);

/**
 * Words that cannot end a sentence: a full stop right after one of them
 * means the end of the clause went missing ("They met Kim and."). Most
 * prepositions are left out because English strands them ("the house he
 * lived in.", "what it is made of."), and so are `because` ("just
 * because."), `though` ("It was good, though."), `if` ("what if.") and `but`
 * ("Yes, but."), which speakers leave hanging on purpose.
 */
export const CANNOT_END_SENTENCE: ReadonlySet<string> = new Set([
  'and', 'or', 'nor', 'than', 'whereas', 'although', 'despite', 'whether',
]);

/**
 * Words before a {@link CANNOT_END_SENTENCE} word that make it whole
 * ("either or."). "and/or." needs no entry: the rule wants a space before
 * the conjunction.
 */
export const COMPLETES_SENTENCE_END: ReadonlySet<string> = new Set(['either', 'whether']);

/**
 * Function words that are never correctly written twice in a row ("the
 * the", "of of"). Words that legitimately double are left out: "had had",
 * "that that", "is is" / "was was" ("what it was was…"), "in in" / "on on"
 * / "by by" after phrasal verbs ("the show goes on on Friday"), "at at"
 * ("looking at at least 30 cases"), "her her" ("gave her her keys"), "my
 * my" (an interjection).
 */
export const NEVER_DOUBLED: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'our', 'your', 'his', 'every',
  'of', 'to', 'for', 'with', 'from', 'into', 'onto', 'than', 'and', 'or', 'nor', 'been',
]);

/**
 * Punctuation that cannot follow a strict determiner. Quotation marks,
 * dashes, slashes and question marks are left out: they mark a word being
 * mentioned ("the word “the”"), a speaker trailing off ("the — the plan"),
 * or alternatives ("a/an").
 */
export const GAP_PUNCTUATION: ReadonlySet<string> = new Set([',', '.', ';', ':', ')']);

/** Punctuation whose preceding space is itself a sign of dropped words (" ,", " ."). */
export const SPACED_PUNCTUATION: ReadonlySet<string> = new Set([',', '.']);

/**
 * Characters that may sit between two words in the source without anything
 * having been dropped from the prose: whitespace and emphasis markers
 * ("*its*,"). Anything else in the source between two prose tokens is markup
 * the prose extractor removed (an HTML comment, a footnote reference), and
 * a gap there is not damage.
 */
export const INVISIBLE_SOURCE_CHARS: ReadonlySet<string> = new Set(['*', '_', '~']);

/** Dashes after which a word still stands free ("—the"). */
export const DASHES: ReadonlySet<string> = new Set(['—', '–']);

/** Spaces a dropped word leaves behind on a line (ordinary and no-break). */
export const INLINE_SPACES: ReadonlySet<string> = new Set([' ', '\u00a0', '\u202f']);

/** Marks that may sit inside a plain word ("don’t", "well-known"); any other punctuation makes it code or an address. */
export const WORD_INNER_MARKS: ReadonlySet<string> = new Set(["'", '’', '-', '‐', '‑']);

/** Opening brackets and quotation marks: a word right after one is a label or a mention ("(a)", "“the”"). */
export const OPENING_MARKS: ReadonlySet<string> = new Set([
  '(', '[', '{', '"', "'", '“', '‘', '„', '‚', '«', '‹', '「', '『',
]);

/** Closing brackets and quotation marks, which may follow sentence punctuation ("the.”"). */
export const CLOSING_MARKS: ReadonlySet<string> = new Set([')', ']', '}', '"', "'", '”', '’', '»', '›', '」', '』']);

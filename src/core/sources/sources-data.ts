/**
 * The numbers that decide how quotes are matched against sources, kept as
 * data (tuned on `npm run eval`'s source section, bench/eval-sources.ts).
 */

/**
 * A quote is a near match (rather than not found) when at least this share
 * of its words lines up, in order, with one passage of a source, and at least
 * NEAR_MATCH_MIN_WORDS do. A misquote changes, adds or drops a few words of a
 * real passage, so most of its words are still there in order; a fabricated
 * quote that merely shares common words ("of the", "we will") with some
 * passage lines up far less than half of its words.
 */
export const NEAR_MATCH_SIMILARITY = 0.6;
export const NEAR_MATCH_MIN_WORDS = 3;

/**
 * Fewest words a quotation needs before it is checked. Quotations of speech
 * (`quote`, `nested-quote`) need three: the index looks passages up by word
 * trigrams, and a one- or two-word quote ("Yes," she said) would be "found"
 * in almost any source. Partial quotes need five: quoted fragments inside the
 * writer's own sentence are often stock phrases ("unconditional support",
 * "at all costs") that many passages contain, so only a longer fragment says
 * something about one passage.
 */
export const MIN_QUOTE_WORDS = 3;
export const MIN_PARTIAL_WORDS = 5;

/** Suggester confidence at which an unknown word is read as its correction (both sides). */
export const CORRECTION_CONFIDENCE = 0.5;
/**
 * A known word rarer than this (Zipf) may be OCR damage of a commoner one
 * ("tbe" 2.3, "ond" 2.6): it is compared loosely, within one edit.
 */
export const RARE_ZIPF = 3.0;
/** Words shorter than this, or longer than CORRECTION_MAX_LENGTH, are compared as written. */
export const CORRECTION_MIN_LENGTH = 3;
export const CORRECTION_MAX_LENGTH = 30;
/** Process-wide memory of corrections (cleared when full). */
export const MAX_CORRECTION_CACHE = 100_000;
/**
 * Suggester calls one index build may make (distinct unknown words). A real
 * source set has a few thousand distinct unknown words; a hostile one
 * (random strings) would otherwise cost one look-up each.
 */
export const CORRECTION_BUDGET_PER_INDEX = 20_000;

/**
 * Trigrams with more postings than this are too common to place a quote
 * ("one of the"); they are used only when a fragment has nothing rarer.
 */
export const MAX_POSTINGS_PER_TRIGRAM = 2_000;
/**
 * Single words vote for passages too, when rare: at most this many
 * occurrences across the sources. A trigram hit weighs TRIGRAM_VOTE, a
 * rare word WORD_VOTE.
 */
export const MAX_POSTINGS_PER_WORD = 64;
export const TRIGRAM_VOTE = 3;
export const WORD_VOTE = 1;
/** Postings one fragment may visit: a base plus this many per word (keeps hostile quotes linear). */
export const POSTINGS_BUDGET_BASE = 4_000;
export const POSTINGS_BUDGET_PER_WORD = 40;

/** Sources tried per quote (the ones with most trigram hits), and passages tried per fragment. */
export const CANDIDATE_SOURCES = 3;
export const CANDIDATE_PASSAGES = 3;

/**
 * Alignment band: how far (in words) the quote may drift from the passage's
 * diagonal through added or dropped words. Half the fragment's length,
 * within these bounds; the upper bound keeps a 10,000-word quote linear.
 */
export const BAND_MIN = 8;
export const BAND_MAX = 48;

/** A fragment after an ellipsis with fewer than three words is looked for this many words after the previous one. */
export const SHORT_FRAGMENT_REACH = 40;

/** Changes closer than this many unchanged words are reported as one ("at its disposal" → "in its possession"). */
export const HUNK_JOIN_WORDS = 2;

/**
 * Thresholds of the `ocr/real-word` rule. DATA only; ./real-word.ts uses them.
 *
 * Where they come from: `scripts/build-context.mjs` counts words and word
 * pairs in 3.8 M words (State of the Union addresses, the Brown Corpus,
 * WordNet glosses, the CIA World Factbook) and holds 0.8 M words out: a dev
 * set (every fifth address and Factbook country, Brown genre A) on which
 * these numbers were chosen, and a test set (every tenth of the others,
 * Brown genre B) measured once at the end, with Debian's dasher-data English
 * training text as text from elsewhere. Two measures: findings per 1,000
 * words of clean text (target ≤ 0.1) and the share of synthetic real-word
 * errors found (a word of held-out text replaced by a real word one OCR-like
 * edit away, drawn by the channel's edit probabilities). At these values:
 * dev 0.024 findings per 1,000 words (13 in 547 k words, 4 of them real
 * errors of the source), test 0.043 (14 in 329 k words, 2 of them real
 * errors); 32% of synthetic word errors found (31% with the right
 * suggestion), 90% of synthetic damaged names.
 */

/**
 * Prior strength `a` of the association estimate. A pair seen `n` times
 * where `E` were expected if its words were independent has association
 * (a + n) / (a + E): the mean of a Gamma(a, a) prior (mean 1) updated by a
 * Poisson count. With a = 1 an unseen pair of rare words stays neutral
 * (≈ 1) and an unseen pair of common words, expected many times, counts
 * against (≈ 1 / E).
 */
export const ASSOCIATION_PRIOR = 1;

/** Context must favour the candidate over the written word by at least this (log10, association only). */
export const MIN_CONTEXT_EVIDENCE = 0.5;

/** Weight of the words' own frequencies, log10 P(candidate) / P(written), in the score (1 = Bayes). */
export const FREQUENCY_WEIGHT = 1;

/** Weight of the edit's cost (−log10 relative probability, the suggester's channel scale). */
export const EDIT_COST_WEIGHT = 0.5;

/** A finding needs this score: log10 odds for the candidate after all of the above. */
export const MIN_SCORE = 3;

/**
 * The pair that argues for the candidate must be seen at least this often.
 * The written pairs are seen at most once (pairs seen twice or more are never
 * second-guessed; single sightings are not stored, see ../context/format.ts),
 * so this is also a ratio: at least 3 to under 2, and the score demands far
 * more (a score of 3 is 1000 : 1 odds).
 */
export const MIN_ALTERNATIVE_PAIR = 3;

/** Words shorter than this are not checked (too many neighbours; same as the build's MIN_WORD_LENGTH). */
export const MIN_WORD_LENGTH = 3;

/** A damaged name's confidence: the name is strong evidence, but the writer may mean the damaged words. */
export const NAME_CONFIDENCE = 0.9;

/** Highest confidence of a finding from word pairs alone. */
export const MAX_PAIR_CONFIDENCE = 0.95;

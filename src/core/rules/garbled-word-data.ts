/**
 * Weights of the garbled-word decision (./garbled-word-evidence.ts). DATA.
 *
 * Everything is on the suggester's scale: log10 of a probability, where one
 * unit is a tenfold difference (a suggestion's score is its Zipf frequency
 * minus the channel cost of the damage). A word is flagged when the best
 * correction is FLAG_MARGIN more likely than the word being right as written
 * ("the null"). The null starts from how likely an unknown word of that shape
 * is a legitimate rare word or name, and drops with each sign of damage.
 *
 * Tuned on synthetic damage of Factbook/Brown text and on clean text
 * (bench/eval.ts), never on the seed documents.
 */

/** The null by case shape: unknown names and acronyms are far commoner than unknown lower-case words. */
export const NULL_BASE = {
  lower: 1.0,
  /** Capitalised inside a sentence: most likely a name. */
  title: 2.4,
  /** Capitalised as the first word of a sentence or line: the capital says nothing. */
  titleInitial: 2.4,
  upper: 3.0,
  /** McDonald, iPhone. */
  prefixed: 3.0,
  /** Added for a capitalised word of four letters or fewer inside a sentence ("Tok", "Nino", "PiS"). */
  shortName: 0.6,
} as const;

/**
 * Long lower-case words: a legitimate unknown word rarely lands within an
 * edit or two of a known one when it is long (the space of long strings is
 * sparse), so the null of a lower-case word drops by this much per letter
 * beyond NULL_LENGTH_FROM, at most NULL_LENGTH_CAP.
 */
export const NULL_LENGTH_SLOPE = 0.1;
export const NULL_LENGTH_FROM = 6;
export const NULL_LENGTH_CAP = 0.8;

/**
 * Lost spaces in a lower-case token ("morethan", "foreigncurrency"): the
 * split's score (each piece's Zipf, see ./segment.ts) is weighed against a
 * null that drops by JOIN_LENGTH_SLOPE per letter beyond NULL_LENGTH_FROM —
 * a long unknown token that cuts exactly into common words is rarely a word.
 */
export const JOIN_LENGTH_SLOPE = 0.3;

/** A corpus-only entry ("tbilisi", "nasdem", but also OCR debris such as "tbe") is right as written with about this discount on its frequency. */
export const CORPUS_DISCOUNT = 0.6;
/** An entry listed only as an abbreviation ("bf", "hrs") written in lower case, without a period, and not after a number. */
export const ABBREVIATION_DISCOUNT = 1.0;

/** Evidence of damage, subtracted from the null. */
export const EVIDENCE = {
  /** A capital inside the word that no naming practice explains ("hrS", "oCeistance"). */
  oddCase: 2.5,
  /** …in a capitalised word, where it may be an abbreviation's capital ("PiS", "OeVP"). */
  oddCaseCapitalised: 1.5,
  /** CamelCase whose pieces are not words ("geopbFitical", "RuCeia"). */
  camelNotWords: 2.0,
  /** A digit among letters ("brd3fing", "parastata1"). */
  digit: 2.5,
  /** Each letter trigram that almost no lexicon entry has (see RARE_BELOW). */
  rareTrigram: 1.0,
  /** At most this much from rare trigrams. */
  rareCap: 2.0,
} as const;

/** A trigram is rare when fewer lexicon entries than this have it. */
export const RARE_BELOW = 5;

/**
 * Cost of a capital inside a sentence on a correction that is normally lower
 * case: high for function words, which are almost never capitalised there
 * ("Cho" is not a damaged "the"), low for content words, which often are, in
 * the names of institutions ("National Assembly", "Supreme Court");
 * `beforeUnknownName` more for a capitalised word the corpora know, before a
 * capitalised word that no dictionary lists ("Wes Streeting"): a first name
 * before a surname.
 */
export const TITLE_MISMATCH = { function: 1.5, content: 0.5, beforeUnknownName: 1.0 } as const;
/** Corrections at least this frequent (Zipf) count as function words for TITLE_MISMATCH. */
export const FUNCTION_WORD_ZIPF = 5.5;

/** Flag when the best correction beats the null by this much (log10). */
export const FLAG_MARGIN = 0.5;
/** …and by this much for a word shaped like a name or an acronym (capitalised, all caps, McDonald). */
export const FLAG_MARGIN_NAME = 0.6;
/** …and by this much when the word is itself a dictionary entry (an abbreviation such as "bf" for "of"). */
export const FLAG_MARGIN_KNOWN = 3.0;
/** Evidence this strong flags a word even with no plausible correction ("looks garbled"). */
export const EVIDENCE_ALONE = 2.0;

/**
 * The document's own vocabulary: a word written the same way several times
 * is more likely a name or a term than damage (damage varies). Added to the
 * null: VOCABULARY_GAIN · log2(count), at most VOCABULARY_CAP.
 */
export const VOCABULARY_GAIN = 0.5;
export const VOCABULARY_CAP = 1.0;

/**
 * Letters after a number that make a unit, an ordinal or a decade, not a
 * damaged word: "1st", "5km", "10am", "1990s". Other tokens that start with
 * one digit the damage table reads as a letter (0 o, 1 l, 3 e, 5 s, 8 b)
 * are looked at ("0f", "1ord", "3arth").
 */
export const NUMBER_SUFFIXES: ReadonlySet<string> = new Set([
  'st', 'nd', 'rd', 'th', 's', 'am', 'pm', 'km', 'kg', 'cm', 'mm', 'ml', 'mg', 'ft', 'lb', 'lbs', 'kb', 'mb', 'gb', 'tb',
  'hz', 'khz', 'mhz', 'ghz', 'mph', 'kph', 'x', 'k', 'm', 'g', 'p', 'px', 'yo', 'ish', 'in', 'h', 'hr', 'hrs', 'min', 'sec',
  'd', 'v', 'w', 'kw', 'kwh', 'mw', 'bn', 'mn', 'l', 'oz', 'pt', 'yd', 'mi', 'ha', 't',
]);
/** Digits that OCR and broken encodings put for letters at the start of a word (the damage table's 0→o, 1→l, 3→e, 5→s, 8→b). */
export const LETTER_LIKE_DIGITS = '01358';

/**
 * A token led by one digit and then lower-case letters (and perhaps more
 * digits) with at least this many letters is a word with a digit for a
 * letter ("3stimates", "3xp3cted": e read as 3), whatever the digit: a
 * number's unit or ordinal is never this long without a space ("5km",
 * "21st", "10am" stay numbers).
 */
export const DIGIT_LED_MIN_LETTERS = 5;

/** Shortest word considered (single letters are initials, labels, list markers). */
export const MIN_LENGTH = 2;
/** Longest word considered. */
export const MAX_LENGTH = 40;
/** Capitalised and all-caps words this short are initials or acronyms, never judged. */
export const MIN_CAPITALISED_LENGTH = 3;

/** Corrections at least this confident teach the document's channel (before it is used for the rest). */
export const OBSERVE_CONFIDENCE = 0.9;
/** An edit is learned only when at least this many distinct confident corrections show it. */
export const OBSERVE_AGREEMENT = 2;

/**
 * Weak-evidence adaptation: a one-to-one substitution that the first-round
 * corrections of at least this many DIFFERENT corrected words use — flagged
 * ones however unsure, and lower-case near misses within WEAK_NEAR_MISS of
 * the margin — is taken as the document's systematic damage (e read as b
 * throughout) and costs WEAK_LEARNED_COST for the rest of the document.
 * Agreement across words is the evidence, not any one word's confidence.
 * Clean text hardly ever has two such corrections sharing a substitution,
 * so it stays unadapted (bench/eval.ts: no change in section 1).
 */
export const WEAK_AGREEMENT = 2;
/** How far short of the margin (log10) a lower-case near miss may fall and still count towards WEAK_AGREEMENT. */
export const WEAK_NEAR_MISS = 1.0;
/**
 * How far short of the margin a capitalised unknown word's correction may
 * fall and still second a substitution that a flagged correction (or a
 * lower-case near miss) of a different word proposes: the two then agree
 * (WEAK_AGREEMENT). A capitalised near miss never proposes an edit on its
 * own — most are real names — but a name-shaped word that one edit the
 * document already shows turns into a known word is that damage again.
 */
export const WEAK_NEAR_MISS_NAME = 3.0;
/** Channel cost (log10) of a substitution learned from agreement (an untabled one costs 2.0). */
export const WEAK_LEARNED_COST = 0.6;
/**
 * Highest confidence of a correction that needs a substitution learned from
 * agreement alone (below OBSERVE_CONFIDENCE: agreeing weak corrections show
 * that damage is systematic, not that each correction is right).
 */
export const WEAK_CONFIDENCE_CAP = 0.85;
/**
 * A capitalised unknown word that the document's learned substitutions
 * alone turn into a dictionary name, or into a word at least this frequent
 * (Zipf), is flagged even short of the margin (see ocr-analysis.ts).
 */
export const LEARNED_NAME_ZIPF = 3.5;

/** Weights of the evidence a damaged document gives about one of its near misses (log10; see damagedDocumentEvidence). */
export interface DamagedDocumentWeights {
  /** Taken off the evidence before it is compared with the shortfall. */
  threshold: number;
  /** Per doubling of the correction's uses in the document (log2(1 + uses)), up to vocabularyCap doublings. */
  vocabulary: number;
  vocabularyCap: number;
  /** Per other flagged word needing the same substitution, up to supportCap. */
  support: number;
  supportCap: number;
  /** Per log10 of letter-trigram likelihood the correction has over the word, clamped to [lettersMin, lettersMax]. */
  letters: number;
  lettersMin: number;
  lettersMax: number;
  /** Against: a neighbour that is a capitalised non-dictionary word. */
  foreignNeighbour: number;
  /** Against: each capitalised neighbour. */
  capitalisedNeighbour: number;
  /** For: first word of a sentence. */
  initial: number;
  /**
   * For: how damaged the document is. Per log10 of its share of flagged
   * words above `rateFrom`, up to `rateCap` (log10): on a page where one
   * word in ten is misread, an unknown word is far likelier damage than on
   * a page with one slip.
   */
  rate: number;
  rateFrom: number;
  rateCap: number;
  /** Highest confidence of a word flagged this way. */
  confidenceCap: number;
}

/**
 * A document that shows damage: at least `minWords` different lower-case
 * words corrected with confidence OBSERVE_CONFIDENCE or more, and at least
 * `minRate` of its words. Clean text hardly ever gets there (bench/eval.ts
 * section 1: at most three such words in a document, under 0.2% of its
 * words; its figures are the same with `minWords` 2 or 3), so what follows
 * changes nothing in it. Two words, not three, so that a short damaged page
 * (a few hundred words) counts.
 */
export const DAMAGED_DOCUMENT = { minWords: 2, minRate: 0.003 } as const;

/**
 * In a damaged document, a capitalised unknown word whose correction fell
 * short of the name margin is weighed again with what the document says
 * (./garbled-word-evidence.ts `damagedDocumentEvidence`), in log10 units: it is
 * flagged when the evidence exceeds the shortfall. The weights are one
 * logistic decision fitted on synthetic damage (bench/eval.ts, seed 1:
 * missed damaged words against the real names near a correction in the
 * same documents), rescaled to log10 and rounded; the threshold keeps the
 * synthetic detection precision where it was; seeds 2 and 3 agree.
 * Confidence stays at most `confidenceCap`: the document makes such a word
 * suspect, it does not make its correction safe.
 */
export const NAME_IN_DAMAGED_DOCUMENT: DamagedDocumentWeights = {
  threshold: 0,
  vocabulary: 0.5,
  vocabularyCap: 3,
  support: 1.2,
  supportCap: 3,
  letters: 0.4,
  lettersMin: -1,
  lettersMax: 4,
  foreignNeighbour: 0.75,
  capitalisedNeighbour: 0.3,
  initial: 0.35,
  rate: 1.0,
  rateFrom: 0.01,
  rateCap: 1.0,
  confidenceCap: 0.6,
};

/**
 * The same for a lower-case unknown word of a damaged document (fitted the
 * same way): only its letters speak for damage, the document's vocabulary
 * and shared substitutions add nothing the first judgement lacked. The
 * threshold was 1.0 when fitted on synthetic damage; real OCR (bench/eval.ts
 * section 6) misses far more lower-case damage than synthetic text has, and
 * at −1 a page the scanner misread gets the benefit of the doubt: real-OCR
 * recall +1.2 points with no new false alarm there, for 0.2 more false
 * alarms per 1,000 words in synthetically damaged modern text (section 2:
 * rare real words the lexicon lacks, "salination"). The document's damage
 * rate counts at half the weight it has for capitalised words (`rate`): on
 * the real-OCR dev pages a full weight flagged no more than half did.
 */
export const LOWER_IN_DAMAGED_DOCUMENT: DamagedDocumentWeights = {
  threshold: -1,
  vocabulary: 0,
  vocabularyCap: 0,
  support: 0,
  supportCap: 0,
  letters: 0.75,
  lettersMin: -1,
  lettersMax: 4,
  foreignNeighbour: 0.35,
  capitalisedNeighbour: 0.4,
  initial: 0.45,
  rate: 0.5,
  rateFrom: 0.01,
  rateCap: 1.0,
  confidenceCap: 0.6,
};

/**
 * Short tokens with digits read for letters in running text ("it 1s a",
 * "1 think", "going 10 be", "in 4 way": ./digit-words.ts). The letters each
 * digit's glyph is read for (the table is about glyph shapes, not words:
 * 1 is a stroke like i, l, I and the stem of t; 0 an o; 4 an open a; 5 an s).
 */
export const DIGIT_LOOKALIKES: Readonly<Record<string, string>> = { '0': 'o', '1': 'ilIt', '4': 'a', '5': 's' };
/** Tokens standing alone that OCR makes of the pronoun "I" (a vertical stroke; a lower-case or capital L). */
export const STROKES_READ_AS_I: ReadonlySet<string> = new Set(['|', 'l', 'L', '¦']);
/** Longest token tried (one- and two-letter function words are what OCR turns into figures). */
export const DIGIT_WORD_MAX_LENGTH = 3;
/** A reading must be a common word (Zipf): function words, not rare letter strings. */
export const DIGIT_WORD_MIN_ZIPF = 5.5;
/**
 * Least log10 association (pair count against the count chance predicts)
 * of a reading with its neighbours. A token with letters beside the digit
 * ("1s", "1m") shows damage by itself: its reading needs only not to be
 * disfavoured by the neighbours (the sum of both sides, which may be
 * negative: the counted text is small). A bare figure is a number unless
 * both neighbours favour the word, by DIGIT_WORD_MIN_SIDE each and
 * DIGIT_WORD_MIN_TOTAL_FIGURE in sum ("operates 4 national networks" and
 * "10 people" are numbers), or, for "1" read as "I" at the start of a
 * clause ("condition, 1 should"), the word after favours "I" by
 * DIGIT_I_MIN_AFTER ("I think", "I have"; not "1 appointed", "1 in 4").
 */
export const DIGIT_WORD_MIN_TOTAL_LETTERS = -1.0;
/** The same for letters that also make a unit or a count after a figure ("1m" a million, "1s" ones): both neighbours, not against. */
export const DIGIT_WORD_MIN_TOTAL_UNIT = 0;
export const DIGIT_WORD_MIN_SIDE = 0.5;
export const DIGIT_WORD_MIN_TOTAL_FIGURE = 1.5;
export const DIGIT_I_MIN_AFTER = 0.8;
/**
 * The same in a document that shows damage, for "1" or a stroke first in a
 * clause ("effect, 1 lost"); there "1" inside a clause is read as "I" too,
 * at DIGIT_I_MIN_AFTER, when the word before does not disfavour it ("but 1
 * can't", "may 1 say"; not "of 1 judge", "and 1 appointed").
 */
export const DIGIT_I_MIN_AFTER_DAMAGED = 0.5;
/** Confidence of a reading: the neighbours suggest it; they never make it safe to apply unasked. */
export const DIGIT_WORD_CONFIDENCE_LETTERS = 0.85;
export const DIGIT_WORD_CONFIDENCE_FIGURE = 0.6;

/**
 * Real words read as damage in a damaged document (./damaged-real-word.ts),
 * log10 units:
 * - `rateScale`: the document's flagged share times this is its damage
 *   rate (real OCR's non-word findings are about half of its damage);
 * - `minRate`, `maxRate`: bounds of the damage rate used as the prior (a
 *   document's flagged share is a rough estimate);
 * - `maxZipf`, `maxZipfShort` (words up to `shortLength` letters),
 *   `maxLength`: the words questioned at all: OCR damage lands on short
 *   words most, and a frequent word is rarely what damage made;
 * - `candidates`: corrections weighed per word; `minZipfGain`: a
 *   correction must be this much more frequent than the word;
 * - `minPair`: a pair of the correction with a neighbour seen this often;
 *   `minContext`: the neighbours must favour the correction by this;
 * - `margin`: the odds needed; `confidenceCap`: the highest confidence.
 */
export const DAMAGED_REAL_WORD = {
  rateScale: 3,
  minRate: 0.01,
  maxRate: 0.15,
  maxZipf: 4.5,
  maxZipfShort: 6.0,
  shortLength: 4,
  maxLength: 12,
  candidates: 5,
  minZipfGain: 0.5,
  minPair: 2,
  minContext: 0,
  margin: 0,
  confidenceCap: 0.6,
  /** A capitalised word in mid-sentence is questioned only when its lower case is at least this frequent (Zipf; rarer ones are as likely names: "Wert"). */
  minZipfCapitalised: 3.5,
} as const;

/**
 * Endings that make inflections of one stem: two words that differ only in
 * them ("hoped"/"hopes") are grammar for each other, not damage (the same
 * lesson as the context build's filter, scripts/build-context.mjs).
 */
export const INFLECTION_ENDINGS: ReadonlySet<string> = new Set(['', 'e', 's', 'es', 'd', 'ed', 'ing', 'er', 'ers', 'est', 'ly', 'ies', 'ied']);

/**
 * Common words capitalised in mid-sentence (./stray-capital.ts): only
 * words at least this frequent (Zipf; function words and everyday words,
 * where a capital inside a sentence has no reason), reported unsure.
 */
/**
 * A capitalised word a damaged document repeats, read as a name, that is
 * one substitution from a capitalised word the lexicon knows and the
 * document also writes ("Piteairn" beside "Pitcairn"; ./ocr-analysis.ts):
 * at most `maxCost` (the channel's cost of the substitution, log10: the
 * cheap misreadings, e↔c, l↔I, n↔u), among the suggester's first
 * `candidates`, words of `minLetters` or more; flagged at `confidence`.
 */
export const REPEATED_NAME = { maxCost: 1.5, candidates: 3, minLetters: 5, confidence: 0.6 } as const;

/**
 * Letters left over in the running text of a damaged document
 * (./short-debris.ts): a two-letter lower-case token is debris unless it is
 * a word of running text, known in lower case and at least `maxZipf`
 * frequent (the function words: "of", "to", "in", "re"; the frequencies of
 * single letters and letter pairs are inflated by subtitles' split
 * contractions, so lesser ones are not trusted), or one of `words`: short
 * English words of running text rarer than that (interjections, "ox",
 * "ad") and the abbreviations prose writes in lower case ("vs", "sq km";
 * the lexicon's abbreviations are no guide: "st", "ee" are mostly debris).
 * Reported unsure, with no suggestion.
 */
export const SHORT_DEBRIS = {
  maxZipf: 4.9,
  words: new Set([
    'ad', 'ah', 'am', 'ax', 'eh', 'ha', 'hm', 'id', 'lo', 'ma', 'oh', 'ok', 'ow', 'ox', 'pa', 'uh', 'um', 'yo',
    // Abbreviations prose writes in lower case without a full stop (units mostly follow a figure, which rules them out anyway).
    'vs', 'cf', 'pp', 'sq', 'km', 'kg', 'mm', 'cm', 'ft', 'lb', 'oz', 'mi', 'hr', 'yd', 'kw', 'mw', 'gb', 'mb', 'mg', 'ml',
  ]),
  confidence: 0.3,
  /** Longest token read as debris: three or four lower-case letters only when the lexicon knows them as a name or an acronym alone. */
  maxNameLetters: 4,
  /** Two letters seen this often beside a neighbour in the counted text make a phrase ("de facto"), not debris. */
  minPair: 2,
} as const;

export const STRAY_CAPITAL = {
  minZipf: 5.5,
  confidence: 0.6,
  /** The pair of the word before and the word in lower case must be seen this often in the counted text (../context). */
  minPair: 2,
  /** A block is prose wrapped at a fixed width when it has this many line breaks inside sentences… */
  wrappedMinLines: 3,
  /** …and this share of them go on in lower case. */
  wrappedLowerShare: 0.75,
  /**
   * Never questioned: the words English sentences most often begin with,
   * where a full stop lost before the capital is the likelier damage, and
   * the pronouns capitalised for the deity.
   */
  sentenceWords: new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'there', 'i', 'he', 'she', 'we', 'they', 'his', 'him', 'who', 'whom', 'thee', 'thou', 'thy']),
  /**
   * The words questioned: English function words (prepositions,
   * conjunctions, auxiliaries and modals, pronouns, determiners), which no
   * house style capitalises inside a sentence. Nouns are left alone:
   * writing before the 20th century capitalised them freely ("the People",
   * "the Year"), and such text is what gets scanned; and so is "being"
   * ("the Supreme Being").
   */
  functionWords: new Set([
    'about', 'above', 'after', 'against', 'along', 'among', 'and', 'any', 'are', 'around', 'as', 'at', 'be', 'been', 'before',
    'below', 'between', 'both', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'during', 'each', 'either', 'every',
    'for', 'from', 'had', 'has', 'have', 'her', 'hers', 'how', 'if', 'in', 'into', 'is', 'its', 'may', 'might', 'most', 'much',
    'must', 'neither', 'no', 'nor', 'not', 'of', 'off', 'on', 'onto', 'or', 'other', 'our', 'ours', 'over', 'shall', 'should',
    'since', 'so', 'some', 'such', 'than', 'their', 'them', 'then', 'through', 'to', 'toward', 'towards', 'under', 'until',
    'upon', 'us', 'was', 'were', 'what', 'when', 'where', 'whether', 'which', 'while', 'whose', 'why', 'with', 'within',
    'without', 'would', 'you', 'your',
  ]),
} as const;

/**
 * Who said it: finds the speaker of every quotation, in the patterns news
 * writing uses.
 *
 * - quote, verb, speaker: “…,” said Mara Ellison, of the port authority.
 *   (also with a description before the name: said union president Stephanie
 *   Roy; said the city's chief medical officer, Dr. Ana Ruiz)
 * - quote, speaker, verb: “…,” Ellison said. / “…,” the mayor told reporters.
 *   (also with a long appositive: “…,” Beryl W. Sprinkel, economist of …, predicted)
 * - speaker, verb, quote: Ellison said: “…” / Ellison warned that “…”, over
 *   relative clauses (Holt, who voted against it, called it “…”), asides in
 *   parentheses and datelines (WASHINGTON — …); a verb set off by commas
 *   names its speaker after it (The reason, says the Housing Center, is “…”).
 * - a sentence that ends with its attribution (…, Carl Buchheister said today.)
 * - according to X: According to the agency, the plan is “…”
 * - a sign-off: “We will rebuild.” — Mayor Jane Roe (or in a paragraph of
 *   its own after the quotation, as pull quotes are set)
 * - a quotation opening its sentence with no cue takes the subject of the
 *   sentence before (in the paragraph before too: Moritz declared. ¶ “…”),
 *   else continues the last speaker (same or next paragraph, or across an
 *   interviewer's short question).
 * - pronouns (he/she/it/they said) take the nearest compatible name before
 *   that stands as a subject (or earlier in the pronoun's sentence): a person
 *   for he/she, an organisation for it.
 * - a surname alone (Ellison) becomes the full name used earlier; a
 *   definite description (the sheriff, the jury, the President) the name it
 *   stands for; "the company" the organisation named last.
 *
 * Quoted words inside a sentence are `partial` when the sentence has a
 * reporting verb (the verb's subject speaks), `title` when they are a
 * capitalised multi-word name, and `scare` when short and uncued.
 *
 * Two passes, so a re-check after an edit redoes little. The block pass
 * ({@link BlockAttributor}) reads one block with its quotations at base 0:
 * the kinds, the patterns around each quotation, the names outside
 * quotations. It is memoised on the block (keyed by the layout of the
 * block's quotations) and leaves speakers as references. The document pass
 * ({@link DocumentAttributor}) resolves them in document order — surnames,
 * pronouns, descriptions, continuations — with bounded work per quotation,
 * so the whole is linear.
 */
import type { Document } from '../document.js';
import { perBlock } from '../engine/block-memo.js';
import { perDocument } from '../engine/document-memo.js';
import { QUOTE_MARKS } from '../rules/quote-marks.js';
import { codePointAt, isUpper, toLowerFast } from '../text/chars.js';
// Type-only, so quote-spans.ts may import this module without an import cycle.
import type { Quotation } from '../rules/quote-spans.js';
import type { AnalyzedBlock, Claim, ClaimSpeaker, SpeakerMention, Token } from '../types.js';
import { ECHO_OPENERS, ECHO_POINTERS, INDIRECT_TIME_WORDS, NEUTRAL_SAYING_FORMS, REPORTING_VERB_FORMS, SOURCE_AFTER_PHRASES, SPEAKER_PRONOUNS } from './speech-cues.js';
import { findIndirect, type LocalIndirect } from './indirect.js';
import { markTokens, type MarkTokens } from './mark-tokens.js';
import { DATELINE_MONTHS, findNames, isCommonWord, isOrgNoun, isTitle, RUN_IN_OPENERS, type NameKind, type NameRun } from './speakers.js';

/** A claim with its attribution (all attribution fields are optional on {@link Claim}). */
export type AttributedClaim = Claim;

// --- Tuning -----------------------------------------------------------------------

// Patterns with Unicode property escapes live here, once: the bundler rewrites such a literal written inside a
// function into `new RegExp(…)`, which would build a regular expression object on every call. (None has the
// g or y flag, so sharing one object keeps no state between calls.)
/** A word or text starting with a capital letter. */
const STARTS_UPPER = /^\p{Lu}/u;
/** A word starting with a lowercase letter. */
const STARTS_LOWER = /^\p{Ll}/u;
/** A word starting with a capital letter or a digit. */
const STARTS_UPPER_OR_DIGIT = /^[\p{Lu}\d]/u;
/** A lowercase participle (reached, speaking): an aside after a description's comma. */
const LOWER_PARTICIPLE = /^\p{Ll}+(?:ed|ing)$/u;
/** The stem of a member noun (jurors → jur, councillors → councill). */
const MEMBER_NOUN = /^(\p{L}{3,}?)(?:ors|ers|ees)$/u;
// The quoted words' closing punctuation, read for every quotation (one object each, not one per call).
/** Ends like a sentence of speech, or a clause of it set inside the marks (“…,” she said). */
const ENDS_SPEECH_PUNCT = /[.!?,…—]$/u;
/** Ends in a sentence's or clause's punctuation (a title never does). */
const ENDS_CLAUSE_PUNCT = /[.!?,;:]$/;
const ENDS_QUESTION_OR_EXCLAMATION = /[!?]$/;
const ENDS_SENTENCE = /[.!?]$/;
/** Punctuation with more text after it. */
const PUNCT_BEFORE_MORE = /[.,;:]./;

/** How many non-space tokens a window reaches from a quotation mark; bounds the work per quotation. */
const WINDOW = 40;
/** Longest subject or speaker phrase, in words, that is still read as one. */
const MAX_PHRASE_WORDS = 12;
/** Scare quotes are at most this many words. */
const MAX_SCARE_WORDS = 5;

/** Words that cannot sit inside a speaker phrase: a clause has begun. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whom', 'whose', 'while', 'when', 'where', 'because', 'if',
  'as', 'after', 'before', 'since', 'though', 'although', 'unless', 'until', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'not',
  'do', 'does', 'did', 'so', 'then', 'than', 'also', 'i', 'we', 'you', 'me', 'us', 'him', 'her', 'them',
  'this', 'these', 'those', 'there', 'here', 'it', 'he', 'she', 'they', 'on', 'during', 'what', 'why', 'how', 'no',
  'yes',
]);

/** Words allowed between a subject and its verb (Ellison also said; Ellison has warned). */
const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  'also', 'later', 'earlier', 'then', 'again', 'previously', 'repeatedly', 'recently', 'once', 'has', 'have',
  'had', 'was', 'were', 'is', 'are', 'will', 'would', 'reportedly', 'publicly', 'privately', 'separately',
  'flatly', 'firmly', 'explicitly', 'openly', 'quickly', 'simply', 'only', 'further', 'often', 'previously',
]);

/** The cue of a speaker taken from the subject of a sentence with no cue of its own (see `fromSubject`). */
const SUBJECT_CUE = 'sentence subject';

/** Conjunctions that may open a sentence before its subject (And Kriss calls it …). */
const SENTENCE_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'yet', 'still', 'then']);

/**
 * First words of a phrase fronted before a sentence's subject (Armed with
 * letters, …; After the vote, …): a participle or a preposition.
 */
const FRONTED_PHRASE_START = /^(?:\p{L}+(?:ed|ing)|in|at|on|after|before|during|with|without|for|despite|like|unlike|since|when|while|as|if|although|though|because|from|by|under|over|to|of|about|against|among|between|through|until|upon|once|last|this|earlier|later)$/u;

/** Words that begin a descriptive phrase ("the mayor", "a spokesperson for the port"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'one', 'another', 'its', 'his', 'her', 'their']);

/** Punctuation that may sit between a closing quotation mark and its attribution. */
const LEADING_PUNCT: ReadonlySet<string> = new Set([',', '—', '–', '-', '--', ')', '(']);
/** Dashes that sign a quotation off with its speaker (“…” — Mayor Jane Roe); "--" is two hyphens. */
const SIGN_OFF_DASHES: ReadonlySet<string> = new Set(['—', '–', '―', '-']);
/**
 * Confidence of a speaker named by a sign-off; a sign-off paragraph after a
 * quotation outranks what the block pass found with less (its guesses).
 */
const SIGN_OFF_CONFIDENCE = 0.9;

// --- Document view ----------------------------------------------------------------

interface PlacedAnalyzed {
  block: AnalyzedBlock;
  base: number;
}

/** SOURCE_AFTER_PHRASES split into words once, not for every word looked at. */
const SOURCE_AFTER_WORDS = [...SOURCE_AFTER_PHRASES].map((phrase) => ({ phrase, words: phrase.split(' ') }));

/** A token's place: block index in document order and token index. */
interface Pos {
  b: number;
  t: number;
}

/** A non-space token in a window. `quote` marks the closing mark of a quotation the window jumped over. */
interface Item {
  t: number;
  text: string;
  lower: string;
  quote: boolean;
}


/**
 * The window items of the block pass, reused from question to question
 * (see `BlockAttributor.item`): each quotation reads a few dozen tokens, and
 * an object per token read would be garbage a moment later. `itemsInUse` of
 * them are taken.
 */
const itemPool: Item[] = [];
let itemsInUse = 0;

/** How many mentions back a pronoun or a description looks for what it refers to. */
const MAX_LOOKBACK = 60;
/** How many mentions back a description (the president) looks for the name it stands for. */
const MAX_DESCRIBED_LOOKBACK = 250;
/** How many blocks back a pronoun still finds its antecedent. */
const PRONOUN_BLOCKS = 4;

/**
 * Who a pattern points at, found in one block (chunk-relative offsets) and
 * resolved across the document afterwards: a name (a lone surname becomes
 * the full name used before), a pronoun (its antecedent), a description
 * (the name it stands for), the last speaker (a continuation), or the
 * previous paragraph's last sentence (then the last speaker).
 */
type Ref =
  | { type: 'name'; start: number; end: number; text: string; nameStart: number; description?: string }
  | { type: 'pronoun'; start: number; end: number; text: string; sentence: number }
  | { type: 'description'; start: number; end: number; text: string; head?: string }
  | { type: 'continuation' }
  | { type: 'context' };

/** A speaker as found by one pattern: `ref` in the block pass, `speaker` once resolved. */
interface Found {
  ref?: Ref;
  speaker?: ClaimSpeaker;
  cue: string;
  confidence: number;
  /** Kind of the speaker, for later pronouns. */
  kind: NameKind;
}

/** What the block pass concludes about one quotation that opens in the block. */
interface LocalQuote {
  kind: 'quote' | 'partial' | 'title' | 'scare';
  found?: Found;
  /** The quotation closes in a later paragraph: the words after its closing mark are read there. */
  crossBlock: boolean;
}

/**
 * A name outside quotations in one block, in chunk-relative offsets. Where
 * it stands (subject, role) is worked out only when a pronoun or a
 * description looks back at it: most names are never asked.
 */
interface LocalMention {
  start: number;
  end: number;
  text: string;
  kind: NameKind;
  possessive: boolean;
  /** For a person's name of several words: its first and last word (for surname → full name). */
  firstWord?: string;
  lastWord?: string;
  /** Whether the person is a man or a woman, as the text says (see {@link genderOf}); null when it does not. */
  gender?: Gender | null;
  block: AnalyzedBlock;
  run: NameRun;
  place?: MentionPlace;
}

/** Abbreviated titles and the words a later description uses for them (Sen. → the senator). */
const TITLE_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['sen', ['senator']], ['rep', ['representative', 'congressman', 'congresswoman']], ['gov', ['governor']],
  ['gen', ['general']], ['col', ['colonel']], ['capt', ['captain']], ['sgt', ['sergeant']], ['lt', ['lieutenant']],
  ['adm', ['admiral']], ['maj', ['major']], ['prof', ['professor']], ['dr', ['doctor']], ['rev', ['reverend', 'minister', 'pastor']],
  ['coun', ['councillor', 'councilor']], ['ald', ['alderman']], ['atty', ['attorney']], ['supt', ['superintendent']],
  ['insp', ['inspector']], ['cmdr', ['commander']], ['cpl', ['corporal']], ['msgr', ['monsignor']],
  ['const', ['constable', 'officer']], ['cst', ['constable', 'officer']], ['det', ['detective']],
  // A justice of a court is "the judge" in the next paragraph.
  ['justice', ['judge']],
]);

/** Auxiliaries after which a capitalised word is a clause's subject (Frankie was …). */
const SUBJECT_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'is', 'has', 'had', 'will', 'would', 'did', 'does', 'could', 'can']);

/**
 * Whether the word after a name (whose last token is `last`) can be its
 * verb: a lowercase word that is an auxiliary, or any but a preposition, a
 * conjunction or an adverb (Frankie was, Jones met, Mary shook). It makes
 * the name the subject of its clause rather than a sentence's opening word
 * (Rather than …) or a run-in heading (Calls proposal modest He said …).
 */
function verbFollows(tokens: readonly Token[], last: number): boolean {
  const next = tokens[nextNonSpace(tokens, last, 1)];
  if (!next || next.kind !== 'word' || next.text !== toLowerFast(next.text)) return false;
  return SUBJECT_AUXILIARIES.has(next.text) || (!CLAUSE_WORDS.has(next.text) && !NOT_VERBS.has(next.text) && !next.text.endsWith('ly'));
}

/** Where a mention stands in its sentence (see {@link placeOf}). */
interface MentionPlace {
  subject: boolean;
  speaks: boolean;
  sentence: number;
  role: readonly string[];
  /** The name only modifies a noun after it (a Fort McMurray welder, the Ohio secretary of state): no antecedent. */
  modifier: boolean;
}

/** An outermost quotation as one block sees it: offsets chunk-relative, NaN for a mark in another block. */
interface LocalBounds {
  start: number;
  innerEnd: number;
  end: number;
}

/** No role words (most names): one shared empty list rather than one per name. */
const NO_ROLE: readonly string[] = Object.freeze([]);

/** The first non-space token from `t` going `step` (±1), or an index outside the block. */
function nextNonSpace(tokens: readonly Token[], t: number, step: number): number {
  let k = t + step;
  while (k >= 0 && k < tokens.length && tokens[k].kind === 'space') k += step;
  return k;
}

/** Lowercase words naming a role before a name (Storm coach Patricia Oduya, Crown prosecutor Alicia Tan). */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  'coach', 'captain', 'goalie', 'goaltender', 'defenceman', 'defenseman', 'forward', 'quarterback', 'pitcher',
  'manager', 'prosecutor', 'lawyer', 'attorney', 'analyst', 'economist', 'president', 'chief', 'executive',
  'officer', 'spokesperson', 'spokesman', 'spokeswoman', 'director', 'chair', 'chairman', 'chairwoman', 'minister',
  'critic', 'leader', 'founder', 'owner', 'head', 'secretary', 'superintendent', 'councillor', 'councilor', 'mayor',
  'senator', 'judge', 'principal', 'professor', 'researcher', 'scientist', 'nurse', 'doctor', 'resident', 'member',
  'official', 'commissioner', 'organizer', 'organiser', 'general', 'deputy', 'vice', 'house', 'union', 'team',
  'party', 'opposition', 'health', 'finance', 'justice', 'transport', 'transportation', 'education', 'environment',
]);

/**
 * Whether the words from a paragraph's start (`from`) to a name (`to`) are a
 * heading run into it or a short lead-in before its subject (Bad condition
 * Board Chairman Howard Simpson testified …; After dinner Ruiz said …): at
 * most four words: first a capitalised word English writes in lower case
 * elsewhere, then one or two lowercase words that are neither clause words,
 * prepositions nor verbs of their own (Police arrested Ruiz: Ruiz is no
 * subject), and capitalised ones describing the office.
 */
function isRunInLead(tokens: readonly Token[], from: number, to: number): boolean {
  let lower = 0;
  const words = countWordsBetween(tokens, from, to, 4, (text, n) => {
    // A heading opens with a word English writes in lower case elsewhere (Bad, Danger), never a name (Okonjo met …).
    if (n === 1) return isCommonWord(text);
    if (STARTS_UPPER.test(text)) return true;
    return ++lower <= 2 && !CLAUSE_WORDS.has(text) && !NOT_VERBS.has(text) && !REPORTING_VERB_FORMS.has(text) && !/(?:ed|ing)$/.test(text);
  });
  return words > 0 && lower > 0;
}

/** Whether only capitalised words and role words stand between `from` and `to` (Storm coach …). */
function onlyRoleWordsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  return countWordsBetween(tokens, from, to, 4, (text) => STARTS_UPPER.test(text) || ROLE_WORDS.has(text)) > 0;
}

/**
 * How many words stand between tokens `from` and `to` when there are only
 * words (and spaces), at most `max`, each of which `accept` takes (given its
 * text and its number from 1); -1 otherwise.
 */
function countWordsBetween(tokens: readonly Token[], from: number, to: number, max: number, accept: (text: string, n: number) => boolean): number {
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'space') continue;
    if (t.kind !== 'word' || ++words > max || !accept(t.text, words)) return -1;
  }
  return words;
}

/** Whether a run is followed by role words and then a person's name (Falcons captain Ryan Belcourt). */
function followedByRoleAndName(tokens: readonly Token[], run: NameRun): boolean {
  let k = nextNonSpace(tokens, run.end - 1, 1);
  let roles = 0;
  while (k < tokens.length && tokens[k].kind === 'word' && ROLE_WORDS.has(tokens[k].text) && roles < 3) {
    roles++;
    k = nextNonSpace(tokens, k, 1);
  }
  return roles > 0 && k < tokens.length && STARTS_UPPER.test(tokens[k].text);
}

/** Whether a lowercase role word follows a run at once (the Ohio secretary of state): the run only modifies it. */
function followedByRole(tokens: readonly Token[], run: NameRun): boolean {
  if (run.possessive) return false;
  const t = tokens[nextNonSpace(tokens, run.end - 1, 1)];
  return t !== undefined && t.kind === 'word' && ROLE_WORDS.has(t.text);
}

/**
 * Whether a run only modifies the noun after it: an indefinite article
 * before it and a lowercase word after it (a Fort McMurray welder, an Ottawa
 * man), or a role word right after it (the Ohio secretary of state).
 */
function modifiesNoun(tokens: readonly Token[], run: NameRun): boolean {
  if (run.possessive) return false;
  if (followedByRole(tokens, run)) return true;
  const before = tokens[nextNonSpace(tokens, run.titleFirst, -1)];
  if (before === undefined || (before.text !== 'a' && before.text !== 'an' && before.text !== 'A' && before.text !== 'An')) return false;
  const after = tokens[nextNonSpace(tokens, run.end - 1, 1)];
  return after !== undefined && after.kind === 'word' && STARTS_LOWER.test(after.text) && !NOT_A_VERB_AFTER_NAME.has(after.text);
}

/**
 * Whether a run names the description that opens its sentence (The Ohio
 * secretary of state, Lyle Pruett, said …; Her lawyer, Ana Ruiz, …): a
 * comma before it, and before that only a short phrase opened by a
 * determiner or an owner, with no clause or verb in it.
 */
function inAppositionToOpening(tokens: readonly Token[], firstToken: number, run: NameRun): boolean {
  const comma = nextNonSpace(tokens, run.titleFirst, -1);
  if (tokens[comma]?.text !== ',') return false;
  let first = nextNonSpace(tokens, firstToken - 1, 1);
  while (first < comma && tokens[first].kind === 'punct') first = nextNonSpace(tokens, first, 1);
  const opener = tokens[first];
  if (first >= comma || opener.kind !== 'word' || !(DETERMINERS.has(toLowerFast(opener.text)) || /['’]s$/.test(opener.text))) return false;
  return countWordsBetween(tokens, first, comma, 8, (text, n) => n === 1 || (!CLAUSE_WORDS.has(toLowerFast(text)) && !REPORTING_VERB_FORMS.has(text))) > 1;
}

/**
 * Whether a run is the subject after a phrase fronted before it (Asked about
 * the slump, coach Jim Montgomery shook his head; After the vote, Ruiz
 * …): the sentence opens with a participle or a preposition, a comma ends
 * that phrase, at most a few role words stand between the comma and the
 * name, and a lowercase word (its verb) follows the name.
 */
function afterFrontedPhrase(tokens: readonly Token[], first: number, run: NameRun): boolean {
  const opener = tokens[first];
  if (opener === undefined || opener.kind !== 'word' || !FRONTED_PHRASE_START.test(toLowerFast(opener.text))) return false;
  let k = nextNonSpace(tokens, run.titleFirst, -1);
  for (let roles = 0; roles < 3 && tokens[k]?.kind === 'word' && ROLE_WORDS.has(tokens[k].text); roles++) k = nextNonSpace(tokens, k, -1);
  if (tokens[k]?.text !== ',' || k - first > 40) return false;
  const verb = tokens[nextNonSpace(tokens, run.end - 1, 1)];
  return verb !== undefined && verb.kind === 'word' && STARTS_LOWER.test(verb.text) && !NOT_A_VERB_AFTER_NAME.has(verb.text) && !COMPLEMENT_PREPOSITIONS.has(verb.text);
}

/** Lowercase words after a name that are no verb of it (Ruiz and Tan, Ruiz who …). */
const NOT_A_VERB_AFTER_NAME: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'but', 'who', 'whom', 'whose', 'which', 'that', 'to', 'by', 'as', 'than']);

/**
 * Whether a run is the subject of an inverted sentence (Among them was Edna
 * Moore, 91.; Also injured were Ana Ruiz and …): "was", "is", "were" or
 * "are" right before it, and nothing but an appositive or the end of the
 * sentence after it.
 */
function afterInvertedCopula(tokens: readonly Token[], run: NameRun): boolean {
  const before = tokens[nextNonSpace(tokens, run.titleFirst, -1)];
  if (before === undefined || !COPULAS.has(before.text)) return false;
  const after = tokens[nextNonSpace(tokens, run.end - 1, 1)];
  return after === undefined || after.text === ',' || after.text === '.' || after.text === ';' || after.text === 'and';
}

/** Copulas that put the subject after them in an inverted sentence. */
const COPULAS: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are']);

/** A lowercase reporting verb token. */
function isCueToken(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text === toLowerFast(t.text) && REPORTING_VERB_FORMS.has(t.text);
}

/**
 * The first punctuation token among those starting at source offset
 * `offset`, given one of them (`m`): several tokens can start at one source
 * offset (markup mapped as a unit).
 */
function punctInGroup(tokens: readonly Token[], base: number, offset: number, m: number, b: number): Pos | undefined {
  let t = m;
  while (t > 0 && base + tokens[t - 1].sourceStart === offset) t--;
  for (; t < tokens.length && base + tokens[t].sourceStart === offset; t++) if (tokens[t].kind === 'punct') return { b, t };
  return undefined;
}

/**
 * Every name run of a block as a mention, in order (memoised per block): the
 * names outside its quotations are picked from these by
 * {@link mentionsOutside}, so a mention is made once per block, whatever its
 * quotations turn out to be. A mention depends on its block alone (where it
 * stands, its gender are worked out from the block's tokens), so one object
 * serves every check while the block is cached.
 */
function blockMentions(block: AnalyzedBlock): readonly LocalMention[] {
  return perBlock(block, 'attribution/mentions', allMentions);
}

function allMentions(block: AnalyzedBlock): readonly LocalMention[] {
  const runs = findNames(block);
  // Most blocks name nobody: they share one empty list (each list made is kept as long as its block).
  if (runs.length === 0) return NO_MENTIONS;
  // Made at its final length: the list is kept as long as its block, and one grown push by push has spare room.
  const mentions = new Array<LocalMention>(runs.length);
  for (let k = 0; k < runs.length; k++) mentions[k] = mentionOf(block, runs[k]);
  return mentions;
}

/**
 * The names outside a block's quotations, in order (quotations do not
 * cross), from all its names (`all`, see {@link blockMentions}). A block
 * without quotations, or whose names all stand outside them, keeps the
 * whole list: nothing is copied.
 */
function mentionsOutside(all: readonly LocalMention[], quotes: readonly LocalBounds[]): readonly LocalMention[] {
  if (quotes.length === 0 || all.length === 0) return all;
  let kept: LocalMention[] | undefined;
  let k = 0;
  for (let n = 0; n < all.length; n++) {
    const start = all[n].start;
    // Quotations are in order and do not cross; one that runs on from or into another paragraph is open-ended.
    while (k < quotes.length && !Number.isNaN(quotes[k].innerEnd) && quotes[k].end <= start) k++;
    if (k < quotes.length && (Number.isNaN(quotes[k].start) || quotes[k].start <= start)) kept ??= all.slice(0, n);
    else if (kept) kept.push(all[n]);
  }
  return kept ?? all;
}

/** No names outside quotations. */
const NO_MENTIONS: readonly LocalMention[] = Object.freeze([]);

/** A name run as a mention (its place in the sentence is computed on demand). */
function mentionOf(block: AnalyzedBlock, run: NameRun): LocalMention {
  const mention: LocalMention = {
    start: run.sourceStart,
    end: run.sourceEnd,
    text: run.text,
    kind: run.kind,
    possessive: run.possessive,
    // Every field from the start, so all mentions share one shape (no copy of the object when one is set later).
    firstWord: undefined,
    lastWord: undefined,
    gender: undefined,
    block,
    run,
    place: undefined,
  };
  // Helen Geraghty (Mrs. Maurice P. Geraghty): a name in parentheses after a name is another name for that
  // person, so it must not become the full name that later surnames resolve to.
  if (run.kind === 'person' && !isAlias(block.tokens, run)) {
    // (Red-prone Comedian Charlie Chaplin: the first name is Charlie.)
    const from = run.nameStart;
    const space = run.text.indexOf(' ', from);
    if (space > 0) {
      mention.firstWord = run.text.slice(from, space);
      mention.lastWord = run.text.slice(run.text.lastIndexOf(' ') + 1);
    }
  }
  return mention;
}

/** Whether a run stands in parentheses right after a capitalised word (a name's other name). */
function isAlias(tokens: readonly Token[], run: NameRun): boolean {
  const open = nextNonSpace(tokens, run.titleFirst, -1);
  if (tokens[open]?.text !== '(') return false;
  const before = tokens[nextNonSpace(tokens, open, -1)];
  return before !== undefined && before.kind === 'word' && isUpper(codePointAt(before.text, 0));
}

/**
 * Where a mention stands, computed once when first asked: it is a subject
 * when it opens its sentence (after at most a determiner) or stands right
 * before or after a lowercase reporting verb; its role is its title plus an
 * appositive (", assistant secretary of state,").
 */
function placeOf(m: LocalMention): MentionPlace {
  if (m.place) return m.place;
  const { block, run } = m;
  const tokens = block.tokens;
  const s = sentenceAt(block, run.titleFirst);
  let subject = false;
  if (s >= 0) {
    let first = nextNonSpace(tokens, block.sentences[s].firstToken - 1, 1);
    while (first < run.titleFirst && tokens[first].kind === 'punct') first = nextNonSpace(tokens, first, 1);
    if (first < run.titleFirst && DETERMINERS.has(toLowerFast(tokens[first].text))) first = nextNonSpace(tokens, first, 1);
    subject = first === run.titleFirst;
    // Falcons captain Ryan Belcourt was blunt: the name after a modifier and a role is the subject, the modifier is not.
    // (Nor is Ohio in "The Ohio secretary of state, Lyle Pruett, …".)
    if (subject && (followedByRoleAndName(tokens, run) || followedByRole(tokens, run))) subject = false;
    else if (!subject && first < run.titleFirst) {
      subject = onlyRoleWordsBetween(tokens, first, run.titleFirst) || (s === 0 && isRunInLead(tokens, first, run.titleFirst)) ||
        inAppositionToOpening(tokens, block.sentences[s].firstToken, run) || afterFrontedPhrase(tokens, first, run) ||
        afterInvertedCopula(tokens, run);
    }
  }
  const afterAt = nextNonSpace(tokens, run.end - 1, 1);
  const after = tokens[afterAt];
  // A name a preposition ties to a phrase (an emergency physician in Toronto, said …; Karl Ruel of the Conseil du
  // patronat du Québec echoed …) only says where or for whom.
  const before = tokens[nextNonSpace(tokens, run.titleFirst, -1)];
  const complement = tiedByPreposition(tokens, run.titleFirst);
  // A name after a verb speaks (said Ruiz.) unless it opens the reported clause (said Manitoba would not sign).
  const opensClause = after !== undefined && after.kind === 'word' && (SUBJECT_AUXILIARIES.has(after.text) || MODALS.has(after.text) || isCueToken(after));
  let speaks = !run.possessive && !complement && (isCueToken(after) || (isCueToken(before) && !opensClause));
  // Tomas Reyes, an engineer, said … / …, Tomas Reyes, said: a verb after the appositive.
  if (!speaks && !run.possessive && !complement && after?.text === ',') {
    let k = nextNonSpace(tokens, afterAt, 1);
    if (isCueToken(tokens[k])) speaks = true;
    else {
      for (let n = 0; k < tokens.length && n < 24 && tokens[k].text !== ','; n++) k = nextNonSpace(tokens, k, 1);
      if (tokens[k]?.text === ',') speaks = isCueToken(tokens[nextNonSpace(tokens, k, 1)]);
    }
  }
  let role: readonly string[] = NO_ROLE;
  // In Washington, the Mayor …: after a preposition of place the words after the comma start the clause, not an appositive.
  const located = before !== undefined && LOCATIVE_PREPOSITIONS.has(before.text);
  if (run.title || (after?.text === ',' && !located)) {
    const words: string[] = [];
    // Sen. Benning is "the senator" later: an abbreviated title also counts as its full word.
    if (run.title) for (const w of run.title.toLowerCase().split(/[\s.]+/)) if (w) words.push(w, ...(TITLE_WORDS.get(w) ?? NO_ROLE));
    if (after?.text === ',' && !located) {
      // An appositive (", assistant secretary of state,") up to the next comma; a clause (", the jury said,") is none.
      const appositive: string[] = [];
      for (let k = afterAt + 1; k < tokens.length && appositive.length < 8; k++) {
        const t = tokens[k];
        if (t.kind === 'space') continue;
        if (t.kind !== 'word') break;
        appositive.push(toLowerFast(t.text));
      }
      // It ends at a verb or a clause word; a short one before a verb is an attribution (", the jury said,"), not a role.
      const stop = appositive.findIndex((w) => REPORTING_VERB_FORMS.has(w) || CLAUSE_WORDS.has(w));
      if (stop < 0) words.push(...appositive);
      else if (stop > 3 || !REPORTING_VERB_FORMS.has(appositive[stop])) words.push(...appositive.slice(0, stop));
    }
    if (words.length > 0) role = words;
  }
  const modifier = !speaks && modifiesNoun(tokens, run);
  m.place = { subject: (subject || speaks) && !run.possessive && !modifier, speaks, sentence: s, role, modifier };
  return m.place;
}

/** What he and she tell apart. */
type Gender = 'm' | 'f';

/** Titles and pronouns that say whether a person is a man or a woman. */
const GENDER_WORDS: ReadonlyMap<string, Gender> = new Map([
  ['Mr', 'm'], ['Sir', 'm'], ['Lord', 'm'], ['King', 'm'], ['Prince', 'm'], ['Father', 'm'],
  ['Mrs', 'f'], ['Ms', 'f'], ['Miss', 'f'], ['Lady', 'f'], ['Dame', 'f'], ['Queen', 'f'], ['Princess', 'f'], ['Sister', 'f'],
  ['he', 'm'], ['him', 'm'], ['his', 'm'], ['himself', 'm'], ['she', 'f'], ['her', 'f'], ['hers', 'f'], ['herself', 'f'],
]);

/**
 * Whether the text says a mentioned person is a man or a woman: a title
 * (Mr., Ms.), or a he/she/his/her a few words after the name in its
 * sentence, before any other capitalised word or noun phrase that it could
 * stand for (Amal Nasser said her shop …; Tom Reyes, who lost his job, …;
 * not Reyes said the woman lost her job). Memoised on the mention; null when
 * nothing says.
 */
function genderOf(m: LocalMention): Gender | null {
  if (m.gender !== undefined) return m.gender;
  let gender: Gender | null = null;
  const { block, run } = m;
  const tokens = block.tokens;
  if (run.title) gender = GENDER_WORDS.get(tokens[run.titleFirst].text) ?? null;
  // His daughter, Fiona, …; Ana Ruiz, his widow, …: a noun of kinship in apposition says it too.
  if (gender === null) gender = kinGender(tokens, run, placeOf(m).role);
  const s = gender === null ? sentenceAt(block, run.end - 1) : -1;
  if (s >= 0) {
    const end = Math.min(block.sentences[s].endToken, run.end + 16);
    for (let k = run.end; k < end; k++) {
      const t = tokens[k];
      if (t.kind !== 'word') continue;
      const c = t.text.charCodeAt(0);
      // Another name, or a noun phrase (the woman), may be what the pronoun stands for.
      if ((c >= 0x41 && c <= 0x5a) || t.text === 'the' || t.text === 'a' || t.text === 'an') break;
      const g = GENDER_WORDS.get(t.text);
      if (g) {
        gender = g;
        break;
      }
    }
  }
  m.gender = gender;
  return gender;
}

/** Nouns of kinship and address that say whether a person is a man or a woman. */
const KIN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['father', 'm'], ['son', 'm'], ['husband', 'm'], ['brother', 'm'], ['uncle', 'm'], ['nephew', 'm'], ['grandfather', 'm'],
  ['grandson', 'm'], ['boyfriend', 'm'], ['widower', 'm'], ['stepfather', 'm'], ['man', 'm'], ['boy', 'm'],
  ['mother', 'f'], ['daughter', 'f'], ['wife', 'f'], ['sister', 'f'], ['aunt', 'f'], ['niece', 'f'], ['grandmother', 'f'],
  ['granddaughter', 'f'], ['girlfriend', 'f'], ['widow', 'f'], ['stepmother', 'f'], ['woman', 'f'], ['girl', 'f'],
]);

/**
 * The gender a noun of kinship in apposition gives a name (His daughter,
 * Fiona, …: the noun just before the comma before it; Ana Ruiz, his widow,
 * …: a word of its appositive), or null.
 */
function kinGender(tokens: readonly Token[], run: NameRun, role: readonly string[]): Gender | null {
  const comma = nextNonSpace(tokens, run.titleFirst, -1);
  if (tokens[comma]?.text === ',') {
    const noun = tokens[nextNonSpace(tokens, comma, -1)];
    const g = noun !== undefined && noun.kind === 'word' ? KIN_GENDER.get(noun.text) : undefined;
    if (g) return g;
  }
  for (const w of role) {
    const g = KIN_GENDER.get(w);
    if (g) return g;
  }
  return null;
}

/**
 * Whether a preposition ties the name starting at token `first` to the
 * phrase before it: one of the few words before it, with no punctuation
 * between, is a lowercase preposition (in Toronto; of the Conseil du Québec).
 */
function tiedByPreposition(tokens: readonly Token[], first: number): boolean {
  let k = first;
  for (let words = 0; words < 6; words++) {
    k = nextNonSpace(tokens, k, -1);
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word') return false;
    if (COMPLEMENT_PREPOSITIONS.has(t.text)) return true;
  }
  return false;
}

/**
 * Where a sentence's words start past a dateline (Moscow, June 18 -- At …):
 * the index after its dash when only capitalised words, figures, commas and
 * periods come before a dash among the first few items, one of them a month
 * or the first a word in capitals (COLUMBUS, Ohio (AP) —); else 0.
 */
function datelineEnd(items: readonly Item[]): number {
  // (A place in capitals needs no date: COLUMBUS, Ohio (AP) —.)
  let dated = items.length > 0 && items[0].text.length > 1 && items[0].text === items[0].text.toUpperCase() && STARTS_UPPER.test(items[0].text);
  for (let k = 0; k < items.length && k < 10; k++) {
    const text = items[k].text;
    if (text === '—' || text === '–' || text === '--') return dated ? k + 1 : 0;
    if (text === '-' && items[k + 1]?.text === '-') return dated ? k + 2 : 0;
    if (items[k].quote || STARTS_LOWER.test(text)) return 0;
    if (DATELINE_MONTHS.has(text)) dated = true;
  }
  return 0;
}

/** A description that introduces someone (a federal judge, an Ottawa man). */
const INDEFINITE = /^an?\s/i;

/** The first paragraphs of a document (headline, dek, lede) whose descriptions may name someone only later. */
const LEDE_BLOCKS = 4;

/** Prepositions of place: a name right after one is where, and a comma after it ends a fronted phrase. */
const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'outside', 'inside', 'across', 'throughout']);

/** Prepositions whose object is no subject a later pronoun in the sentence takes (obtained by The Globe, she wrote). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'to', 'about', 'against', 'than', 'into', 'toward', 'towards', 'under']);

/** Whether a mention stands right after a preposition (in a memo obtained by The Globe and Mail, she wrote). */
function objectOfPreposition(m: LocalMention): boolean {
  const t = m.block.tokens[nextNonSpace(m.block.tokens, m.run.titleFirst, -1)];
  return t !== undefined && t.kind === 'word' && (OBJECT_PREPOSITIONS.has(t.text) || COMPLEMENT_PREPOSITIONS.has(t.text));
}

/**
 * The index of the sentence holding token `t` (-1 between sentences): a
 * binary search over the block's few sentences, so nothing is allocated per
 * token.
 */
function sentenceAt(block: AnalyzedBlock, t: number): number {
  const sentences = block.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (t < s.firstToken) hi = mid - 1;
    else if (t >= s.endToken) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The attribution of one block: everything the block alone decides (the
 * patterns, the kinds, the names outside quotations), with speakers left as
 * references for the document pass. It sees the block at base 0, so its
 * offsets are chunk-relative and it can be memoised on the block.
 */
class BlockAttributor {
  private readonly blocks: PlacedAnalyzed[];
  /** The block's name runs (looked up once, not per pattern). */
  private readonly runs: readonly NameRun[];
  /** The block's quotation marks, which {@link punctAt} searches first (looked up once, not per search). */
  private readonly cues: MarkTokens;
  /** The speaker the block's last sentence names, for a quotation opening the next paragraph (computed on demand). */
  private lastSentence: { found: Found | undefined } | undefined;

  /** `runs` and `cues` are the block's {@link findNames} and {@link markTokens}, when the caller has them at hand. */
  constructor(
    block: AnalyzedBlock,
    private readonly quotes: readonly LocalBounds[],
    runs?: readonly NameRun[],
    cues?: MarkTokens,
  ) {
    this.blocks = [{ block, base: 0 }];
    this.runs = runs ?? findNames(block);
    this.cues = cues ?? markTokens(block);
  }

  /** Whether one of the block's quotations opens at `offset` (a block has few: a scan beats a map). */
  private opensAt(offset: number): boolean {
    for (const q of this.quotes) if (q.start === offset) return true;
    return false;
  }

  /** The block's quotation whose closing mark is at `offset`. */
  private closesAt(offset: number): LocalBounds | undefined {
    for (const q of this.quotes) if (q.innerEnd === offset) return q;
    return undefined;
  }

  /**
   * Where the punctuation token starting at document offset `offset` is.
   * Two binary searches (blocks, then tokens) rather than a map of every
   * punctuation mark, so a re-check does no work per token of the document.
   */
  private punctAt(offset: number): Pos | undefined {
    const blocks = this.blocks;
    // The last block starting at or before `offset` (the block pass holds one: a scan, no closure).
    let b = blocks.length - 1;
    while (b >= 0 && blocks[b].base + blocks[b].block.start > offset) b--;
    if (b < 0) return undefined;
    const { block, base } = blocks[b];
    const tokens = block.tokens;
    // The offsets asked about are quotation marks': search the block's few mark tokens first (the block pass
    // holds one block: its own).
    const { marks, markStarts } = b === 0 ? this.cues : markTokens(block);
    let ml = 0;
    let mh = marks.length - 1;
    while (ml <= mh) {
      const mm = (ml + mh) >> 1;
      const at = base + markStarts[mm];
      if (at < offset) ml = mm + 1;
      else if (at > offset) mh = mm - 1;
      else return punctInGroup(tokens, base, offset, marks[mm], b);
    }
    let l = 0;
    let h = tokens.length - 1;
    while (l <= h) {
      const m = (l + h) >> 1;
      const at = base + tokens[m].sourceStart;
      if (at < offset) l = m + 1;
      else if (at > offset) h = m - 1;
      else return punctInGroup(tokens, base, offset, m, b);
    }
    return undefined;
  }

  /** What the block decides about the quotation whose opening mark is at `q.start`. */
  analyse(q: LocalBounds): LocalQuote {
    itemsInUse = 0;
    const open = this.punctAt(q.start);
    if (!open) return { kind: 'quote', crossBlock: false };
    const close = Number.isNaN(q.innerEnd) ? undefined : this.punctAt(q.innerEnd);
    const { block } = this.blocks[0];
    const tokens = block.tokens;
    // The quoted words as prose (to the end of the paragraph when the quotation runs on).
    const innerEndProse = close ? tokens[close.t].start : block.text.length;
    const inner = block.text.slice(tokens[open.t].end, innerEndProse).trim();
    // Whether the quotation opens its sentence needs only the last two words before it; the whole window
    // before it is read only when the words after it do not already name the speaker (most quotations).
    const tail = this.windowBefore(open, 2);
    // (Only another quotation before it — a quoted subhead run in, ' church meets change ' “The church's …” — opens
    // the sentence too.)
    const opensSentence = tail.length === 0 || endsWithIntro(tail) || (tail.length === 1 && tail[0].quote);
    let whole: Item[] | undefined;
    const before = (): Item[] => (whole ??= this.windowBefore(open, WINDOW));
    // A short fragment opening a sentence (“Ghost towns” are spreading) is not a sentence of speech.
    const full = (opensSentence && !isFragment(inner)) || looksLikeSentence(inner);
    if (!close) {
      // A quotation running into later paragraphs: the words after it are read in the paragraph where it closes.
      const found = this.fromAccordingTo(0, before()) ?? this.fromBefore(0, before()) ?? this.fromIntroduction(0, before()) ?? (full && opensSentence ? this.fromPreviousSentence(open) ?? continuationRef() : undefined);
      return { kind: full ? 'quote' : 'partial', found: found ?? (full ? undefined : this.fromSubject(0, before())), crossBlock: true };
    }
    const after = this.windowAfter(close);

    // A capitalised name is a title, unless a comma inside the marks leads to an attribution (“Never Again,” she said).
    // (American style puts a sentence's period inside the marks too: she starred in “Hail To The Chief.” — but a
    // short answer, “About 35.”, “Fort Knox.”, is speech.)
    const period = inner.endsWith('.') && countWordsUpTo(inner, 3) >= 3;
    const titled = isTitleCase(inner.endsWith(',') || period ? inner.slice(0, -1) : inner);
    const afterCue = this.fromAfter(0, after, close);
    if (titled && (!afterCue || !inner.endsWith(','))) return { kind: 'title', crossBlock: false };
    const found =
      afterCue ??
      (full ? this.fromSignOff(after) : undefined) ??
      this.fromAccordingToOrSaid(before()) ??
      this.fromAccordingTo(0, after) ??
      this.fromBefore(0, before()) ??
      this.fromClosingCue(after) ??
      this.fromIntroduction(0, before()) ??
      this.fromOwnersWords(before()) ??
      (full && after.length === 0 ? this.fromNextSentence(close) : undefined) ??
      (tail.length === 0 ? this.fromHeadlineColon(after) : undefined) ??
      (full && opensSentence ? this.fromPreviousSentence(open) ?? continuationRef() : undefined) ??
      // A sentence of speech quoted inside the writer's sentence (Kriss calls the clashes “The Battle of the Gate!”).
      (full && !opensSentence ? this.fromSubject(0, before()) : undefined);

    if (!full) {
      if (!found && isScare(inner, tail.length === 0)) return { kind: 'scare', crossBlock: false };
      return { kind: 'partial', found: found ?? this.fromSubject(0, before()), crossBlock: false };
    }
    return { kind: 'quote', found, crossBlock: false };
  }

  /** For a quotation that opened in an earlier paragraph and closes here: the speaker the words after it name. */
  afterClosing(innerEnd: number): Found | undefined {
    itemsInUse = 0;
    const close = this.punctAt(innerEnd);
    if (!close) return undefined;
    const after = this.windowAfter(close);
    return this.fromAfter(0, after, close) ?? this.fromAccordingTo(0, after);
  }

  /**
   * The speaker a paragraph of its own signs the quotation before it off
   * with (a pull quote: “…” ¶ — Mayor Jane Roe): the whole paragraph is a
   * dash and a name or title, at most MAX_PHRASE_WORDS words.
   */
  signOffParagraph(): Found | undefined {
    itemsInUse = 0;
    const tokens = this.blocks[0].block.tokens;
    const items: Item[] = [];
    for (let t = 0; t < tokens.length; t++) {
      if (tokens[t].kind === 'space') continue;
      if (items.length > MAX_PHRASE_WORDS + 2) return undefined;
      items.push(this.item(0, t));
    }
    return this.fromSignOff(items);
  }

  /**
   * The speaker the block's opening sentence names for a quotation that
   * ended the paragraph before: after the reporting verb left dangling there
   * (“…,” said ¶ harbour master Ewan Fitch.), or in a sentence that echoes
   * the quotation (“…” ¶ That is how Leah Brandt described the fire.).
   */
  openingSpeaker(danglingVerb: string | undefined): Found | undefined {
    itemsInUse = 0;
    const items = this.sentenceItems(0);
    if (items.length === 0) return undefined;
    return danglingVerb === undefined ? this.fromEcho(items) : this.speakerAfterVerb(0, items, 0, danglingVerb);
  }

  /** The words of sentence `s` (the whole block when it has none), up to its first quotation mark. */
  private sentenceItems(s: number): Item[] {
    const { tokens, sentences } = this.blocks[0].block;
    const from = s < sentences.length ? sentences[s].firstToken : 0;
    const end = s < sentences.length ? sentences[s].endToken : tokens.length;
    const marks = this.cues.marks;
    const items: Item[] = [];
    for (let t = from; t < end && items.length < WINDOW; t++) {
      if (tokens[t].kind === 'space') continue;
      if (marks.includes(t)) break;
      items.push(this.item(0, t));
    }
    return items;
  }

  /** A quotation ending its sentence, then a sentence in the block that echoes it and names its source. */
  private fromNextSentence(close: Pos): Found | undefined {
    const s = sentenceAt(this.blocks[0].block, close.t);
    if (s < 0 || s + 1 >= this.blocks[0].block.sentences.length) return undefined;
    return this.fromEcho(this.sentenceItems(s + 1));
  }

  /**
   * A headline that opens with a quotation, then a colon and the person it
   * is about (‘Out of beds’: Winnipeg shelter director Nadia Perrin sounds
   * alarm): that person, named within the first few words after the colon.
   */
  private fromHeadlineColon(after: readonly Item[]): Found | undefined {
    if (after.length < 2 || after[0].text !== ':' || !isHeadline(this.blocks[0].block)) return undefined;
    for (let k = 1; k < after.length && k <= 6; k++) {
      const run = runAt(this.runs, after[k].t);
      if (run && run.kind === 'person' && !run.possessive) return this.named(0, run, ':', 0.6, run.title);
      if (isPhraseEnd(after[k]) || isVerb(after, k)) return undefined;
    }
    return undefined;
  }

  /**
   * That is how Leah Brandt described it. / Those were the words of Carlos
   * Ibarra, … / So says Mayor Jane Roe.: a sentence pointing back at the
   * quotation (an {@link ECHO_OPENERS} word, then one of
   * {@link ECHO_POINTERS} within its first four words) names its source as
   * the first name after that that is no place's.
   */
  private fromEcho(items: readonly Item[]): Found | undefined {
    if (items.length < 3 || !ECHO_OPENERS.has(items[0].lower)) return undefined;
    let k = 1;
    while (k < items.length && k < 5 && !ECHO_POINTERS.has(items[k].lower)) k++;
    if (k >= items.length || k >= 5) return undefined;
    for (k++; k < items.length && k < MAX_PHRASE_WORDS + 4; k++) {
      const it = items[k];
      if (it.quote || isEnd(it.text) || it.text === ';') return undefined;
      const run = runAt(this.runs, it.t);
      if (!run) continue;
      if (run.kind !== 'place' && !run.possessive) return this.named(0, run, 'echo', 0.6, run.title);
      while (k + 1 < items.length && items[k + 1].t < run.end) k++;
    }
    return undefined;
  }

  /** The speaker the block's last sentence names (Moritz declared.), for a quotation opening the next paragraph. */
  lastSentenceSpeaker(): Found | undefined {
    if (!this.lastSentence) {
      itemsInUse = 0;
      const sentences = this.blocks[0].block.sentences;
      this.lastSentence = { found: sentences.length > 0 ? this.fromSentence(sentences.length - 1, false) : undefined };
    }
    return this.lastSentence.found;
  }

  // --- Windows --------------------------------------------------------------------

  /**
   * The item for token `t`, from {@link itemPool}: items are read only while
   * one question to the block pass is answered ({@link analyse},
   * {@link afterClosing}, {@link lastSentenceSpeaker}, which start the pool
   * again), and no answer keeps one.
   */
  private item(b: number, t: number, quote = false): Item {
    const text = this.blocks[b].block.tokens[t].text;
    let it = itemPool[itemsInUse];
    if (it === undefined) {
      it = { t: 0, text: '', lower: '', quote: false };
      itemPool.push(it);
    }
    itemsInUse++;
    it.t = t;
    it.text = text;
    it.lower = toLowerFast(text);
    it.quote = quote;
    return it;
  }

  /**
   * Non-space tokens from the start of the opening mark's sentence up to the
   * mark, jumping over earlier quotations in the same sentence (each leaves a
   * `quote` item). At most `limit` items, the nearest to the mark.
   */
  private windowBefore(open: Pos, limit: number): Item[] {
    const { block, base } = this.blocks[open.b];
    const s = sentenceAt(block, open.t);
    const first = s >= 0 ? block.sentences[s].firstToken : open.t;
    const items: Item[] = [];
    for (let t = open.t - 1; t >= first && items.length < limit; t--) {
      const tok = block.tokens[t];
      if (tok.kind === 'space') continue;
      const earlier = tok.kind === 'punct' ? this.closesAt(base + tok.sourceStart) : undefined;
      if (earlier) {
        const from = this.punctAt(earlier.start);
        // A sentence that starts inside an earlier quotation stops at its end.
        if (!from || from.b !== open.b || from.t < first) break;
        items.push(this.item(open.b, t, true));
        t = from.t;
        continue;
      }
      items.push(this.item(open.b, t));
    }
    return items.reverse();
  }

  /**
   * Non-space tokens from after the closing mark to the end of its sentence,
   * stopping at the next quotation. When the quotation ends its sentence, a
   * short next sentence with a reporting verb (“Done.” Ellison said.) serves.
   */
  private windowAfter(close: Pos): Item[] {
    const { block, base } = this.blocks[close.b];
    const s = sentenceAt(block, close.t);
    let end = s >= 0 ? block.sentences[s].endToken : close.t + 1;
    let t = close.t + 1;
    if (end <= t && s >= 0 && s + 1 < block.sentences.length) {
      const next = block.sentences[s + 1];
      // After a question or an exclamation the attribution may run on (“Unconscionable!” He shouted, and rushed off).
      const limit = close.b === 0 && this.endsInQuestion(close) ? 40 : 12;
      if (next.endToken - next.firstToken <= limit && !reportsOwnClause(block.tokens, next.firstToken, next.endToken)) {
        t = next.firstToken;
        end = next.endToken;
      }
    }
    const items: Item[] = [];
    for (; t < end && items.length < WINDOW; t++) {
      const tok = block.tokens[t];
      if (tok.kind === 'space') continue;
      if (tok.kind === 'punct' && this.opensAt(base + tok.sourceStart)) break;
      items.push(this.item(close.b, t));
    }
    return items;
  }

  // --- Patterns -------------------------------------------------------------------

  /** “…,” said X / “…,” X said. */
  private fromAfter(b: number, items: readonly Item[], close: Pos): Found | undefined {
    let i = 0;
    while (i < items.length && LEADING_PUNCT.has(items[i].text)) i++;
    // A name with an appositive before its verb may run longer (“…,” Beryl W. Sprinkel, economist of …, predicted).
    const leadRun = i < items.length ? runAt(this.runs, items[i].t) : undefined;
    const long = leadRun !== undefined && items.find((it) => it.t >= leadRun.end)?.text === ',';
    const limit = Math.min(items.length, i + (long ? 2 * MAX_PHRASE_WORDS : MAX_PHRASE_WORDS) + 1);
    let v = -1;
    for (let k = i; k < limit; k++) {
      if (isVerb(items, k)) {
        v = k;
        break;
      }
      // A period inside the sentence belongs to an initial or an abbreviation (Beryl W. Sprinkel).
      if (items[k].quote || isEnd(items[k].text)) break;
    }
    if (v < 0) return undefined;
    const cue = items[v].text;
    const nextSentence = items[0] !== undefined && sentenceAt(this.blocks[b].block, items[0].t) !== sentenceAt(this.blocks[b].block, close.t);
    if (v === i) {
      // An inverted next sentence ending in a comma or a colon introduces the quotation after it (“…?” Snapped Maureen, “…”).
      if (nextSentence && (items[items.length - 1].text === ',' || items[items.length - 1].text === ':')) return undefined;
      // Verb first: the speaker follows it (said Mara Ellison, of …).
      const found = this.speakerAfterVerb(b, items, v + 1, cue);
      return found;
    }
    // “Done.” Ellison said. — only a neutral verb attributes from the next sentence, unless the quotation
    // ended in a question or an exclamation (“Why?” He asked.), which the splitter cuts after.
    if (nextSentence && !NEUTRAL_SAYING_FORMS.has(items[v].lower) && !this.endsInQuestion(close)) return undefined;
    const subject = items.slice(i, v);
    // Commas in the subject must be an appositive after a name (Albrecht, 61, said); otherwise the
    // verb belongs to another clause (… never arrived, critics say).
    const comma = subject.findIndex((it) => it.text === ',');
    if (comma > 0 && !runEndingAt(this.runs, subject[comma - 1].t) && !this.isNameInApposition(subject, comma)) return undefined;
    const found = this.speakerFromPhrase(b, subject, cue, 0.95);
    // An attribution in the next sentence is the usual pattern's slip; trust it a little less.
    if (found && nextSentence) found.confidence = 0.8;
    return found;
  }

  /**
   * Whether the comma at `comma` in a subject sets off a name in apposition
   * to the description before it (his sister, Mary Kent, told; the company's
   * chief financial officer, Jane Doe, said): a determiner or an owner opens
   * the subject, and a name runs from the comma to the next comma or the end.
   */
  private isNameInApposition(subject: readonly Item[], comma: number): boolean {
    const first = subject[0];
    const owner = runAt(this.runs, first.t);
    if (!DETERMINERS.has(first.lower) && !(owner && owner.possessive) && !/['’]s$/.test(subject[comma - 1].lower)) {
      // the association's executive director: an owner inside the description.
      if (!subject.slice(0, comma).some((it) => /['’]s$/.test(it.lower))) return false;
    }
    const named = subject[comma + 1] ? runAt(this.runs, subject[comma + 1].t) : undefined;
    if (!named || named.possessive || named.kind === 'place') return false;
    const after = subject.find((it) => it.t >= named.end);
    return after === undefined || after.text === ',';
  }

  /** Whether the quotation closing at `close` ends in a question or an exclamation mark. */
  private endsInQuestion(close: Pos): boolean {
    const tokens = this.blocks[0].block.tokens;
    let k = close.t - 1;
    while (k >= 0 && tokens[k].kind === 'space') k--;
    return k >= 0 && (tokens[k].text === '?' || tokens[k].text === '!');
  }

  /**
   * A sentence that ends with its attribution (… are endangering crops, Carl
   * W. Buchheister, president of the society, said today.): a verb ending the
   * words after the quotation, whose subject is a name.
   */
  private fromClosingCue(after: readonly Item[]): Found | undefined {
    let end = after.length;
    while (end > 0 && (isTerminal(after[end - 1].text) || INDIRECT_TIME_WORDS.has(after[end - 1].lower))) end--;
    const v = end - 1;
    if (v < 2 || !isVerb(after, v) || after.slice(0, v).some((it) => it.quote)) return undefined;
    const found = this.fromBefore(0, after.slice(0, v + 1));
    // Only a named speaker: "…, critics say." after a scare-quoted phrase is another clause's verb.
    if (!found || found.ref?.type !== 'name') return undefined;
    found.confidence = Math.min(found.confidence, 0.8);
    return found;
  }

  /**
   * A sign-off after a quotation of a whole sentence: a dash, then the
   * speaker's name or title, to the end of the sentence (“We will
   * rebuild.” — Mayor Jane Roe; a pull quote's “…” – Ana Ruiz, a
   * spokesperson for the city). A dash before lower-case words is an aside
   * (“a top scholar” -- a bright light to lure others).
   */
  private fromSignOff(after: readonly Item[]): Found | undefined {
    let i = 0;
    while (i < after.length && SIGN_OFF_DASHES.has(after[i].text)) i++;
    if (i === 0 || i >= after.length || !STARTS_UPPER.test(after[i].text)) return undefined;
    let end = after.length;
    while (end > i && isTerminal(after[end - 1].text)) end--;
    return end > i ? this.speakerFromPhrase(0, after.slice(i, end), 'sign-off', SIGN_OFF_CONFIDENCE) : undefined;
  }

  /**
   * According to X, or, when X is a description (According to court
   * documents, Singh told police he “panicked.”) and a reporting verb in the
   * sentence has a named subject, that subject: the documents report the
   * named person's words.
   */
  private fromAccordingToOrSaid(items: readonly Item[]): Found | undefined {
    const according = this.fromAccordingTo(0, items);
    if (according?.ref?.type !== 'description') return according;
    const said = this.fromBefore(0, items);
    return said?.ref?.type === 'name' ? said : according;
  }

  /** According to X (the source follows the phrase, up to a comma). */
  private fromAccordingTo(b: number, items: readonly Item[]): Found | undefined {
    for (let k = 0; k < items.length; k++) {
      // in Senator Gore's words / in the words of Senator Gore: the owner of the words is their source.
      if (items[k].lower === 'in' && items[k + 1]) {
        const owner = runAt(this.runs, items[k + 1].t);
        const after = owner ? items.find((it) => it.t >= owner.end) : undefined;
        if (owner && owner.possessive && owner.kind !== 'place' && after?.lower === 'words') return this.named(b, owner, 'in … words', 0.85, owner.title);
        if (items[k + 1].lower === 'the' && items[k + 2]?.lower === 'words' && items[k + 3]?.lower === 'of' && items[k + 4]) {
          const source = runAt(this.runs, items[k + 4].t);
          if (source && !source.possessive && source.kind !== 'place') return this.named(b, source, 'in the words of', 0.85, source.title);
        }
      }
      for (const { phrase, words } of SOURCE_AFTER_WORDS) {
        if (items[k].lower !== words[0] || !words.every((w, j) => items[k + j]?.lower === w)) continue;
        const from = k + words.length;
        let to = from;
        // (according to Dr. Hana Weiss: a title's period is no end.)
        while (to < items.length && to - from < MAX_PHRASE_WORDS && (!isPhraseEnd(items[to]) || isAbbreviationPeriod(items, to))) to++;
        const found = this.speakerFromPhrase(b, items.slice(from, to), phrase, 0.9);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** X said: “…” / X reaffirmed “…” support: the subject of the last reporting verb before the quotation. */
  private fromBefore(b: number, items: readonly Item[]): Found | undefined {
    for (let v = items.length - 1; v >= 0; v--) {
      if (items[v].quote) continue;
      if (!isVerb(items, v)) continue;
      // Freeland said Canada would respond “…”: a verb after a modal tells of an act to come; an earlier
      // reporting verb in the sentence is the attribution.
      if (v > 0 && MODALS.has(items[v - 1].lower) && hasVerbBefore(items, v - 1)) continue;
      const cue = items[v].text;
      // The plan, says the Housing Center, is …: a cue set off by commas names its speaker after it.
      // So does the verb between the halves of a quotation (“In view of this,” said the announcement, “we …”).
      // (Right after a quotation the verb names its speaker however the phrase ends: “…,” said coach Dan Bylsma
      // after the game, adding that …)
      if ((items[v - 1]?.text === ',' && closesWithComma(items, v + 1)) || items[v - 1]?.quote) {
        const after = this.speakerAfterVerb(b, items, v + 1, cue);
        if (after) return after;
      }
      // quoted Defence Minister Ana Ruiz as saying, Ruiz was quoted as saying, Ruiz is quoted in the release
      // saying: the one quoted speaks.
      if (v >= 2 && items[v].lower.endsWith('ing')) {
        const quoted = this.quotedAsSaying(b, items, items[v - 1].lower === 'as' ? v - 1 : v, cue);
        if (quoted) return quoted;
      }
      // Snapped Maureen, “…”: a verb opening the sentence names its speaker after it.
      if (v === 0 && items.length > 1) {
        const after = this.speakerAfterVerb(b, items, 1, cue);
        if (after) return after;
      }
      // The subject: back from the verb, over auxiliaries and adverbs, to a clause boundary.
      let j = v - 1;
      while (j >= 0 && (BETWEEN_SUBJECT_AND_VERB.has(items[j].lower) || isAdverb(items[j]))) j--;
      if (j < 0) return undefined;
      // Parsons leaned over and inquired, / …, adding that: the verb shares the sentence's subject — the one an
      // earlier reporting verb names when there is one (…, said union president Lou Garand, adding that …).
      if (items[j].lower === 'and' || (items[j].text === ',' && /ing$/.test(items[v].lower))) {
        if (hasVerbBefore(items, j)) continue;
        const subject = this.sentenceSubject(b, items, cue);
        if (subject) return subject;
        continue;
      }
      // Holt, who voted against the contract, called it …: skip the relative clause back to its name.
      const relative = relativeClauseStart(items, j);
      if (relative >= 0) {
        j = relative;
        // Chaplin, 71, who met …: an age between the name and the clause.
        if (/^\d+$/.test(items[j].text) && items[j - 1]?.text === ',' && j >= 2) j -= 2;
      }
      // Karns, who charged that …: the relative pronoun's antecedent speaks.
      else if (items[j].lower === 'who' && items[j - 1]?.text === ',') j -= 2;
      if (j < 0) return undefined;
      const appositive = items[j].text === ',';
      let commas = 0;
      let k = j;
      // A subject with an appositive (Alfred Hayes, president of the Federal Reserve Bank of New York, said) runs longer.
      const reach = appositive ? 2 * MAX_PHRASE_WORDS : MAX_PHRASE_WORDS;
      for (; k >= 0 && j - k < reach; k--) {
        const it = items[k];
        // Rayburn (D., Tex.) called …: a parenthesis inside the subject is skipped.
        if (it.text === ')') {
          let open = k - 1;
          while (open >= 0 && k - open < MAX_PHRASE_WORDS && items[open].text !== '(') open--;
          if (open >= 0 && items[open].text === '(') {
            k = open;
            continue;
          }
        }
        // Trudeau, speaking in Halifax, said: a participle opening an appositive is no verb of its own.
        const participle = appositive && items[k - 1]?.text === ',' && it.lower.endsWith('ing');
        if (it.quote || (isVerb(items, k) && !participle) || it.text === ';' || it.text === ':' || it.text === '(' || isEnd(it.text)) break;
        // A dash ends the subject: a dateline (WASHINGTON — Alfred Hayes said) or an aside.
        if (it.text === '—' || it.text === '–' || it.text === '--' || (it.text === '-' && items[k - 1]?.text === '-')) break;
        // (… unless it sits inside a name: the Ministry of Municipal Affairs and Housing.)
        // (… nor inside the appositive: Pierre Poilievre, speaking in Calgary on Friday, said.)
        if (isClauseWord(it) && !SPEAKER_PRONOUNS.has(it.lower) && !insideRun(this.runs, it.t) && !(commas === 1 && NOT_VERBS.has(it.lower)) && !possessiveHer(items, k)) break;
        if (SPEAKER_PRONOUNS.has(it.lower)) {
          if (k === j) k--;
          break;
        }
        if (it.text === ',') {
          if (!appositive || ++commas > 2) break;
        }
      }
      const subject = items.slice(k + 1, j + 1).filter((_, n, all) => !isInParens(all, n));
      const confidence = v === items.length - 1 || items[v + 1]?.text === ':' ? 0.9 : 0.75;
      const found = this.speakerFromPhrase(b, subject, cue, confidence);
      // No subject here (", adding that …"): the participle shares the subject of an earlier verb.
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The source of "quoted X as saying" (its object X) or "X was quoted as
   * saying" (its subject), with `as` at `asAt`; undefined when no "quoted" or
   * "cited" stands a phrase before it.
   */
  private quotedAsSaying(b: number, items: readonly Item[], asAt: number, cue: string): Found | undefined {
    let k = asAt - 1;
    while (k >= 0 && asAt - k <= MAX_PHRASE_WORDS && items[k].lower !== 'quoted' && items[k].lower !== 'cited' && !isPhraseEnd(items[k])) k--;
    if (k < 0 || (items[k].lower !== 'quoted' && items[k].lower !== 'cited')) return undefined;
    // quoted in the release saying: a phrase telling where, not whom; the passive's subject is the one quoted.
    const where = k + 1 < asAt && COMPLEMENT_PREPOSITIONS.has(items[k + 1].lower);
    if (k + 1 < asAt && !where) return this.speakerFromPhrase(b, items.slice(k + 1, asAt), cue, 0.85);
    // The passive: the sentence's subject is the one quoted.
    return k > 0 && PASSIVE_AUXILIARIES.has(items[k - 1].lower) ? this.sentenceSubject(b, items.slice(0, k - 1), cue) : undefined;
  }

  /** The subject that opens the sentence of `items` (a name, "the mayor", a pronoun), for a verb that shares it. */
  private sentenceSubject(b: number, items: readonly Item[], cue: string): Found | undefined {
    if (items.length === 0) return undefined;
    const { block } = this.blocks[b];
    const s = sentenceAt(block, items[0].t);
    if (s < 0 || block.sentences[s].firstToken > items[0].t) return undefined;
    // Moscow, June 18 -- At a party for Sukarno, Premier Khrushchev … said: past a dateline and a fronted phrase.
    const dated = datelineEnd(items);
    if (dated > 0) {
      const i = this.pastFrontedPhrases(items, dated);
      if (i < 0) return undefined;
      items = items.slice(i);
    }
    // Harlow Foods chief executive Dina Marsh is quoted …: the person after a body and a role is the subject.
    const first = runAt(this.runs, items[0].t);
    const person = first && !first.possessive ? this.personAfter(items, first) : undefined;
    if (person) return this.named(b, person, cue, 0.8, person.title);
    // A federal judge on Friday blocked …, calling it: a description up to its head noun.
    if (DETERMINERS.has(items[0].lower) && !runAt(this.runs, items[1]?.t ?? -1)) {
      let n = 1;
      while (n < items.length && n < 5 && !isPhraseEnd(items[n]) && !isVerb(items, n)) n++;
      for (let end = n; end > 1; end--) {
        if (isSourceHead(items[end - 1].lower)) return this.speakerFromPhrase(b, items.slice(0, end), cue, 0.8);
      }
    }
    let j = 0;
    while (j < items.length && j < MAX_PHRASE_WORDS && !isPhraseEnd(items[j]) && !isVerb(items, j) && !(j > 0 && /^[a-z]/.test(items[j].text) && !TITLE_SMALL_WORDS.has(items[j].lower) && !DETERMINERS.has(items[j].lower))) j++;
    if (j === 0) return SPEAKER_PRONOUNS.has(items[0].lower) ? this.pronoun(b, items[0], cue) : undefined;
    return this.speakerFromPhrase(b, items.slice(0, j), cue, 0.8);
  }

  /**
   * Quoted words inside a sentence with no cue of its own (Okafor believes it
   * “a mistake”; Armed with letters, Mrs. Geraghty “will beat the bushes”):
   * news quotes a person's words in a sentence about that person, so the
   * sentence's subject — a name, he or she, or a description — is taken as
   * the source, with little certainty. A place, an owner's possessive or a
   * subject that is itself a quotation names nobody.
   */
  private fromSubject(b: number, items: readonly Item[]): Found | undefined {
    if (items.length === 0) return undefined;
    const { block } = this.blocks[b];
    const s = sentenceAt(block, items[0].t);
    if (s < 0 || block.sentences[s].firstToken !== items[0].t) return undefined;
    let i = datelineEnd(items);
    while (i < items.length && i < 2 && SENTENCE_CONJUNCTIONS.has(items[i].lower)) i++;
    if (i >= items.length) return undefined;
    i = this.pastFrontedPhrases(items, i);
    if (i < 0) return undefined;
    if (SPEAKER_PRONOUNS.has(items[i].lower)) {
      return items[i].lower === 'it' ? undefined : { ...this.pronoun(b, items[i], SUBJECT_CUE), confidence: 0.5 };
    }
    // A description (the economist, the jurors): the longest few words from the determiner that end in a
    // noun for a person or a body, so that "The debate led to" names nobody.
    if (DETERMINERS.has(items[i].lower) && !runAt(this.runs, items[i + 1]?.t ?? -1)) {
      let n = i + 1;
      while (n < items.length && n - i < 5 && !isPhraseEnd(items[n]) && !isVerb(items, n)) n++;
      for (let end = n; end > i + 1; end--) {
        if (!isSourceHead(items[end - 1].lower)) continue;
        // Another speaker, William H. Draper, …: the name in apposition is the source.
        const named = items[end]?.text === ',' && items[end + 1] ? runAt(this.runs, items[end + 1].t) : undefined;
        if (named && named.kind === 'person' && !named.possessive) return this.named(b, named, SUBJECT_CUE, 0.5, named.title);
        const found = this.speakerFromPhrase(b, items.slice(i, end), SUBJECT_CUE, 0.55);
        if (found) found.confidence = Math.min(found.confidence, 0.5);
        return found;
      }
      return undefined;
    }
    const first = runAt(this.runs, items[i].t);
    // Ontario Superior Court Justice Jane Kelly found …, Dallas goalie Jake Oettinger was …: the person is the subject.
    const run = first ? this.personAfter(items, first) ?? first : undefined;
    if (!run || run.possessive || run.kind === 'place') return undefined;
    // Oslo, Riga and Tallinn: a list of names is no subject that speaks.
    const after = items.findIndex((it) => it.t >= run.end);
    if (after >= 0 && items[after].text === ',' && items[after + 1] && runAt(this.runs, items[after + 1].t) && items.some((it) => it.lower === 'and')) return undefined;
    return this.named(b, run, SUBJECT_CUE, 0.5, run.title);
  }

  /**
   * The index in `items` where the subject starts, from `i`: past phrases
   * fronted before it and set off by commas (Armed with letters, …; In a
   * statement Tuesday, …), at most three (Armed with letters to ministers,
   * especially in the east, Mrs. Geraghty …); -1 when none can speak.
   */
  private pastFrontedPhrases(items: readonly Item[], i: number): number {
    for (let phrases = 0; i < items.length && !this.maySpeak(items[i]); phrases++) {
      let c = i;
      // (Speaking of “pride,” he deplored …: the comma may close a quotation inside the phrase.)
      while (c < items.length && c - i <= MAX_PHRASE_WORDS && items[c].text !== ',' && !items[c].quote) c++;
      if (phrases === 3 || (items[c]?.text !== ',' && !items[c]?.quote)) return -1;
      i = items[c].quote && items[c + 1]?.text === ',' ? c + 2 : c + 1;
    }
    return i < items.length ? i : -1;
  }

  /**
   * The person named right after a run, past at most three lowercase role
   * words (Dallas goalie Jake Oettinger; Ontario Superior Court Justice Jane
   * Kelly), or undefined: the run before only says where the person belongs.
   */
  private personAfter(items: readonly Item[], run: NameRun): NameRun | undefined {
    let k = items.findIndex((it) => it.t >= run.end);
    if (k < 0) return undefined;
    for (let roles = 0; roles < 3 && k < items.length && ROLE_WORDS.has(items[k].text); roles++) k++;
    const next = k < items.length ? runAt(this.runs, items[k].t) : undefined;
    return next && next.titleFirst === items[k].t && next.kind === 'person' && !next.possessive ? next : undefined;
  }

  /** Whether a word may open a speaking subject: a name, a determiner or a pronoun, not a fronted participle or preposition. */
  private maySpeak(it: Item): boolean {
    const run = runAt(this.runs, it.t);
    // A person's full name is one even when its first word looks like a participle (Ted Moss, Fielding Yost).
    if (run && run.kind === 'person' && run.text.includes(' ')) return true;
    if (FRONTED_PHRASE_START.test(it.lower)) return false;
    return run !== undefined || DETERMINERS.has(it.lower) || SPEAKER_PRONOUNS.has(it.lower);
  }

  /**
   * Kaur's comments — “a giveaway” — drew …; the mayor's words, “never
   * again,”: an owner's words or document right before the quotation (after
   * at most a dash or a comma) are the owner's.
   */
  private fromOwnersWords(items: readonly Item[]): Found | undefined {
    let k = items.length - 1;
    if (k >= 0 && OWNERS_WORDS_PUNCT.has(items[k].text)) k--;
    if (k < 1 || !(DOCUMENT_NOUNS.has(items[k].lower) || SPEECH_NOUNS.has(items[k].lower))) return undefined;
    const owner = runEndingAt(this.runs, items[k - 1].t);
    if (!owner || !owner.possessive || owner.kind === 'place') return undefined;
    return this.named(0, owner, items[k].text, 0.7, owner.title);
  }

  /** Reyes, however, was unmoved: “…” — a clause ending in a colon, opening with a name, introduces its speaker. */
  private fromIntroduction(b: number, items: readonly Item[]): Found | undefined {
    if (items.length === 0 || items[items.length - 1].text !== ':' || items[0].quote) return undefined;
    const first = runAt(this.runs, items[0].t);
    if (!first) {
      // Asked about the goal, Dallas goalie Jake Oettinger was blunt: — a fronted phrase, then the subject.
      // He closed with a question: — a person's pronoun as the subject, too (never "it": It was simple: …).
      const subject = this.fromSubject(b, items);
      return subject && (subject.ref?.type === 'name' || subject.ref?.type === 'pronoun') ? { ...subject, cue: ':', confidence: 0.6 } : undefined;
    }
    const run = this.personAfter(items, first) ?? first;
    if (run.kind === 'place') return undefined;
    // Judge Bootle's decision: “…” — the owner's document speaks for its owner.
    if (run.possessive) {
      const next = items.find((it) => it.t >= run.end);
      return next && DOCUMENT_NOUNS.has(next.lower) ? this.named(b, run, ':', 0.6, run.title) : undefined;
    }
    return this.named(b, run, ':', 0.6, run.title);
  }

  /**
   * A quotation opening its sentence with no cue of its own, after a sentence
   * with no quotation whose subject speaks (Okafor disagreed. “It is fine.”).
   */
  private fromPreviousSentence(open: Pos): Found | undefined {
    const s = sentenceAt(this.blocks[0].block, open.t);
    if (s < 0) return undefined;
    // A quotation opening its paragraph: the last sentence of the paragraph before (Moritz declared. ¶ “Once …”).
    if (s === 0) return { ref: { type: 'context' }, cue: 'context', confidence: 0.7, kind: 'unknown' };
    return this.fromSentence(s - 1, true);
  }

  /** The speaker sentence `s` names as its subject, when it has no quotation of its own. */
  private fromSentence(s: number, sameBlock: boolean): Found | undefined {
    const { block, base } = this.blocks[0];
    const prev = block.sentences[s];
    const items: Item[] = [];
    for (let t = prev.firstToken; t < prev.endToken && items.length < WINDOW; t++) {
      const tok = block.tokens[t];
      if (tok.kind === 'space') continue;
      if (tok.kind === 'punct' && (this.opensAt(base + tok.sourceStart) || this.closesAt(base + tok.sourceStart))) {
        return undefined;
      }
      items.push(this.item(0, t));
    }
    // Only the clause before the verb matters; the sentence's own period is no boundary for it.
    while (items.length > 0 && isTerminal(items[items.length - 1].text)) items.pop();
    const found = this.fromBefore(0, items);
    if (found) {
      found.confidence = Math.min(found.confidence, 0.7);
      return found;
    }
    // A sentence about a person just before, with no cue at all (Mr. Okafor was blunt. “The plan failed.”):
    // a reader takes the person as the speaker, with less certainty.
    const run = items.length > 0 && items.length <= MAX_PHRASE_WORDS ? runAt(this.runs, items[0].t) : undefined;
    // A one-word name of unknown kind counts when a verb follows it (Mary shook her head. “Not yet.”).
    const acts = run !== undefined && (run.kind === 'person' || (run.kind === 'unknown' && verbFollows(this.blocks[0].block.tokens, run.end - 1)));
    if (run && acts && !run.possessive && sameBlock) return this.named(0, run, 'context', 0.5, run.title);
    // The paragraph before a cue-less quotation paragraph, about one named person as its subject (The Chronicle's
    // Paine Knickerbocker summed it up: ¶ “…”): feature writing lets the quotation speak for that person.
    if (!sameBlock) {
      const subject = this.subjectRun(items);
      if (subject) return this.named(0, subject, 'context', 0.5, subject.title);
    }
    return undefined;
  }

  /**
   * The one person a sentence is about: a person's name opening it (after a
   * determiner and an owner: The Chronicle's Paine Knickerbocker), with no
   * other person named in the sentence, or undefined.
   */
  private subjectRun(items: readonly Item[]): NameRun | undefined {
    let k = 0;
    while (k < items.length && k < 4) {
      const owner = runAt(this.runs, items[k].t);
      if (DETERMINERS.has(items[k].lower)) k++;
      else if (owner && owner.possessive) while (k < items.length && items[k].t < owner.end) k++;
      else break;
    }
    const run = k < items.length ? runAt(this.runs, items[k].t) : undefined;
    if (!run || run.kind !== 'person' || run.possessive) return undefined;
    const last = items[items.length - 1].t;
    for (const other of this.runs) {
      if (other !== run && other.kind === 'person' && other.first > run.first && other.first <= last) return undefined;
    }
    return run;
  }

  // --- Speakers -------------------------------------------------------------------

  /** The speaker right after a verb: a name (with an appositive), a pronoun (said he) or a phrase (said the mayor). */
  private speakerAfterVerb(b: number, items: readonly Item[], from: number, cue: string): Found | undefined {
    if (from >= items.length) return undefined;
    const runs = this.runs;
    let run = runAt(runs, items[from].t);
    // said Ontario's health minister, Sylvia Jones: an owner's description reads like "the minister".
    const ownerLead = run !== undefined && run.possessive;
    // says Winnipeg shelter director: a place or a body before lowercase nouns, with no name after them, describes
    // the speaker.
    if (run && run.kind !== 'person' && !run.possessive && describesNoun(items, run) && this.sourceAfter(items, run)) run = undefined;
    if (run && !run.possessive) {
      // said Liberal house leader Mark Tanaka, said Crown attorney Jill Cameron in court: the person named last,
      // before any preposition, is the speaker.
      let end = from;
      let last: NameRun | undefined;
      while (end < items.length && end - from < MAX_PHRASE_WORDS && (items[end].t < run.end || !isPhraseEnd(items[end]) || isAbbreviationPeriod(items, end))) {
        const it = items[end];
        if (it.t >= run.end && COMPLEMENT_PREPOSITIONS.has(it.text)) break;
        const other = it.t >= run.end ? runAt(runs, it.t) : undefined;
        if (other && other.titleFirst === it.t) {
          if (other.kind === 'person' && !other.possessive) last = other;
          while (end + 1 < items.length && items[end + 1].t < other.end) end++;
        }
        end++;
      }
      if (last) run = last;
      let i = from;
      while (i < items.length && items[i].t < run.end) i++;
      let description: string | undefined;
      if (items[i]?.text === ',') {
        let j = i + 1;
        while (j < items.length && j - i <= MAX_PHRASE_WORDS && items[j].text !== ',' && !isTerminal(items[j].text) && !items[j].quote) j++;
        if (j > i + 1) description = this.textOf(b, items[i + 1].t, items[j - 1].t);
      }
      return this.named(b, run, cue, 0.95, joinDescription(run.title, description));
    }
    if (SPEAKER_PRONOUNS.has(items[from].lower)) return this.pronoun(b, items[from], cue);
    // said her mother, Anita Roe: "her" before a noun is a determiner, not the clause word it usually is.
    let j = possessiveHer(items, from) ? from + 1 : from;
    while (j < items.length && j - from < MAX_PHRASE_WORDS && !isPhraseEnd(items[j])) j++;
    if (!DETERMINERS.has(items[from].lower) && !ownerLead) {
      // said union president Stephanie Roy: a description, then the name.
      const last = j > from ? runEndingAt(runs, items[j - 1].t) : undefined;
      if (last && !last.possessive && last.titleFirst > items[from].t) return this.speakerFromPhrase(b, items.slice(from, j), cue, 0.9);
      // says Winnipeg shelter director, said Regina police: a description ending in a source's noun, with no name.
      return runAt(runs, items[from].t) ? this.speakerFromPhrase(b, items.slice(from, j), cue, 0.8) : undefined;
    }
    // said one resident, Amal Nasser, 42: the name in apposition is the speaker, the phrase describes them.
    const named = items[j]?.text === ',' && items[j + 1] ? runAt(runs, items[j + 1].t) : undefined;
    if (named && (named.kind === 'person' || named.kind === 'org') && !named.possessive && j > from) {
      return this.named(b, named, cue, 0.9, joinDescription(this.textOf(b, items[from].t, items[j - 1].t), named.title));
    }
    return this.speakerFromPhrase(b, items.slice(from, j), cue, 0.85);
  }

  /**
   * Whether the words after a run, to the end of the phrase, end in a
   * source's noun and name no person (Winnipeg shelter director, Regina
   * police; not Calgary Mayor Ana Ruiz, nor Jones last week).
   */
  private sourceAfter(items: readonly Item[], run: NameRun): boolean {
    let head: Item | undefined;
    for (let k = 0, n = 0; k < items.length && n < MAX_PHRASE_WORDS; k++) {
      const it = items[k];
      if (it.t < run.end) continue;
      n++;
      if (isPhraseEnd(it) && !isAbbreviationPeriod(items, k)) break;
      const other = runAt(this.runs, it.t);
      if (other && other !== run && other.kind === 'person') return false;
      head = it;
    }
    return head !== undefined && (ROLE_WORDS.has(head.lower) || isSourceHead(head.lower));
  }

  /**
   * The speaker a subject phrase names: a name at its end (with the words
   * before it as the description: Port Authority spokesperson Dana Okafor),
   * a name then an appositive (Dana Okafor, the authority's spokesperson,), a
   * pronoun, or a descriptive phrase (the mayor).
   */
  private speakerFromPhrase(b: number, phrase: readonly Item[], cue: string, confidence: number): Found | undefined {
    let words: readonly Item[] = phrase;
    while (words.length > 0 && LEADING_PUNCT.has(words[words.length - 1].text)) words = words.slice(0, -1);
    while (words.length > 0 && LEADING_PUNCT.has(words[0].text)) words = words.slice(1);
    if (words.length === 0) return undefined;
    // A headline run into the sentence (Wards protected The jury said): a capitalised article or pronoun
    // inside the phrase starts the real sentence.
    for (let k = words.length - 1; k > 0; k--) {
      if (RUN_IN_OPENERS.has(words[k].text) && STARTS_LOWER.test(words[k - 1].text)) {
        words = words.slice(k);
        break;
      }
    }
    // The governor, in a prepared statement, declared; a spokesman for the company, reached at his home, said: an
    // aside after a description (a preposition or a participle after its comma) is no part of it.
    if (DETERMINERS.has(words[0].lower)) {
      const comma = words.findIndex((w) => w.text === ',');
      const aside = comma > 1 ? words[comma + 1] : undefined;
      if (aside && (NOT_VERBS.has(aside.lower) || LOWER_PARTICIPLE.test(aside.text))) words = words.slice(0, comma);
    }
    // A name with an appositive (Beryl W. Sprinkel, economist of Harris Trust and Savings Bank, Chicago,) may
    // run longer than a phrase, and its appositive may hold any words.
    const lead = runAt(this.runs, words[0].t);
    const appositive = lead !== undefined && !lead.possessive && words.find((w) => w.t >= lead.end)?.text === ',';
    if (words.length > (appositive ? 2 * MAX_PHRASE_WORDS : MAX_PHRASE_WORDS)) return undefined;
    if (appositive && lead) {
      return this.named(b, lead, cue, confidence, joinDescription(lead.title, this.appositiveText(b, words, lead)));
    }
    const herFirst = possessiveHer(words, 0);
    if (words.some((w, k) => w.quote || isEnd(w.text) || (isClauseWord(w) && !SPEAKER_PRONOUNS.has(w.lower) && !insideRun(this.runs, w.t) && !(k === 0 && herFirst)))) {
      // "it" and "they" are clause words too, but alone they are the speaker.
      return undefined;
    }
    if (words.length === 1 && SPEAKER_PRONOUNS.has(words[0].lower)) return this.pronoun(b, words[0], cue);
    if (words.every((w) => DETERMINERS.has(w.lower) || w.text === ',' || w.text === '.')) return undefined;
    if (words.some((w) => SPEAKER_PRONOUNS.has(w.lower))) return undefined;

    // Thompson himself said: the reflexive only stresses who speaks.
    if (words.length > 1 && REFLEXIVES.has(words[words.length - 1].lower)) words = words.slice(0, -1);
    const runs = this.runs;
    // President Kennedy's invitation said, the Pentagon's announcement said: the document speaks for its owner.
    for (let k = 0; k + 1 < words.length && k < 4; k++) {
      const owner = runEndingAt(runs, words[k].t);
      if (owner && owner.possessive && owner.kind !== 'place' && DOCUMENT_NOUNS.has(words[k + 1].lower)) {
        // Kowalski's lawyer, Daniel Osei, said: the person named in apposition speaks, described by the phrase.
        // (So does one named right after a person's noun: Hassan's lawyer Paul Slansky said.)
        const named =
          words[k + 2]?.text === ',' && words[k + 3] ? runAt(runs, words[k + 3].t)
          : SPOKESPERSON.test(words[k + 1].lower) && words[k + 2] ? runAt(runs, words[k + 2].t)
          : undefined;
        if (named && named.kind === 'person' && !named.possessive) {
          return this.named(b, named, cue, confidence, joinDescription(this.textOf(b, words[0].t, words[k + 1].t), named.title));
        }
        return this.named(b, owner, cue, confidence - 0.05, this.textOf(b, words[0].t, words[words.length - 1].t));
      }
    }
    // His office said, its statement said: the document speaks for the owner the pronoun stands for (his lawyer,
    // Daniel Osei, said: the person named in apposition).
    if (words.length >= 2 && OWNER_PRONOUNS.has(words[0].lower) && DOCUMENT_NOUNS.has(words[1].lower)) {
      const named = words[2]?.text === ',' && words[3] ? runAt(runs, words[3].t) : undefined;
      if (named && named.kind === 'person' && !named.possessive) {
        return this.named(b, named, cue, confidence, joinDescription(this.textOf(b, words[0].t, words[1].t), named.title));
      }
      if (words.length === 2) {
        const found = this.pronoun(b, words[0], cue);
        found.confidence = Math.min(found.confidence, confidence - 0.1);
        return found;
      }
    }
    // the New England-born President, the former Secretary: a description whose head is a title, resolved later.
    // (So is the Toronto MP, whose title is an acronym.)
    const titleHeaded = words.length > 1 && DETERMINERS.has(words[0].lower) && (isTitle(cap(words[words.length - 1].lower)) || isTitle(words[words.length - 1].text));
    // the Rev. T. F. Zimmerman: an article before a title belongs to the title.
    if (words.length > 1 && DETERMINERS.has(words[0].lower)) {
      const titled = runAt(runs, words[1].t);
      if (titled && titled.title && titled.titleFirst === words[1].t) words = words.slice(1);
    }
    // The Communications Workers union: a name with a common noun after it is that name.
    if (words.length > 1 && DETERMINERS.has(words[0].lower)) {
      const inner = runAt(runs, words[1].t);
      const rest = inner ? words.filter((w) => w.t >= inner.end) : [];
      // … but the Conservative leader, the Liberal MP, a Justice Department lawyer describe a person, resolved later.
      // (A spokesperson speaks for the body: a Justice Department spokesperson is the department.)
      const person = rest.length > 0 && isPersonNoun(rest[rest.length - 1].lower) && !SPOKESPERSON.test(rest[rest.length - 1].lower);
      if (inner && !person && !inner.possessive && inner.kind !== 'place' && rest.length > 0 && rest.length <= 2 && rest.every((w) => STARTS_LOWER.test(w.text) && !isClauseWord(w))) {
        return this.named(b, inner, cue, confidence - 0.05, this.textOf(b, words[0].t, words[words.length - 1].t));
      }
    }
    const firstT = words[0].t;
    const lastT = words[words.length - 1].t;
    // A name first, then ", description".
    const startRun = runAt(runs, firstT);
    if (startRun && !startRun.possessive) {
      const comma = words.findIndex((w) => w.t >= startRun.end);
      if (comma >= 0 && words[comma].text === ',') {
        const rest = words.slice(comma + 1).filter((w) => w.text !== ',');
        const description = rest.length > 0 ? this.textOf(b, rest[0].t, rest[rest.length - 1].t) : undefined;
        return this.named(b, startRun, cue, confidence, joinDescription(startRun.title, description));
      }
    }
    // A body, a title and a name, then an appositive (Senate Majority Leader Ana Ruiz, D-N.Y.,): the name before the
    // first comma speaks, described by what comes before it and by the appositive.
    const firstComma = words.findIndex((w) => w.text === ',');
    const beforeComma = firstComma > 0 ? runEndingAt(runs, words[firstComma - 1].t) : undefined;
    if (beforeComma && beforeComma !== startRun && beforeComma.kind === 'person' && !beforeComma.possessive && beforeComma.titleFirst > firstT) {
      const lead = prevWordBefore(words, beforeComma.titleFirst);
      if (lead && !COMPLEMENT_PREPOSITIONS.has(lead.lower) && !words.slice(0, firstComma).some((w) => STARTS_LOWER.test(w.text) && !DETERMINERS.has(w.lower))) {
        const rest = words.slice(firstComma + 1).filter((w) => w.text !== ',');
        const appositive = rest.length > 0 ? this.textOf(b, rest[0].t, rest[rest.length - 1].t) : undefined;
        return this.named(b, beforeComma, cue, confidence, joinDescription(joinDescription(this.textOf(b, firstT, lead.t), beforeComma.title), appositive));
      }
    }
    // A person named first, then where they are from (Mara Ellison of the port authority) — unless the words after
    // the first name describe the person named last (White House press secretary Dana Ruiz).
    const lastRun = runEndingAt(runs, lastT);
    const describesLast = lastRun !== undefined && lastRun !== startRun && lastRun.kind === 'person' && !lastRun.possessive &&
      !COMPLEMENT_PREPOSITIONS.has(prevWordBefore(words, lastRun.titleFirst)?.lower ?? '');
    if (startRun && startRun.kind === 'person' && !startRun.possessive && startRun.end <= lastT && !describesLast) {
      const rest = words.filter((w) => w.t >= startRun.end && w.text !== ',');
      const description = rest.length > 0 ? this.textOf(b, rest[0].t, rest[rest.length - 1].t) : undefined;
      return this.named(b, startRun, cue, confidence, joinDescription(startRun.title, description));
    }
    // A name at the end of the phrase, with any description before it.
    const endRun = titleHeaded ? undefined : runEndingAt(runs, lastT);
    const descEnd = endRun ? prevWordBefore(words, endRun.titleFirst) : undefined;
    // …but not one a preposition ties to the description (one station manager in Montana, the lawyer for Ann Ruiz).
    const tied = descEnd !== undefined && COMPLEMENT_PREPOSITIONS.has(descEnd.lower);
    if (endRun && !tied && !endRun.possessive && endRun.titleFirst >= firstT) {
      const before = descEnd ? this.textOf(b, firstT, descEnd.t) : undefined;
      return this.named(b, endRun, cue, confidence, joinDescription(before, endRun.title));
    }
    // A description without a name: the mayor, the agency, Article 4 of the agreement.
    const text = this.textOf(b, firstT, lastT);
    const start = this.offsetOf(b, firstT);
    const end = this.endOffsetOf(b, lastT);
    // A statement from Transport Canada, a news release from the company: the document speaks for its source.
    const fromAt = words.findIndex((w, k) => k > 0 && k < 4 && (w.lower === 'from' || w.lower === 'by') && DOCUMENT_NOUNS.has(words[k - 1].lower));
    if (fromAt > 0 && fromAt + 1 < words.length && DETERMINERS.has(words[0].lower)) {
      const source = this.speakerFromPhrase(b, words.slice(fromAt + 1), cue, confidence - 0.05);
      if (source) return source;
    }
    // A spokesperson for a named organisation speaks for it (a spokesperson for Pinnacle Software).
    const forAt = words.findIndex((w, k) => k > 0 && (w.lower === 'for' || w.lower === 'of' || w.lower === 'at') && SPOKESPERSON.test(words[k - 1].lower));
    let forRun = forAt > 0 && words[forAt + 1] ? runAt(runs, words[forAt + 1].t) : undefined;
    // a spokesperson for Ontario's Ministry of Housing: the body the owner has speaks.
    if (forRun && forRun.possessive) {
      const owned = words.find((w) => w.t >= forRun!.end);
      // a spokesperson for St. Brendan's: the possessive names the place itself, resolved to its full name later.
      if (!owned) {
        const found = this.named(b, forRun, cue, confidence - 0.05, text);
        // Its name as written, ’s and all, which the document pass completes (→ St. Brendan's Hospital).
        if (found.ref?.type === 'name') found.ref.text = this.textOf(b, forRun.first, forRun.end - 1);
        found.kind = 'org';
        return found;
      }
      forRun = runAt(runs, owned.t);
    }
    if (forRun && !forRun.possessive && forRun.kind !== 'place') return this.named(b, forRun, cue, confidence - 0.05, text);
    // Words that cannot name anyone (to, kept, slow growth): a clause, not a speaker.
    if (!isSpeakerPhrase(words)) return undefined;
    // A definite description may refer back to a name given before (the sheriff → Sheriff Felix Tabb): resolved later.
    const head = (words[0].lower === 'the' || words[0].lower === 'a' || words[0].lower === 'an') && words.length <= 6 ? descriptionHead(words) : undefined;
    const kind: NameKind = words.some((w) => isOrgNoun(w.lower)) ? 'org' : words.some((w) => isTitle(cap(w.text)) || /^(?:spokes|official)/.test(w.lower)) ? 'person' : 'unknown';
    return { ref: { type: 'description', start, end, text, head }, cue, confidence: confidence - 0.1, kind };
  }

  /** The words after a name's comma, up to the phrase end, as written (its appositive). */
  private appositiveText(b: number, words: readonly Item[], run: NameRun): string | undefined {
    const rest = words.filter((w) => w.t >= run.end && w.text !== ',');
    return rest.length > 0 ? this.textOf(b, rest[0].t, rest[rest.length - 1].t) : undefined;
  }

  /** A speaker from a name run (a lone surname becomes the full name used before, in the document pass). */
  private named(b: number, run: NameRun, cue: string, confidence: number, description?: string): Found {
    const start = this.offsetOf(b, run.first);
    const end = this.endOffsetOf(b, run.end - 1);
    return { ref: { type: 'name', start, end, text: run.text, nameStart: run.nameStart, description }, cue, confidence, kind: run.kind };
  }

  /** he/she/it/they: the antecedent is found in the document pass. */
  private pronoun(b: number, item: Item, cue: string): Found {
    const start = this.offsetOf(b, item.t);
    const sentence = sentenceAt(this.blocks[b].block, item.t);
    return { ref: { type: 'pronoun', start, end: start + item.text.length, text: item.text, sentence }, cue, confidence: 0.75, kind: 'unknown' };
  }

  // --- Offsets --------------------------------------------------------------------

  private textOf(b: number, firstT: number, lastT: number): string {
    const { block } = this.blocks[b];
    return block.text.slice(block.tokens[firstT].start, block.tokens[lastT].end);
  }

  private offsetOf(b: number, t: number): number {
    return this.blocks[b].base + this.blocks[b].block.tokens[t].sourceStart;
  }

  private endOffsetOf(b: number, t: number): number {
    return this.blocks[b].base + this.blocks[b].block.tokens[t].sourceEnd;
  }
}

// --- Small predicates ---------------------------------------------------------------

/** Prepositions that make a name at the end of a description its complement, not the speaker. */
const COMPLEMENT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'of', 'near', 'outside', 'for', 'with', 'on', 'inside', 'across', 'throughout']);

/** Words that say the speaker speaks for someone else (a spokesperson for the ministry). */
const SPOKESPERSON = /^(?:spokes(?:person|man|woman)|representative|official|officials|lawyer|attorney)$/;

/** Prepositions and conjunctions that cannot follow a subject as its verb (Washington in 1961, Rather than). */
const NOT_VERBS: ReadonlySet<string> = new Set([
  'in', 'at', 'on', 'of', 'for', 'from', 'to', 'by', 'with', 'without', 'into', 'onto', 'over', 'under', 'after',
  'before', 'during', 'than', 'and', 'or', 'but', 'nor', 'as', 'like', 'about', 'against', 'between', 'through',
]);

/** Modal verbs: a reporting verb after one (would respond) tells of an act to come. */
const MODALS: ReadonlySet<string> = new Set(['would', 'will', 'could', 'should', 'may', 'might', 'must', 'can', 'shall']);

/**
 * The given name a familiar form is made from (Frankie → Frank, Johnny →
 * John, Jimmy → Jim), or '' when the word is no such form: the ending -ie or
 * -y taken off, and a consonant doubled before it.
 */
function familiarBase(name: string): string {
  const n = name.length;
  const cut = name.endsWith('ie') ? 2 : name.endsWith('y') ? 1 : 0;
  if (cut === 0 || n - cut < 3 || !STARTS_UPPER.test(name)) return '';
  const base = name.slice(0, n - cut);
  const m = base.length;
  return base.charCodeAt(m - 1) === base.charCodeAt(m - 2) && !/[aeiou]$/.test(base) ? base.slice(0, -1) : base;
}

/**
 * Whether a lowercase noun follows a run at once (Winnipeg shelter director,
 * Toronto police), so that the run modifies it: not a preposition, a clause
 * word, a time word or an adverb (said Ruiz in a statement, said Ruiz today,
 * said Ruiz quietly).
 */
function describesNoun(items: readonly Item[], run: NameRun): boolean {
  const next = items.find((it) => it.t >= run.end);
  if (!next || next.quote || !STARTS_LOWER.test(next.text)) return false;
  return !NOT_VERBS.has(next.lower) && !CLAUSE_WORDS.has(next.lower) && !INDIRECT_TIME_WORDS.has(next.lower) && !next.lower.endsWith('ly');
}

/** Longest headline, in words. */
const MAX_HEADLINE_WORDS = 20;

/**
 * Whether a block reads as a headline: a few words that do not end like a
 * sentence (no period, question or exclamation mark last, before any closing
 * quotation mark).
 */
function isHeadline(block: AnalyzedBlock): boolean {
  const tokens = block.tokens;
  let words = 0;
  let last: Token | undefined;
  for (const t of tokens) {
    if (t.kind === 'word' && ++words > MAX_HEADLINE_WORDS) return false;
    if (t.kind !== 'space' && !(t.kind === 'punct' && QUOTE_MARKS.has(t.text))) last = t;
  }
  return words > 0 && last !== undefined && !ENDS_SENTENCE.test(last.text);
}

/** Whether a reporting verb stands among the first `end` items. */
function hasVerbBefore(items: readonly Item[], end: number): boolean {
  for (let k = 0; k < end; k++) if (isVerb(items, k)) return true;
  return false;
}

/** Forms of "be" before a participle: a passive (Parsons was told), whose subject does not speak. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'been', 'be', 'being', 'is', 'are']);

/**
 * A lowercase reporting verb (a capitalised "States" is a name, not a verb),
 * and not an infinitive (to add) or a passive (was told).
 */
function isVerb(items: readonly Item[], k: number): boolean {
  const it = items[k];
  // as the chairman put it: the idiom reports words as a verb of saying does.
  if (it.lower === 'put' && items[k + 1]?.lower === 'it' && items[k - 1] !== undefined && !items[k - 1].quote) return it.text === it.lower;
  if (it.quote || !REPORTING_VERB_FORMS.has(it.lower)) return false;
  const prev = items[k - 1]?.lower;
  if (prev === 'to' || (prev !== undefined && PASSIVE_AUXILIARIES.has(prev) && /(?:ed|en|ld|wn|id)$/.test(it.lower))) return false;
  return it.text === it.lower || k === 0;
}

/**
 * Whether words could name a speaker: they start with a determiner, a
 * capital, a number or a role (officials, police), not with a verb or a
 * preposition (to, kept, slow growth).
 */
function isSpeakerPhrase(words: readonly Item[]): boolean {
  const first = words[0];
  if (DETERMINERS.has(first.lower) || STARTS_UPPER_OR_DIGIT.test(first.text)) return true;
  return words.some((w) => isOrgNoun(w.lower) || isTitle(cap(w.lower)) || SPOKESPERSON.test(w.lower) || ROLE_NOUNS.test(w.lower));
}

/** Plural and common nouns for people who speak as a group (officials said, police say, critics argue). */
const ROLE_NOUNS = /^(?:officials?|police|critics?|residents?|witnesses|analysts?|experts?|researchers?|scientists?|authorities|investigators?|prosecutors?|lawyers?|doctors?|sources?|organizers?|organisers?|spokes\w+|leaders?|members?|workers?|students?|parents?|voters?|economists?|observers?|activists?|neighbou?rs?|officers?|agents?|managers?|staff|employees?|teachers?|nurses?|farmers?|protesters?|diplomats?|negotiators?|jurors?|judges?|senators?|legislators?|lawmakers?|ministers?|advocates?|supporters?|opponents?|groups?|unions?)$/;

/**
 * Inside one sentence a period belongs to an abbreviation (Hartwell Mining
 * Ltd. said), since the sentence splitter already cut at real ends.
 */
function isEnd(text: string): boolean {
  return text !== '.' && isTerminal(text);
}

function isTerminal(text: string): boolean {
  return text === '.' || text === '!' || text === '?' || text === '…' || text === ';';
}

/** A word that starts a clause; an acronym that happens to spell one (WHO, US) does not. */
function isClauseWord(it: Item): boolean {
  return CLAUSE_WORDS.has(it.lower) && !(it.text.length >= 2 && it.text === it.text.toUpperCase()) && !NAME_LIKE_CLAUSE_WORDS.has(it.text);
}

/** Clause words that, capitalised, are names too (Elizabeth May, Will Ostrander): inside a phrase they name someone. */
const NAME_LIKE_CLAUSE_WORDS: ReadonlySet<string> = new Set(['May', 'Will']);

/** Whether "her" at `k` opens a description (her mother, her lawyer): a lowercase word that ends no phrase follows. */
function possessiveHer(items: readonly Item[], k: number): boolean {
  const next = items[k + 1];
  return items[k]?.lower === 'her' && next !== undefined && STARTS_LOWER.test(next.text) && !isPhraseEnd(next);
}

/** Where a source phrase ends: a comma, a clause, a quotation. */
function isPhraseEnd(it: Item): boolean {
  return it.quote || it.text === ',' || isTerminal(it.text) || it.text === ':' || (isClauseWord(it) && it.lower !== 'to');
}

/**
 * Whether the item at `k` is the period of an abbreviation inside a phrase
 * (said RCMP Cpl. Dana Ruiz): a period after a short capitalised word with
 * more words after it in the same sentence.
 */
function isAbbreviationPeriod(items: readonly Item[], k: number): boolean {
  if (items[k].text !== '.' || k === 0 || k + 1 >= items.length) return false;
  const prev = items[k - 1].text;
  return prev.length <= 5 && STARTS_UPPER.test(prev) && STARTS_UPPER.test(items[k + 1].text);
}

/** Whether the phrase starting at `from` ends at a comma (", says the Housing Center, is"), not at a quotation. */
function closesWithComma(items: readonly Item[], from: number): boolean {
  let j = from;
  while (j < items.length && j - from < MAX_PHRASE_WORDS && !isPhraseEnd(items[j])) j++;
  return j > from && items[j]?.text === ',';
}

/** Nouns for what an owner issues or who speaks for it: the council's resolution, the premier's office speak for them. */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'resolution', 'report', 'letter', 'memo', 'petition', 'decision', 'ruling', 'release', 'spokesperson',
  'spokesman', 'spokeswoman', 'lawyer', 'lawyers', 'attorney', 'website', 'filing', 'complaint', 'order', 'notice',
  'announcement', 'invitation', 'message', 'telegram', 'proclamation', 'communique', 'verdict', 'opinion', 'editorial',
  'note', 'post', 'tweet', 'email', 'speech', 'testimony', 'affidavit', 'brief', 'motion', 'lawsuit', 'budget',
  'office',
]);

/** Nouns for what someone said (Kaur's comments — “…”), beside the documents of {@link DOCUMENT_NOUNS}. */
const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'comments', 'comment', 'remarks', 'remark', 'words', 'response', 'reply', 'answer', 'retort', 'warning', 'plea',
  'promise', 'pledge', 'claim', 'claims', 'description', 'assessment', 'verdict', 'advice', 'motto', 'slogan', 'quip',
]);

/** Punctuation between an owner's words and the quotation (Kaur's comments — “…”). */
const OWNERS_WORDS_PUNCT: ReadonlySet<string> = new Set(['—', '–', ',', ':', '--']);

/** Possessive pronouns, with the subject pronoun that finds the same owner (his office → he). */
const OWNER_PRONOUNS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['its', 'it'], ['their', 'they']]);

/** Verbs by which a subject issues a document (The institute released a report). */
const ISSUING_VERBS: ReadonlySet<string> = new Set([
  'released', 'releases', 'release', 'published', 'publishes', 'issued', 'issues', 'filed', 'files', 'prepared',
  'commissioned', 'produced', 'sent', 'wrote', 'writes', 'tabled', 'submitted', 'delivered', 'posted', 'unveiled',
  'launched', 'compiled', 'authored', 'drafted', 'signed', 'put', 'made', 'brought', 'presented', 'sued',
]);

/** Whether a word ends in a possessive ’s or s’ (the auditor's report, the unions' letter). */
function isPossessiveWord(text: string): boolean {
  return /['’]s$|s['’]$/.test(text);
}

/** Reflexives after a speaker's name (Thompson himself said), which only stress who speaks. */
const REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves']);

/**
 * Heads of definite descriptions of one person (the former judge, the
 * handsome food expert): when no earlier name carries the head as its title,
 * they stand for the person the story is about (see DocumentAttributor.topicPerson).
 */
const PERSON_HEAD = /^(?:expert|veteran|official|leader|chief|head|director|chairman|chairwoman|owner|founder|manager|coach|writer|author|critic|scientist|economist|professor|lawyer|attorney|judge|doctor|physician|executive|\w+ist|\w+ian|year-old)$/;

/** Whether a noun names one person by role or office (leader, spokesperson, critic), not a body. */
function isPersonNoun(lower: string): boolean {
  return !isOrgNoun(lower) && !COMPANY_NOUNS.has(lower) && (PERSON_HEAD.test(lower) || SPOKESPERSON.test(lower) || isTitle(cap(lower)));
}

/** Whether a noun can head a description of a source: a person (the economist), a group (the jurors) or a body (the agency). */
function isSourceHead(lower: string): boolean {
  return PERSON_HEAD.test(lower) || ROLE_NOUNS.test(lower) || SPOKESPERSON.test(lower) || isOrgNoun(lower) || COMPANY_NOUNS.has(lower) || isTitle(cap(lower));
}

/**
 * The stem of a plural noun for the members of a body (jurors → jur,
 * councillors → councill, commissioners → commission), or undefined.
 */
function memberStem(head: string): string | undefined {
  const m = MEMBER_NOUN.exec(head);
  return m ? m[1] : undefined;
}

/** Whether an organisation's name ends in the body a member stem belongs to (jur → Grand Jury). */
function isBodyOf(name: string, stem: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  if (last.startsWith(stem)) return true;
  // councill → council: a doubled consonant before the suffix.
  return stem.length > 3 && stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2) && last.startsWith(stem.slice(0, -1));
}

/** The head noun of a definite description: its last word, or the owner of a document (the council's resolution). */
function descriptionHead(words: readonly Item[]): string {
  const last = words[words.length - 1].lower;
  const owner = words[words.length - 2];
  if (owner && DOCUMENT_NOUNS.has(last) && /['’]s$/.test(owner.lower)) return owner.lower.replace(/['’]s$/, '');
  return last.replace(/['’]s$/, '');
}

/**
 * Whether a sentence reports speech of its own (Jones said he would retire;
 * Jones said that it was over): a reporting verb followed by "that" or a
 * subject pronoun opens the sentence's own reported clause, so the sentence
 * is not the attribution of a quotation before it (“Done.” Ellison said.).
 */
function reportsOwnClause(tokens: readonly Token[], from: number, to: number): boolean {
  let verb = false;
  for (let t = from; t < to; t++) {
    const tok = tokens[t];
    if (tok.kind !== 'word') continue;
    const lower = toLowerFast(tok.text);
    if (verb) return lower === 'that' || (SPEAKER_PRONOUNS.has(lower) && lower !== 'it') || lower === 'i' || lower === 'we';
    verb = tok.text === lower && REPORTING_VERB_FORMS.has(lower);
  }
  return false;
}

/** A lowercase adverb between a subject and its verb (Sprinkel strongly refuted). */
function isAdverb(it: Item): boolean {
  return it.text === it.lower && it.lower.length > 4 && it.lower.endsWith('ly') && !CLAUSE_WORDS.has(it.lower);
}

/**
 * For a subject ending at `j` with a comma, the index just before a
 * relative clause it closes (", who voted against it,"), or -1.
 */
function relativeClauseStart(items: readonly Item[], j: number): number {
  // The clause's closing comma may sit inside a quotation that ends it (…, who urged them to “act now,” said).
  if (items[j]?.text !== ',' && !items[j]?.quote) return -1;
  for (let k = j - 1; k > 0 && j - k <= 2 * MAX_PHRASE_WORDS; k--) {
    const it = items[k];
    // Molvar, who kept repeating that they “please take a stand,” said: a quotation inside the clause is part of it.
    if (it.quote) continue;
    // Inside a sentence a period belongs to an abbreviation or an initial (who met K. when …).
    if (isEnd(it.text) || it.text === ',') {
      if (it.text !== ',' || k + 1 >= j) return -1;
      const w = items[k + 1].lower;
      if (w === 'who' || w === 'which' || w === 'whose') return k - 1;
      // Jake Ellis, a contractor who builds homes, said: an appositive that runs into a relative clause.
      if (DETERMINERS.has(w)) {
        for (let r = k + 2; r < j && r <= k + 5; r++) if (items[r].lower === 'who' || items[r].lower === 'whose') return k - 1;
      }
      return -1;
    }
  }
  return -1;
}

/** Whether item `n` sits inside parentheses within `all`. */
function isInParens(all: readonly Item[], n: number): boolean {
  let depth = 0;
  for (let k = 0; k <= n; k++) {
    if (all[k].text === '(') depth++;
    else if (all[k].text === ')') depth = Math.max(0, depth - 1);
  }
  return depth > 0 || all[n].text === ')';
}

/** "Ellison said:" / "Ellison said," — the words before a quotation introduce it. */
function endsWithIntro(before: readonly Item[]): boolean {
  const last = before[before.length - 1];
  if (last.text === ':') return true;
  return last.text === ',' && before.length >= 2 && REPORTING_VERB_FORMS.has(before[before.length - 2].lower);
}

/** Quoted words that read as a sentence of speech: capitalised, several words, closing punctuation. */
function looksLikeSentence(inner: string): boolean {
  return STARTS_UPPER.test(inner) && ENDS_SPEECH_PUNCT.test(inner) && countWordsUpTo(inner, 4) >= 4 && !isTitleCase(inner);
}

/** How many space-separated words `text` has, counting no further than `limit` (so long quotations cost little). */
function countWordsUpTo(text: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < limit; i++) {
    const c = text.charCodeAt(i);
    const space = c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * Whether a UTF-16 code unit is white space as a regex's `\s` reads it
 * (ECMAScript WhiteSpace and LineTerminator), so words can be cut without
 * running a regex and allocating a match per word.
 */
function isRegexSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Whether a word starts with a capital or a digit (ASCII by its code; anything else by the regex). */
function startsCapitalOrDigit(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return STARTS_UPPER_OR_DIGIT.test(text.slice(from, to));
}

/** Longest quoted title, in words. */
const MAX_TITLE_WORDS = 14;

/** Small words a title leaves lowercase. */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'on', 'in', 'for', 'to', 'at', 'by', 'with', 'from', 'de', 'la', 'vs',
]);

/** A capitalised multi-word name: Treaty on Comprehensive Strategic Partnership. */
function isTitleCase(inner: string): boolean {
  if (ENDS_CLAUSE_PUNCT.test(inner) || !STARTS_UPPER.test(inner)) return false;
  // Word by word, stopping at the first that a title would not have (most quotations stop at their second word).
  let count = 0;
  let capitals = 0;
  const n = inner.length;
  let i = 0;
  for (;;) {
    while (i < n && isRegexSpace(inner.charCodeAt(i))) i++;
    if (i >= n) break;
    const from = i;
    while (i < n && !isRegexSpace(inner.charCodeAt(i))) i++;
    if (++count > MAX_TITLE_WORDS) return false;
    if (startsCapitalOrDigit(inner, from, i)) capitals++;
    else if (!TITLE_SMALL_WORDS.has(toLowerFast(inner.slice(from, i)))) return false;
  }
  return count >= 2 && capitals >= 2;
}

/**
 * Short, no closing punctuation, lowercase unless it opens the sentence:
 * words held at a distance.
 */
function isScare(inner: string, opensSentence: boolean): boolean {
  const count = countWordsUpTo(inner, MAX_SCARE_WORDS + 1);
  if (count === 0 || count > MAX_SCARE_WORDS) return false;
  // Someone addressing someone (“please take a stand,” “we can’t wait”): a phrase with a first- or second-person
  // word or a negated contraction is a speaker's words, not a term held at a distance.
  if (count >= 2 && SPEAKS_TO.test(inner)) return false;
  // A very short phrase inside the writer's sentence stays one whatever its case, even with the sentence's
  // period or comma set inside the marks, as American print does (the “family business.”).
  if (count <= MAX_TERM_WORDS && !opensSentence) return !ENDS_QUESTION_OR_EXCLAMATION.test(inner) && !PUNCT_BEFORE_MORE.test(inner.slice(0, -1));
  return (opensSentence || !STARTS_UPPER.test(inner)) && !ENDS_SENTENCE.test(inner);
}

/** Words only speech uses, as whole words: first and second person, "please", negated contractions. */
const SPEAKS_TO = /(?:^|[^\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|[Ww]e(?:['’](?:re|ve|ll|d))?|[Mm][ey]|[Uu]s|[Oo]ur|[Yy]ou(?:['’](?:re|ve|ll|d)|r)?|[Pp]lease|\p{L}+n['’]t)(?![\p{L}'’])/u;

/** Quoted words this short, with no cue, are a term or a name rather than speech. */
const MAX_TERM_WORDS = 3;

/** A few words without closing punctuation: a phrase, not a sentence of speech. */
function isFragment(inner: string): boolean {
  return countWordsUpTo(inner, 4) <= 3 && !ENDS_SPEECH_PUNCT.test(inner);
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function joinDescription(a: string | undefined, b: string | undefined): string | undefined {
  const first = descriptionPart(a);
  const second = descriptionPart(b);
  if (first === undefined) return second;
  return second === undefined ? first : first + ' ' + second;
}

/** One part of a description: trimmed of spaces and commas; none when empty or a bare determiner. */
function descriptionPart(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  let from = 0;
  let to = s.length;
  while (from < to && (s.charCodeAt(from) === 0x2c || isRegexSpace(s.charCodeAt(from)))) from++;
  while (to > from && (s.charCodeAt(to - 1) === 0x2c || isRegexSpace(s.charCodeAt(to - 1)))) to--;
  if (from === to) return undefined;
  const part = from === 0 && to === s.length ? s : s.slice(from, to);
  return DETERMINERS.has(toLowerFast(part)) ? undefined : part;
}

/** The last word item before token `t`. */
function prevWordBefore(words: readonly Item[], t: number): Item | undefined {
  let found: Item | undefined;
  for (const w of words) {
    if (w.t >= t) break;
    if (w.text !== ',') found = w;
  }
  return found;
}

/** The run whose first token (title included) is `t`. Runs are few per block; binary search keeps it cheap. */
function runAt(runs: readonly NameRun[], t: number): NameRun | undefined {
  const r = search(runs, t);
  return r && r.titleFirst <= t && t <= r.first ? r : undefined;
}

/** Whether token `t` lies inside a name run, after its first word (the "and" of Fisheries and Oceans Canada). */
function insideRun(runs: readonly NameRun[], t: number): boolean {
  const r = search(runs, t);
  return r !== undefined && r.first < t && t < r.end;
}

/** The run whose last token is `t`. */
function runEndingAt(runs: readonly NameRun[], t: number): NameRun | undefined {
  const r = search(runs, t);
  return r && r.end - 1 === t ? r : undefined;
}

/**
 * How many of the ascending `values` are below `limit` (or at it, when
 * `inclusive`): a binary search over numbers, written out without a
 * predicate closure, which would be one allocation per call (one per
 * quotation and per mention looked up).
 */
function countBelow(values: ArrayLike<number>, limit: number, inclusive: boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < limit || (inclusive && values[mid] === limit)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last run starting (title included) at or before token `t`. */
function search(runs: readonly NameRun[], t: number): NameRun | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  let found: NameRun | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].titleFirst <= t) {
      found = runs[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

// --- The document pass --------------------------------------------------------------

/** Heads of descriptions that stand for the organisation named last (the company said). */
const COMPANY_NOUNS: ReadonlySet<string> = new Set([
  'company', 'firm', 'corporation', 'union', 'airline', 'bank', 'retailer', 'chain', 'insurer', 'carrier', 'automaker',
  'grocer', 'publisher', 'developer', 'manufacturer', 'utility', 'broadcaster', 'league', 'club', 'team', 'charity',
  // Public bodies, when the name before says nothing of what they are (Statistics Canada … the agency said).
  'agency', 'ministry', 'department', 'organization', 'organisation', 'group', 'association', 'commission',
  'authority', 'regulator', 'watchdog', 'institute', 'coalition', 'council', 'committee', 'unit',
]);

/** A continuation of the last speaker: resolved in the document pass. */
function continuationRef(): Found {
  return { ref: { type: 'continuation' }, cue: 'continuation', confidence: 0.7, kind: 'unknown' };
}

/** A block's attribution, remembered on the block with the quotation layout it was computed for. */
interface BlockMemo {
  bounds: readonly LocalBounds[];
  block: AnalyzedBlock;
  /** Names outside the block's quotations. */
  mentions: readonly LocalMention[];
  /**
   * The block pass itself is not kept (what it leaves behind is small and
   * long-lived, it is not); the rare questions only it can answer rebuild it.
   */
  lastSentence?: { found: Found | undefined };
  /**
   * What the block decides about each quotation, index for index with
   * `bounds` (`undefined` for one that opened in an earlier paragraph): a
   * block has few quotations, so a scan of `bounds` finds one without a map
   * per block.
   */
  quotes: readonly (LocalQuote | undefined)[];
}

/**
 * The block pass for `block` given its quotations (chunk-relative), reused
 * while the block and the layout of its quotations are unchanged.
 */
function blockAttribution(block: AnalyzedBlock, bounds: readonly LocalBounds[], placed?: Placed): BlockMemo {
  const holder = placed?.holder ?? memoHolder(block);
  if (holder.memo && sameBounds(holder.memo.bounds, bounds)) return holder.memo;
  const mentions = mentionsOutside(placed?.mentions ?? blockMentions(block), bounds);
  if (bounds.length === 0) {
    holder.memo = { bounds, block, mentions, quotes: NO_LOCAL_QUOTES };
    return holder.memo;
  }
  const attributor = placed ? new BlockAttributor(block, bounds, placed.runs, placed.cues) : new BlockAttributor(block, bounds);
  const quotes: (LocalQuote | undefined)[] = new Array(bounds.length);
  for (let k = 0; k < bounds.length; k++) quotes[k] = Number.isNaN(bounds[k].start) ? undefined : attributor.analyse(bounds[k]);
  holder.memo = { bounds, block, mentions, quotes };
  return holder.memo;
}

/** The slot of a block's {@link BlockMemo}, kept with the block. */
interface MemoHolder {
  memo: BlockMemo | undefined;
}

/** The block's {@link MemoHolder}. */
function memoHolder(block: AnalyzedBlock): MemoHolder {
  return perBlock(block, 'attribution/block', newMemoHolder);
}

/** An empty slot for a block's {@link BlockMemo} (a named function: no closure made per block). */
function newMemoHolder(): MemoHolder {
  return { memo: undefined };
}

/** The speaker the last sentence of a memoised block names (the block pass is rebuilt once, then remembered). */
function lastSentenceOf(memo: BlockMemo | undefined): Found | undefined {
  if (!memo) return undefined;
  memo.lastSentence ??= { found: new BlockAttributor(memo.block, memo.bounds).lastSentenceSpeaker() };
  return memo.lastSentence.found;
}

/** Whether two quotation layouts are the same (NaN, a mark in another paragraph, equals NaN). */
function sameBounds(a: readonly LocalBounds[], b: readonly LocalBounds[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    if (!Object.is(a[k].start, b[k].start) || !Object.is(a[k].innerEnd, b[k].innerEnd) || !Object.is(a[k].end, b[k].end)) return false;
  }
  return true;
}

/** The results of a block without quotations. */
const NO_LOCAL_QUOTES: readonly (LocalQuote | undefined)[] = Object.freeze([]);

/** What a memoised block decided about its quotation opening at chunk-relative `start`, if any. */
function localQuoteAt(memo: BlockMemo | undefined, start: number): LocalQuote | undefined {
  if (!memo) return undefined;
  // From the end, as a map filled in order would answer (starts are distinct anyway).
  for (let k = memo.bounds.length - 1; k >= 0; k--) if (memo.bounds[k].start === start) return memo.quotes[k];
  return undefined;
}

/** A block without quotations. */
const NO_BOUNDS: readonly LocalBounds[] = Object.freeze([]);

/**
 * The document's blocks in order, after running the per-block scans the
 * quotation rules share (cue tokens, names, indirect speech) block after
 * block, once per check. Each scan is memoised on its block, so this changes
 * no result: it reads each block's tokens once, while they are in the
 * processor's cache, instead of coming back to every block's (by then
 * evicted) tokens and block objects in several passes over the document.
 *
 * `visit`, if given, is called with each block in order (and the list so
 * far) right after its scans, so a caller that walks the blocks anyway (the
 * quotation scanner) does its work on a block while the block is at hand;
 * when the scans were already done for this document, it is called for
 * every block afterwards.
 */
export function scanBlocks(doc: Document, visit?: (blocks: readonly Placed[], b: number) => void): readonly Placed[] {
  let fresh = false;
  const blocks = perDocument(doc, 'attribution/blocks', () => {
    fresh = true;
    const placed: Placed[] = [];
    for (const chunk of doc.chunks) {
      for (const block of chunk.blocks) {
        const cues = markTokens(block);
        const runs = findNames(block);
        const at: Placed = {
          block,
          base: chunk.base,
          from: chunk.base + block.start,
          cues,
          indirect: findIndirect(block),
          runs,
          mentions: blockMentions(block),
          holder: memoHolder(block),
        };
        placed.push(at);
        // A block without quotation marks has no quotation of its own to attribute: its block pass (its names
        // outside quotations: all of them) is settled now, while its tokens are at hand, not in another pass.
        if (cues.marks.length === 0) blockAttribution(block, NO_BOUNDS, at);
        if (visit) visit(placed, placed.length - 1);
      }
    }
    return placed;
  });
  if (visit && !fresh) for (let b = 0; b < blocks.length; b++) visit(blocks, b);
  return blocks;
}

/**
 * The block pass of a block whose quotations all open and close in it
 * (`quotes` from index `first`: those found in the block, in the order
 * found), run while the quotation scanner has the block at hand. It computes
 * the same layout {@link DocumentAttributor} will ask for (the outermost
 * quotations, in document order), so the document pass then finds the
 * block's attribution remembered; were the layouts ever to differ, the
 * document pass would just compute it again.
 */
export function attributeBlockEarly(placed: Placed, quotes: readonly Quotation[], first: number): void {
  // Found in the order they close: already in document order unless one encloses another (rare), so a block's
  // quotations are sorted (into a copy) only then.
  let sorted = true;
  for (let k = first + 1; k < quotes.length && sorted; k++) sorted = inDocumentOrder(quotes[k - 1], quotes[k]) < 0;
  const mine = sorted ? quotes : quotes.slice(first).sort(inDocumentOrder);
  const base = placed.base;
  // Nothing else is open around these (the block starts and ends with no quotation open), so the depths
  // among them are their depths in the document: one stack of end offsets gives them (a shared scratch list,
  // `open` entries deep). The outermost are gathered in a scratch list too, and kept (with the block's
  // attribution) as a list of exactly their number.
  let open = 0;
  let outermost = 0;
  for (let k = sorted ? first : 0; k < mine.length; k++) {
    const q = mine[k];
    while (open > 0 && openEnds[open - 1] <= q.start) open--;
    if (open === 0) outerBounds[outermost++] = { start: q.start - base, innerEnd: q.innerEnd - base, end: q.end - base };
    openEnds[open++] = q.end;
  }
  blockAttribution(placed.block, outerBounds.slice(0, outermost), placed);
}

/** The scratch lists of {@link attributeBlockEarly}. */
const openEnds: number[] = [];
const outerBounds: LocalBounds[] = [];

/** Quotations in document order, an enclosing one before those inside it (as the quotation finder sorts them). */
function inDocumentOrder(a: Quotation, b: Quotation): number {
  return a.start - b.start || b.end - a.end;
}

/** A block in document order. */
export interface Placed {
  block: AnalyzedBlock;
  base: number;
  /** Document offset of the block's first source character. */
  from: number;
  /** The block's quotation marks and other cue tokens (see `mark-tokens.ts`). */
  cues: MarkTokens;
  /** The block's indirect speech (see `indirect.ts`). */
  indirect: readonly LocalIndirect[];
  /** The block's name runs (see `speakers.ts`). */
  runs: readonly NameRun[];
  /** Every name in the block (see {@link blockMentions}). */
  mentions: readonly LocalMention[];
  /** Where the block's attribution is remembered (see {@link blockAttribution}). */
  holder: MemoHolder;
}

/** A name or description remembered in the document pass, in document offsets. */
interface Mention {
  start: number;
  end: number;
  text: string;
  kind: NameKind;
}

/**
 * The document pass: puts the blocks' results in document order and
 * resolves their references — surnames to full names, pronouns to their
 * antecedents, descriptions to the names they stand for, continuations to
 * the last speaker. Work per quotation is bounded, and per name it is one
 * array push, so a re-check after an edit costs little beyond the edited
 * block.
 */
class DocumentAttributor {
  private readonly blocks: readonly Placed[];
  private readonly memos: BlockMemo[];
  /** Names outside quotations in document order: the block's mention, its block index. */
  private readonly mentions: LocalMention[] = [];
  private readonly mentionBlock: number[] = [];
  /**
   * Each mention's document offset, kept in one list of numbers: the binary
   * searches over mentions then read no mention or block object.
   */
  private readonly mentionStarts: number[] = [];
  /** Each block's `from`, likewise, for {@link blockAt}. */
  private readonly blockFroms: Float64Array;
  private mentionCursor = 0;
  /** Surname (and first name) → the full name first used for it. */
  private readonly fullNames = new Map<string, Mention>();
  /** The gender a he or she resolved to a person gave that person's name, for later pronouns. */
  private readonly genders = new Map<string, Gender>();
  /** Descriptions resolved or remembered (the mayor said …), latest per kind, for later pronouns. */
  private lastPerson: Mention | undefined;
  private lastOrg: Mention | undefined;
  private lastAny: Mention | undefined;
  /** The last quotation of speech with a speaker: its speaker and the block where it ends. */
  private lastSpeech: { speaker: ClaimSpeaker; kind: NameKind; endBlock: number; confidence: number } | undefined;

  constructor(
    private readonly doc: Document,
    private readonly quotes: readonly Quotation[],
  ) {
    this.blocks = scanBlocks(doc);
    // One memo per block: the list is made at its final length rather than grown push by push.
    this.memos = new Array(this.blocks.length);
    this.blockFroms = new Float64Array(this.blocks.length);
    for (let b = 0; b < this.blocks.length; b++) this.blockFroms[b] = this.blocks[b].from;
    this.runBlocks();
  }

  /** Index of the block holding document offset `offset` (-1 before the first). */
  private blockAt(offset: number): number {
    return countBelow(this.blockFroms, offset, true) - 1;
  }

  /** Hands each block its quotations, runs (or reuses) its block pass, and gathers its names. */
  private runBlocks(): void {
    // Indexed by block; most blocks have no quotation and keep no list.
    const perBlockBounds: (LocalBounds[] | undefined)[] = new Array(this.blocks.length);
    const add = (b: number, q: LocalBounds): void => {
      const list = perBlockBounds[b];
      if (list) list.push(q);
      else perBlockBounds[b] = [q];
    };
    /** Blocks wholly inside a quotation that runs over several paragraphs: their names are quoted. */
    const insideQuote = new Set<number>();
    for (const q of this.quotes) {
      if (q.depth !== 0) continue;
      const ob = this.blockAt(q.start);
      const cb = this.blockAt(q.innerEnd);
      if (ob < 0 || cb < 0) continue;
      const base = this.blocks[ob].base;
      if (ob === cb) {
        add(ob, { start: q.start - base, innerEnd: q.innerEnd - base, end: q.end - base });
        continue;
      }
      add(ob, { start: q.start - base, innerEnd: NaN, end: NaN });
      const cbase = this.blocks[cb].base;
      add(cb, { start: NaN, innerEnd: q.innerEnd - cbase, end: q.end - cbase });
      for (let k = ob + 1; k < cb; k++) insideQuote.add(k);
    }
    for (let b = 0; b < this.blocks.length; b++) {
      const memo = blockAttribution(this.blocks[b].block, perBlockBounds[b] ?? NO_BOUNDS, this.blocks[b]);
      this.memos[b] = memo;
      if (insideQuote.has(b)) continue;
      const base = this.blocks[b].base;
      for (const m of memo.mentions) {
        this.mentions.push(m);
        this.mentionBlock.push(b);
        this.mentionStarts.push(base + m.start);
      }
    }
  }

  /** Index of the last mention starting before `offset`, or -1. */
  private mentionBefore(offset: number): number {
    return countBelow(this.mentionStarts, offset, false) - 1;
  }

  /** Mention `i` in document offsets. */
  private mentionAt(i: number): Mention {
    const m = this.mentions[i];
    const base = this.blocks[this.mentionBlock[i]].base;
    return { start: base + m.start, end: base + m.end, text: m.text, kind: m.kind };
  }

  /** A one-word name that ends a full name used before is that person (Moritz → Eldon Moritz). */
  private fullOf(m: LocalMention): Mention | undefined {
    return m.text.includes(' ') || m.kind === 'org' ? undefined : this.fullName(m.text);
  }

  /**
   * What a pronoun at `offset` refers to: the nearest compatible name before
   * it that stands as a subject (the usual topic of the next sentences), or
   * stands earlier in the pronoun's own sentence, else the nearest
   * compatible name at all, within a few paragraphs.
   */
  private antecedent(offset: number, wants: 'person' | 'org' | 'any' | undefined, block: number, sentence: number, gender?: Gender): number {
    let fallback = -1;
    let unknownFallback = -1;
    const from = this.mentionBefore(offset);
    for (let i = from; i >= 0 && from - i < MAX_LOOKBACK; i--) {
      const mb = this.mentionBlock[i];
      if (mb < block - PRONOUN_BLOCKS) break;
      // A compatible name in the pronoun's own paragraph beats a subject of an earlier one (… Ace Driver Stirling Moss, 31, smothered himself …. “…,” he announced).
      if (mb < block && fallback >= 0 && this.mentionBlock[fallback] === block && !this.mentions[fallback].possessive) return fallback;
      const m = this.mentions[i];
      const place = placeOf(m);
      if (place.modifier) continue;
      // A one-word name of unknown kind counts only when it speaks (Sprinkel said), not when it merely opens a sentence.
      // (Dev Patel, a body only by the case of its first word, is a person to "he".)
      const known = this.fullOf(m) || (wants === 'person' && m.run.caseBody && place.subject) ? 'person' : m.kind;
      // (So does one the text gives a gender: His daughter, Fiona, …)
      const kind = known === 'unknown' && (place.speaks || (wants !== 'org' && kinGender(m.block.tokens, m.run, place.role) !== null)) ? (wants === 'any' ? 'person' : wants) : known;
      let fits = wants === 'person' ? kind === 'person' : wants === 'org' ? kind === 'org' : kind === 'person' || kind === 'org';
      // she said, after a sentence about Tom Reyes and his shop: a person the text calls a man is not "she" —
      // nor one an earlier he already stood for.
      if (fits && gender !== undefined && kind === 'person') {
        const g = genderOf(m) ?? this.genders.get((this.fullOf(m) ?? m.run).text);
        if (g !== undefined && g !== null && g !== gender) continue;
      }
      if (!fits) {
        // A one-word subject of unknown kind (Mitchell was angry.) is a last resort.
        // … except a subject acting in the pronoun's own paragraph (Frankie was glutted with ideas, as he had
        // hinted; Jones met Gov. Price Daniel. “…,” he said), which is a person as surely as a name in passing.
        if (kind === 'unknown' && place.subject && wants === 'person' && mb === block && !m.possessive && verbFollows(m.block.tokens, m.run.end - 1)) return i;
        if (kind === 'unknown' && place.subject && fallback < 0 && unknownFallback < 0) unknownFallback = i;
        continue;
      }
      if (place.subject || (mb === block && place.sentence === sentence && !m.possessive && !objectOfPreposition(m))) return i;
      if (fallback < 0) fallback = i;
    }
    return fallback >= 0 ? fallback : wants === 'person' ? unknownFallback : -1;
  }

  /**
   * What a definite description (the sheriff, the jury, the assistant
   * secretary) refers to: the nearest earlier name whose title or appositive
   * has the description's head noun, or an organisation whose name ends in it.
   */
  private described(head: string, offset: number): number {
    const from = this.mentionBefore(offset);
    // The jurors, the councillors: members of a body named before (the Grand Jury, the City Council) speak for it.
    const stem = memberStem(head);
    let body = -1;
    for (let i = from; i >= 0 && from - i < MAX_DESCRIBED_LOOKBACK; i--) {
      const m = this.mentions[i];
      if (placeOf(m).role.includes(head)) return i;
      if (m.kind === 'org' && toLowerFast(m.text).endsWith(' ' + head)) return i;
      if (stem && body < 0 && m.kind === 'org' && isBodyOf(m.text, stem)) body = i;
    }
    return body;
  }

  /**
   * The person a story is about at `offset`: the nearest person named before
   * it, within a few paragraphs, who stands as a subject or speaks (said the
   * former judge → the judge introduced as the subject before), or -1.
   */
  private topicPerson(offset: number, block: number): number {
    this.advanceTo(offset);
    return this.recentMention(offset, block, (m) => {
      if (m.possessive || (this.fullOf(m) ? 'person' : m.kind) !== 'person') return false;
      const place = placeOf(m);
      return place.subject || place.speaks;
    });
  }

  /**
   * Who issued the document a definite description names (the report, the
   * lawsuit): the nearest name before `offset`, within a few paragraphs, in a
   * sentence that mentions that document, as the sentence's subject (The
   * Fraser Institute released a report) or after "by" (a lawsuit filed by
   * the union), or -1.
   */
  private documentOwner(noun: string, offset: number, block: number): number {
    this.advanceTo(offset);
    return this.recentMention(offset, block, (m) => {
      if (m.possessive || m.kind === 'place') return false;
      const tokens = m.block.tokens;
      const s = sentenceAt(m.block, m.run.first);
      if (s < 0) return false;
      let k = nextNonSpace(tokens, m.run.titleFirst, -1);
      if (tokens[k]?.text === 'the') k = nextNonSpace(tokens, k, -1);
      const by = tokens[k]?.text === 'by';
      if (!by && !placeOf(m).subject) return false;
      const { firstToken, endToken } = m.block.sentences[s];
      // The subject issued it only through a verb of issuing (released a report), not by citing one
      // (pointed to a report); and never someone else's (an auditor's report).
      let issued = by;
      for (let k = firstToken; k < endToken; k++) {
        const t = tokens[k];
        if (!by && k >= m.run.end && ISSUING_VERBS.has(t.text)) issued = true;
        if (t.text !== noun) continue;
        const before = nextNonSpace(tokens, k, -1);
        return issued && !(before >= 0 && isPossessiveWord(tokens[before].text));
      }
      return false;
    });
  }

  /**
   * The person a lede's indefinite description (A federal judge blocked …)
   * stands for: the first name after `offset`, in its paragraph or the next
   * two, whose title or appositive has the description's head (U.S. District
   * Judge Karen Whitlow), or -1.
   */
  private namedLater(head: string, offset: number, block: number): number {
    const from = this.mentionBefore(offset);
    for (let i = from + 1; i < this.mentions.length && i - from <= MAX_LOOKBACK; i++) {
      if (this.mentionBlock[i] > block + 2) break;
      const m = this.mentions[i];
      if (!m.possessive && m.kind === 'person' && placeOf(m).role.includes(head)) return i;
    }
    return -1;
  }

  /** The nearest organisation named before `offset`, within a few paragraphs, or -1. */
  private lastOrganisation(offset: number): number {
    const from = this.mentionBefore(offset);
    return this.recentMention(offset, from >= 0 ? this.mentionBlock[from] : 0, (m) => m.kind === 'org' && !m.possessive);
  }

  /**
   * The nearest mention before `offset` that `wanted` accepts, among the
   * last {@link MAX_LOOKBACK} and no more than {@link PRONOUN_BLOCKS}
   * paragraphs before block `block`, or -1.
   */
  private recentMention(offset: number, block: number, wanted: (m: LocalMention) => boolean): number {
    const from = this.mentionBefore(offset);
    for (let i = from; i >= 0 && from - i < MAX_LOOKBACK; i--) {
      if (this.mentionBlock[i] < block - PRONOUN_BLOCKS) break;
      if (wanted(this.mentions[i])) return i;
    }
    return -1;
  }

  /** Whether a one-word name at `start` is the surname of a person named in full before it. */
  private isKnownSurname(word: string, start: number): boolean {
    this.advanceTo(start);
    const full = this.fullNames.get(word);
    return full !== undefined && full.start < start && full.text.endsWith(' ' + word);
  }

  /** The full name a surname or a first name (or its familiar form: Frankie for Frank) stands for, if known. */
  private fullName(word: string): Mention | undefined {
    const full = this.fullNames.get(word);
    if (full) return full;
    const base = familiarBase(word);
    return base ? this.fullNames.get(base) : undefined;
  }

  /** Takes in every name before `offset` (only ever moves forward), learning full names. */
  private advanceTo(offset: number): void {
    while (this.mentionCursor < this.mentions.length && this.mentionStarts[this.mentionCursor] < offset) {
      const m = this.mentions[this.mentionCursor];
      if (m.lastWord !== undefined && m.firstWord !== undefined) {
        const at = this.mentionAt(this.mentionCursor);
        const known = this.fullNames.get(m.lastWord);
        // A surname keeps the most recent full name; a first name only fills a gap (Kim Jong Un → Kim).
        this.fullNames.set(m.lastWord, at);
        if ((!known || known.text !== m.text) && !this.fullNames.has(m.firstWord)) this.fullNames.set(m.firstWord, at);
      }
      this.mentionCursor++;
    }
  }

  /** A short question with no quotation and no name in it: an interviewer's, between two answers. */
  private isQuietParagraph(b: number): boolean {
    const memo = this.memos[b];
    const block = this.blocks[b].block;
    let last = block.tokens.length - 1;
    while (last >= 0 && block.tokens[last].kind === 'space') last--;
    return (
      memo.bounds.length === 0 &&
      memo.mentions.every((m) => m.kind !== 'person' && m.kind !== 'org') &&
      block.sentences.length <= 2 &&
      block.tokens.length <= 60 &&
      // A question: narration between two quotations (The ferry changes in May.) does break the continuation.
      last >= 0 &&
      block.tokens[last].text === '?'
    );
  }

  /** Notes a description ("the mayor") as the latest antecedent of its kind. */
  private rememberDescribed(m: Mention): void {
    if (m.kind === 'person') this.lastPerson = m;
    else if (m.kind === 'org') this.lastOrg = m;
    if (m.kind === 'person' || m.kind === 'org') this.lastAny = m;
  }

  run(): AttributedClaim[] {
    return this.quotes.map((q, k) => this.attribute(q, k));
  }

  private attribute(q: Quotation, k: number): AttributedClaim {
    // Each claim is made once, as one literal with all its fields (in the order id, kind, start, end, text, cue,
    // confidence, speaker): fields added to an object afterwards would each check cost a separate store for
    // them, kept as long as the claims are.
    const id = `q${k + 1}`;
    const text = this.doc.text.slice(q.innerStart, q.innerEnd);
    if (q.depth !== 0) return { id, kind: 'nested-quote', start: q.start, end: q.end, text };
    const ob = this.blockAt(q.start);
    const local = ob >= 0 ? localQuoteAt(this.memos[ob], q.start - this.blocks[ob].base) : undefined;
    if (!local) return { id, kind: 'quote', start: q.start, end: q.end, text };
    const kind = local.kind;
    if (kind === 'title' || kind === 'scare') return { id, kind, start: q.start, end: q.end, text };
    this.advanceTo(q.start);
    const cb = local.crossBlock ? this.blockAt(q.innerEnd) : ob;
    let found: Found | undefined;
    if (local.crossBlock) {
      const memo = this.memos[cb];
      const after = memo ? new BlockAttributor(memo.block, memo.bounds).afterClosing(q.innerEnd - this.blocks[cb].base) : undefined;
      if (after) found = this.resolve(after, cb, cb);
    }
    // A quotation ending its paragraph may be signed off in the next (“…” ¶ — Mayor Jane Roe): that names
    // the speaker more surely than a guess from the sentence or paragraph before.
    if (!found && (!local.found || local.found.confidence < SIGN_OFF_CONFIDENCE)) {
      const signed = this.signOffAfter(q, cb);
      if (signed) found = this.resolve(signed, cb + 1, cb + 1);
    }
    // … or named at the start of the next (“…,” said ¶ Ewan Fitch. / “…” ¶ That is how Leah Brandt put it.), which
    // beats taking the last speaker or the paragraph before.
    if (!found && (!local.found || local.found.cue === 'context' || local.found.cue === 'continuation')) {
      const opening = this.openingAfter(q, cb);
      if (opening) found = this.resolve(opening, cb + 1, cb + 1);
    }
    if (!found && local.found) found = this.resolve(local.found, ob, cb);
    // A headline's description (“…,” says Winnipeg shelter director; Mayor says …) stands for the person the story
    // goes on to name first.
    if (found?.speaker && ob === 0 && found.speaker.mentions.every((m) => m.via === 'description') && isHeadline(this.blocks[0].block)) {
      const lede = this.ledePerson();
      if (lede) {
        const { speaker } = found;
        found = {
          speaker: { name: lede.text, description: speaker.name, mentions: [...speaker.mentions, { start: lede.start, end: lede.end, text: lede.text, via: 'name' }] },
          cue: found.cue,
          confidence: found.confidence - 0.1,
          kind: 'person',
        };
      }
    }
    // A guess from the sentence's subject that names nobody (he, with no one named before) attributes nothing.
    if (found && !found.speaker && found.cue === SUBJECT_CUE) found = undefined;
    if (!found) return { id, kind, start: q.start, end: q.end, text };
    const { cue, confidence, speaker } = found;
    if (!speaker) return { id, kind, start: q.start, end: q.end, text, cue, confidence };
    this.lastSpeech = { speaker, kind: found.kind, endBlock: cb, confidence };
    return { id, kind, start: q.start, end: q.end, text, cue, confidence, speaker };
  }

  /** The first person named in the two paragraphs after a headline (its dek and its lede), full name first. */
  private ledePerson(): Mention | undefined {
    for (let i = 0; i < this.mentions.length && this.mentionBlock[i] <= 2; i++) {
      const m = this.mentions[i];
      if (this.mentionBlock[i] === 0 || m.possessive || m.kind !== 'person') continue;
      return this.mentionAt(i);
    }
    return undefined;
  }

  /** Resolves a block pass's reference, found in block `b`, for a quotation ending in block `endBlock`. */
  private resolve(found: Found, b: number, endBlock: number): Found | undefined {
    const ref = found.ref;
    if (!ref) return found;
    const base = this.blocks[b].base;
    switch (ref.type) {
      case 'name':
        return this.resolveName(found, ref.start + base, ref.end + base, ref.text, ref.nameStart, ref.description);
      case 'pronoun':
        return this.resolvePronoun(found, ref.start + base, ref.end + base, ref.text, b, ref.sentence);
      case 'description':
        return this.resolveDescription(found, ref.start + base, ref.end + base, ref.text, ref.head, b);
      case 'continuation':
        return this.continuation(b);
      case 'context': {
        const prev = b > 0 ? lastSentenceOf(this.memos[b - 1]) : undefined;
        const resolved = prev ? this.resolve(prev, b - 1, endBlock) : undefined;
        return resolved ?? this.continuation(b);
      }
    }
  }

  /**
   * A body named by a possessive alone (St. Brendan's for St. Brendan's
   * Hospital): the nearest earlier name that starts with it, else the name
   * without its ’s.
   */
  private resolveElliptical(found: Found, start: number, end: number, text: string, description: string | undefined): Found {
    this.advanceTo(start);
    const from = this.mentionBefore(start);
    let name = text.slice(0, -2);
    for (let i = from; i >= 0 && from - i < MAX_DESCRIBED_LOOKBACK; i--) {
      const m = this.mentions[i];
      if (m.text.length > text.length && m.text.startsWith(text) && m.text.charCodeAt(text.length) === 0x20) {
        name = m.text;
        break;
      }
    }
    return { speaker: { name, description, mentions: [{ start, end, text, via: 'name' }] }, cue: found.cue, confidence: found.confidence, kind: 'org' };
  }

  /** A name: a lone surname becomes the full name used before. */
  private resolveName(found: Found, start: number, end: number, text: string, nameStart: number, description: string | undefined): Found {
    // A title alone (the President said) is a description of someone named before — unless it is the surname of
    // someone named before (Chief Wilfred King … King said).
    if (isTitle(text) && !this.isKnownSurname(text, start)) return this.resolveDescription({ ...found, confidence: found.confidence - 0.1, kind: 'person' }, start, end, text, text.toLowerCase());
    const mentions: SpeakerMention[] = [{ start, end, text, via: 'name' }];
    let name = text;
    // A place named by its possessive alone (a spokesperson for St. Brendan's): the full name given before.
    if (/['’]s$/.test(text)) return this.resolveElliptical(found, start, end, text, description);
    let kind = found.kind;
    // Leatherneck Shoup: a surname after words that describe the person is a surname too (the run may read as a
    // body's name, like Statistics Canada; only a person's full name given before makes it a surname).
    const single = nameStart > 0 && text.indexOf(' ', nameStart) < 0;
    if (!text.includes(' ') || single) {
      this.advanceTo(start);
      const key = single ? text.slice(nameStart) : text;
      const full = this.fullName(key);
      if (full && full.start < start) {
        name = full.text;
        kind = 'person';
        mentions[0].via = 'surname';
        mentions.push({ start: full.start, end: full.end, text: full.text, via: 'name' });
        if (description === undefined) description = this.lastSpeech?.speaker.name === name ? this.lastSpeech.speaker.description : undefined;
      } else if (kind === 'unknown') {
        // The subject of a reporting verb is someone who speaks: a person unless it looks like an organisation.
        kind = 'person';
      }
    }
    const speaker: ClaimSpeaker = { name, mentions };
    if (description) speaker.description = description;
    return { speaker, cue: found.cue, confidence: found.confidence, kind };
  }

  /** he/she → a person named before; it → an organisation; they → either. */
  private resolvePronoun(found: Found, start: number, end: number, text: string, b: number, sentence: number): Found {
    this.advanceTo(start);
    // his office, its statement: the owner's pronoun stands for the owner.
    const lower = OWNER_PRONOUNS.get(text.toLowerCase()) ?? text.toLowerCase();
    const wants = SPEAKER_PRONOUNS.get(lower);
    const lastSpeaker = this.lastSpeech;
    const i = this.antecedent(start, wants, b, sentence, lower === 'he' ? 'm' : lower === 'she' ? 'f' : undefined);
    let antecedent: Mention | undefined = i >= 0 ? this.mentionAt(i) : undefined;
    let full: Mention | undefined = i >= 0 ? this.fullOf(this.mentions[i]) : undefined;
    let kind: NameKind = antecedent ? (full ? 'person' : antecedent.kind) : 'unknown';
    // A description remembered since (the mayor said …; he added) is the nearer antecedent.
    const describedSince = wants === 'person' ? this.lastPerson : wants === 'org' ? this.lastOrg : this.lastAny;
    if (describedSince && describedSince.start < start && (!antecedent || describedSince.start > antecedent.start)) {
      antecedent = describedSince;
      full = undefined;
      kind = describedSince.kind;
    }
    // A title alone (the President … he said) stands for the name given with it before.
    if (antecedent && !full && isTitle(antecedent.text)) {
      const i = this.described(antecedent.text.toLowerCase(), antecedent.start);
      if (i >= 0) {
        antecedent = this.mentionAt(i);
        full = this.fullOf(this.mentions[i]);
      }
    }
    let speaker: ClaimSpeaker | undefined;
    if (antecedent) {
      const named = full ?? (antecedent.text.includes(' ') ? antecedent : this.fullName(antecedent.text) ?? antecedent);
      if ((lower === 'he' || lower === 'she') && !this.genders.has(named.text)) this.genders.set(named.text, lower === 'he' ? 'm' : 'f');
      speaker = { name: named.text, mentions: [{ start, end, text, via: 'pronoun' }, { start: antecedent.start, end: antecedent.end, text: antecedent.text, via: 'name' }] };
      if (lastSpeaker && lastSpeaker.speaker.name === named.text && lastSpeaker.speaker.description) {
        speaker.description = lastSpeaker.speaker.description;
      }
    }
    return { speaker, cue: found.cue, confidence: speaker ? found.confidence : 0.3, kind };
  }

  /** A description: the name it stands for when one was given before, else the description itself. */
  private resolveDescription(found: Found, start: number, end: number, text: string, head: string | undefined, b = -1): Found {
    // A federal judge (in a lede, named in the paragraphs after it): an indefinite description is someone new.
    const indefinite = INDEFINITE.test(text);
    let i = head && !indefinite ? this.described(head, start) : -1;
    if (head && indefinite && b >= 0 && b < LEDE_BLOCKS) i = this.namedLater(head, start, b);
    // The company, the union: the organisation named last, a few paragraphs back at most.
    if (i < 0 && head && !indefinite && COMPANY_NOUNS.has(head)) i = this.lastOrganisation(start);
    // The report, the lawsuit: the body or person that issued it (… released a report; … filed by the union).
    if (i < 0 && head && b >= 0 && DOCUMENT_NOUNS.has(head) && /^the\s/i.test(text)) i = this.documentOwner(head, start, b);
    // The former judge, the handsome food expert: a description of the person the story is about.
    // A bare title (the mayor) names an office, likely someone else; modifiers (the former judge) re-describe someone known.
    if (i < 0 && head && !indefinite && b >= 0 && found.kind !== 'org' && (PERSON_HEAD.test(head) || found.kind === 'person') && (!isTitle(cap(head)) || /\s\S+\s/.test(text))) {
      i = this.topicPerson(start, b);
    }
    if (i >= 0) {
      const m = this.mentionAt(i);
      const named = this.fullOf(this.mentions[i]) ?? m;
      const kind: NameKind = m.kind === 'org' ? 'org' : 'person';
      // Later pronouns (it recommended, he added) refer to what the description named.
      this.rememberDescribed({ start, end, text: named.text, kind });
      return {
        speaker: { name: named.text, description: text, mentions: [{ start, end, text, via: 'description' }, { start: m.start, end: m.end, text: m.text, via: 'name' }] },
        cue: found.cue,
        confidence: found.confidence - 0.05,
        kind,
      };
    }
    if (found.kind !== 'unknown') this.rememberDescribed({ start, end, text, kind: found.kind });
    return { speaker: { name: text, mentions: [{ start, end, text, via: 'description' }] }, cue: found.cue, confidence: found.confidence, kind: found.kind };
  }

  /** A quotation opening its sentence with no cue continues the last speaker of this or the previous paragraph. */
  /**
   * The sign-off paragraph after quotation `q`, when `q` ends its paragraph
   * `cb` (nothing but marks after it) and the next paragraph is a sign-off
   * (see {@link BlockAttributor.signOffParagraph}).
   */
  private signOffAfter(q: Quotation, cb: number): Found | undefined {
    const next = this.blocks[cb + 1];
    const here = this.blocks[cb];
    if (!next || !here) return undefined;
    const first = next.block.tokens.find((t) => t.kind !== 'space');
    if (!first || !SIGN_OFF_DASHES.has(first.text)) return undefined;
    const tokens = here.block.tokens;
    for (let t = tokens.length - 1; t >= 0 && here.base + tokens[t].sourceStart >= q.end; t--) {
      if (tokens[t].kind !== 'space' && tokens[t].kind !== 'punct') return undefined;
    }
    return new BlockAttributor(next.block, [], next.runs, next.cues).signOffParagraph();
  }

  /**
   * The speaker the paragraph after quotation `q` opens with, when `q` ends
   * its paragraph `cb` with nothing after it but punctuation, or but a
   * reporting verb left dangling (see {@link BlockAttributor.openingSpeaker}).
   */
  private openingAfter(q: Quotation, cb: number): Found | undefined {
    const next = this.blocks[cb + 1];
    const here = this.blocks[cb];
    if (!next || !here) return undefined;
    // After the quotation, punctuation only (the closing mark's own, a stray comma) — or one reporting verb, last
    // in the paragraph. Read from the paragraph's end back to the quotation.
    const tokens = here.block.tokens;
    let verb: string | undefined;
    let t = tokens.length - 1;
    while (t >= 0 && tokens[t].kind === 'space') t--;
    if (t >= 0 && tokens[t].kind === 'word' && here.base + tokens[t].sourceStart >= q.end) {
      if (!REPORTING_VERB_FORMS.has(tokens[t].text)) return undefined;
      verb = tokens[t--].text;
    }
    for (; t >= 0 && here.base + tokens[t].sourceStart >= q.end; t--) {
      if (tokens[t].kind !== 'space' && tokens[t].kind !== 'punct') return undefined;
    }
    return new BlockAttributor(next.block, [], next.runs, next.cues).openingSpeaker(verb);
  }

  private continuation(b: number): Found | undefined {
    const last = this.lastSpeech;
    if (!last || b - last.endBlock > 2) return undefined;
    // Two paragraphs on, only across a short one with no quotation and no name (an interviewer's question).
    if (b - last.endBlock === 2 && !this.isQuietParagraph(b - 1)) return undefined;
    const anchor = last.speaker.mentions[0];
    return {
      speaker: {
        name: last.speaker.name,
        description: last.speaker.description,
        mentions: anchor ? [{ ...anchor, via: 'continuation' }] : [],
      },
      cue: 'continuation',
      confidence: Math.min(0.7, last.confidence),
      kind: last.kind,
    };
  }
}

// --- Entry points -------------------------------------------------------------------

/**
 * Attributes every quotation (from `findQuotations(doc).quotes`, in document
 * order) and returns one claim per quotation with the quote rule's ids
 * (`q1`, `q2`, …), its kind refined (`quote`, `partial`, `title`, `scare`,
 * `nested-quote`) and, when found, `speaker`, `cue` and `confidence`.
 * Never throws; linear in the document size.
 */
export function attributeQuotations(doc: Document, quotations: readonly Quotation[]): AttributedClaim[] {
  return new DocumentAttributor(doc, quotations).run();
}

/**
 * Enriches claims already made from quotations (the quote rule's claims):
 * each claim whose offsets match a quotation gets that quotation's refined
 * kind, speaker, cue and confidence; other claims are returned unchanged.
 * `quotations` is `findQuotations(doc).quotes` (cheap to redo: the quote
 * rule memoises its per-block mark scan).
 */
export function enrichClaims(doc: Document, claims: readonly Claim[], quotations: readonly Quotation[]): Claim[] {
  const byStart = new Map<number, AttributedClaim>();
  for (const c of attributeQuotations(doc, quotations)) byStart.set(c.start, c);
  return claims.map((c) => {
    const a = byStart.get(c.start);
    if (!a || a.end !== c.end) return c;
    const out: Claim = { ...c, kind: a.kind };
    if (a.speaker) out.speaker = a.speaker;
    if (a.cue !== undefined) out.cue = a.cue;
    if (a.confidence !== undefined) out.confidence = a.confidence;
    return out;
  });
}

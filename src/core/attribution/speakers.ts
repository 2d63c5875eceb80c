/**
 * Names in prose: runs of capitalised words that may name a speaker.
 *
 * A run is capitalised words joined by single spaces (Mara Ellison), with
 * lowercase particles between them (Ursula von der Leyen, Luiz da Silva),
 * Arabic article prefixes (al-Sabah), and "of" inside an organisation's name
 * (the Ministry of Foreign Affairs). A possessive ends a run (South Korea’s
 * Foreign Ministry is two runs: the owner, then the ministry). Leading titles
 * (President, Dr., Mayor) are kept apart from the name so that "Mayor Ellison"
 * and "Ellison" are the same person. Capitalised words that open a sentence
 * and usually just open sentences (The, But, He) are not names.
 *
 * Each run gets a kind — person, organisation, place or unknown — from its
 * words, so pronouns can find a compatible antecedent (he/she a person, it an
 * organisation). One pass per block, memoised on the block.
 */
import { perBlock } from '../engine/block-memo.js';
import { defaultLexicon } from '../lexicon/default.js';
import { Flag } from '../lexicon/format.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { SENTENCE_STARTERS } from '../text/abbreviations.js';
import { codePointAt, isUpper } from '../text/chars.js';
import { hasPrefixJoiner, markTokens } from './mark-tokens.js';
import { REPORTING_VERB_FORMS } from './speech-cues.js';
import type { AnalyzedBlock, Token } from '../types.js';

/** What a name names. */
export type NameKind = 'person' | 'org' | 'place' | 'unknown';

/** A run of name words in a block, as token indexes `[first, end)` and prose offsets. */
export interface NameRun {
  /** First token of the run (after any title). */
  first: number;
  /** Token index just past the run. */
  end: number;
  /** First token including titles. */
  titleFirst: number;
  /**
   * Source offsets (chunk-relative) of the name's first token and just past
   * its last token (the possessive included), read while the tokens are at
   * hand so later passes need not go back to them.
   */
  sourceStart: number;
  sourceEnd: number;
  /** The name as written, without titles and without a possessive ’s. */
  text: string;
  /** Titles before the name ("President", "Dr."), if any. */
  title?: string;
  /**
   * Where the name proper starts in `text`, past words before it that
   * describe the person rather than name them (Leatherneck Shoup,
   * Red-prone Comedian Charlie Chaplin: see {@link isEpithet}); 0 when
   * there are none.
   */
  nameStart: number;
  kind: NameKind;
  /** The run ends in a possessive (South Korea’s). */
  possessive: boolean;
  /**
   * An organisation only because its first word is written in lower case
   * elsewhere (Statistics Canada, but also Dev Patel): a pronoun for a person
   * may still take it.
   */
  caseBody?: boolean;
}

// --- Data -------------------------------------------------------------------

/** Lowercase particles that sit inside personal names. */
const PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'ten', 'le', 'la',
  'bin', 'ibn', 'bint', 'al', 'el', 'y', 'st',
]);

/** Words that make a run an organisation. */
const ORG_WORDS: ReadonlySet<string> = new Set([
  'Ministry', 'Agency', 'Department', 'Council', 'Committee', 'Commission', 'University', 'College', 'Institute',
  'Bank', 'Corporation', 'Corp', 'Inc', 'Ltd', 'Company', 'Co', 'Group', 'Party', 'Army', 'Navy', 'Police',
  'Office', 'Government', 'Association', 'Union', 'News', 'Foundation', 'Court', 'Parliament', 'Congress',
  'Senate', 'Assembly', 'Service', 'Authority', 'Board', 'Bureau', 'Centre', 'Center', 'Organisation',
  'Organization', 'Federation', 'Times', 'Post', 'Press', 'Media', 'Network', 'Council', 'Administration',
  'Secretariat', 'Cabinet', 'Command', 'Forces', 'Guard', 'Society', 'Trust', 'Fund', 'Club', 'League',
  'Airlines', 'Holdings', 'Partners', 'Labs', 'Systems', 'Technologies', 'Reuters', 'Kremlin', 'Pentagon',
  'Tribunal', 'Embassy', 'Directorate', 'Chamber', 'Alliance', 'Coalition', 'Movement', 'Front', 'Observatory',
  'Museum', 'Hospital', 'School', 'Laboratory', 'Library', 'Clinic', 'Academy', 'Council', 'Watch', 'Monitor',
  'Division', 'Branch', 'Unit', 'Team', 'Firm', 'Bureau', 'Hotel', 'Inn', 'Church', 'Jury', 'Legislature', 'Railroad', 'Railway', 'Exchange', 'Securities', 'Software',
  'Marine', 'Lines', 'Motors', 'Industries', 'Agencies', 'Services', 'Commissioners', 'Caucus',
  // Public health bodies named for what they do (Toronto Public Health, Interior Health).
  'Health',
]);

/** Words that make a run a place. */
const PLACE_WORDS: ReadonlySet<string> = new Set([
  'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Republic',
  'Kingdom', 'States', 'Island', 'Islands', 'Sea', 'Ocean', 'River', 'Mountains', 'Mount', 'City', 'County',
  'Province', 'Gulf', 'Bay', 'Lake', 'Valley', 'Street', 'Avenue', 'Road', 'Square', 'Peninsula', 'Strait',
  'Harbour', 'Harbor', 'Port', 'Coast', 'Region', 'District', 'Territory', 'Empire', 'State', 'Township',
  // Events and periods, which never speak either (World War, the World Series).
  'War', 'Series', 'Games', 'Olympics', 'Cup', 'Day', 'Week', 'Festival', 'Championship', 'Era',
]);

/** Titles before a name; they describe the person and are not part of the name. */
const TITLES: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'President', 'Vice', 'Prime', 'Minister', 'Premier',
  'Chancellor', 'Secretary', 'Sen', 'Senator', 'Rep', 'Representative', 'Gov', 'Governor', 'Mayor', 'Judge',
  'Justice', 'Gen', 'General', 'Col', 'Colonel', 'Capt', 'Captain', 'Sgt', 'Sergeant', 'Lt', 'Lieutenant', 'Adm',
  'Admiral', 'Maj', 'Major', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Chief', 'Councillor', 'Councilor',
  'Commissioner', 'Ambassador', 'Deputy', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev', 'Reverend', 'Father', 'Sister',
  'Inspector', 'Detective', 'Officer', 'Speaker', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Foreign',
  'Defence', 'Defense', 'Finance', 'Interior', 'Health', 'Trade', 'Coach', 'Chairman', 'Chairwoman', 'Chair',
  'Director', 'Sheikh', 'Emir', 'Sultan', 'Rabbi', 'Imam', 'Bishop', 'Archbishop', 'Cardinal', 'Coun', 'Atty',
  'Supt', 'Insp', 'Cmdr', 'Cpl', 'Pte', 'Hon', 'Acting', 'Assistant', 'Associate', 'Supervisor', 'Superintendent',
  'Ordinary', 'Policeman', 'Sheriff', 'Attorney', 'Auditor', 'Comptroller', 'Controller', 'Treasurer', 'Clerk',
  'Freeholder', 'Alderman', 'Alderwoman', 'Trustee', 'Magistrate', 'Constable', 'Marshal', 'Ald', 'Msgr',
  'Majority', 'Minority', 'Leader', 'Whip', 'Const', 'Cst', 'Det', 'Pres', 'Amb', 'Sec', 'Brig', 'Pvt', 'Cmdt',
  // Offices written as acronyms (Conservative MP Ana Ruiz, Air Canada CEO Ken Ross): titles, not organisations.
  'MP', 'MPP', 'MLA', 'MNA', 'MEP', 'CEO', 'CFO', 'COO', 'CTO',
]);

/**
 * Title words that name a department (Health Minister, Finance Minister):
 * a title only before another title, so that a body named after its field
 * (Health Canada, Finance Norway) keeps its first word.
 */
const OFFICE_WORDS: ReadonlySet<string> = new Set(['Foreign', 'Defence', 'Defense', 'Finance', 'Interior', 'Health', 'Trade']);

/** Name suffixes, which never make the words before them a title (Martin Luther King Jr.). */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Sr', 'II', 'III', 'IV']);

/**
 * Whether a word is a title (Mayor, Dr): listed, or a compound of titles
 * joined by hyphens (Secretary-General, Lieutenant-Governor, Vice-President).
 */
export function isTitle(word: string): boolean {
  if (TITLES.has(word)) return true;
  if (word.indexOf('-') < 0) return false;
  for (const part of word.split('-')) if (!TITLES.has(part)) return false;
  return true;
}

/**
 * Capitalised words that stand for a reporting verb when they open a clause
 * (“Just our luck!” Exclaimed Stram), so they never start a name.
 */
export const CAPITALISED_CUES: ReadonlySet<string> = new Set([
  'Said', 'Says', 'Asked', 'Asks', 'Exclaimed', 'Replied', 'Added', 'Explained', 'Declared', 'Insisted',
  'Answered', 'Shouted', 'Cried', 'Recalled', 'Continued', 'Warned', 'Wrote', 'Told',
]);

/** A reporting verb opening an inverted attribution (Said Shoup:, Snapped Maureen,): listed, or any past form. */
function isCapitalisedCue(text: string): boolean {
  return CAPITALISED_CUES.has(text) || (text.endsWith('ed') && REPORTING_VERB_FORMS.has(text.toLowerCase()));
}

/** Capitalised words that are not names wherever they stand. */
const NEVER_NAMES: ReadonlySet<string> = new Set([
  'I', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Mon', 'Tue',
  'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov',
  'Dec', 'AM', 'PM', 'OK', 'He', 'She', 'It', 'They', 'We', 'You', 'His', 'Her', 'Its', 'Their', 'Our',
]);

/**
 * Capitalised words that open a sentence and never a name, beyond the
 * sentence splitter's list: prepositions of a fronted phrase (Into
 * Washington winged Frank Sinatra) and negative determiners (Neither Mantle
 * nor Maris), which would otherwise join the name after them.
 */
const OPENERS: ReadonlySet<string> = new Set([
  'Into', 'Through', 'Across', 'Along', 'Around', 'Beyond', 'Toward', 'Towards', 'Upon', 'Within', 'Behind', 'Beside',
  'Near', 'Inside', 'Outside', 'Like', 'Unlike', 'Throughout', 'Neither', 'Either', 'Not',
]);

/** Abbreviations that open a name and keep their period (St. Brendan's, Mt. Sinai, Ft. Worth). */
const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['St', 'Ste', 'Mt', 'Ft', 'Pt']);

/** A word starting with a lowercase letter (a module constant: see the note on patterns in attribute.ts). */
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** Lowercase prefixes joined by a hyphen to a capitalised name (al-Sabah). */
const NAME_PREFIX = /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|d|l|o)[-'’]\p{Lu}/u;
/** Whether the word at `last` ends in s and an apostrophe follows it at once (Nurses’, Teachers'). */
function isPluralPossessiveMark(tokens: readonly Token[], last: number): boolean {
  const mark = tokens[last + 1];
  const word = tokens[last].text;
  return mark !== undefined && mark.kind === 'punct' && (mark.text === '’' || mark.text === "'") && mark.start === tokens[last].end && word.charCodeAt(word.length - 1) === 0x73;
}

/** Whether a word token ends in a possessive ’s or 's (two code units, compared without a regex: this runs per name word). */
function isPossessive(text: string): boolean {
  const n = text.length;
  if (n < 2 || text.charCodeAt(n - 1) !== 0x73) return false;
  const c = text.charCodeAt(n - 2);
  return c === 0x27 || c === 0x2019;
}

// --- Classification -------------------------------------------------------------

/** Whether a word token, standing where it stands, is a name word. */
function isNameWord(tokens: readonly Token[], i: number, afterBreak: boolean | undefined): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word') return false;
  const text = t.text;
  const c = text.charCodeAt(0);
  // Most words are lowercase: only a hyphenated or elided prefix (al-Sabah, d'Estaing) can make them a name.
  if (c >= 0x61 && c <= 0x7a) return text.length > 2 && hasPrefixJoiner(text) && NAME_PREFIX.test(text);
  if (NEVER_NAMES.has(text)) return false;
  // An ASCII capital cannot start a lowercase prefix; anything else may.
  if (!(c >= 0x41 && c <= 0x5a)) {
    if (NAME_PREFIX.test(text)) return true;
    if (!isUpper(codePointAt(text, 0))) return false;
  }
  // A capitalised word that opens a sentence or clause is a name only if it is not a usual opener.
  if ((afterBreak ?? startsAfterBreak(tokens, i)) && (SENTENCE_STARTERS.has(text) || OPENERS.has(text) || isCapitalisedCue(text))) return false;
  return true;
}


/** Whether the token before `i` (skipping spaces) is not a word: a sentence, clause or quotation starts. */
function startsAfterBreak(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k].kind === 'space') k--;
  if (k < 0) return true;
  const p = tokens[k];
  return p.kind === 'punct' && p.text !== ',' && p.text !== '-' && p.text !== '–';
}

/** A single space between words (not a line break, which may separate a heading from a name). */
function isJoiningSpace(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'space' && t.text.length <= 2 && !t.text.includes('\n');
}

/** A one-letter initial (the M of John M. Karns). */
function isInitial(word: string): boolean {
  return word.length === 1 && isUpper(codePointAt(word, 0));
}

/** An all-caps acronym (NATO, AFP, UN). */
export function isAcronym(word: string): boolean {
  const n = word.length;
  if (n < 2 || n > 7) return false;
  // ASCII words (nearly all) are decided by their character codes; the regex is only for the rest.
  const first = word.charCodeAt(0);
  if (first < 0x80) {
    if (first < 0x41 || first > 0x5a) return false;
    for (let k = 1; k < n; k++) {
      const c = word.charCodeAt(k);
      if (c >= 0x80) return ACRONYM.test(word);
      if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x26)) return false;
    }
    return true;
  }
  return ACRONYM.test(word);
}

/** An all-caps acronym, for words with non-ASCII letters. */
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]+$/u;

/** A word that makes a name an organisation's. */
function isOrgWord(w: string): boolean {
  return ORG_WORDS.has(w) || (isAcronym(w) && !TITLES.has(w));
}

/**
 * Capitalised words that start place names though English writes them in
 * lower case (New Zealand, Great Britain): {@link isCommonWord} leaves them
 * to the places.
 */
const PLACE_PREFIXES: ReadonlySet<string> = new Set(['New', 'Great', 'Upper', 'Lower', 'Old', 'Little', 'Grand', 'Saint', 'Fort', 'Port']);

/**
 * Whether `word` is one English writes only in lower case, so no one's name
 * (without the lexicon: no). A name run that starts with one names a body,
 * not a person (see {@link namesABody}; Bill Harlan and Rose Chen, whose
 * first names the lexicon also has capitalised, stay people); before a title
 * they describe the office (Foreign Affairs Minister).
 */
export function isCommonWord(word: string): boolean {
  if (PLACE_PREFIXES.has(word)) return false;
  // A compound epithet (Red-prone Comedian Charlie Chaplin) is common when each of its parts is.
  if (word.indexOf('-') > 0) {
    for (const part of word.split('-')) if (!part || !isCommonWord(part)) return false;
    return true;
  }
  const lex = defaultLexicon();
  if (lex === undefined) return false;
  // The same capitalised words come back through a document (and every document): each is looked up once
  // per lexicon (the lexicon in use may be replaced).
  if (lex !== commonWordsLexicon) {
    commonWords.clear();
    commonWordsLexicon = lex;
  }
  const known = commonWords.get(word);
  if (known !== undefined) return known;
  // One look-up and the entry's case flags: lower case is its only written form.
  const id = lex.find(word);
  const common = id >= 0 && lex.isWordId(id) && (lex.flags[id] & CASE_FLAGS) === Flag.LOWER;
  // Bounded: a process checking many documents must not keep every word it ever saw.
  if (commonWords.size >= MAX_COMMON_WORDS) commonWords.clear();
  commonWords.set(word, common);
  return common;
}

/** A word English writes only in lower case, or a compound ending in one (Red-prone, Ontario-born). */
function isEpithet(word: string): boolean {
  const hyphen = word.lastIndexOf('-');
  return isCommonWord(word) || (hyphen > 0 && isCommonWord(word.slice(hyphen + 1)));
}

/**
 * {@link isCommonWord}'s answers from {@link commonWordsLexicon}, by word: a
 * map look-up of a word string is cheaper than the lexicon's, and a name run
 * asks about its words more than once.
 */
const commonWords = new Map<string, boolean>();
/** The lexicon {@link commonWords} holds answers from. */
let commonWordsLexicon: Lexicon | undefined;
/** How many answers {@link commonWords} keeps before it starts again. */
const MAX_COMMON_WORDS = 50_000;

/** The flags that say in which cases an entry is written. */
const CASE_FLAGS = Flag.LOWER | Flag.TITLE | Flag.UPPER | Flag.MIXED;

/**
 * Whether a run with no organisation word still names a body: every word
 * but the last is one English writes only in lower case (Statistics Canada,
 * Amnesty International, Climate Change Canada, Doctors Without Borders).
 * A person's name after such words keeps the run a person's (Analyst Fiona
 * Gallagher, Ace Driver Stirling Moss), and a word that only opens
 * sentences is no part of a name (The President).
 */
function namesABody(tokens: readonly Token[], words: readonly number[]): boolean {
  if (SENTENCE_STARTERS.has(tokens[words[0]].text)) return false;
  for (let k = 0; k < words.length - 1; k++) if (!isCommonWord(tokens[words[k]].text)) return false;
  return true;
}

/** Whether a lowercase word marks an organisation in a description ("the agency", "the ministry"). */
export function isOrgNoun(word: string): boolean {
  const cap = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return ORG_WORDS.has(cap) || /^(?:government|agency|company|firm|ministry|office|media|department|authority)$/.test(word);
}

// --- Runs -----------------------------------------------------------------------

/**
 * The name runs of a block, in order (memoised per block, so token indexes
 * are stable while the block is cached).
 */
export function findNames(block: AnalyzedBlock): NameRun[] {
  return perBlock(block, 'attribution/names', scanNames);
}

/**
 * The runs found in the block being scanned, reused from block to block:
 * each block keeps an exact-size copy (it is kept as long as the block, and
 * a list grown push by push has spare room).
 */
const scratchRuns: NameRun[] = [];

function scanNames(block: AnalyzedBlock): NameRun[] {
  const tokens = block.tokens;
  let found = 0;
  let next = 0;
  // Most tokens are spaces, punctuation or lowercase words: only the words that may start a name are visited.
  for (const i of markTokens(block).nameStarts) {
    if (i < next || !isNameWord(tokens, i, undefined)) continue;
    let words: number[] = [i];
    let last = i;
    /** Index in `words` of the first word joined through "and" (Environment and Climate Change Canada), or -1. */
    let andAt = -1;
    // Extend the run while a name word, a particle chain or an organisation's "of" joins the next one.
    while (!isPossessive(tokens[last].text) || namesAPlace(tokens, words, last)) {
      let k = last + 1;
      // "Dr. Ellison", "John M. Karns": a title abbreviation or an initial may carry its period.
      if (tokens[k]?.text === '.' && (isTitle(tokens[last].text) || isInitial(tokens[last].text) || NAME_ABBREVIATIONS.has(tokens[last].text))) k++;
      // A dotted acronym (U.S., B.C.) is one name: the next initial follows the period without a space.
      if (k > last + 1 && isInitial(tokens[last].text) && tokens[k]?.kind === 'word' && isInitial(tokens[k].text)) {
        words.push(k);
        last = k;
        continue;
      }
      // The Ontario Nurses’ Association: a plural possessive inside a body's name, before the body's word.
      if (k === last + 1 && isPluralPossessiveMark(tokens, last) && isJoiningSpace(tokens[k + 1]) && ORG_WORDS.has(tokens[k + 2]?.text ?? '')) k++;
      if (!isJoiningSpace(tokens[k])) break;
      k++;
      if (isNameWord(tokens, k, false)) {
        // A person's title after an organisation's name starts the person (Fulton Superior Court Judge Durwood Pye).
        // So does one after an acronym (NDP Leader Marit Stiles, RCMP Cpl. Dana Ruiz): the acronym names the body.
        if (isTitle(tokens[k].text) && words.some((w) => isOrgWord(tokens[w].text))) break;
        words.push(k);
        last = k;
        continue;
      }
      // An office before a name (Secretary of State John Foster Dulles): the title joins through "of".
      const office = joinOffice(tokens, k, words);
      if (office > 0) {
        words.push(office);
        last = office;
        continue;
      }
      // A body whose name lists its fields (Fisheries and Oceans Canada): kept only if the whole run names a body.
      if (andAt < 0 && tokens[k]?.text === 'and' && isJoiningSpace(tokens[k + 1]) && isNameWord(tokens, k + 2, false) && isCommonWord(tokens[words[words.length - 1]].text)) {
        andAt = words.length;
        words.push(k + 2);
        last = k + 2;
        continue;
      }
      const joined = joinThrough(tokens, k, words);
      if (joined < 0) break;
      words.push(joined);
      last = joined;
    }
    if (andAt > 0 && !namesABody(tokens, words) && !isDepartment(tokens, words, andAt)) {
      words = words.slice(0, andAt);
      last = words[andAt - 1];
    }
    next = last + 1;
    if (words.length === 1 && isRunInHeading(tokens, i)) continue;
    if (isDateline(tokens, words)) continue;
    scratchRuns[found++] = makeRun(tokens, block.text, words);
  }
  return scratchRuns.slice(0, found);
}

/**
 * Whether the capitalised word at `i` opens a heading run into the text (the
 * subhead of a news column whose line break was lost: "Danger cited He
 * cautioned that …"): it opens a sentence, and after at most three lowercase
 * words a word that only ever opens sentences (He, The, But) follows. Such a
 * word names nobody.
 */
function isRunInHeading(tokens: readonly Token[], i: number): boolean {
  if (!startsAfterBreak(tokens, i)) return false;
  let k = i;
  for (let lower = 0; lower <= 3; lower++) {
    k++;
    if (!isJoiningSpace(tokens[k])) return false;
    k++;
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word') return false;
    if (SENTENCE_STARTERS.has(t.text)) return RUN_IN_OPENERS.has(t.text);
    const c = t.text.charCodeAt(0);
    if (!(c >= 0x61 && c <= 0x7a)) return false;
  }
  return false;
}

/**
 * Whether a run joined through "and" at `andAt` names one department
 * (Ministry of Municipal Affairs and Housing, Department of Fisheries and
 * Oceans): an organisation's word before "and", and after it only words
 * English writes in lower case.
 */
function isDepartment(tokens: readonly Token[], words: readonly number[], andAt: number): boolean {
  let org = false;
  for (let k = 0; k < andAt && !org; k++) org = ORG_WORDS.has(tokens[words[k]].text);
  if (!org) return false;
  for (let k = andAt; k < words.length; k++) if (!isCommonWord(tokens[words[k]].text)) return false;
  return true;
}

/**
 * Whether a possessive inside a run is part of the name (St. Michael's
 * Hospital, St. John's Mayor Ana Ruiz): the run opens with a saint's
 * abbreviation and a capitalised word follows, or the possessive is an
 * office's before a body's word (the Prime Minister's Office).
 */
function namesAPlace(tokens: readonly Token[], words: readonly number[], last: number): boolean {
  // The Prime Minister's Office, the Governor's Council: an office's possessive before a body's word.
  if (isTitle(tokens[last].text.slice(0, -2)) && isJoiningSpace(tokens[last + 1]) && ORG_WORDS.has(tokens[last + 2]?.text ?? '')) return true;
  const first = tokens[words[0]].text;
  if (!NAME_ABBREVIATIONS.has(first) && first !== 'Saint') return false;
  return isJoiningSpace(tokens[last + 1]) && isNameWord(tokens, last + 2, false);
}

/**
 * Whether a run is a news dateline, the place a story was filed from
 * ("OTTAWA —", "SAN JOSE, Calif. —", "WASHINGTON (AP) —"): it opens the
 * paragraph in capitals, or continues a place so opened after its comma
 * (Ohio and AP in "COLUMBUS, Ohio (AP) —"), and a dash follows before any
 * lower-case word. A
 * dateline names where, never who ("the ministry said" is not OTTAWA).
 */
function isDateline(tokens: readonly Token[], words: readonly number[]): boolean {
  const continues = opensDateline(tokens, words[0]);
  // A dateline opens its paragraph, or (paragraphs run together, as scraped text and old print have them) a
  // sentence, when its date follows.
  let atStart = true;
  for (let k = 0; k < words[0] && atStart; k++) atStart = tokens[k].kind === 'space';
  let afterEnd = false;
  if (!continues && !atStart) {
    let p = words[0] - 1;
    while (p >= 0 && tokens[p].kind === 'space') p--;
    afterEnd = p >= 0 && (tokens[p].text === '.' || tokens[p].text === '!' || tokens[p].text === '?');
    if (!afterEnd) return false;
  }
  let caps = true;
  for (const w of words) if (tokens[w].text !== tokens[w].text.toUpperCase()) caps = false;
  // (Mixed case has its date right after a comma: most names opening a sentence are no datelines, and stop here.)
  if (!caps && !continues && tokens[words[words.length - 1] + 1]?.text !== ',') return false;
  // A place in mixed case is a dateline only with its date (Boston, June 16 --), as older print sets them.
  let dated = false;
  for (let k = words[words.length - 1] + 1, seen = 0; k < tokens.length && seen < 12; k++, seen++) {
    const t = tokens[k];
    if (t.text === '—' || t.text === '–' || t.text === '--' || (t.text === '-' && tokens[k + 1]?.text === '-')) return dated || (!afterEnd && (continues || caps));
    if (t.kind === 'word' && STARTS_LOWER.test(t.text)) return false;
    if (DATELINE_MONTHS.has(t.text)) dated = true;
  }
  return false;
}

/** Months as datelines write them (Boston, June 16 --; OTTAWA, Nov. 3 —). */
export const DATELINE_MONTHS: ReadonlySet<string> = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);

/**
 * Whether the tokens before `start` open a dateline the word at `start`
 * continues, or `start` opens the paragraph: nothing before it, or a place
 * in capitals and a comma, then only capitalised words, periods, commas and
 * brackets ("COLUMBUS, Ohio (AP) —", "ST. JOHN'S, N.L. —"). (A run that
 * opens the paragraph is checked for capitals by the caller.)
 */
function opensDateline(tokens: readonly Token[], start: number): boolean {
  // A dateline is short: later runs are never in one (and this stays constant work per run).
  if (start > MAX_DATELINE_TOKENS) return false;
  let k = 0;
  while (k < start && tokens[k].kind === 'space') k++;
  if (k === start) return false;
  // The opening place, in capitals, up to its comma.
  let caps = 0;
  for (; k < start && tokens[k].text !== ','; k++) {
    const t = tokens[k];
    if (t.kind === 'word') {
      if (t.text !== t.text.toUpperCase()) return false;
      caps++;
    }
  }
  if (caps === 0 || k === start) return false;
  for (; k < start; k++) {
    const t = tokens[k];
    if (t.kind === 'word' ? !STARTS_UPPER.test(t.text) : t.kind !== 'space' && !DATELINE_PUNCT.has(t.text)) return false;
  }
  return true;
}

/** How many tokens before a run a dateline may take (COLUMBUS, Ohio (AP) — is 9). */
const MAX_DATELINE_TOKENS = 20;
/** Punctuation inside a dateline's place (COLUMBUS, Ohio (AP)). */
const DATELINE_PUNCT: ReadonlySet<string> = new Set([',', '.', '(', ')', "'", '’']);

/**
 * Sentence openers that show a heading run into the text before them (they
 * are never capitalised inside a sentence): after a heading's words here,
 * and inside a speaker phrase in `attribute.ts` (Wards protected The jury said).
 */
export const RUN_IN_OPENERS: ReadonlySet<string> = new Set(['He', 'She', 'They', 'It', 'The', 'But', 'We', 'A', 'An', 'This', 'That', 'In', 'When', 'If']);

/**
 * From a lowercase word at `k`, the index of the name word it joins to the
 * run (particles: von der Leyen; "of" / "of the" in an organisation's name),
 * or -1.
 */
function joinThrough(tokens: readonly Token[], k: number, words: readonly number[]): number {
  const t = tokens[k];
  if (t === undefined || t.kind !== 'word') return -1;
  const orgSoFar = words.some((w) => ORG_WORDS.has(tokens[w].text));
  let j = k;
  let steps = 0;
  while (steps < 3) {
    const w = tokens[j];
    if (w === undefined || w.kind !== 'word') return -1;
    const lower = w.text;
    const joiner = PARTICLES.has(lower) || (orgSoFar && (lower === 'of' || lower === 'for' || (lower === 'the' && steps > 0)));
    if (!joiner) return steps > 0 && isNameWord(tokens, j, false) ? j : -1;
    if (!isJoiningSpace(tokens[j + 1])) return -1;
    j += 2;
    steps++;
  }
  return -1;
}

/**
 * After a run of titles only (Secretary), the index of the one capitalised
 * word that names the office after "of" (Secretary of State, Minister of
 * Finance) when a name follows it, or -1. The office word is then stripped
 * with the title by {@link makeRun}, so "State" does not make the person a place.
 */
function joinOffice(tokens: readonly Token[], k: number, words: readonly number[]): number {
  if (tokens[k]?.text !== 'of' || !words.every((w) => isTitle(tokens[w].text) || isInitial(tokens[w].text))) return -1;
  const office = k + 2;
  if (!isJoiningSpace(tokens[k + 1]) || !isNameWord(tokens, office, false) || !isJoiningSpace(tokens[office + 1])) return -1;
  return isNameWord(tokens, office + 2, false) && !isTitle(tokens[office + 2].text) ? office : -1;
}

/**
 * Whether the word `words[t]` is a department's word (Health) with no title
 * after it in the run: then it is part of a name (Hamilton Health Sciences,
 * Health Canada), not a title (Health Minister). The run's last word has
 * nothing after it.
 */
function isOfficeWithoutTitle(tokens: readonly Token[], words: readonly number[], t: number): boolean {
  if (!OFFICE_WORDS.has(tokens[words[t]].text)) return false;
  return t + 1 >= words.length || !isTitle(tokens[words[t + 1]].text);
}

/** Whether the word `words[t]` is a title to strip from the front of a run (a department's word only before another title). */
function isLeadingTitle(tokens: readonly Token[], words: readonly number[], t: number): boolean {
  return isTitle(tokens[words[t]].text) && !isOfficeWithoutTitle(tokens, words, t);
}

/**
 * In a run `words[from..]`, the index of the last title that has a name after
 * it (Calgary Mayor Jyoti Gondek → Mayor), or -1: the name after it must hold
 * no title and at least one word that is not a suffix (Martin Luther King Jr.
 * is a name), and a title must have words before it to describe.
 */
function lastTitleBeforeName(tokens: readonly Token[], words: readonly number[], from: number): number {
  // A description, a title and a name take three words at least (most runs are shorter).
  if (words.length - from < 3) return -1;
  let named = false;
  for (let p = words.length - 1; p > from; p--) {
    const text = tokens[words[p]].text;
    if (isOfficeWithoutTitle(tokens, words, p)) {
      named = true;
      continue;
    }
    if (isTitle(text)) return named && p < words.length - 1 ? p : -1;
    if (!NAME_SUFFIXES.has(text) && !isInitial(text)) named = true;
  }
  return -1;
}

/** Whether the words `words[from..to)` are all common words or initials (the office before a title: Foreign Affairs Minister). */
function allDescribeOffice(tokens: readonly Token[], words: readonly number[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const text = tokens[words[k]].text;
    if (!isCommonWord(text) && !isInitial(text)) return false;
  }
  return true;
}

function makeRun(tokens: readonly Token[], blockText: string, words: readonly number[]): NameRun {
  // Strip leading titles, but never the last word (the President), and never
  // inside an organisation's name (Foreign Ministry).
  let t = 0;
  let orgWord = false;
  for (let k = 0; k < words.length && !orgWord; k++) orgWord = isOrgWord(tokens[words[k]].text);
  if (!orgWord) {
    while (t < words.length - 1 && isLeadingTitle(tokens, words, t)) t++;
    // The office of a title joined through "of" (Secretary of State) is part of the title.
    if (t > 0 && t < words.length - 1 && tokens[words[t - 1] + 2]?.text === 'of') t++;
    // The office described before its title (Foreign Affairs Minister Ana Ruiz, Health Minister Colin Ferris).
    for (let p = words.length - 2; p >= t; p--) {
      if (isLeadingTitle(tokens, words, p) && allDescribeOffice(tokens, words, t, p)) {
        t = p + 1;
        break;
      }
    }
    // A place, a party or a body before a title (Calgary Mayor Jyoti Gondek, Conservative MP Ana Ruiz,
    // House Speaker Mike Johnson): the words up to the last title describe the office.
    const office = lastTitleBeforeName(tokens, words, t);
    if (office >= t) t = office + 1;
    // (U.S. Secretary of State Ana Ruiz: the office after "of" goes with its title here too.)
    if (t > 0 && t < words.length - 1 && isTitle(tokens[words[t - 1]].text) && tokens[words[t - 1] + 2]?.text === 'of') t++;
    // A description in capitals before a full name (Analyst Mira Castell, Rally Driver Otto Brandvik):
    // words written in lower case elsewhere, then at least two that are not.
    let d = t;
    while (d < words.length && isCommonWord(tokens[words[d]].text)) d++;
    if (d > t && words.length - d >= 2 && !SENTENCE_STARTERS.has(tokens[words[t]].text)) t = d;
  }
  const first = words[t];
  const lastIndex = words[words.length - 1];
  // Words before the name proper that describe the person (Leatherneck Shoup); the last word always stays.
  let e = t;
  while (e < words.length - 1 && isEpithet(tokens[words[e]].text)) e++;
  const nameStart = e > t ? tokens[words[e]].start - tokens[first].start : 0;
  const possessive = isPossessive(tokens[lastIndex].text);
  // The tokens cover the text without gaps, so the name as written is one slice (no string built token by token).
  const text = blockText.slice(tokens[first].start, tokens[lastIndex].end - (possessive ? 2 : 0));
  let titleText: string | undefined;
  if (t > 0) {
    titleText = '';
    for (let k = words[0]; k < first; k++) titleText += tokens[k].text;
    titleText = titleText.trim();
  }
  // The kind, from the name's words (the possessive's ’s does not change it).
  let org = false;
  let place = false;
  for (let k = t; k < words.length; k++) {
    let w = tokens[words[k]].text;
    if (k === words.length - 1 && possessive) w = w.slice(0, -2);
    if (isOrgWord(w)) org = true;
    else if (PLACE_WORDS.has(w)) place = true;
  }
  const count = words.length - t;
  // A dotted acronym alone (U.S., B.C.) is no one's name.
  let initials = true;
  for (let k = t; k < words.length && initials; k++) initials = isInitial(tokens[words[k]].text);
  const body = !initials && !org && !place && t === 0 && count >= 2 && namesABody(tokens, words);
  const kind: NameKind = initials ? 'unknown' : org ? 'org' : place ? 'place' : body ? 'org' : t > 0 || count >= 2 ? 'person' : 'unknown';
  return {
    first,
    end: lastIndex + 1,
    titleFirst: words[0],
    sourceStart: tokens[first].sourceStart,
    sourceEnd: tokens[lastIndex].sourceEnd,
    text,
    title: titleText,
    nameStart,
    kind,
    possessive,
    caseBody: body && count === 2 ? true : undefined,
  };
}

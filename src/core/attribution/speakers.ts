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
import { SENTENCE_STARTERS } from '../text/abbreviations.js';
import { codePointAt, isUpper } from '../text/chars.js';
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
  /** The name as written, without titles and without a possessive ’s. */
  text: string;
  /** Titles before the name ("President", "Dr."), if any. */
  title?: string;
  kind: NameKind;
  /** The run ends in a possessive (South Korea’s). */
  possessive: boolean;
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
]);

/** Words that make a run a place. */
const PLACE_WORDS: ReadonlySet<string> = new Set([
  'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Republic',
  'Kingdom', 'States', 'Island', 'Islands', 'Sea', 'Ocean', 'River', 'Mountains', 'Mount', 'City', 'County',
  'Province', 'Gulf', 'Bay', 'Lake', 'Valley', 'Street', 'Avenue', 'Road', 'Square', 'Peninsula', 'Strait',
  'Harbour', 'Harbor', 'Port', 'Coast', 'Region', 'District', 'Territory', 'Empire',
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
  'Director', 'Sheikh', 'Emir', 'Sultan', 'Rabbi', 'Imam', 'Bishop', 'Archbishop', 'Cardinal',
]);

/** Capitalised words that are not names wherever they stand. */
const NEVER_NAMES: ReadonlySet<string> = new Set([
  'I', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February',
  'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Mon', 'Tue',
  'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov',
  'Dec', 'AM', 'PM', 'OK',
]);

/** Lowercase prefixes joined by a hyphen to a capitalised name (al-Sabah). */
const NAME_PREFIX = /^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|d|l|o)[-'’]\p{Lu}/u;
/** A possessive ending on a word token. */
const POSSESSIVE = /['’]s$/;

// --- Classification -------------------------------------------------------------

/** Whether a word token, standing where it stands, is a name word. */
function isNameWord(tokens: readonly Token[], i: number, afterBreak: boolean): boolean {
  const t = tokens[i];
  if (t === undefined || t.kind !== 'word') return false;
  if (NEVER_NAMES.has(t.text)) return false;
  if (NAME_PREFIX.test(t.text)) return true;
  if (!isUpper(codePointAt(t.text, 0))) return false;
  // A capitalised word that opens a sentence or clause is a name only if it is not a usual opener.
  if (afterBreak && SENTENCE_STARTERS.has(t.text)) return false;
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

/** An all-caps acronym (NATO, AFP, UN). */
export function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 7 && /^\p{Lu}[\p{Lu}\d&]+$/u.test(word);
}

/** The kind of a run of words (titles stripped), given whether it had a title. */
export function classifyName(words: readonly string[], titled: boolean): NameKind {
  let org = false;
  let place = false;
  for (const w of words) {
    if (ORG_WORDS.has(w) || isAcronym(w)) org = true;
    else if (PLACE_WORDS.has(w)) place = true;
  }
  if (org) return 'org';
  if (place) return 'place';
  if (titled || words.length >= 2) return 'person';
  return 'unknown';
}

/** Whether a lowercase word marks an organisation in a description ("the agency", "the ministry"). */
export function isOrgNoun(word: string): boolean {
  const cap = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return ORG_WORDS.has(cap) || /^(?:government|agency|company|firm|ministry|office|media|department|authority)$/.test(word);
}

/** Whether a word is a title (Mayor, Dr). */
export function isTitle(word: string): boolean {
  return TITLES.has(word);
}

// --- Runs -----------------------------------------------------------------------

/**
 * The name runs of a block, in order (memoised per block, so token indexes
 * are stable while the block is cached).
 */
export function findNames(block: AnalyzedBlock): NameRun[] {
  return perBlock(block, 'attribution/names', scanNames);
}

function scanNames(block: AnalyzedBlock): NameRun[] {
  const tokens = block.tokens;
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens, i, startsAfterBreak(tokens, i))) {
      i++;
      continue;
    }
    const words: number[] = [i];
    let last = i;
    // Extend the run while a name word, a particle chain or an organisation's "of" joins the next one.
    while (!POSSESSIVE.test(tokens[last].text)) {
      let k = last + 1;
      // "Dr. Ellison": a title abbreviation may carry its period.
      if (tokens[k]?.text === '.' && TITLES.has(tokens[last].text)) k++;
      if (!isJoiningSpace(tokens[k])) break;
      k++;
      if (isNameWord(tokens, k, false)) {
        words.push(k);
        last = k;
        continue;
      }
      const joined = joinThrough(tokens, k, words);
      if (joined < 0) break;
      words.push(joined);
      last = joined;
    }
    runs.push(makeRun(tokens, words));
    i = last + 1;
  }
  return runs;
}

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

function makeRun(tokens: readonly Token[], words: readonly number[]): NameRun {
  // Strip leading titles, but never the last word (the President), and never
  // inside an organisation's name (Foreign Ministry).
  let t = 0;
  if (classifyName(words.map((w) => tokens[w].text), false) !== 'org') {
    while (t < words.length - 1 && TITLES.has(tokens[words[t]].text)) t++;
  }
  const nameWords = words.slice(t);
  const lastIndex = nameWords[nameWords.length - 1];
  const possessive = POSSESSIVE.test(tokens[lastIndex].text);
  const parts: string[] = [];
  for (let k = nameWords[0]; k <= lastIndex; k++) parts.push(tokens[k].text);
  let text = parts.join('');
  if (possessive) text = text.slice(0, -2);
  const plain = nameWords.map((w, k) =>
    k === nameWords.length - 1 && possessive ? tokens[w].text.slice(0, -2) : tokens[w].text,
  );
  const titleText =
    t > 0 ? tokens.slice(words[0], nameWords[0]).map((x) => x.text).join('').trim() : undefined;
  return {
    first: nameWords[0],
    end: lastIndex + 1,
    titleFirst: words[0],
    text,
    title: titleText,
    kind: classifyName(plain, t > 0),
    possessive,
  };
}

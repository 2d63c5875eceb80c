/**
 * How a word's letters are cased, and which capitals inside a word are
 * normal English practice rather than damage. DATA and one classifier.
 *
 * Capitals inside a word are a strong sign of OCR or encoding damage
 * ("RuCeia", "FoFrrSing", "hrS") — except in patterns writers use on
 * purpose: Gaelic and Romance name prefixes (McDonald, MacArthur, DeSantis,
 * LeBron, DiCaprio, O’Brien), lower-case brand prefixes (iPhone, eBay, iOS),
 * words with an acronym after them (OpenAI, ChatGPT, MySQL),
 * plural and possessive acronyms (CEOs, NGO’s), and CamelCase compounds of
 * words (YouTube, PlayStation, newsGovernment — the last is run-together
 * text, which ./run-together.ts reports instead).
 */

/**
 * Name prefixes after which a capital starts the rest of a surname
 * (McDonald, MacArthur, DeSantis, LeBron, DiCaprio, DuPont, FitzGerald,
 * VanDyke, LaGuardia, DaShawn, DeAndre, St John in one word "StJohn" is not
 * included). Compared case-sensitively with the letters before the capital.
 */
export const NAME_PREFIXES: ReadonlySet<string> = new Set([
  'Mc', 'Mac', 'De', 'Di', 'Du', 'Da', 'Dal', 'Del', 'Della', 'Des', 'Dos',
  'La', 'Le', 'Lo', 'Van', 'Von', 'Vander', 'Fitz', 'Ja', 'Ke', 'Ka', 'Sha', 'Ta', 'Te', 'Ty', 'Mo',
]);

/** Lower-case brand prefixes followed by a capital (iPhone, iPad, eBay, eHealth, xBox). */
export const BRAND_PREFIXES: ReadonlySet<string> = new Set(['i', 'e', 'x']);

/** A cut inside a run of capitals ("ASIA|Asia") leaves at least this many capitals before it. */
const MIN_CAPITALS_BEFORE_CUT = 3;

/** The case of a word's letters. */
export type CaseShape =
  /** no capitals: "treaty" */
  | 'lower'
  /** one leading capital: "Treaty", "Pyongyang" */
  | 'title'
  /** all capitals (a trailing plural "s" allowed): "KCNA", "CEOs" */
  | 'upper'
  /** a capital inside explained by a name or brand prefix: "McDonald", "iPhone" */
  | 'prefixed'
  /** a lower-case letter followed by a capital, both sides two letters or more: "PlayStation", "newsGovernment", "geopbFitical" */
  | 'camel'
  /** any other capital inside the word: "hrS", "oCeistance" */
  | 'odd';

const isUpperCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
const isLowerCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);

/** Letter case of one UTF-16 unit: 1 upper, -1 lower, 0 not a cased letter. */
export function letterCase(word: string, i: number): number {
  const c = word.charCodeAt(i);
  if (c < 0x100) return isUpperCode(c) ? 1 : isLowerCode(c) ? -1 : 0;
  const ch = word[i];
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  if (lo === up) return 0;
  return ch === up ? 1 : -1;
}

/**
 * Positions where a new cased piece starts inside `word`: a capital after a
 * lower-case letter ("news|Government"), or the last capital of a run of
 * capitals that a lower-case letter follows ("ASIA|Asia"). Letters only
 * count; other characters (apostrophes, hyphens) are skipped.
 */
export function caseBoundaries(word: string): number[] {
  const out: number[] = [];
  let prev = 0; // case of the previous letter
  let prevAt = -1;
  let upperRun = 0; // capitals in a row up to the previous letter
  for (let i = 0; i < word.length; i++) {
    const c = letterCase(word, i);
    if (c === 0) {
      // A non-letter (hyphen, apostrophe, digit) starts afresh.
      prev = 0;
      prevAt = -1;
      upperRun = 0;
      continue;
    }
    if (c === 1 && prev === -1) out.push(i);
    // "ASIA|Asia": at least three capitals must remain before the cut ("NATo" is not "NA To").
    else if (c === -1 && prev === 1 && upperRun >= MIN_CAPITALS_BEFORE_CUT + 1 && prevAt >= 0) out.push(prevAt);
    upperRun = c === 1 ? upperRun + 1 : 0;
    prev = c;
    prevAt = i;
  }
  return out;
}

/**
 * The case shape of a word with no hyphens (see {@link CaseShape}).
 * `isWord` says whether the part after a brand prefix is a word ("Phone" in
 * iPhone, "Bay" in eBay): without it, "eFected" would pass for a brand.
 */
export function caseShape(word: string, isWord: (part: string) => boolean = () => true): CaseShape {
  let letters = 0;
  let uppers = 0;
  let firstUpper = false;
  let innerUpper = false;
  let lastLetter = -1;
  for (let i = 0; i < word.length; i++) {
    const c = letterCase(word, i);
    if (c === 0) continue;
    if (letters === 0) firstUpper = c === 1;
    // A capital right after an apostrophe starts a name part (O’Brien, D’Angelo).
    else if (c === 1 && lastLetter === i - 1) innerUpper = true;
    letters++;
    if (c === 1) uppers++;
    lastLetter = i;
  }
  if (uppers === 0) return 'lower';
  if (!innerUpper) return 'title';
  if (letters >= 2 && uppers === letters) return 'upper';
  // Mostly capitals with a run of three: an acronym with a lower-case letter ("EASSy", "GmbH" aside).
  if (uppers >= 3 && uppers >= 0.6 * letters && /\p{Lu}{3}/u.test(word)) return 'upper';
  // "CEOs", "NGOs": capitals, then one lower-case plural s.
  if (uppers === letters - 1 && uppers >= 2 && word[lastLetter] === 's' && letterCase(word, lastLetter - 1) === 1) return 'upper';
  const bounds = caseBoundaries(word);
  if (bounds.length === 0) return 'odd';
  // One capital after a known prefix, the rest lower case: McDonald, iPhone.
  if (bounds.length === 1) {
    const b = bounds[0];
    const prefix = word.slice(0, b).replace(/['\u2019]$/, '');
    const rest = word.slice(b + 1);
    if (rest.length >= 2 && rest === rest.toLowerCase()) {
      if (firstUpper && NAME_PREFIXES.has(prefix)) return 'prefixed';
      if (!firstUpper && BRAND_PREFIXES.has(prefix) && isWord(word.slice(b))) return 'prefixed';
    }
    // A brand prefix before an acronym: iOS, xAI.
    if (!firstUpper && BRAND_PREFIXES.has(prefix) && isAcronym(word, b)) return 'prefixed';
  }
  // A capitalised word with an acronym after it is a product or company name (OpenAI, ChatGPT, MySQL, PowerBI).
  if (firstUpper && acronymSuffixAt(word, bounds, isWord) >= 0) return 'prefixed';
  // CamelCase: every piece two letters or more.
  let from = 0;
  for (const b of [...bounds, word.length]) {
    if (countLetters(word, from, b) < 2) return 'odd';
    from = b;
  }
  return 'camel';
}

function countLetters(word: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (letterCase(word, i) !== 0) n++;
  return n;
}

/** Letters in an acronym suffix of a brand name ("AI" in OpenAI, "GPT" in ChatGPT, "SQL" in MySQL). */
const ACRONYM_SUFFIX_LETTERS = { min: 2, max: 4 } as const;

/**
 * Where the acronym starts when `word` is a word the lexicon knows followed by
 * an acronym: one case cut, capitals from it to the end, and a known word
 * before it ("Open|AI", "Chat|GPT"); -1 otherwise. OCR and encoding damage put
 * single stray capitals inside words ("RuCeia", "hrS"), not a run of capitals
 * after a whole word. `bounds` are the word's {@link caseBoundaries}, when
 * the caller has them.
 */
export function acronymSuffixAt(word: string, bounds: readonly number[] | undefined, isWord: (part: string) => boolean): number {
  const cuts = bounds ?? caseBoundaries(word);
  if (cuts.length !== 1) return -1;
  const cut = cuts[0];
  return isAcronym(word, cut) && isWord(word.slice(0, cut)) ? cut : -1;
}

/**
 * Whether `word` from `cut` to its end is an acronym of {@link ACRONYM_SUFFIX_LETTERS}
 * capitals, not all the same letter: a doubled letter misread twice the same
 * way ("Well" → "WeFF") is damage.
 */
function isAcronym(word: string, cut: number): boolean {
  const letters = word.length - cut;
  if (letters < ACRONYM_SUFFIX_LETTERS.min || letters > ACRONYM_SUFFIX_LETTERS.max) return false;
  let varied = false;
  for (let i = cut; i < word.length; i++) {
    if (letterCase(word, i) !== 1) return false;
    if (word[i] !== word[cut]) varied = true;
  }
  return varied;
}

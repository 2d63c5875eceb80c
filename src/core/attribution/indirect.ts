/**
 * Indirect speech: reported words without quotation marks.
 *
 *   Cho Han-bum said the agreement was a big win.
 *   The ministry said that the plan would go ahead.
 *   Officials warned Tuesday that roads would close.
 *   Mara Ellison, the port's director, told reporters that ships were waiting.
 *
 * A source (a name, a definite description such as "the ministry", or a
 * group noun opening the sentence such as "Officials"), a reporting verb
 * that takes a clause, optional time words (Tuesday, on Monday, yesterday),
 * an optional "that", then the reported clause to the end of the sentence.
 * The claim covers the clause. Sentences with a quotation mark after the
 * verb are left to the quotation rules, and so are pronoun subjects ("as I
 * said", "she said"), which only a quotation's context can resolve.
 *
 * The scan is local to one block and memoised on it (chunk-relative
 * offsets); only turning a surname into the full name used earlier is done
 * across the document, in {@link indirectClaims}.
 */
import type { Document } from '../document.js';
import { perBlock } from '../engine/block-memo.js';
import { QUOTE_MARKS } from '../rules/quote-marks.js';
import { toLowerFast } from '../text/chars.js';
import type { AnalyzedBlock, Claim, Token } from '../types.js';
import { INDIRECT_GROUP_SUBJECTS, INDIRECT_TIME_LEADS, INDIRECT_TIME_NOUNS, INDIRECT_TIME_WORDS } from './speech-cues.js';
import { markTokens } from './mark-tokens.js';
import { findNames, isOrgNoun, type NameRun } from './speakers.js';

/** One piece of indirect speech found in a block, in chunk-relative source offsets. */
export interface LocalIndirect {
  /** The reported clause. */
  start: number;
  end: number;
  /** The source as written, and where. */
  speaker: string;
  speakerStart: number;
  speakerEnd: number;
  /** Whether the source is a one-word name that an earlier full name may complete. */
  surname: boolean;
  cue: string;
}

/** Fewest words a reported clause has (she said nothing: one word, no claim). */
const MIN_CLAUSE_WORDS = 3;
/** Longest source phrase before the verb, in words. */
const MAX_SOURCE_WORDS = 12;

/** Words that open a phrase, not a clause (said in a statement …, said at the hearing …). */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'at', 'on', 'for', 'with', 'by', 'from', 'to', 'about', 'after', 'before', 'during', 'of', 'as', 'into',
  'over', 'under', 'through', 'without', 'against', 'between', 'among', 'since', 'until', 'while', 'if', 'when',
]);

/** How many words into a bare clause its finite verb may come. */
const FINITE_WITHIN = 8;

/** Words that end a source phrase going backwards: a clause or another verb starts there. */
const SOURCE_BREAKERS: ReadonlySet<string> = new Set([
  'and', 'or', 'but', 'that', 'which', 'who', 'when', 'where', 'if', 'as', 'because', 'while', 'after', 'before',
  'since', 'though', 'although', 'unless', 'i', 'we', 'you', 'he', 'she', 'it', 'they', 'not', 'to',
]);

/** Words allowed between the source and the verb (The ministry also said). */
const BETWEEN: ReadonlySet<string> = new Set(['also', 'later', 'earlier', 'then', 'again', 'has', 'had', 'have', 'previously', 'separately']);

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/** The indirect speech of a block (memoised per block). */
export function findIndirect(block: AnalyzedBlock): readonly LocalIndirect[] {
  return perBlock(block, 'attribution/indirect', scanBlock);
}

function scanBlock(block: AnalyzedBlock): readonly LocalIndirect[] {
  const { sentences } = block;
  const out: LocalIndirect[] = [];
  let runs: NameRun[] | undefined;
  let done = -1;
  let s = 0;
  // Only the verbs of indirect speech are visited (found with the block's other cue tokens in one pass).
  for (const v of markTokens(block).indirectVerbs) {
    while (s < sentences.length && sentences[s].endToken <= v) s++;
    // One piece of indirect speech per sentence: the first verb that reads as one.
    if (s >= sentences.length || s === done || sentences[s].firstToken > v) continue;
    runs ??= findNames(block);
    const found = readSentence(block, runs, sentences[s].firstToken, sentences[s].endToken, v);
    if (found) {
      out.push(found);
      done = s;
    }
  }
  return out.length > 0 ? out : NONE;
}

/** No indirect speech in a block (most blocks): one shared empty list. */
const NONE: readonly LocalIndirect[] = Object.freeze([]);

/**
 * The non-space token indexes just before `v` in the sentence starting at
 * `first`, at most `max` of them, in order; `complete` when they reach the
 * sentence start.
 */
function wordsBefore(tokens: readonly Token[], first: number, v: number, max: number): { at: number[]; complete: boolean } {
  const at: number[] = [];
  let k = v - 1;
  for (; k >= first && at.length < max; k--) if (tokens[k].kind !== 'space') at.push(k);
  while (k >= first && tokens[k].kind === 'space') k--;
  return { at: at.reverse(), complete: k < first };
}

/** Reads one sentence around the verb at token `v`: source, optional time words and "that", clause. */
function readSentence(block: AnalyzedBlock, runs: readonly NameRun[], first: number, end: number, v: number): LocalIndirect | undefined {
  const { tokens } = block;
  // The clause belongs to the quotation rules when a quotation mark follows the verb.
  for (let k = v + 1; k < end; k++) if (tokens[k].kind === 'punct' && QUOTE_MARKS.has(tokens[k].text)) return undefined;
  let k = nextWordAt(tokens, v + 1, end);
  // told reporters that …: the hearer comes before the clause, and then "that" is required.
  let needThat = false;
  if (tokens[v].text === 'told' || tokens[v].text === 'tells' || tokens[v].text === 'tell') {
    for (let n = 0; k < end && n < 4 && tokens[k].text !== 'that'; n++) k = nextWordAt(tokens, k + 1, end);
    needThat = true;
  }
  // Time words: said Tuesday, said on Monday, warned last week.
  while (k < end) {
    const w = toLowerFast(tokens[k].text);
    if (INDIRECT_TIME_WORDS.has(w) || w === ',') k = nextWordAt(tokens, k + 1, end);
    else if (INDIRECT_TIME_LEADS.has(w)) {
      const after = nextWordAt(tokens, k + 1, end);
      if (after < end && INDIRECT_TIME_NOUNS.has(toLowerFast(tokens[after].text))) k = nextWordAt(tokens, after + 1, end);
      else break;
    } else break;
  }
  let hasThat = false;
  if (k < end && tokens[k].text === 'that') {
    hasThat = true;
    k = nextWordAt(tokens, k + 1, end);
  }
  if (needThat && !hasThat) return undefined;
  const opener = tokens[k];
  if (k >= end || !isWord(opener)) return undefined;
  // The clause: to the sentence's last word; it needs a few words and, without "that", a finite verb.
  let last = end - 1;
  while (last > k && tokens[last].kind !== 'word' && tokens[last].kind !== 'number') last--;
  let count = 0;
  let finite = false;
  for (let n = k; n <= last; n++) {
    const t = tokens[n];
    if (t.kind !== 'word') continue;
    count++;
    // The clause's own verb comes early (the deal was …); one far on belongs to a relative clause.
    if (n > k && !finite && count <= FINITE_WITHIN) finite = isFiniteVerb(t.text);
  }
  if (count < MIN_CLAUSE_WORDS) return undefined;
  // Without "that", the clause must open like a clause, with its own verb (said the deal was …; said prices
  // would rise), not be an object (said nothing, announced the new budget) or a phrase (said in a statement).
  if (!hasThat && (!finite || PREPOSITIONS.has(toLowerFast(opener.text)))) return undefined;
  // The source last: most verbs take an object, not a clause (announced the new budget), and the tests
  // above, which do not depend on the source, turn them away without gathering the words before the verb.
  const before = wordsBefore(tokens, first, v, 2 * MAX_SOURCE_WORDS + 4);
  const source = findSource(tokens, runs, before.at, before.complete);
  if (!source) return undefined;
  return {
    start: opener.sourceStart,
    end: tokens[last].sourceEnd,
    speaker: source.text,
    speakerStart: tokens[source.first].sourceStart,
    speakerEnd: tokens[source.last].sourceEnd,
    surname: source.surname,
    cue: tokens[v].text,
  };
}

/** The first non-space token at or after `k` (before `end`), or `end`. */
function nextWordAt(tokens: readonly Token[], k: number, end: number): number {
  while (k < end && tokens[k].kind === 'space') k++;
  return k;
}

/** Auxiliaries and modals that mark a clause's finite verb (the deal was, it would, they had). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'shall',
  'should', 'may', 'might', 'must', 'do', 'does', 'did', "won't", "can't", "didn't", "doesn't", "don't", "isn't",
  "wasn't", "weren't", "hasn't", "haven't", "wouldn't", "couldn't", "shouldn't", 'won’t', 'can’t', 'didn’t',
  'doesn’t', 'don’t', 'isn’t', 'wasn’t', 'weren’t', 'hasn’t', 'haven’t', 'wouldn’t', 'couldn’t', 'shouldn’t',
]);

/** Whether a word reads as a clause's finite verb: an auxiliary or a past tense (-ed). */
function isFiniteVerb(word: string): boolean {
  const w = toLowerFast(word);
  return AUXILIARIES.has(w) || (w.length > 4 && w.endsWith('ed'));
}

/**
 * The source before the verb (given as the non-space token indexes from the
 * sentence start to the verb): a name run ending there, possibly followed by
 * an appositive set off by commas; a definite description ending in an
 * organisation or role noun (the ministry, the city's health department); or
 * a group noun opening the sentence (Officials, Police).
 */
function findSource(
  tokens: readonly Token[],
  runs: readonly NameRun[],
  before: readonly number[],
  complete: boolean,
): { text: string; first: number; last: number; surname: boolean } | undefined {
  let j = before.length - 1;
  while (j >= 0 && BETWEEN.has(tokens[before[j]].text)) j--;
  if (j < 0) return undefined;
  // Mara Ellison, the port's director, said …: skip one appositive back to the name.
  if (tokens[before[j]].text === ',') {
    let k = j - 1;
    while (k >= 0 && j - k <= MAX_SOURCE_WORDS && tokens[before[k]].text !== ',') k--;
    if (k <= 0 || tokens[before[k]].text !== ',') return undefined;
    j = k - 1;
  }
  const lastTok = before[j];
  const run = runs.find((r) => r.end - 1 === lastTok);
  if (run) {
    if (run.possessive || run.kind === 'place') return undefined;
    return { text: run.text, first: run.first, last: run.end - 1, surname: !run.text.includes(' ') };
  }
  const head = tokens[lastTok];
  if (!isWord(head)) return undefined;
  const lower = toLowerFast(head.text);
  // Officials warned …: a group noun opening the sentence.
  if (j === 0 && complete && INDIRECT_GROUP_SUBJECTS.has(lower)) return { text: head.text, first: lastTok, last: lastTok, surname: false };
  // The ministry said …: a definite description headed by an organisation or a role.
  if (!isOrgNoun(lower) && !INDIRECT_GROUP_SUBJECTS.has(lower)) return undefined;
  let k = j - 1;
  while (k >= 0 && j - k < MAX_SOURCE_WORDS && isWord(tokens[before[k]]) && !SOURCE_BREAKERS.has(toLowerFast(tokens[before[k]].text))) {
    if (toLowerFast(tokens[before[k]].text) === 'the') break;
    k--;
  }
  if (k < 0 || toLowerFast(tokens[before[k]].text) !== 'the') return undefined;
  const firstTok = before[k];
  return { text: tokensText(tokens, firstTok, lastTok), first: firstTok, last: lastTok, surname: false };
}

function tokensText(tokens: readonly Token[], first: number, last: number): string {
  let s = '';
  for (let k = first; k <= last; k++) s += tokens[k].text;
  return s;
}

/**
 * Claims (kind `indirect`, ids `i1`, `i2`, … in document order) for the
 * document's indirect speech. A one-word source that ends a full name used
 * earlier in the document becomes that name (Lomax → Beth Lomax): one pass
 * over the per-block name runs, which are memoised.
 */
export function indirectClaims(doc: Document, blocks?: readonly PlacedIndirect[]): Claim[] {
  const claims: Claim[] = [];
  // Full names are learnt only when a lone surname needs one, walking the blocks in order up to it.
  const fullNames = new Map<string, string>();
  const placed = blocks ?? placeBlocks(doc);
  let learntBlock = 0;
  let learntRun = 0;
  const learnUpTo = (b: number, offset: number): void => {
    for (; learntBlock <= b; learntBlock++, learntRun = 0) {
      const { block } = placed[learntBlock];
      const runs = findNames(block);
      for (; learntRun < runs.length; learntRun++) {
        if (learntBlock === b && runs[learntRun].sourceStart >= offset) return;
        learn(fullNames, runs[learntRun]);
      }
    }
  };
  placed.forEach(({ block, base, indirect }, b) => {
    for (const f of indirect ?? findIndirect(block)) {
      let name = f.speaker;
      if (f.surname) {
        learnUpTo(b, f.speakerStart);
        name = fullNames.get(f.speaker) ?? f.speaker;
      }
      const start = base + f.start;
      const end = base + f.end;
      claims.push({
        id: `i${claims.length + 1}`,
        kind: 'indirect',
        start,
        end,
        text: doc.text.slice(start, end),
        speaker: {
          name,
          mentions: [{ start: base + f.speakerStart, end: base + f.speakerEnd, text: f.speaker, via: name === f.speaker ? 'name' : 'surname' }],
        },
        cue: f.cue,
        confidence: 0.7,
      });
    }
  });
  return claims;
}

/** A block in document order with its chunk's base, and its indirect speech when already found. */
export interface PlacedIndirect {
  block: AnalyzedBlock;
  base: number;
  indirect?: readonly LocalIndirect[];
}

/** The document's blocks in order. */
function placeBlocks(doc: Document): PlacedIndirect[] {
  const placed: PlacedIndirect[] = [];
  for (const chunk of doc.chunks) for (const block of chunk.blocks) placed.push({ block, base: chunk.base });
  return placed;
}

/** Remembers a person's full name under their surname. */
function learn(fullNames: Map<string, string>, run: NameRun): void {
  if (run.kind !== 'person' || !run.text.includes(' ')) return;
  fullNames.set(run.text.slice(run.text.lastIndexOf(' ') + 1), run.text);
}

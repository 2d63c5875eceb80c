/**
 * Real words that are damage, in a document that shows damage: OCR turns
 * "and" into "nd", "than" into "thar", "in" into "mn", "was" into "way", and
 * each of those is in the dictionary, so no spelling check sees it. In clean
 * text such words are what they say; in a page where the scanner has been
 * misreading letters all along, a rare word one misreading from a frequent
 * word that fits the neighbours far better is more likely damage.
 *
 * The decision is the noisy channel again, with the document's damage rate
 * `rate` (estimated by ./ocr-analysis.ts from the non-words it flagged) as
 * the prior of damage. For a written word `w` and a correction `c` from the
 * suggester (its score is zipf(c) − cost(w | c)), in log10 odds:
 *
 *     prior   = score(c) − zipf(w) + log10(rate / (1 − rate))
 *     context = Σ sides log10 assoc(side, c) − log10 assoc(side, w)
 *
 * where assoc is the Gamma–Poisson association of a pair with the word
 * beside it (./real-word.ts). A word is reported when prior + context
 * reaches DAMAGED_REAL_WORD.margin, the context alone favours the
 * correction by `minContext`, and a pair of the correction with a
 * neighbour was seen. Only words up to `maxZipf` are questioned (rarer
 * still when long), never when every pair they make with their neighbours
 * is a known pair, and never an inflection of the correction ("hoped" for
 * "hopes" is grammar, not damage). Findings are unsure (at most
 * `confidenceCap`): the document makes such a word suspect; it does not
 * make the correction safe to apply unasked.
 *
 * A capitalised word in mid-sentence (after a lower-case word on its line)
 * is weighed the same way in lower case when the lexicon knows it only in
 * lower case and not rarely, and the document does not repeat it as a name:
 * "next Lo the door" (to), "the bankruptcy Jaw" (law); the capital is damage
 * as much as the letter.
 *
 * A clean document never gets here (./ocr-analysis.ts calls this only for
 * a document that shows damage), so its real words cost nothing.
 */
import type { ContextData } from '../context/context-data.js';
import type { Document } from '../document.js';
import type { Channel } from '../lexicon/channel.js';
import { Flag } from '../lexicon/format.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { suggest } from '../lexicon/suggest.js';
import type { Token } from '../types.js';
import { hyphenationHalves } from './broken-word.js';
import { DAMAGED_REAL_WORD, INFLECTION_ENDINGS } from './garbled-word-data.js';
import { association, isWordGap } from './real-word.js';

/** A real word read as damage. Offsets are document offsets. */
export interface DamagedRealWord {
  start: number;
  end: number;
  /** As written ("thar"). */
  word: string;
  /** Corrections, best first ("than"). */
  suggestions: string[];
  confidence: number;
}

const LOWER_WORD = /^[a-z]+$/;
const TITLE_WORD = /^[A-Z][a-z]+$/;
const SAME_LINE = /^[ \t\u00a0]+$/;
/** Marks that may close a word without joining it to the next (not "." inside "U.S."). */
const CLOSING = /^[,.;:!?)\]"”’']+$/;
const OPENING = /^[(["“‘']+$/;

/**
 * The real words of a damaged document that are likely damage, in document
 * order. `rate` is the share of its words the document's damage is
 * estimated at; `taken` holds the start offsets already reported by other
 * findings (never reported twice); `channel` is the document's adapted
 * channel, if it learned its damage (the misreadings it makes elsewhere are
 * the likeliest here too).
 */
export function findDamagedRealWords(
  doc: Document,
  lex: Lexicon,
  data: ContextData,
  rate: number,
  taken: ReadonlySet<number>,
  channel?: Channel,
): DamagedRealWord[] {
  const out: DamagedRealWord[] = [];
  const r = Math.min(DAMAGED_REAL_WORD.maxRate, Math.max(DAMAGED_REAL_WORD.minRate, rate));
  const priorOfDamage = Math.log10(r / (1 - r));
  // Per distinct word: whether it may be questioned at all (most words are settled by one look-up here),
  // and, only for words met in an unusual pair, what it could be instead (a suggester call each).
  const plans = new Map<string, WordPlan | null>();
  let capitalised: Map<string, number> | undefined;
  const planOf = (w: string): WordPlan | null => {
    let plan = plans.get(w);
    if (plan === undefined) plans.set(w, (plan = wordPlan(lex, data, w)));
    return plan;
  };
  for (const chunk of doc.chunks) {
    for (const block of chunk.blocks) {
      const tokens = block.tokens;
      let halves: ReadonlySet<number> | undefined;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        // Only lower-case words are questioned, and capitalised ones in mid-sentence that are never names
        // ("the bankruptcy Jaw"): one comparison rules out the rest before any look-up.
        const first = t.text.charCodeAt(0);
        if (t.kind !== 'word' || t.text.length > DAMAGED_REAL_WORD.maxLength) continue;
        let w = t.text;
        if (first >= 65 && first <= 90) {
          if (!capitalInsideSentence(tokens, i, lex)) continue;
          // A capitalised form the document repeats is a name it uses ("Wert singled … Wert's smash").
          capitalised ??= capitalisedCounts(doc);
          if ((capitalised.get(t.text) ?? 0) > 1) continue;
          w = t.text.toLowerCase();
        } else if (first < 97 || first > 122) continue;
        const plan = planOf(w);
        if (plan === null || taken.has(chunk.base + t.sourceStart) || !standsAlone(tokens, i)) continue;
        const prev = neighbourWord(tokens, i, -1);
        const next = neighbourWord(tokens, i, 1);
        if (prev === undefined && next === undefined) continue;
        const prevPrefix = prev === undefined ? 0 : data.pairPrefix(prev);
        const nPrev = prev === undefined ? 0 : data.pairCountAfter(prevPrefix, w);
        const nNext = next === undefined ? 0 : data.pairCountAfter(plan.prefix, next);
        // A pair the word makes with a neighbour is known English: nothing to weigh.
        if (nPrev > 0 || nNext > 0) continue;
        halves ??= hyphenationHalves(block, lex);
        if (halves.has(i)) continue;
        const fx = prev === undefined ? 0 : Math.max(1, data.count(prev));
        const fy = next === undefined ? 0 : Math.max(1, data.count(next));
        const writtenFit =
          (prev === undefined ? 0 : Math.log10(association(nPrev, fx * plan.p))) + (next === undefined ? 0 : Math.log10(association(nNext, fy * plan.p)));
        let best: Reading | undefined;
        let total = 1; // the word as written: odds 0
        const readings: Reading[] = [];
        plan.corrections ??= corrections(lex, data, w, plan.zipf, channel);
        for (const c of plan.corrections) {
          const ncPrev = prev === undefined ? 0 : data.pairCountAfter(prevPrefix, c.word);
          const ncNext = next === undefined ? 0 : data.pairCountAfter(c.prefix, next);
          if (ncPrev < DAMAGED_REAL_WORD.minPair && ncNext < DAMAGED_REAL_WORD.minPair) continue;
          const fit = (prev === undefined ? 0 : Math.log10(association(ncPrev, fx * c.p))) + (next === undefined ? 0 : Math.log10(association(ncNext, fy * c.p)));
          const context = fit - writtenFit;
          if (context < DAMAGED_REAL_WORD.minContext) continue;
          const reading = { word: c.word, odds: c.prior + priorOfDamage + context };
          readings.push(reading);
          total += 10 ** reading.odds;
          if (!best || reading.odds > best.odds) best = reading;
        }
        if (!best || best.odds < DAMAGED_REAL_WORD.margin) continue;
        readings.sort((a, b) => b.odds - a.odds);
        // Share of the best reading among the word as written and the readings weighed.
        const confidence = Math.min(DAMAGED_REAL_WORD.confidenceCap, 10 ** best.odds / total);
        out.push({
          start: chunk.base + t.sourceStart,
          end: chunk.base + t.sourceEnd,
          word: t.text,
          suggestions: readings.slice(0, 3).map((x) => x.word),
          confidence: Math.round(confidence * 100) / 100,
        });
      }
    }
  }
  return out;
}

/** A reading of one occurrence: a correction and its log10 odds against the word as written. */
interface Reading {
  word: string;
  odds: number;
}

/** What a word of the document could be instead, worked out once per distinct word. */
interface WordPlan {
  /** The word's Zipf, its probability in the counted text, and its pair prefix (../context). */
  zipf: number;
  p: number;
  prefix: number;
  /**
   * Corrections that may be weighed: suggester score minus the word's Zipf
   * (the odds before damage and context). Worked out when the word is first
   * met in a pair English does not know.
   */
  corrections?: Correction[];
}

interface Correction {
  word: string;
  prior: number;
  p: number;
  prefix: number;
}

/**
 * The plan of a word, or null when it is never questioned: not a
 * lower-case dictionary word, or too frequent for its length.
 */
function wordPlan(lex: Lexicon, data: ContextData, w: string): WordPlan | null {
  if (!LOWER_WORD.test(w)) return null;
  const id = lex.lookup(w);
  if (id < 0) return null;
  const zipf = lex.zipfOf(id);
  if (zipf > (w.length <= DAMAGED_REAL_WORD.shortLength ? DAMAGED_REAL_WORD.maxZipfShort : DAMAGED_REAL_WORD.maxZipf)) return null;
  const counted = Math.max(1, data.meta.words.counted);
  return { zipf, p: data.count(w) / counted, prefix: data.pairPrefix(w) };
}

/**
 * The corrections of a word: more frequent words one misreading away
 * (single letters other than "a" and inflections of the word are none).
 */
function corrections(lex: Lexicon, data: ContextData, w: string, zipf: number, channel: Channel | undefined): Correction[] {
  const counted = Math.max(1, data.meta.words.counted);
  const out: Correction[] = [];
  for (const s of suggest(w, { lexicon: lex, channel, max: DAMAGED_REAL_WORD.candidates, nearOnly: true })) {
    const c = s.word;
    if (!LOWER_WORD.test(c) || c === w || (c.length === 1 && c !== 'a') || isInflection(w, c)) continue;
    if (lex.frequency(c) < zipf + DAMAGED_REAL_WORD.minZipfGain) continue;
    out.push({ word: c, prior: s.score - zipf, p: data.count(c) / counted, prefix: data.pairPrefix(c) });
  }
  return out;
}

/**
 * Whether word token `i` is a capital then lower case in mid-sentence (a
 * lower-case word before it on the same line) and in lower case a word the
 * lexicon knows only in lower case, and not rarely (DAMAGED_REAL_WORD
 * .minZipfCapitalised): no name, so the capital is damage too.
 */
function capitalInsideSentence(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i];
  const gap = tokens[i - 1];
  const before = tokens[i - 2];
  if (!TITLE_WORD.test(t.text) || gap?.kind !== 'space' || !SAME_LINE.test(gap.text) || before?.kind !== 'word' || !LOWER_WORD.test(before.text)) return false;
  const id = lex.lookup(t.text.toLowerCase());
  // A rare word ("wert", "vole") is as likely a name the lexicon lacks.
  return id >= 0 && (lex.flags[id] & (Flag.LOWER | Flag.TITLE | Flag.UPPER | Flag.MIXED)) === Flag.LOWER && lex.zipfOf(id) >= DAMAGED_REAL_WORD.minZipfCapitalised;
}

/** How often each capitalised word occurs in a document, as written. */
function capitalisedCounts(doc: Document): Map<string, number> {
  const counts = new Map<string, number>();
  for (const chunk of doc.chunks) {
    for (const block of chunk.blocks) {
      for (const t of block.tokens) {
        const c = t.text.charCodeAt(0);
        if (t.kind === 'word' && c >= 65 && c <= 90) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/**
 * Whether word token `i` stands alone in running text: spaces (or an
 * opening mark) before it and a space, a closing mark or the end after it,
 * so that "S" in "U.S." or "t" in a split contraction are never weighed.
 */
function standsAlone(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  // A unit after a figure ("12 nm", "5 km") is a unit.
  if (before?.kind === 'space' && tokens[i - 2]?.kind === 'number') return false;
  if (before !== undefined && before.kind !== 'space') {
    if (before.kind !== 'punct' || !OPENING.test(before.text)) return false;
    const gap = tokens[i - 2];
    if (gap !== undefined && gap.kind !== 'space') return false;
  }
  const after = tokens[i + 1];
  if (after === undefined || after.kind === 'space') return true;
  if (after.kind !== 'punct' || !CLOSING.test(after.text)) return false;
  const gap = tokens[i + 2];
  return gap === undefined || gap.kind === 'space';
}

/**
 * The word beside token `i` in direction `dir`, when only plain spacing
 * separates them and it is ASCII letters only. As written: the context
 * data's look-ups ignore case.
 */
function neighbourWord(tokens: readonly Token[], i: number, dir: 1 | -1): string | undefined {
  const t = tokens[i + 2 * dir];
  if (t === undefined || t.kind !== 'word' || !isLetters(t.text) || !isWordGap(tokens[i + dir])) return undefined;
  return t.text;
}

/** Whether a word is ASCII letters only (a loop: this runs for most words of a damaged page). */
function isLetters(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k) | 32;
    if (c < 97 || c > 122) return false;
  }
  return word.length > 0;
}

/** Whether one of two words is the other with an inflection's ending ("hope"/"hoped", "vote"/"voters"). */
function isInflection(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!long.startsWith(short) && !long.startsWith(short.slice(0, -1))) return false;
  const stem = long.startsWith(short) ? short : short.slice(0, -1);
  return stem.length >= 3 && INFLECTION_ENDINGS.has(long.slice(stem.length)) && INFLECTION_ENDINGS.has(short.slice(stem.length));
}

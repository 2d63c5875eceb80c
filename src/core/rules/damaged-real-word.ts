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
 * A clean document never gets here (./ocr-analysis.ts calls this only for
 * a document that shows damage), so its real words cost nothing.
 */
import type { ContextData } from '../context/context-data.js';
import type { Document } from '../document.js';
import type { Channel } from '../lexicon/channel.js';
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
const LETTER_WORD = /^[A-Za-z]+$/;
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
  const counted = Math.max(1, data.meta.words.counted);
  for (const chunk of doc.chunks) {
    for (const block of chunk.blocks) {
      const tokens = block.tokens;
      let halves: ReadonlySet<number> | undefined;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (t.kind !== 'word' || t.text.length > DAMAGED_REAL_WORD.maxLength || !LOWER_WORD.test(t.text)) continue;
        if (taken.has(chunk.base + t.sourceStart) || !standsAlone(tokens, i)) continue;
        const id = lex.lookup(t.text);
        if (id < 0) continue;
        const zipf = lex.zipfOf(id);
        if (zipf > (t.text.length <= DAMAGED_REAL_WORD.shortLength ? DAMAGED_REAL_WORD.maxZipfShort : DAMAGED_REAL_WORD.maxZipf)) continue;
        const prev = neighbourWord(tokens, i, -1);
        const next = neighbourWord(tokens, i, 1);
        if (prev === undefined && next === undefined) continue;
        const w = t.text;
        const nPrev = prev === undefined ? 0 : data.pairCount(prev, w);
        const nNext = next === undefined ? 0 : data.pairCount(w, next);
        // Every pair the word makes with its neighbours is known English: nothing to weigh.
        if ((prev === undefined || nPrev > 0) && (next === undefined || nNext > 0)) continue;
        halves ??= hyphenationHalves(block, lex);
        if (halves.has(i)) continue;
        const pw = data.count(w) / counted;
        const fx = prev === undefined ? 0 : Math.max(1, data.count(prev));
        const fy = next === undefined ? 0 : Math.max(1, data.count(next));
        const writtenFit =
          (prev === undefined ? 0 : Math.log10(association(nPrev, fx * pw))) + (next === undefined ? 0 : Math.log10(association(nNext, fy * pw)));
        const scored: Array<{ word: string; odds: number }> = [];
        for (const s of suggest(w, { lexicon: lex, channel, max: DAMAGED_REAL_WORD.candidates })) {
          const c = s.word;
          // One letter is a word only as "a" ("t" for "th" is no correction).
          if (!LOWER_WORD.test(c) || c === w || (c.length === 1 && c !== 'a') || isInflection(w, c)) continue;
          if (lex.frequency(c) < zipf + DAMAGED_REAL_WORD.minZipfGain) continue;
          const pc = data.count(c) / counted;
          const ncPrev = prev === undefined ? 0 : data.pairCount(prev, c);
          const ncNext = next === undefined ? 0 : data.pairCount(c, next);
          if (ncPrev < DAMAGED_REAL_WORD.minPair && ncNext < DAMAGED_REAL_WORD.minPair) continue;
          const fit =
            (prev === undefined ? 0 : Math.log10(association(ncPrev, fx * pc))) + (next === undefined ? 0 : Math.log10(association(ncNext, fy * pc)));
          const context = fit - writtenFit;
          if (context < DAMAGED_REAL_WORD.minContext) continue;
          scored.push({ word: c, odds: s.score - zipf + priorOfDamage + context });
        }
        if (scored.length === 0) continue;
        scored.sort((a, b) => b.odds - a.odds);
        if (scored[0].odds < DAMAGED_REAL_WORD.margin) continue;
        // Share of the best reading among the word as written (odds 0) and the readings weighed.
        let total = 1;
        for (const s of scored) total += 10 ** s.odds;
        const confidence = Math.min(DAMAGED_REAL_WORD.confidenceCap, 10 ** scored[0].odds / total);
        out.push({
          start: chunk.base + t.sourceStart,
          end: chunk.base + t.sourceEnd,
          word: w,
          suggestions: scored.slice(0, 3).map((s) => s.word),
          confidence: Math.round(confidence * 100) / 100,
        });
      }
    }
  }
  return out;
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

/** The word beside token `i` in direction `dir` (lower-cased), when only plain spacing separates them. */
function neighbourWord(tokens: readonly Token[], i: number, dir: 1 | -1): string | undefined {
  const t = tokens[i + 2 * dir];
  if (!isWordGap(tokens[i + dir]) || t === undefined || t.kind !== 'word' || !LETTER_WORD.test(t.text)) return undefined;
  return t.text.toLowerCase();
}

/** Whether one of two words is the other with an inflection's ending ("hope"/"hoped", "vote"/"voters"). */
function isInflection(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!long.startsWith(short) && !long.startsWith(short.slice(0, -1))) return false;
  const stem = long.startsWith(short) ? short : short.slice(0, -1);
  return stem.length >= 3 && INFLECTION_ENDINGS.has(long.slice(stem.length)) && INFLECTION_ENDINGS.has(short.slice(stem.length));
}

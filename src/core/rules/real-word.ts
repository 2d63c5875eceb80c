/**
 * Real-word errors: damage that left a real word, so only context shows it.
 * Two checks, on words of running prose (no punctuation between them):
 *
 * 1. A known name with one word damaged into another real word ("the Untied
 *    States", "the United State"): two or three capitalised words that are
 *    an indexed damage of a name seen often in the counted text, while the
 *    damaged form was (almost) never seen. Written in the name's case only
 *    (capitals where it has them), so "a united state" is left alone.
 * 2. A word whose close neighbour fits its neighbours far better ("we must
 *    protect out national security" → "our", "the prime minster" →
 *    "minister"; "an automatic military invention" → "intervention" is the
 *    kind, though its pair is too rare in the counted text to reach the
 *    threshold). For a lower-case word
 *    (or a capitalised one starting a sentence) with neighbours in the index,
 *    and whose pairs with the words either side were never seen twice, each
 *    candidate is scored by the log10 odds
 *
 *      Σ sides log10(assoc(context, candidate) / assoc(context, written))
 *      + FREQUENCY_WEIGHT · log10(P(candidate) / P(written))
 *      − EDIT_COST_WEIGHT · cost(edit)
 *
 *    where assoc is the Gamma–Poisson estimate of ./real-word-data.ts. It is
 *    reported when the score reaches MIN_SCORE, the context part alone
 *    reaches MIN_CONTEXT_EVIDENCE, and one side's pair with the candidate was
 *    seen at least MIN_ALTERNATIVE_PAIR times while the written pairs were
 *    seen at most once (a written pair seen twice or more is never reported,
 *    whatever the candidate).
 *
 * Data: dist/context.bin (../context/). Without it the rule reports nothing.
 * Each block is scanned once and remembered (perBlock); a word costs one
 * hash and one bisection unless it has neighbours, and candidates are scored
 * only when neither written pair is a known one.
 */
import { type ContextData, type NameDamage, type NeighbourSet } from '../context/context-data.js';
import { loadContextFile } from '../context/load-node.js';
import { placeBlockSpans, type Document } from '../document.js';
import { defaultLexicon } from '../lexicon/default.js';
import { hyphenationHalves } from './broken-word.js';
import type { AnalyzedBlock, Token } from '../types.js';
import {
  ASSOCIATION_PRIOR,
  EDIT_COST_WEIGHT,
  FREQUENCY_WEIGHT,
  MAX_PAIR_CONFIDENCE,
  MIN_ALTERNATIVE_PAIR,
  MIN_CONTEXT_EVIDENCE,
  MIN_SCORE,
  MIN_WORD_LENGTH,
  NAME_CONFIDENCE,
} from './real-word-data.js';

/** The memo key of the per-block scan. */
const RULE_ID = 'ocr/real-word';

/** One real-word error, in document offsets. */
export interface RealWordError {
  start: number;
  end: number;
  /** The word as written. */
  word: string;
  /** The word meant, in the written word's case. */
  suggestion: string;
  /** 0–1. */
  confidence: number;
  /** What showed it: a damaged known name, or the neighbouring words. */
  evidence: 'name' | 'pairs';
  /** The name, when evidence is 'name' ("United States"). */
  name?: string;
  message: string;
}

/** Whether `word` from `from` on is lower-case ASCII letters only, at least one (a loop: this runs on every word). */
function isLowerWord(word: string, from = 0): boolean {
  for (let i = from; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return word.length > from;
}

/** Whether `word` is a capital then lower-case ASCII letters ("Untied", not "UNTIED" or "iPhone"). */
function isTitleWord(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90 && isLowerWord(word, 1);
}

/** Whether the space token between two words is plain running-prose spacing: spaces or tabs and at most one line break (shared with ./damaged-real-word.ts). */
export function isWordGap(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'space') return false;
  let breaks = 0;
  for (let i = 0; i < t.text.length; i++) {
    const c = t.text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029) breaks++;
    else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) return false;
  }
  return breaks <= 1;
}

/** Writes `word` (lower case) in the case of `like`. */
function inCaseOf(word: string, like: string): string {
  return isTitleWord(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/**
 * Gamma–Poisson association of a pair seen `n` times where `expected` were
 * expected (ASSOCIATION_PRIOR keeps rare pairs from swinging it). Shared by
 * the OCR rules that weigh a reading by its neighbours (./digit-words.ts,
 * ./ocr-analysis.ts).
 */
export function association(n: number, expected: number): number {
  return (ASSOCIATION_PRIOR + n) / (ASSOCIATION_PRIOR + expected);
}

/** Scratch of {@link BlockScanner}: the word before and after each token (grown as needed). */
let scratchPrev = new Int32Array(1024);
let scratchNext = new Int32Array(1024);

/** Scratch of {@link BlockScanner.checkName}: the token indexes and texts of the words tried as a name. */
const nameIdx: number[] = [];
const nameWritten: string[] = [];

/** Block-local scan; offsets are chunk-relative. */
class BlockScanner {
  private readonly tokens: readonly Token[];
  /** Token index of the word before/after each word token when only a word gap separates them, else -1. */
  private readonly prevWord: Int32Array;
  private readonly nextWord: Int32Array;
  private readonly sentenceFirstWords = new Set<number>();
  /** Token indexes already reported (a damaged name is not scored again by pairs). */
  private readonly reported = new Set<number>();

  constructor(
    private readonly data: ContextData,
    block: AnalyzedBlock,
    private readonly out: RealWordError[],
    /** Token indexes that are halves of a word hyphenated at a line end: fragments, never judged. */
    private readonly halves: ReadonlySet<number> = new Set(),
  ) {
    const tokens = (this.tokens = block.tokens);
    // Views on shared scratch memory: a block's scan is over before the next one starts.
    if (scratchPrev.length < tokens.length) {
      scratchPrev = new Int32Array(2 * tokens.length);
      scratchNext = new Int32Array(2 * tokens.length);
    }
    this.prevWord = scratchPrev.subarray(0, tokens.length).fill(-1);
    this.nextWord = scratchNext.subarray(0, tokens.length).fill(-1);
    for (let i = 2; i < tokens.length; i++) {
      if (tokens[i].kind === 'word' && tokens[i - 2].kind === 'word' && isWordGap(tokens[i - 1])) {
        this.prevWord[i] = i - 2;
        this.nextWord[i - 2] = i;
      }
    }
    for (const s of block.sentences) {
      for (let i = s.firstToken; i < s.endToken; i++) {
        if (tokens[i].kind === 'word') {
          this.sentenceFirstWords.add(i);
          break;
        }
      }
    }
  }

  run(): void {
    const tokens = this.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== 'word' || t.text.length < MIN_WORD_LENGTH - 1 || this.halves.has(i)) continue;
      if (this.nextWord[i] >= 0 && isTitleWord(t.text)) this.checkName(i);
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== 'word' || t.text.length < MIN_WORD_LENGTH || this.reported.has(i) || this.halves.has(i)) continue;
      this.checkPairs(i);
    }
  }

  /** Damaged names starting at word `i`: windows of two and three words. */
  private checkName(i: number): void {
    // Scratch arrays: this runs for every capitalised word followed by another, and nearly always finds nothing.
    const idx = nameIdx;
    const written = nameWritten;
    idx.length = 0;
    written.length = 0;
    idx.push(i);
    written.push(this.tokens[i].text);
    for (let len = 2; len <= 3; len++) {
      const next = this.nextWord[idx[idx.length - 1]];
      if (next < 0) return;
      idx.push(next);
      written.push(this.tokens[next].text);
      const found = this.data.nameDamage(written);
      if (found && this.caseFits(written, found)) {
        this.reportName(idx.slice(), written.slice(), found);
        return;
      }
    }
  }

  /** The written words have the name's case: capitalised where the name is, lower case where it is ("of"). */
  private caseFits(written: readonly string[], found: NameDamage): boolean {
    for (let k = 0; k < written.length; k++) {
      const nameWord = found.name[k];
      const capital = nameWord.charAt(0) !== nameWord.charAt(0).toLowerCase();
      if (capital ? !isTitleWord(written[k]) : written[k] !== nameWord) return false;
    }
    return true;
  }

  private reportName(idx: readonly number[], written: readonly string[], found: NameDamage): void {
    const k = idx[found.position];
    const t = this.tokens[k];
    const name = found.name.join(' ');
    const suggestion = found.name[found.position];
    this.reported.add(k);
    this.out.push({
      start: t.sourceStart,
      end: t.sourceEnd,
      word: t.text,
      suggestion,
      confidence: NAME_CONFIDENCE,
      evidence: 'name',
      name,
      message: `“${written.join(' ')}” looks like a damaged “${name}”: “${t.text}” → “${suggestion}”`,
    });
  }

  /** A word whose neighbour fits the words either side far better. */
  private checkPairs(i: number): void {
    const t = this.tokens[i];
    const text = t.text;
    if (!isLowerWord(text) && !(this.sentenceFirstWords.has(i) && isTitleWord(text))) return;
    const nb = this.data.neighbours(text);
    if (!nb) return;
    const p = this.prevWord[i];
    const n = this.nextWord[i];
    if (p < 0 && n < 0) return;
    const x = p >= 0 ? this.tokens[p].text : undefined;
    const y = n >= 0 ? this.tokens[n].text : undefined;
    // A written pair seen twice or more is real English: never second-guessed.
    const xPrefix = x !== undefined ? this.data.pairPrefix(x) : 0;
    if (x !== undefined && this.data.pairCountAfter(xPrefix, text) > 0) return;
    if (y !== undefined && this.data.pairCount(text, y) > 0) return;
    const best = this.bestCandidate(nb, x, xPrefix, y);
    if (!best) return;
    const suggestion = inCaseOf(best.word, text);
    const confidence = Math.min(MAX_PAIR_CONFIDENCE, 1 - 0.5 * 10 ** -(best.score - MIN_SCORE));
    this.reported.add(i);
    this.out.push({
      start: t.sourceStart,
      end: t.sourceEnd,
      word: text,
      suggestion,
      confidence: Math.round(confidence * 100) / 100,
      evidence: 'pairs',
      message: `“${text}” is a word, but “${suggestion}” fits here far better`,
    });
  }

  /**
   * The best-scoring candidate that passes every threshold, or undefined.
   * `xPrefix` is `pairPrefix(x)`. A candidate neither of whose pairs reaches
   * MIN_ALTERNATIVE_PAIR fails whatever its score, so the pair counts are
   * read first and the logarithms computed only for the few that pass.
   */
  private bestCandidate(nb: NeighbourSet, x: string | undefined, xPrefix: number, y: string | undefined): { word: string; score: number } | undefined {
    const data = this.data;
    const pw = 10 ** (nb.zipf - 9);
    let fx = -1;
    let fy = -1;
    let best: { word: string; score: number } | undefined;
    for (const c of nb.candidates) {
      const nx = x !== undefined ? data.pairCountAfter(xPrefix, c.word) : 0;
      const ny = y !== undefined ? data.pairCountAfter(c.prefix, y) : 0;
      if (nx < MIN_ALTERNATIVE_PAIR && ny < MIN_ALTERNATIVE_PAIR) continue;
      const pc = 10 ** (c.zipf - 9);
      let context = 0;
      // The written pairs were never seen twice (checked by the caller): their count is 0.
      if (x !== undefined) {
        if (fx < 0) fx = Math.max(1, data.count(x));
        context += Math.log10(association(nx, fx * pc) / association(0, fx * pw));
      }
      if (y !== undefined) {
        if (fy < 0) fy = Math.max(1, data.count(y));
        context += Math.log10(association(ny, fy * pc) / association(0, fy * pw));
      }
      if (context < MIN_CONTEXT_EVIDENCE) continue;
      const score = context + FREQUENCY_WEIGHT * Math.log10(pc / pw) - EDIT_COST_WEIGHT * c.cost;
      if (score >= MIN_SCORE && (!best || score > best.score)) best = { word: c.word, score };
    }
    return best;
  }
}

/** Cached context data: loaded on first use; null when the file is missing or unreadable. */
let defaultData: ContextData | null | undefined;

/** The context data (dist/context.bin), loaded once; null when missing. Shared with ./ocr-analysis.ts. */
export function contextOrNull(): ContextData | null {
  if (defaultData === undefined) {
    try {
      defaultData = loadContextFile();
    } catch {
      defaultData = null;
    }
  }
  return defaultData;
}

/**
 * Finds real-word errors in a document, in document order. `data` defaults
 * to dist/context.bin; without it nothing is found. Never throws on any
 * text; linear in the number of tokens.
 */
export function findRealWords(doc: Document, data: ContextData | null = contextOrNull()): RealWordError[] {
  if (!data) return [];
  // Depends on the block alone (and the data, fixed for the process): reused while the block is unchanged.
  return placeBlockSpans(doc, RULE_ID, (block) => {
    const found: RealWordError[] = [];
    const lex = defaultLexicon();
    new BlockScanner(data, block, found, lex ? hyphenationHalves(block, lex) : undefined).run();
    found.sort((a, b) => a.start - b.start);
    return found;
  });
}

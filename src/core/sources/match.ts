/**
 * Matching one quote against the index: candidate passages from trigram
 * hits, then word alignment (./align.ts) of each fragment, in order, in the
 * same source.
 *
 * 1. Each fragment's trigrams are looked up, rarest first, within a postings
 *    budget; every hit votes for a diagonal (source position − quote
 *    position), and for its source.
 * 2. The sources with most votes are tried. In each, the fragments are
 *    aligned one after the other, each after where the previous one ended,
 *    around its best-voted diagonals. A fragment with no usable hit there
 *    counts as words added (an ellipsis that splices text out of order is a
 *    misquote, not a quote).
 * 3. The source whose alignment finds most quote words wins. All words found
 *    with no edit: verified. Enough of them (./sources-data.ts): a near match,
 *    with the word-level diff. Otherwise not found.
 */
import type { DiffPart, SourceLocation, Verification } from '../types.js';
import { alignBanded, type AlignOp, type Alignment } from './align.js';
import type { QuoteFragments, QuoteUnit } from './quote-text.js';
import type { SourceIndex } from './source-index.js';
import {
  BAND_MAX,
  BAND_MIN,
  CANDIDATE_PASSAGES,
  CANDIDATE_SOURCES,
  HUNK_JOIN_WORDS,
  MAX_POSTINGS_PER_TRIGRAM,
  MAX_POSTINGS_PER_WORD,
  NEAR_MATCH_MIN_WORDS,
  NEAR_MATCH_SIMILARITY,
  POSTINGS_BUDGET_BASE,
  POSTINGS_BUDGET_PER_WORD,
  SHORT_FRAGMENT_REACH,
  TRIGRAM_VOTE,
  WORD_VOTE,
} from './sources-data.js';

/** A change, quote words against source words, for messages ("at its disposal" → "in its possession"). */
export interface Hunk {
  quote: string;
  source: string;
  /** Where the source words of the change start (or the passage start when the source has none). */
  sourceOffset: number;
}

/** What matching a quote found, with what the rules need besides the claim's verification. */
export interface QuoteMatch {
  verification: Verification;
  /** Index of the source the location is in (verified and near-match). */
  source?: number;
  /** The differences, grouped for messages (near-match only). */
  hunks: Hunk[];
}

/** A fragment with its words' interned ids. */
interface PreparedFragment {
  units: readonly QuoteUnit[];
  keyIds: Int32Array;
  rawIds: Int32Array;
  /** Votes per diagonal (source position − fragment position). */
  votes: Map<number, number>;
  /** Votes per source (index into `index.sources`). */
  sourceVotes: Map<number, number>;
  band: number;
}

/** One fragment's outcome in one source. */
interface FragmentResult {
  fragment: PreparedFragment;
  alignment: Alignment | undefined;
}

/** Matches a parsed quote against the index. */
export function matchQuote(index: SourceIndex, fragments: QuoteFragments): QuoteMatch {
  const prepared = fragments.map((units) => prepare(index, units));
  const total = prepared.reduce((n, f) => n + f.units.length, 0);
  const notFound = (similarity = 0): QuoteMatch => ({ verification: { status: 'not-found', similarity }, hunks: [] });
  if (total === 0 || index.size === 0) return notFound();

  const sourceVotes = new Map<number, number>();
  for (const f of prepared) {
    for (const [s, n] of f.sourceVotes) sourceVotes.set(s, (sourceVotes.get(s) ?? 0) + n);
  }
  if (sourceVotes.size === 0) return notFound();
  const candidates = [...sourceVotes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATE_SOURCES);

  let best: { source: number; results: FragmentResult[]; matches: number; cost: number } | undefined;
  for (const [s] of candidates) {
    const results = alignInSource(index, s, prepared);
    let matches = 0;
    let cost = 0;
    for (const r of results) {
      matches += r.alignment ? r.alignment.matches : 0;
      cost += r.alignment ? r.alignment.cost : 2 * r.fragment.units.length;
    }
    if (!best || matches > best.matches || (matches === best.matches && cost < best.cost)) best = { source: s, results, matches, cost };
    // Nothing beats the quote found word for word.
    if (best.cost === 0 && best.matches === total) break;
  }
  if (!best) return notFound();

  const similarity = best.matches / total;
  if (best.cost === 0 && best.matches === total) {
    return { verification: { status: 'verified', location: locate(index, best.source, best.results), similarity: 1 }, source: best.source, hunks: [] };
  }
  if (similarity < NEAR_MATCH_SIMILARITY || best.matches < NEAR_MATCH_MIN_WORDS) return notFound(similarity);
  const location = locate(index, best.source, best.results);
  const { diff, hunks } = describe(index, best.source, best.results, location?.start ?? 0);
  return {
    verification: { status: 'near-match', location, diff, similarity },
    source: best.source,
    hunks,
  };
}

/** Interns a fragment's keys and collects its diagonal votes. */
function prepare(index: SourceIndex, units: readonly QuoteUnit[]): PreparedFragment {
  const m = units.length;
  const keyIds = new Int32Array(m);
  const rawIds = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    keyIds[i] = index.idOf(units[i].key);
    rawIds[i] = index.idOf(units[i].raw);
  }
  const band = Math.min(BAND_MAX, Math.max(BAND_MIN, Math.ceil(m / 2)));
  const votes = new Map<number, number>();
  const sourceVotes = new Map<number, number>();
  // The fragment's trigrams that some source has, rarest first, within the budget.
  const lists: { i: number; postings: readonly number[] }[] = [];
  for (let i = 0; i + 2 < m; i++) {
    if (keyIds[i] < 0 || keyIds[i + 1] < 0 || keyIds[i + 2] < 0) continue;
    const postings = index.postingsOf(keyIds[i], keyIds[i + 1], keyIds[i + 2]);
    if (postings.length > 0) lists.push({ i, postings });
  }
  lists.sort((a, b) => a.postings.length - b.postings.length);
  let budget = POSTINGS_BUDGET_BASE + POSTINGS_BUDGET_PER_WORD * m;
  for (const { i, postings } of lists) {
    if (votes.size > 0 && postings.length > MAX_POSTINGS_PER_TRIGRAM) break;
    budget -= castVotes(index, postings, i, TRIGRAM_VOTE, budget, votes, sourceVotes);
    if (budget <= 0) break;
  }
  // Rare single words vote too, more weakly: a short misquote may share no
  // trigram with its passage ("all means at its disposal without delay").
  // When one passage already has most of the fragment's trigrams, they add
  // nothing but work.
  let strongest = 0;
  for (const n of votes.values()) if (n > strongest) strongest = n;
  if (strongest >= TRIGRAM_VOTE * Math.ceil((m - 2) / 2)) return { units, keyIds, rawIds, votes, sourceVotes, band };
  const rare: { i: number; positions: Int32Array }[] = [];
  for (let i = 0; i < m; i++) {
    const positions = index.occurrencesOf(keyIds[i]);
    if (positions.length > 0 && positions.length <= MAX_POSTINGS_PER_WORD) rare.push({ i, positions });
  }
  rare.sort((a, b) => a.positions.length - b.positions.length);
  budget = POSTINGS_BUDGET_BASE + POSTINGS_BUDGET_PER_WORD * m;
  for (const { i, positions } of rare) {
    budget -= castVotes(index, positions, i, WORD_VOTE, budget, votes, sourceVotes);
    if (budget <= 0) break;
  }
  return { units, keyIds, rawIds, votes, sourceVotes, band };
}

/**
 * Adds `weight` to the diagonal (`position − i`) and to the source of each of
 * the first `budget` index positions; returns how many it counted.
 */
function castVotes(
  index: SourceIndex,
  positions: ArrayLike<number>,
  i: number,
  weight: number,
  budget: number,
  votes: Map<number, number>,
  sourceVotes: Map<number, number>,
): number {
  const n = Math.min(positions.length, budget);
  for (let k = 0; k < n; k++) {
    const diagonal = positions[k] - i;
    votes.set(diagonal, (votes.get(diagonal) ?? 0) + weight);
    const s = index.sourceAt(positions[k]);
    sourceVotes.set(s, (sourceVotes.get(s) ?? 0) + weight);
  }
  return n;
}

/** Aligns every fragment in source `s`, in order. */
function alignInSource(index: SourceIndex, s: number, fragments: readonly PreparedFragment[]): FragmentResult[] {
  const source = index.sources[s];
  let after = source.first;
  const results: FragmentResult[] = [];
  let previousFound = false;
  for (const f of fragments) {
    let alignment: Alignment | undefined;
    const diagonals = passagesIn(f, source.first, source.end, after);
    for (const diagonal of diagonals) {
      const a = alignBanded(index, f.units, f.keyIds, f.rawIds, diagonal, f.band, after, source.end);
      if (a && (!alignment || a.cost < alignment.cost || (a.cost === alignment.cost && a.matches > alignment.matches))) alignment = a;
      if (alignment && alignment.cost === 0) break;
    }
    if (diagonals.length === 0 && previousFound && f.units.length < 3) {
      // Too short for a trigram: look just after the previous fragment.
      const reach = Math.max(f.band, SHORT_FRAGMENT_REACH / 2);
      alignment = alignBanded(index, f.units, f.keyIds, f.rawIds, after + reach, reach, after, source.end);
    }
    // A fragment that lines up with fewer than half its words was not found here.
    if (alignment && alignment.matches * 2 < f.units.length) alignment = undefined;
    if (alignment && alignment.to > alignment.from) after = alignment.to;
    previousFound = alignment !== undefined;
    results.push({ fragment: f, alignment });
  }
  return results;
}

/** The best-voted diagonals of a fragment inside `[first, end)`, at or after `after`, at least a band apart. */
function passagesIn(f: PreparedFragment, first: number, end: number, after: number): number[] {
  const m = f.units.length;
  const inside: [number, number][] = [];
  for (const [diagonal, n] of f.votes) {
    if (diagonal + m > after && diagonal >= first - f.band && diagonal < end) inside.push([diagonal, n]);
  }
  inside.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const chosen: number[] = [];
  for (const [diagonal] of inside) {
    if (chosen.every((d) => Math.abs(d - diagonal) > f.band)) chosen.push(diagonal);
    if (chosen.length >= CANDIDATE_PASSAGES) break;
  }
  return chosen;
}

/** Where the matched passage lies: from the first to the last source word aligned. */
function locate(index: SourceIndex, s: number, results: readonly FragmentResult[]): SourceLocation | undefined {
  let from = -1;
  let to = -1;
  for (const { alignment } of results) {
    if (!alignment || alignment.to <= alignment.from) continue;
    if (from < 0) from = alignment.from;
    to = alignment.to;
  }
  if (from < 0) return undefined;
  const source = index.sources[s];
  const start = index.start[from];
  const end = index.end[to - 1];
  return { source: source.id, start, end, ...index.position(s, start), text: source.text.slice(start, end) };
}

/** One word of the diff, before merging. */
interface DiffWord {
  op: DiffPart['op'];
  text: string;
  /** Source offset of a source word (same, removed). */
  offset?: number;
}

/** The word-level diff and the hunks of change, quote against source. */
function describe(index: SourceIndex, s: number, results: readonly FragmentResult[], fallbackOffset: number): { diff: DiffPart[]; hunks: Hunk[] } {
  const text = index.sources[s].text;
  const sourceWord = (p: number): string => text.slice(index.start[p], index.end[p]);
  const words: DiffWord[][] = [];
  for (const { fragment, alignment } of results) {
    const out: DiffWord[] = [];
    const quoteWord = (q: number): string => fragment.units[q].written;
    const ops: AlignOp[] = alignment ? alignment.ops : fragment.units.map((_, q) => ({ op: 'added' as const, q }));
    for (const o of ops) {
      if (o.op === 'same') out.push({ op: 'same', text: quoteWord(o.q), offset: index.start[o.p] });
      else if (o.op === 'added') out.push({ op: 'added', text: quoteWord(o.q) });
      else if (o.op === 'removed') {
        // Source words an editorial insertion replaces are not a difference.
        if (!o.free) out.push({ op: 'removed', text: sourceWord(o.p), offset: index.start[o.p] });
      } else {
        out.push({ op: 'removed', text: sourceWord(o.p), offset: index.start[o.p] });
        out.push({ op: 'added', text: quoteWord(o.q) });
      }
    }
    words.push(out.filter((w) => w.text !== '' || w.op === 'removed'));
  }
  return { diff: mergeParts(words.flat()), hunks: words.flatMap((w) => hunksOf(w, fallbackOffset)) };
}

/** Merges runs of one operation into parts, words joined by spaces. */
function mergeParts(words: readonly DiffWord[]): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const w of words) {
    if (w.text === '') continue;
    const last = parts[parts.length - 1];
    if (last && last.op === w.op) last.text += ` ${w.text}`;
    else parts.push({ op: w.op, text: w.text });
  }
  return parts;
}

/**
 * Groups the changes of one fragment into hunks: changes separated by at
 * most HUNK_JOIN_WORDS unchanged words are one hunk, and the unchanged words
 * between them belong to both sides ("at its disposal" → "in its possession").
 */
function hunksOf(words: readonly DiffWord[], fallbackOffset: number): Hunk[] {
  const hunks: Hunk[] = [];
  let i = 0;
  while (i < words.length) {
    if (words[i].op === 'same') {
      i++;
      continue;
    }
    let end = i;
    let k = i;
    while (k < words.length) {
      if (words[k].op !== 'same') {
        end = k;
        k++;
        continue;
      }
      let run = 0;
      while (k + run < words.length && words[k + run].op === 'same') run++;
      if (run > HUNK_JOIN_WORDS || k + run >= words.length) break;
      k += run;
    }
    const span = words.slice(i, end + 1);
    const quote = span.filter((w) => w.op !== 'removed').map((w) => w.text).filter((t) => t !== '');
    const source = span.filter((w) => w.op !== 'added').map((w) => w.text);
    const offset = span.find((w) => w.offset !== undefined)?.offset ?? nearestOffset(words, i) ?? fallbackOffset;
    hunks.push({ quote: quote.join(' '), source: source.join(' '), sourceOffset: offset });
    i = end + 1;
  }
  return hunks;
}

/** The source offset of the nearest source word before `i` (or after it). */
function nearestOffset(words: readonly DiffWord[], i: number): number | undefined {
  for (let k = i; k >= 0; k--) if (words[k].offset !== undefined) return words[k].offset;
  for (let k = i; k < words.length; k++) if (words[k].offset !== undefined) return words[k].offset;
  return undefined;
}

/**
 * `npm run eval`, quotes against sources: how well matching tells a
 * misquote from a faithful quote and from a quote the sources never had.
 *
 * Pairs are generated, seeded, from the public texts of ./corpora.ts (never
 * copied into the repository):
 * - the sources: a few dozen documents (Brown press, State of the Union,
 *   Factbook), some of them damaged by OCR (./damage.ts) so that clean
 *   quotes meet damaged sources;
 * - verbatim quotes: spans of their sentences, as a writer would quote them:
 *   plain, cut with an ellipsis, with an editorial bracket ("[the council]"
 *   for a word, "[t]he"), broken across lines, with curly apostrophes and a
 *   changed initial capital, or damaged by OCR themselves;
 * - altered quotes: a verbatim span with one or two words changed, added,
 *   dropped or two neighbours swapped — the misquotes;
 * - fabricated quotes: sentences of other documents of the same corpora,
 *   which no source contains.
 *
 * Prints misquote detection precision and recall ("misquote" = altered, a
 * detection = `near-match`), the verified rate on verbatim quotes and the
 * not-found rate on fabricated ones. Figures are printed, never asserted.
 */
import { buildSourceIndex, matchQuoteText, type SourceDocument, type VerificationStatus } from '../src/core/index.js';
import { brownDocuments, factbookDocuments, sotuDocuments, type CleanDocument } from './corpora.js';
import { damager, rng, type Damager, type Random } from './damage.js';
import { percent as pct } from './report.js';

type PairKind = 'verbatim' | 'altered' | 'fabricated';

interface Pair {
  kind: PairKind;
  /** How it was made (for the breakdown). */
  variant: string;
  quote: string;
}

const SOURCES_PER_CORPUS = 12;
const OUTSIDE_PER_CORPUS = 12;
const PAIRS = { verbatim: 160, altered: 160, fabricated: 100 };
/** Share of the source documents damaged by OCR, and of their words. */
const DAMAGED_SOURCES = 0.25;
const SOURCE_DAMAGE_RATE = 0.03;

/** Sentences of a text with 8–60 words, as word arrays. */
function sentences(text: string): string[][] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.split(/\s+/).filter((w) => w !== ''))
    .filter((w) => w.length >= 8 && w.length <= 60 && w.every((x) => x.length < 30));
}

/** A span of 8–25 words of a random sentence. */
function span(random: Random, pool: string[][]): string[] {
  const s = pool[Math.floor(random() * pool.length)];
  const length = Math.min(s.length, 8 + Math.floor(random() * 18));
  const from = Math.floor(random() * (s.length - length + 1));
  return s.slice(from, from + length);
}

const bare = (w: string): string => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const isWord = (w: string): boolean => /^\p{L}{2,}$/u.test(bare(w));

/** A faithful quote of a span, in one of the ways writers quote. */
function verbatim(random: Random, d: Damager, words: string[]): Pair {
  const w = [...words];
  const variants = ['plain', 'ellipsis', 'bracket', 'bracket-letter', 'line-breaks', 'typography', 'ocr'];
  const variant = variants[Math.floor(random() * variants.length)];
  switch (variant) {
    case 'ellipsis': {
      if (w.length < 12) break;
      const from = 3 + Math.floor(random() * (w.length - 9));
      const cut = 2 + Math.floor(random() * 3);
      w.splice(from, cut, random() < 0.5 ? '…' : '...');
      break;
    }
    case 'bracket': {
      const i = 1 + Math.floor(random() * (w.length - 2));
      w[i] = random() < 0.5 ? '[the council]' : '[sic]';
      if (w[i] === '[sic]') w.splice(i, 1, words[i], '[sic]');
      break;
    }
    case 'bracket-letter': {
      const i = w.findIndex((x, k) => k > 0 && /^[a-z]{3,}$/.test(x));
      if (i > 0) {
        w.splice(0, i);
        w[0] = `[${w[0][0].toUpperCase()}]${w[0].slice(1)}`;
      }
      break;
    }
    case 'line-breaks':
      return { kind: 'verbatim', variant, quote: w.map((x, k) => (k > 0 && random() < 0.2 ? `\n${x}` : x)).join(' ') };
    case 'typography':
      return { kind: 'verbatim', variant, quote: w.join(' ').replace(/'/g, '\u2019').replace(/^./, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())) };
    case 'ocr': {
      const candidates = w.map((x, k) => k).filter((k) => /^\p{Ll}{5,}$/u.test(w[k]));
      for (let n = 0; n < 2 && candidates.length > 0; n++) {
        const k = candidates.splice(Math.floor(random() * candidates.length), 1)[0];
        w[k] = d.damage(w[k], random() < 0.5 ? 'ocr' : 'encoding') ?? w[k];
      }
      break;
    }
  }
  return { kind: 'verbatim', variant, quote: w.join(' ') };
}

/** A misquote of a span: one or two words changed, added, dropped, or two swapped. */
function altered(random: Random, words: string[], vocabulary: readonly string[]): Pair | undefined {
  const w = [...words];
  const edits = random() < 0.6 ? 1 : 2;
  const kinds: string[] = [];
  for (let e = 0; e < edits; e++) {
    const kind = ['change', 'add', 'drop', 'swap'][Math.floor(random() * 4)];
    const i = 1 + Math.floor(random() * (w.length - 2));
    const other = vocabulary[Math.floor(random() * vocabulary.length)];
    if (kind === 'change') {
      if (!isWord(w[i]) || bare(w[i]).toLowerCase() === other.toLowerCase()) return undefined;
      w[i] = w[i].replace(bare(w[i]), other);
    } else if (kind === 'add') {
      w.splice(i, 0, other);
    } else if (kind === 'drop') {
      if (!isWord(w[i])) return undefined;
      w.splice(i, 1);
    } else {
      if (bare(w[i]).toLowerCase() === bare(w[i + 1] ?? '').toLowerCase() || !isWord(w[i]) || !isWord(w[i + 1] ?? '')) return undefined;
      [w[i], w[i + 1]] = [w[i + 1], w[i]];
    }
    kinds.push(kind);
  }
  return { kind: 'altered', variant: kinds.join('+'), quote: w.join(' ') };
}

/** Damages a share of a document's lower-case words, as an OCR'd copy would be. */
function damageDocument(d: Damager, random: Random, text: string): string {
  return text.replace(/\p{Ll}{5,}/gu, (word) => (random() < SOURCE_DAMAGE_RATE ? d.damage(word, random() < 0.5 ? 'ocr' : 'encoding') ?? word : word));
}

/** Lower-case letters and digits only, words joined by one space: for "does any source contain this" checks. */
const flat = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function pickDocuments(docs: CleanDocument[], random: Random, n: number): CleanDocument[] {
  const pool = docs.filter((d) => sentences(d.text).length >= 20);
  const out: CleanDocument[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  return out;
}

/** Runs the evaluation and prints its section. */
export function evalSources(seed = 1): void {
  const random = rng(seed * 7919 + 13);
  const d = damager(rng(seed * 104729 + 7));
  const corpora = [brownDocuments(), sotuDocuments(1900, 2100), factbookDocuments()].filter((c) => c.length > 0);
  if (corpora.length === 0) {
    console.log('  no corpus installed (see bench/corpora.ts); skipped');
    return;
  }
  const inside: CleanDocument[] = [];
  const outside: CleanDocument[] = [];
  for (const docs of corpora) {
    const chosen = pickDocuments(docs, random, SOURCES_PER_CORPUS + OUTSIDE_PER_CORPUS);
    inside.push(...chosen.slice(0, SOURCES_PER_CORPUS));
    outside.push(...chosen.slice(SOURCES_PER_CORPUS));
  }
  const sources: SourceDocument[] = inside.map((doc) => ({
    id: `${doc.corpus}/${doc.name}`,
    text: random() < DAMAGED_SOURCES ? damageDocument(d, random, doc.text) : doc.text,
    format: 'plaintext',
  }));
  const damagedSources = sources.filter((s, k) => s.text !== inside[k].text).length;
  const insidePools = inside.map((doc) => sentences(doc.text));
  const outsidePool = outside.flatMap((doc) => sentences(doc.text));
  const everything = flat(inside.map((doc) => doc.text).join(' \u0000 '));
  const vocabulary = [...new Set(outside.flatMap((doc) => doc.text.match(/\b[a-z]{4,12}\b/g) ?? []))].sort();

  const pairs: Pair[] = [];
  const fromSources = (): string[] => span(random, insidePools[Math.floor(random() * insidePools.length)]);
  while (pairs.filter((p) => p.kind === 'verbatim').length < PAIRS.verbatim) pairs.push(verbatim(random, d, fromSources()));
  while (pairs.filter((p) => p.kind === 'altered').length < PAIRS.altered) {
    const p = altered(random, fromSources(), vocabulary);
    // An alteration that happens to be another passage of the sources is no misquote.
    if (p && !everything.includes(flat(p.quote))) pairs.push(p);
  }
  while (pairs.filter((p) => p.kind === 'fabricated').length < PAIRS.fabricated) {
    const words = span(random, outsidePool);
    // Formulaic sentences recur across documents ("The President shall…"); a quote a source has is not fabricated.
    if (!everything.includes(flat(words.join(' ')))) pairs.push({ kind: 'fabricated', variant: 'other document', quote: words.join(' ') });
  }

  const t0 = performance.now();
  const index = buildSourceIndex(sources);
  const indexMs = performance.now() - t0;
  const t1 = performance.now();
  const results = pairs.map((p) => ({ pair: p, status: matchQuoteText(index, p.quote).verification.status as VerificationStatus }));
  const matchMs = performance.now() - t1;

  const count = (kind: PairKind, status?: VerificationStatus): number =>
    results.filter((r) => r.pair.kind === kind && (status === undefined || r.status === status)).length;
  const tp = count('altered', 'near-match');
  const fp = count('verbatim', 'near-match') + count('fabricated', 'near-match');
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, count('altered'));
  console.log(
    `  ${sources.length} sources (${damagedSources} OCR-damaged at ${SOURCE_DAMAGE_RATE * 100}% of words), ${index.size.toLocaleString('en-US')} words indexed in ${indexMs.toFixed(0)} ms; ${pairs.length} quotes matched in ${matchMs.toFixed(0)} ms`,
  );
  console.log(`  misquote detection (altered → near-match): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (target ≥ 0.95 each)`);
  console.log(`  verbatim quotes verified: ${pct(count('verbatim', 'verified'), count('verbatim'))} (${count('verbatim', 'near-match')} called near matches, ${count('verbatim', 'not-found')} not found)`);
  console.log(`  fabricated quotes not found: ${pct(count('fabricated', 'not-found'), count('fabricated'))} (${count('fabricated', 'near-match')} called near matches, ${count('fabricated', 'verified')} verified)`);
  const variants = new Map<string, { n: number; right: number }>();
  const expected: Record<PairKind, VerificationStatus> = { verbatim: 'verified', altered: 'near-match', fabricated: 'not-found' };
  for (const r of results) {
    const key = `${r.pair.kind}/${r.pair.variant}`;
    const v = variants.get(key) ?? { n: 0, right: 0 };
    v.n++;
    if (r.status === expected[r.pair.kind]) v.right++;
    variants.set(key, v);
  }
  const line = [...variants]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k} ${v.right}/${v.n}`)
    .join(', ');
  console.log(`  by variant (as expected / total): ${line}`);
  if (process.argv.includes('--verbose')) {
    for (const r of results) if (r.status !== expected[r.pair.kind]) console.log(`    ${r.pair.kind}/${r.pair.variant} → ${r.status}: ${JSON.stringify(r.pair.quote)}`);
  }
}

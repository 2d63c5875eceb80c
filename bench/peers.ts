/**
 * The OCR figures of `npm run bench`, side by side with cspell-lib and nspell
 * (Hunspell's algorithm in JavaScript) on the same texts, in one process.
 * Peers are dev dependencies used only here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyCorrections, check, confidentCorrections } from '../src/core/index.js';
import { defaultLexicon } from '../src/core/lexicon/default.js';
import { findLexiconFile } from '../src/core/lexicon/load-node.js';
import { loadLexicon } from '../src/core/lexicon/lexicon.js';
import { suggest } from '../src/core/lexicon/suggest.js';
import { damager, rng } from './damage.js';
import { countWords, generateDocument } from './generate.js';
import { median } from './timing.js';


/** Damages about `rate` of the words of `text` (the seed's kinds of damage), deterministically. */
export function damageText(text: string, rate: number, seed = 11): { text: string; damaged: string[] } {
  const d = damager(rng(seed));
  const damaged: string[] = [];
  const out = text.replace(/\p{L}{3,}/gu, (word) => {
    if (d.random() >= rate) return word;
    const bad = d.damage(word, d.random() < 0.6 ? 'encoding' : 'ocr');
    if (!bad || bad === word) return word;
    damaged.push(bad);
    return bad;
  });
  return { text: out, damaged };
}

const row = (what: string, attest: string, cspell: string, nspell: string, note = '') =>
  console.log(`${what.padEnd(44)}${attest.padStart(14)}${cspell.padStart(14)}${nspell.padStart(14)}  ${note}`);
const ratio = (ours: number, theirs: number) => (theirs / ours).toFixed(1) + 'x';

export async function benchPeers(): Promise<void> {
  console.log('\nOCR checking, side by side (lower ms is better; ratio = peer ÷ Attest)');
  row('', 'Attest', 'cspell-lib', 'nspell');

  // Loading: lexicon + suggestion index.
  const file = findLexiconFile();
  if (!file) throw new Error('dist/lexicon.bin is missing: run npm run build');
  const bytes = readFileSync(file);
  const loadMs = median(5, () => loadLexicon(bytes));
  const cspell = await import('cspell-lib');
  let t0 = performance.now();
  const settings = cspell.finalizeSettings(cspell.mergeSettings(await cspell.getDefaultBundledSettingsAsync(), { language: 'en' }));
  const dict = await cspell.getDictionary(settings);
  const cspellLoad = performance.now() - t0;
  const { default: nspell } = await import('nspell');
  const { default: en } = await import('dictionary-en');
  t0 = performance.now();
  const hun = nspell(en);
  const nspellLoad = performance.now() - t0;
  row('load dictionary (ms)', loadMs.toFixed(1), cspellLoad.toFixed(0), nspellLoad.toFixed(0), 'target < 150 ms (Attest: bytes already read; file read adds a few ms)');

  // Checking alone: is each word known?
  const clean = generateDocument(200_000, 'plaintext', 21);
  const words = clean.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [];
  const lexicon = defaultLexicon()!;
  const hasAttest = median(3, () => { for (const w of words) lexicon.has(w); });
  const hasCspell = median(3, () => { for (const w of words) dict.has(w); });
  const hasNspell = median(3, () => { for (const w of words) hun.correct(w); });
  const mw = (ms: number) => (words.length / ms / 1000).toFixed(2);
  row('word look-up alone (M words/s)', mw(hasAttest), mw(hasCspell), mw(hasNspell));

  // A suggestion for a damaged word.
  const { damaged } = damageText(clean.slice(0, 200_000), 0.03);
  const sample = damaged.slice(0, 200);
  const peerSample = sample.slice(0, 40);
  const perAttest = median(15, () => { for (const w of sample) suggest(w, { lexicon, cache: false }); }) / sample.length;
  const perCspell = median(1, () => { for (const w of peerSample) dict.suggest(w, { numSuggestions: 5 }); }) / peerSample.length;
  const perNspell = median(1, () => { for (const w of peerSample) hun.suggest(w); }) / peerSample.length;
  row('one suggestion (ms)', perAttest.toFixed(3), perCspell.toFixed(1), perNspell.toFixed(1), `target ≤ 0.05 ms; ratio ${ratio(perAttest, perCspell)} / ${ratio(perAttest, perNspell)}`);

  // Full checks with Attest's whole rule set.
  const doc200 = damageText(clean, 0.03).text;
  const words200 = countWords(doc200);
  const full200 = median(3, () => check(doc200, 'plaintext'));
  row('full check, 200k words, 3% damage (M words/s)', (words200 / full200 / 1000).toFixed(2), '—', '—', `target ≥ 1.5; ${full200.toFixed(0)} ms, every rule, suggestions for every flagged word`);

  const doc20 = damageText(generateDocument(20_000, 'plaintext', 22), 0.03);
  const fix20 = median(5, () => {
    const { findings } = check(doc20.text, 'plaintext');
    applyCorrections(doc20.text, confidentCorrections(findings));
  });
  const flagged20 = check(doc20.text, 'plaintext').findings.filter((f) => f.rule.startsWith('ocr/')).length;
  const peerEstimate = (lookup: number, per: number) => ((lookup / words.length) * countWords(doc20.text) + per * flagged20).toFixed(0);
  row('20k words, 3% damage: check + correct (ms)', fix20.toFixed(1), peerEstimate(hasCspell, perCspell), peerEstimate(hasNspell, perNspell), `target < 100 ms; peers: look-ups + ${flagged20} suggestions, estimated`);

  const doc1 = generateDocument(1_000, 'plaintext', 23);
  row('full check, 1,000 words (ms)', median(21, () => check(doc1, 'plaintext')).toFixed(2), '—', '—', 'target < 3 ms');

  // The CLI from start to exit, on a 1,000-word file.
  const dir = mkdtempSync(join(tmpdir(), 'attest-bench-'));
  const path = join(dir, 'doc.txt');
  writeFileSync(path, damageText(doc1, 0.03).text);
  // 11 runs: one run is a few hundred milliseconds, and on a shared machine
  // a few of them always fall into someone else's burst of work.
  const cli = median(11, () => {
    try {
      execFileSync(process.execPath, [join(__dirname, '..', 'bin', 'attest.js'), 'check', path], { stdio: 'ignore' });
    } catch {
      // Exit code 1 (findings) is expected.
    }
  });
  row('CLI on a 1,000-word file, wall (ms)', cli.toFixed(0), '—', '—', 'target < 300 ms; node start-up included');

  // Memory of the loaded lexicon, measured in a fresh process.
  const memory = execFileSync(process.execPath, ['--expose-gc', '-e', `
    const fs = require('fs'); global.gc(); const before = process.memoryUsage();
    const bytes = fs.readFileSync(${JSON.stringify(file)});
    const { loadLexicon } = require(${JSON.stringify(join(__dirname, 'bench-lexicon.js'))});
    const lex = loadLexicon(bytes); global.gc(); const after = process.memoryUsage();
    console.log(((after.heapUsed - before.heapUsed) / 1048576).toFixed(1) + ' ' + ((after.arrayBuffers - before.arrayBuffers) / 1048576).toFixed(1)); lex.has('x');
  `]).toString().trim().split(' ');
  row('lexicon memory: JS heap / array buffers (MB)', `${memory[0]} / ${memory[1]}`, '—', '—', 'target < 60 MB');
}

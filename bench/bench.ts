/**
 * `npm run bench`: prints the speed figures the issues set targets for.
 * Timings are medians of several warm runs in one process; compare figures
 * as ratios within one run, not across machines.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { check, createChunkCache, rules as allRules, type Format } from '../src/core/index.js';
import { countWords, generateDocument } from './generate.js';
import { interleavedMedians, median } from './timing.js';
import { benchPeers } from './peers.js';
import { benchSources } from './bench-sources.js';
import { formatAttributionCost, measureAttributionCost } from './attribution-cost.js';


const fmt = (n: number, digits = 2) => n.toFixed(digits).padStart(10);
const rows: string[][] = [];

/** remark-parse with the plugins Attest uses, for the Markdown targets ("no more than remark-parse's own time on top"). */
const remark = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * The target for a full check of this size and format; `remarkMs` is
 * remark-parse's own time on the same text (the small Markdown target adds to it).
 */
function fullCheckTarget(words: number, format: Format, remarkMs: number | undefined): string {
  if (words <= 1_000) {
    return remarkMs === undefined ? 'target < 3 ms' : `target < 3 ms + remark-parse's own ${remarkMs.toFixed(2)} ms (whole document in one parse)`;
  }
  return format === 'plaintext' ? 'target ≥ 1.5 M words/s' : 'target: ratio to remark-parse alone (below) ≤ 2';
}

function fullCheck(words: number, format: Format, runs: number): void {
  const text = generateDocument(words, format);
  const actual = countWords(text);
  // remark alone on a small Markdown document, for its target (timed in
  // alternation with the check, as the two are compared); the large one is compared below.
  const withRemark = format === 'markdown' && words <= 1_000;
  const [ms, remarkMs] = withRemark
    ? interleavedMedians(runs, [() => check(text, format), () => remark.parse(text)])
    : [median(runs, () => check(text, format)), undefined];
  rows.push([`full check, ${format}`, `${actual}`, fmt(ms, 3), fmt(actual / ms / 1000, 3), fullCheckTarget(words, format, remarkMs)]);
}

console.log(`Attest benchmark — node ${process.version}, ${new Date().toISOString()}`);
// The targets are for a warm process (the editor's extension host checks
// document after document): let the JIT compile the hot code before timing,
// or the first figures measure the interpreter.
for (const format of ['plaintext', 'markdown'] as Format[]) {
  const warm = generateDocument(20_000, format, 99);
  for (let i = 0; i < 5; i++) check(warm, format);
}
fullCheck(1_000, 'plaintext', 51);
fullCheck(1_000, 'markdown', 51);
fullCheck(200_000, 'plaintext', 7);
fullCheck(200_000, 'markdown', 7);

console.log('\n' + ['what', 'words', 'median ms', 'M words/s'].map((h) => h.padStart(10)).join('  ').replace(/^\s+what/, 'what'.padEnd(28)));
for (const [what, words, ms, rate, target] of rows) console.log(`${what.padEnd(28)}${words.padStart(10)}  ${ms}  ${rate}  ${target}`);

// remark-parse alone on the same 200,000-word Markdown: Attest's Markdown
// overhead should be little more than this.
{
  const text = generateDocument(200_000, 'markdown');
  const parse = median(5, () => remark.parse(text));
  const ours = median(5, () => check(text, 'markdown'));
  console.log(`\nremark-parse alone, 200,000-word Markdown: ${parse.toFixed(1)} ms; Attest full check: ${ours.toFixed(1)} ms (ratio ${(ours / parse).toFixed(2)}; target ≤ 2: no more than remark's own time on top)`);
}

// What attribution costs: the quote/* rules' own time (quotation spans,
// attribution, indirect speech) against the rest of a full check of the same
// freshly built 200,000-word document, as a ratio per check, in CPU and wall
// time (see ./attribution-cost.ts for why it is measured this way).
console.log('\n' + formatAttributionCost(measureAttributionCost(generateDocument(200_000, 'plaintext'), allRules)));

// Incremental re-check: a one-character edit in a 20,000-word document, with
// the chunk cache warm (what the extension does on each debounced change).
for (const format of ['plaintext', 'markdown'] as Format[]) {
  let text = generateDocument(20_000, format, 7);
  const cache = createChunkCache();
  check(text, format, { cache });
  const full = median(9, () => check(text, format));
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const at = Math.floor((text.length * (i + 0.5)) / 60);
    text = text.slice(0, at) + (i % 2 ? 'x' : 'y') + text.slice(at);
    const t0 = performance.now();
    check(text, format, { cache });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const med = times[Math.floor(times.length / 2)];
  const p95 = times[Math.floor(times.length * 0.95)];
  console.log(`re-check after a 1-char edit, 20,000-word ${format}: median ${med.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (full check ${full.toFixed(1)} ms; ${(full / med).toFixed(0)}x faster; target < 10 ms)`);
}

benchSources();

void benchPeers();

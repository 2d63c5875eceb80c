/**
 * Prints a passage as a degraded page image with ImageMagick and reads it
 * back with tesseract, caching the OCR text by passage and settings in
 * bench/.cache/real-ocr/ (git-ignored: OCR output of corpus text is never
 * committed). Images live in a temporary folder only while tesseract reads
 * them.
 *
 * The page is set at three times the scan resolution, inked (blur, noise,
 * threshold: ragged, uneven strokes), skewed, then scanned: reduced to scan
 * resolution, specked, and saved as a low-quality JPEG.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layOut, type Passage, type ScanSettings } from './pages.js';

/** Bump when rendering changes, so cached OCR text is not reused across versions. */
const RENDER_VERSION = 1;
/** Print resolution as a multiple of scan resolution. */
const SCALE = 3;

/** The external programs, or why they are missing. */
export interface OcrTools {
  convert: string;
  tesseract: string;
}

/** How to get the programs, printed when they are missing. */
export const INSTALL_HINT = 'apt-get install -y imagemagick tesseract-ocr tesseract-ocr-eng fonts-dejavu-core fonts-liberation2 fonts-freefont-ttf';

const runs = (cmd: string, args: string[], expect: RegExp): boolean => {
  try {
    return expect.test(execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch {
    return false;
  }
};

/** ImageMagick's convert and tesseract, when both are installed (a stand-in `convert` on the path does not count). */
export function findTools(): OcrTools | undefined {
  const convert = ['/usr/bin/convert', 'convert'].find((c) => runs(c, ['-version'], /ImageMagick/));
  const tesseract = runs('tesseract', ['--version'], /tesseract/i) ? 'tesseract' : undefined;
  return convert && tesseract ? { convert, tesseract } : undefined;
}

/** Where cached OCR text goes. */
export function cacheDir(root = process.cwd()): string {
  return join(root, 'bench', '.cache', 'real-ocr');
}

/** ImageMagick reads `%` escapes and a leading `@` in label text: make the text literal. */
const literal = (line: string): string => line.replace(/\\/g, '\\\\').replace(/%/g, '%%').replace(/^@/, ' @');

/** The convert arguments that print and scan `lines` with `s`. */
function convertArgs(lines: string[], s: ScanSettings, seed: number, out: string): string[] {
  const pt = s.px * SCALE;
  const width = Math.ceil(s.column * pt * 0.62);
  const height = Math.ceil(pt * 1.3);
  const args = ['-background', 'white', '-fill', 'black', '-font', s.font, '-pointsize', String(pt), '-size', `${width}x${height}`, '-gravity', 'West'];
  // A blank line is a white strip (a label of nothing or of spaces fails).
  for (const line of lines) args.push(line.trim() === '' ? 'xc:white' : `label:${literal(line)}`);
  args.push('-append', '+repage', '-bordercolor', 'white', '-border', String(pt * 2), '-seed', String(seed));
  // Ink: spread, roughened and cut at a threshold (broken or heavy strokes).
  args.push('-blur', `0x${s.blur}`, '-attenuate', String(s.inkNoise), '+noise', 'Gaussian', '-threshold', `${s.threshold}%`);
  args.push('-background', 'white', '-rotate', String(s.rotate), '-flatten');
  // The scan: reduced to scan resolution, specked, compressed.
  args.push('-resize', `${(100 / SCALE).toFixed(3)}%`);
  if (s.speckle > 0) args.push('-attenuate', String(s.speckle), '+noise', 'Impulse');
  args.push('-quality', String(s.jpeg), out);
  return args;
}

/** A stable seed for a page (from its cache key). */
const seedOf = (key: string): number => parseInt(key.slice(0, 6), 16);

/** The OCR text of `passage` printed with `settings`: from the cache, or rendered and read now. */
export function ocrPage(tools: OcrTools, passage: Passage, settings: ScanSettings, dir = cacheDir()): { text: string; cached: boolean } {
  const lines = layOut(passage.text, settings.column, settings.hyphenate);
  const key = createHash('sha1').update(JSON.stringify({ v: RENDER_VERSION, lines, settings })).digest('hex');
  const file = join(dir, `${key}.txt`);
  if (existsSync(file)) return { text: readFileSync(file, 'utf8'), cached: true };
  const work = mkdtempSync(join(tmpdir(), 'attest-ocr-'));
  try {
    const image = join(work, 'page.jpg');
    execFileSync(tools.convert, convertArgs(lines, settings, seedOf(key), image), { stdio: ['ignore', 'ignore', 'pipe'] });
    // One thread: the machine is shared, and pages are read one after another anyway.
    const text = execFileSync(tools.tesseract, [image, '-', '--psm', '4', '-l', 'eng'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    });
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, text);
    return { text, cached: false };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * What goes on the rendered pages: clean passages from the evaluation's
 * corpora (../corpora.ts: Brown 1961 press, State of the Union 1790–2020,
 * the World Factbook), chosen deterministically, laid out in a narrow
 * newspaper column, and the scan settings each page is printed with.
 */
import { brownDocuments, factbookDocuments, sotuDocuments, type CleanDocument } from '../corpora.js';

/** A clean passage to render. */
export interface Passage {
  /** Corpus and document, for the report. */
  source: string;
  /** Paragraphs separated by blank lines. */
  text: string;
  words: number;
}

/** How one page is printed and scanned (all deterministic; `seed` drives ImageMagick's noise). */
export interface ScanSettings {
  name: string;
  font: string;
  /** Type size in pixels at scan resolution (x-height is about half). */
  px: number;
  /** Characters per line of the column. */
  column: number;
  /** Break long words at line ends with a hyphen, as newspapers do. */
  hyphenate: boolean;
  /** Ink spread: Gaussian blur sigma at print resolution (3× scan) before the ink threshold. */
  blur: number;
  /** Noise (ImageMagick -attenuate of Gaussian noise) at print resolution, before the threshold: ragged, broken strokes. */
  inkNoise: number;
  /** Ink threshold in percent: below 50 thin, broken strokes; above, heavy ink that fills counters. */
  threshold: number;
  /** Salt-and-pepper specks at scan resolution (-attenuate of impulse noise; 0 for none). */
  speckle: number;
  /** Page skew in degrees. */
  rotate: number;
  /** JPEG quality of the scan. */
  jpeg: number;
}

/**
 * The scan settings, from a fair scan to worn newsprint; pages take them in
 * turn, so every corpus meets every setting. Serif faces of the newspaper
 * kind (Century Schoolbook, Times, Liberation Serif, DejaVu Serif, FreeSerif,
 * Palatino) dominate; one sans. Type is 13–22 px at scan resolution (about
 * 8-point type scanned at 120–200 dpi); tesseract's damage rises steeply
 * below that and with ink noise, so the levels were set (on two passages,
 * by the damage rate alone) to give a spread of about 1–12% of words
 * damaged per setting, about 6% overall.
 */
export const SETTINGS: readonly ScanSettings[] = [
  { name: 'century-16', font: 'C059-Roman', px: 16, column: 42, hyphenate: true, blur: 1.5, inkNoise: 0.15, threshold: 50, speckle: 0, rotate: -0.4, jpeg: 45 },
  { name: 'times-22-heavy', font: 'NimbusRoman-Regular', px: 22, column: 40, hyphenate: true, blur: 2, inkNoise: 0.2, threshold: 55, speckle: 0.05, rotate: -0.5, jpeg: 40 },
  { name: 'liberation-16', font: 'Liberation-Serif', px: 16, column: 44, hyphenate: false, blur: 1.5, inkNoise: 0.15, threshold: 52, speckle: 0, rotate: -0.3, jpeg: 45 },
  { name: 'sans-13', font: 'Liberation-Sans', px: 13, column: 40, hyphenate: false, blur: 1.5, inkNoise: 0.15, threshold: 50, speckle: 0, rotate: -0.2, jpeg: 45 },
  { name: 'dejavu-13', font: 'DejaVu-Serif', px: 13, column: 38, hyphenate: true, blur: 1.5, inkNoise: 0.15, threshold: 50, speckle: 0.05, rotate: 0.2, jpeg: 40 },
  { name: 'palatino-15', font: 'P052-Roman', px: 15, column: 40, hyphenate: true, blur: 1.5, inkNoise: 0.2, threshold: 50, speckle: 0.05, rotate: 0.8, jpeg: 50 },
  { name: 'freeserif-18', font: 'FreeSerif', px: 18, column: 42, hyphenate: true, blur: 1.5, inkNoise: 0.15, threshold: 50, speckle: 0, rotate: 0.4, jpeg: 45 },
  { name: 'century-14', font: 'C059-Roman', px: 14, column: 42, hyphenate: false, blur: 1.5, inkNoise: 0.15, threshold: 50, speckle: 0, rotate: 0.6, jpeg: 40 },
];

/** Words per passage (cut at the first sentence end after this). */
const PASSAGE_WORDS = 380;

const wordCount = (s: string): number => (s.match(/\S+/g) ?? []).length;

/** The start of `doc`: whole paragraphs up to about {@link PASSAGE_WORDS} words, the last cut at a sentence end. */
function passageOf(doc: CleanDocument): Passage | undefined {
  const out: string[] = [];
  let words = 0;
  for (const raw of doc.text.split(/\n\s*\n/)) {
    const para = raw.replace(/\s+/g, ' ').trim();
    if (para === '') continue;
    const n = wordCount(para);
    if (words + n <= PASSAGE_WORDS) {
      out.push(para);
      words += n;
      continue;
    }
    const tokens = para.split(' ');
    let cut = PASSAGE_WORDS - words;
    while (cut < tokens.length && !/[.!?]["”’)]?$/.test(tokens[cut - 1] ?? '')) cut++;
    out.push(tokens.slice(0, cut).join(' '));
    words += cut;
    break;
  }
  if (words < PASSAGE_WORDS / 2) return undefined;
  return { source: `${doc.corpus}/${doc.name}`, text: out.join('\n\n'), words };
}

/** Every `step`-th document of a list, up to `count`, as passages. */
function every(docs: CleanDocument[], count: number): Passage[] {
  const out: Passage[] = [];
  const step = Math.max(1, Math.floor(docs.length / count));
  for (let i = 0; i < docs.length && out.length < count; i += step) {
    const p = passageOf(docs[i]);
    if (p) out.push(p);
  }
  return out;
}

/**
 * The passages: about 30k words, spread evenly over each corpus (Brown's
 * press files, State of the Union addresses across the two centuries, the
 * Factbook's countries). Corpora that are not installed give none.
 */
export function passages(): Passage[] {
  return [...every(brownDocuments(), 32), ...every(sotuDocuments(), 24), ...every(factbookDocuments(), 24)];
}

/**
 * The passage as the lines of a narrow column: greedy filling up to
 * `column` characters, paragraphs separated by an empty line, and (when
 * `hyphenate`) a long word that does not fit broken with a hyphen, as
 * newspapers set type.
 */
export function layOut(text: string, column: number, hyphenate: boolean): string[] {
  const lines: string[] = [];
  for (const para of text.split(/\n\s*\n/)) {
    if (lines.length) lines.push('');
    let line = '';
    for (const word of para.split(/\s+/).filter((w) => w !== '')) {
      const room = column - line.length - (line ? 1 : 0);
      if (word.length <= room) {
        line = line ? `${line} ${word}` : word;
        continue;
      }
      if (hyphenate && /^[A-Za-z]{8,}[,.;:]?$/.test(word) && room >= 5) {
        const head = Math.min(room - 1, word.replace(/[,.;:]$/, '').length - 3);
        if (head >= 4) {
          lines.push(`${line ? `${line} ` : ''}${word.slice(0, head)}-`);
          line = word.slice(head);
          continue;
        }
      }
      if (line) lines.push(line);
      line = word;
    }
    if (line) lines.push(line);
  }
  return lines;
}

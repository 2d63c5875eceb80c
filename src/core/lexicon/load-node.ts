/**
 * Node-side loading of `dist/lexicon.bin`. Kept apart from ./lexicon.ts so
 * that a host without `fs` (a web extension) can still load the lexicon from
 * bytes it fetched itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Lexicon } from './lexicon.js';

/** Environment variable that overrides where the lexicon file is looked for. */
export const LEXICON_ENV = 'ATTEST_LEXICON';

/**
 * Candidate paths of the lexicon file: $ATTEST_LEXICON; beside the running
 * bundle (dist/extension.js, dist/cli.js → dist/lexicon.bin); the repository's
 * dist/ seen from this source file (tests run the TypeScript directly); and
 * dist/ under the working directory.
 */
export function lexiconPaths(): string[] {
  const out: string[] = [];
  const env = process.env[LEXICON_ENV];
  if (env) out.push(resolve(env));
  const here = typeof __dirname === 'string' ? __dirname : undefined;
  if (here) {
    out.push(join(here, 'lexicon.bin'));
    out.push(resolve(here, '..', '..', '..', 'dist', 'lexicon.bin'));
  }
  if (process.argv[1]) out.push(join(dirname(resolve(process.argv[1])), 'lexicon.bin'));
  out.push(resolve(process.cwd(), 'dist', 'lexicon.bin'));
  return out;
}

/** Path of the lexicon file, or undefined when none exists (run `npm run build`). */
export function findLexiconFile(): string | undefined {
  return lexiconPaths().find((p) => existsSync(p));
}

let cached: Lexicon | undefined;

/**
 * Loads the lexicon from `path` (default: {@link findLexiconFile}); with no
 * path, the result is cached for the process. Throws with a hint when missing.
 */
export function loadLexiconFile(path?: string): Lexicon {
  if (!path && cached) return cached;
  const file = path ?? findLexiconFile();
  if (!file) throw new Error('dist/lexicon.bin not found: run `npm run build` (or set ATTEST_LEXICON)');
  const lex = new Lexicon(readFileSync(file));
  if (!path) cached = lex;
  return lex;
}

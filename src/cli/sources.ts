/**
 * Finds and reads the writer's sources for `attest check --sources GLOB`
 * (and `attest.json`'s `"sources"`): each glob is expanded relative to its
 * base folder with tinyglobby, and every file goes through the same size,
 * binary and encoding checks as the documents checked.
 */
import type * as Tinyglobby from 'tinyglobby';
import { relative, resolve, sep } from 'node:path';
import type { SourceDocument } from '../core/index.js';
import { readDocumentFile } from './inputs.js';

export interface ReadSources {
  sources: SourceDocument[];
  /** One message per glob that matched nothing or file that could not be read. */
  errors: string[];
}

/**
 * tinyglobby, loaded on first use: with picomatch it costs ~7 ms of start-up
 * that only a run with sources needs (a static import is evaluated when the
 * CLI bundle loads, for `attest --version` too).
 */
function globSync(pattern: string, options: Omit<Tinyglobby.GlobOptions, 'patterns'>): string[] {
  return (require('tinyglobby') as typeof Tinyglobby).globSync(pattern, options);
}

/** Folders a source glob never walks into (unless the glob names them). */
const IGNORED = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands `globs` relative to `base` and reads the files, once each, in a
 * stable order. Source ids are paths relative to `cwd`, with forward slashes
 * (what messages print: `sources/press.md:12`).
 */
export function readSources(globs: readonly string[], base: string, cwd: string, maxFileSize: number, label = '--sources'): ReadSources {
  const sources: SourceDocument[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const glob of globs) {
    let files: string[];
    try {
      files = globSync(glob, { cwd: base, absolute: true, onlyFiles: true, dot: false, ignore: IGNORED }).sort();
    } catch (error) {
      errors.push(`${label} ${glob}: not a valid glob (${(error as Error).message})`);
      continue;
    }
    if (files.length === 0) {
      errors.push(`${label} ${glob}: matches no file under ${base}`);
      continue;
    }
    for (const file of files) {
      const absolute = resolve(file);
      if (seen.has(absolute)) continue;
      seen.add(absolute);
      const id = relative(cwd, absolute).split(sep).join('/');
      const read = readDocumentFile(id, absolute, maxFileSize);
      if (read.ok) sources.push({ id, text: read.document.text, format: read.document.format });
      else errors.push(`source ${read.error}`);
    }
  }
  return { sources, errors };
}

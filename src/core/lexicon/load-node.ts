/**
 * Node-side loading of `dist/lexicon.bin`. Kept apart from ./lexicon.ts so
 * that a host without `fs` (a web extension) can still load the lexicon from
 * bytes it fetched itself.
 */
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Section } from './format.js';
import { Lexicon } from './lexicon.js';
import { readSectionTable, sectionTableBytes, type SectionBounds } from './sections.js';

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
let postingsOnDemand = false;

/**
 * Makes later loads read the suggestion index's postings (two thirds of the
 * file) bucket by bucket as look-ups need them, not all at once. For a
 * short-lived process (the CLI): checking one file reads a few hundred
 * buckets, and reading 20 MB it never looks at was a tenth of its run. A
 * long-lived host (the extension) reads everything once, as by default: the
 * file could be rebuilt under it while it runs.
 */
export function readPostingsOnDemand(on = true): void {
  postingsOnDemand = on;
}

/**
 * Loads the lexicon from `path` (default: {@link findLexiconFile}); with no
 * path, the result is cached for the process. Throws with a hint when missing.
 */
export function loadLexiconFile(path?: string): Lexicon {
  if (!path && cached) return cached;
  const file = path ?? findLexiconFile();
  if (!file) throw new Error('dist/lexicon.bin not found: run `npm run build` (or set ATTEST_LEXICON)');
  const lex = postingsOnDemand ? loadWithPostingsOnDemand(file) : new Lexicon(readFileSync(file));
  if (!path) cached = lex;
  return lex;
}

/**
 * Reads the file but its SYM_POSTINGS section into a buffer of the file's
 * size (the unread part stays unwritten memory: no cost until a bucket is
 * read into it), and gives the lexicon a reader for the rest; the file
 * stays open until the lexicon has read all it needs.
 */
function loadWithPostingsOnDemand(file: string): Lexicon {
  const fd = openSync(file, 'r');
  let open = true;
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(size);
    const postings = sectionBounds(fd, Section.SYM_POSTINGS);
    if (!postings) {
      readFully(fd, bytes, 0);
      return new Lexicon(bytes);
    }
    readFully(fd, bytes.subarray(0, postings.at), 0);
    readFully(fd, bytes.subarray(postings.at + postings.length), postings.at + postings.length);
    const lex = new Lexicon(bytes, {
      readPostings(target, position, last) {
        readFully(fd, target, position);
        if (last) closeSync(fd);
      },
    });
    open = false;
    return lex;
  } finally {
    if (open) closeSync(fd);
  }
}

/** Where a section of the file open as `fd` is (see ./sections.ts), or undefined when it has none. */
function sectionBounds(fd: number, id: number): SectionBounds | undefined {
  const head = new Uint8Array(12);
  readFully(fd, head, 0);
  const table = new Uint8Array(sectionTableBytes(head));
  readFully(fd, table, 0);
  return readSectionTable(table).get(id);
}

/** Fills `target` from the file's byte `position` on; throws when the file ends first. */
function readFully(fd: number, target: Uint8Array, position: number): void {
  let done = 0;
  while (done < target.byteLength) {
    const n = readSync(fd, target, done, target.byteLength - done, position + done);
    if (n === 0) throw new Error('lexicon file ended early: run `npm run build`');
    done += n;
  }
}

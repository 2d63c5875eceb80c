/**
 * Shared by the lexicon tests: the built lexicon, building it first when
 * `dist/lexicon.bin` is missing (e.g. `npx vitest` before `npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findLexiconFile, loadLexiconFile } from '../../../src/core/lexicon/load-node.js';
import type { Lexicon } from '../../../src/core/lexicon/lexicon.js';

/** How long building the lexicon may take inside a test hook. */
export const BUILD_TIMEOUT_MS = 180_000;

/** The lexicon, built on demand. */
export function testLexicon(): Lexicon {
  if (!findLexiconFile()) {
    execFileSync(process.execPath, [resolve(__dirname, '../../../scripts/build-lexicon.mjs')], { stdio: 'inherit' });
  }
  return loadLexiconFile();
}

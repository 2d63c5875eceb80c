/**
 * The process-wide lexicon that rules use: loaded from `dist/lexicon.bin` on
 * first use, once per process (the file is ~30 MB of typed-array views, so
 * loading it per check would dominate everything).
 *
 * Rules must not crash the engine when the file is missing (a checkout that
 * was never built): they call {@link defaultLexicon}, get `undefined`, and
 * report nothing. Drivers call {@link lexiconAvailable} / {@link lexiconError}
 * to tell the user why the OCR rules are silent.
 */
import type { Lexicon } from './lexicon.js';
import { loadLexiconFile } from './load-node.js';

let loaded: Lexicon | undefined;
let failure: Error | undefined;

/** The shared lexicon, or undefined when it cannot be loaded (see {@link lexiconError}). */
export function defaultLexicon(): Lexicon | undefined {
  if (loaded || failure) return loaded;
  try {
    loaded = loadLexiconFile();
  } catch (err) {
    failure = err instanceof Error ? err : new Error(String(err));
  }
  return loaded;
}

/** Whether the lexicon could be loaded (loads it on first call). */
export function lexiconAvailable(): boolean {
  return defaultLexicon() !== undefined;
}

/** Why the lexicon could not be loaded, or undefined when it is available. */
export function lexiconError(): Error | undefined {
  defaultLexicon();
  return failure;
}

/**
 * Replaces the shared lexicon (tests, and hosts that load the bytes
 * themselves, e.g. a web extension). `undefined` forgets it, so the next
 * {@link defaultLexicon} call loads the file again; `null` makes it
 * unavailable, as a missing file would (tests of that case).
 */
export function setDefaultLexicon(lexicon: Lexicon | null | undefined): void {
  loaded = lexicon ?? undefined;
  failure = lexicon === null ? new Error('lexicon disabled') : undefined;
}

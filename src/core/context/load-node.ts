/**
 * Node-side loading of `dist/context.bin`, kept apart from ./context-data.ts
 * so a host without `fs` can load the bytes its own way. Looked for where
 * the lexicon is (see ../lexicon/load-node.ts), with `context.bin` as the name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { lexiconPaths } from '../lexicon/load-node.js';
import { ContextData } from './context-data.js';

/** Environment variable that overrides where the context file is looked for. */
export const CONTEXT_ENV = 'ATTEST_CONTEXT';

/** Candidate paths: $ATTEST_CONTEXT, then `context.bin` beside each place the lexicon is looked for. */
export function contextPaths(): string[] {
  const out: string[] = [];
  const env = process.env[CONTEXT_ENV];
  if (env) out.push(env);
  for (const p of lexiconPaths()) out.push(join(dirname(p), 'context.bin'));
  return out;
}

/** Path of the context file, or undefined when none exists (run `npm run build`). */
export function findContextFile(): string | undefined {
  return contextPaths().find((p) => existsSync(p));
}

let cached: ContextData | undefined;

/**
 * Loads the context data from `path` (default: {@link findContextFile}); with
 * no path the result is cached for the process. Throws with a hint when missing.
 */
export function loadContextFile(path?: string): ContextData {
  if (!path && cached) return cached;
  const file = path ?? findContextFile();
  if (!file) throw new Error('dist/context.bin not found: run `npm run build` (or set ATTEST_CONTEXT)');
  const data = new ContextData(readFileSync(file));
  if (!path) cached = data;
  return data;
}

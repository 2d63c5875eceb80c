/**
 * `attest`: checks documents from the command line with the same core and
 * the same `attest.json` as the editor.
 */
import { existsSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  atLeast,
  buildSourceIndex,
  check,
  exportClaims,
  DICTIONARY_FILE,
  mergeConfig,
  parseWordList,
  parseConfigText,
  rules,
  type AttestConfig,
  type SourceDocument,
} from '../core/index.js';
import { readPostingsOnDemand } from '../core/lexicon/load-node.js';
import { parseArgs, UsageError, USAGE, type CheckArgs, type ClaimsArgs } from './args.js';
import { readConfigFile, readInputs, readStdinSync } from './inputs.js';
import { toJsonReport, toTextReport, type CheckedFile } from './report.js';
import { tuneCompilerForRun } from './short-run.js';
import { readSources } from './sources.js';

declare const ATTEST_VERSION: string | undefined;

/** Runs the CLI; returns the exit code. Output goes through the given writers (tests capture them). */
export function main(
  argv: readonly string[],
  io: {
    stdout: (s: string) => void;
    stderr: (s: string) => void;
    stdin: () => Uint8Array;
    cwd: string;
    /** Told how many characters of documents and sources a run is about to check, before it starts. */
    beforeChecking?: (inputChars: number) => void;
  },
): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`attest: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  switch (args.command) {
    case 'help':
      io.stdout(USAGE + '\n');
      return 0;
    case 'version':
      io.stdout(`${typeof ATTEST_VERSION === 'string' ? ATTEST_VERSION : 'dev'}\n`);
      return 0;
    case 'rules':
      for (const rule of rules) io.stdout(`${rule.id}\t${rule.defaultSeverity}\t${rule.description}\n`);
      return 0;
    case 'check':
      return runCheck(args, io);
    case 'claims':
      return runClaims(args, io);
  }
}

/** What `check` and `claims` share: where the configuration, the sources and the documents are. */
type InputArgs = Omit<CheckArgs, 'command' | 'format'>;

function runCheck(args: CheckArgs, io: Parameters<typeof main>[1]): number {
  const config = loadConfig(args, io);
  if (!config) return 2;
  const { documents, errors } = readInputs(args.paths, config.maxFileSize, io.stdin, io.cwd);
  const sourceDocuments = readAllSources(args, config, io, errors);
  for (const error of errors) io.stderr(`attest: ${error}\n`);
  io.beforeChecking?.(charactersOf(documents) + charactersOf(sourceDocuments ?? []));
  const sources = sourceDocuments && buildSourceIndex(sourceDocuments);

  const checked: CheckedFile[] = documents.map((d) => ({ ...d, result: check(d.text, d.format, { config, sources }) }));
  io.stdout(args.format === 'json' ? JSON.stringify(toJsonReport(checked), null, 2) + '\n' : toTextReport(checked));

  if (errors.length > 0) return 2;
  const fails = checked.some((f) => f.result.findings.some((finding) => atLeast(finding.severity, config.failOn)));
  return fails ? 1 : 0;
}

/**
 * `attest claims`: checks one document and prints its claims in the export
 * format the claims panel uses. Exit 0 when the export was written, 2 on a
 * usage or input error (claims are a list to work through, not a verdict).
 */
function runClaims(args: ClaimsArgs, io: Parameters<typeof main>[1]): number {
  const config = loadConfig(args, io);
  if (!config) return 2;
  const { documents, errors } = readInputs(args.paths, config.maxFileSize, io.stdin, io.cwd);
  if (documents.length > 1) errors.push(`${args.paths[0]} holds ${documents.length} documents; attest claims exports one at a time`);
  const sourceDocuments = errors.length === 0 ? readAllSources(args, config, io, errors) : undefined;
  for (const error of errors) io.stderr(`attest: ${error}\n`);
  if (errors.length > 0 || documents.length === 0) return 2;
  io.beforeChecking?.(charactersOf(documents) + charactersOf(sourceDocuments ?? []));
  const sources = sourceDocuments && buildSourceIndex(sourceDocuments);

  const [document] = documents;
  const result = check(document.text, document.format, { config, sources });
  io.stdout(exportClaims(result.claims, result.findings, { format: args.format, documentName: document.path, text: document.text }));
  return 0;
}

/** Total length of some texts (what {@link main}'s `beforeChecking` is told). */
function charactersOf(texts: ReadonlyArray<{ text: string }>): number {
  let total = 0;
  for (const t of texts) total += t.text.length;
  return total;
}

/**
 * The sources, when `--sources` or the configuration's `"sources"` name
 * any: the configuration's globs are relative to its file's folder,
 * `--sources` globs to the working folder. Problems go into `errors`.
 */
function readAllSources(args: InputArgs, config: AttestConfig, io: Parameters<typeof main>[1], errors: string[]): SourceDocument[] | undefined {
  if (config.sources.length === 0 && args.sources.length === 0) return undefined;
  const configPath = configPathOf(args, io);
  const configBase = configPath ? dirname(resolve(io.cwd, configPath)) : io.cwd;
  const fromConfig = readSources(config.sources, configBase, io.cwd, config.maxFileSize, 'attest.json "sources":');
  const fromArgs = readSources(args.sources, io.cwd, io.cwd, config.maxFileSize);
  errors.push(...fromConfig.errors, ...fromArgs.errors);
  const seen = new Set<string>();
  return [...fromConfig.sources, ...fromArgs.sources].filter((s) => !seen.has(s.id) && seen.add(s.id));
}

/** The configuration file in use: `--config FILE`, else `attest.json` in the working folder, if any. */
function configPathOf(args: InputArgs, io: Parameters<typeof main>[1]): string | undefined {
  return args.configPath ?? (existsSync(join(io.cwd, 'attest.json')) ? join(io.cwd, 'attest.json') : undefined);
}

/**
 * `--config FILE`, else `attest.json` in the working folder; the workspace
 * dictionary (`attest-words.txt`) beside it; then the flags on top.
 */
function loadConfig(args: InputArgs, io: Parameters<typeof main>[1]): AttestConfig | undefined {
  const path = configPathOf(args, io);
  let fromFile = {};
  if (path) {
    const read = readConfigFile(path);
    if (!read.ok) {
      io.stderr(`attest: ${read.reason}\n`);
      return undefined;
    }
    const parsed = parseConfigText(read.text, rules.map((r) => r.id));
    for (const problem of parsed.problems) io.stderr(`attest: ${path}: ${problem}\n`);
    if (parsed.problems.length > 0 && Object.keys(parsed.config).length === 0) return undefined;
    fromFile = parsed.config;
  }
  const dictionary = join(path ? dirname(path) : io.cwd, DICTIONARY_FILE);
  const words = existsSync(dictionary) ? readConfigFile(dictionary) : undefined;
  if (words && !words.ok) io.stderr(`attest: ${words.reason}\n`);
  return mergeConfig(fromFile, words?.ok ? { words: parseWordList(words.text) } : undefined, {
    failOn: args.failOn,
    maxFileSize: args.maxFileSizeMB === undefined ? undefined : Math.round(args.maxFileSizeMB * 1024 * 1024),
  });
}

/** Set once stdout's descriptor refused a write: from then on everything goes through `process.stdout`, in order. */
let stdoutAsStream = false;

/**
 * Writes to stdout's file descriptor directly. `process.stdout` is created
 * on first use, and creating it loads Node's stream and tty or net modules:
 * ~5 ms of a short run. Should the descriptor refuse (a full non-blocking
 * pipe, a closed one), the rest goes to `process.stdout`, which waits or
 * reports the error as it always did.
 */
function writeStdout(s: string): void {
  if (stdoutAsStream) {
    process.stdout.write(s);
    return;
  }
  const bytes = Buffer.from(s, 'utf8');
  let at = 0;
  try {
    while (at < bytes.length) at += writeSync(1, bytes, at);
  } catch {
    stdoutAsStream = true;
    process.stdout.write(bytes.subarray(at));
  }
}

/** Runs the CLI on this process's arguments and streams (what `bin/attest.js` calls). */
export function runFromProcess(): void {
  // One run checks a few files and exits: read only the parts of the
  // lexicon's suggestion index it uses (see readPostingsOnDemand).
  readPostingsOnDemand();
  process.exitCode = main(process.argv.slice(2), {
    stdout: writeStdout,
    stderr: (s) => process.stderr.write(s),
    stdin: readStdinSync,
    cwd: process.cwd(),
    beforeChecking: tuneCompilerForRun,
  });
}

/**
 * `attest`: checks documents from the command line with the same core and
 * the same `attest.json` as the editor.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  atLeast,
  check,
  DICTIONARY_FILE,
  mergeConfig,
  parseWordList,
  parseConfigText,
  rules,
  type AttestConfig,
} from '../core/index.js';
import { parseArgs, UsageError, USAGE, type CheckArgs } from './args.js';
import { readConfigFile, readInputs, readStdinSync } from './inputs.js';
import { toJsonReport, toTextReport, type CheckedFile } from './report.js';

declare const ATTEST_VERSION: string | undefined;

/** Runs the CLI; returns the exit code. Output goes through the given writers (tests capture them). */
export function main(
  argv: readonly string[],
  io: { stdout: (s: string) => void; stderr: (s: string) => void; stdin: () => Uint8Array; cwd: string },
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
  }
}

function runCheck(args: CheckArgs, io: Parameters<typeof main>[1]): number {
  const config = loadConfig(args, io);
  if (!config) return 2;
  const { documents, errors } = readInputs(args.paths, config.maxFileSize, io.stdin, io.cwd);
  for (const error of errors) io.stderr(`attest: ${error}\n`);

  const checked: CheckedFile[] = documents.map((d) => ({ ...d, result: check(d.text, d.format, { config }) }));
  io.stdout(args.format === 'json' ? JSON.stringify(toJsonReport(checked), null, 2) + '\n' : toTextReport(checked));

  if (errors.length > 0) return 2;
  const fails = checked.some((f) => f.result.findings.some((finding) => atLeast(finding.severity, config.failOn)));
  return fails ? 1 : 0;
}

/**
 * `--config FILE`, else `attest.json` in the working folder; the workspace
 * dictionary (`attest-words.txt`) beside it; then the flags on top.
 */
function loadConfig(args: CheckArgs, io: Parameters<typeof main>[1]): AttestConfig | undefined {
  const path = args.configPath ?? (existsSync(join(io.cwd, 'attest.json')) ? join(io.cwd, 'attest.json') : undefined);
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

/** Runs the CLI on this process's arguments and streams (what `bin/attest.js` calls). */
export function runFromProcess(): void {
  process.exitCode = main(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdin: readStdinSync,
    cwd: process.cwd(),
  });
}

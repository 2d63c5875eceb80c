/**
 * Parses `attest` command lines. Hand-written because the grammar is tiny and
 * start-up time matters (the CLI on a 1,000-word file must finish in 0.3 s).
 */
import { isClaimExportFormat, SEVERITIES } from '../core/index.js';
import type { ClaimExportFormat, Severity } from '../core/index.js';

export type OutputFormat = 'text' | 'json';

export interface CheckArgs {
  command: 'check';
  format: OutputFormat;
  configPath?: string;
  failOn?: Severity;
  maxFileSizeMB?: number;
  /** `--sources GLOB` (repeatable): the writer's sources, relative to the working folder. */
  sources: string[];
  paths: string[];
}

/**
 * `attest claims`: the claims of one document, exported the way the claims
 * panel exports them (a Markdown checklist, CSV or JSON). Reads and checks the
 * document exactly as `check` does, so the same flags apply.
 */
export interface ClaimsArgs extends Omit<CheckArgs, 'command' | 'format' | 'failOn'> {
  command: 'claims';
  format: ClaimExportFormat;
}

export type Args =
  | CheckArgs
  | ClaimsArgs
  | { command: 'rules' }
  | { command: 'help' }
  | { command: 'version' };

export class UsageError extends Error {}

export const USAGE = `Usage:
  attest check [--format text|json] [--config FILE] [--fail-on SEVERITY] [--max-size MB] [--sources GLOB]... PATH...
  attest claims [--format md|csv|json] [--config FILE] [--max-size MB] [--sources GLOB]... PATH
                        the claims of one document (quotes, reported speech, their sources and
                        verification) as a Markdown checklist (default), CSV or JSON
  attest rules          list the rules and their default severities
  attest --help | --version

PATH may be a file, a folder (searched for .md, .markdown and .txt files) or - for standard input.
--sources GLOB names the writer's sources (transcripts, press releases…), relative to the working folder;
  repeat it for several globs (attest.json: "sources": [globs]). Quotes are then checked against them.
Exit codes: 0 no finding at or above the failing severity (default: error), 1 failing findings, 2 usage or input error.`;

/** Parses argv (without node and script). Throws UsageError with a clear message. */
export function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command === 'rules') return { command: 'rules' };
  if (command === 'claims') return parseClaimsArgs(rest);
  if (command !== 'check') throw new UsageError(`unknown command "${command}"`);
  return parseCheckArgs(rest, 'check');
}

/** `attest claims`: the check flags, an export format, and exactly one document. */
function parseClaimsArgs(rest: readonly string[]): ClaimsArgs {
  let format: ClaimExportFormat = 'md';
  const others: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      const v = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      if (v === undefined) throw new UsageError('--format needs a value');
      if (!isClaimExportFormat(v)) throw new UsageError(`attest claims: --format must be md, csv or json, not "${v}"`);
      format = v;
    } else if (arg === '--fail-on' || arg.startsWith('--fail-on=')) {
      throw new UsageError('attest claims lists claims; --fail-on belongs to attest check');
    } else {
      others.push(arg);
    }
  }
  const { command: _command, format: _format, failOn: _failOn, ...checkArgs } = parseCheckArgs(others, 'claims');
  if (checkArgs.paths.length !== 1) {
    throw new UsageError(`attest claims exports one document at a time (got ${checkArgs.paths.length} paths); run it once per file`);
  }
  return { command: 'claims', format, ...checkArgs };
}

function parseCheckArgs(rest: readonly string[], command: 'check' | 'claims'): CheckArgs {
  const args: CheckArgs = { command: 'check', format: 'text', sources: [], paths: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not "${v}"`);
        args.format = v;
        break;
      }
      case '--config':
        args.configPath = value();
        break;
      case '--sources': {
        const v = value();
        if (v.trim() === '') throw new UsageError('--sources needs a glob, e.g. --sources "sources/**/*.md"');
        args.sources.push(v);
        break;
      }
      case '--fail-on': {
        const v = value();
        if (!SEVERITIES.includes(v as Severity)) throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}`);
        args.failOn = v as Severity;
        break;
      }
      case '--max-size': {
        const v = Number(value());
        if (!Number.isFinite(v) || v <= 0) throw new UsageError('--max-size must be a positive number of megabytes');
        args.maxFileSizeMB = v;
        break;
      }
      default:
        if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option "${flag}"`);
        args.paths.push(arg);
    }
  }
  if (args.paths.length === 0) throw new UsageError(`attest ${command} needs ${command === 'check' ? 'at least one PATH' : 'a PATH'}`);
  return args;
}

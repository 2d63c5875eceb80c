/**
 * Configuration: what the user can set, its defaults, and how settings from
 * several places (built-in defaults, editor settings, `attest.json`) combine.
 *
 * The same `attest.json` is read by the CLI and the extension, so a project's
 * editor and its CI agree.
 */
import type { Severity } from '../types.js';

/** A rule's setting: off, or on with a severity (`default` keeps the rule's own). */
export type RuleSetting = 'off' | 'default' | Severity;

export interface AttestConfig {
  /** Per-rule setting, by rule id. Rules not listed run with their default severity. */
  rules: Record<string, RuleSetting>;
  /** Findings at or above this severity make `attest check` exit with 1. */
  failOn: Severity;
  /** Files larger than this are refused by the CLI (bytes). */
  maxFileSize: number;
  /**
   * Words the writer accepted (the workspace dictionary, "Ignore in this
   * document"): a finding about one of these words is never reported.
   */
  words: string[];
  /**
   * Globs naming the writer's sources (interview transcripts, press
   * releases…), relative to the folder of `attest.json` (the CLI: the working
   * folder; the editor: each workspace folder). Quotes are checked against them.
   */
  sources: string[];
}

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'default', ...SEVERITIES];

export const DEFAULT_CONFIG: AttestConfig = {
  rules: {},
  failOn: 'error',
  maxFileSize: 20 * 1024 * 1024,
  words: [],
  sources: [],
};

/** The workspace dictionary's file name: one accepted word per line, read by the CLI and the extension. */
export const DICTIONARY_FILE = 'attest-words.txt';

/** A partial configuration, as a file or the editor gives it. */
export type PartialConfig = Partial<AttestConfig>;

/**
 * Combines configurations; later ones win. Rule settings are merged rule by
 * rule, so a file that turns one rule off keeps the others' editor settings.
 */
export function mergeConfig(...layers: (PartialConfig | undefined)[]): AttestConfig {
  const result: AttestConfig = { ...DEFAULT_CONFIG, rules: {}, words: [], sources: [] };
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.rules) Object.assign(result.rules, layer.rules);
    if (layer.failOn) result.failOn = layer.failOn;
    if (layer.maxFileSize !== undefined) result.maxFileSize = layer.maxFileSize;
    if (layer.words) result.words.push(...layer.words);
    // A later layer's source list replaces the earlier one (the file's globs are the project's).
    if (layer.sources) result.sources = [...layer.sources];
  }
  return result;
}

/** Whether severity `a` is at least as serious as `b`. */
export function atLeast(a: Severity, b: Severity): boolean {
  return SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b);
}

/**
 * Reads a word-list file: one word per line; blank lines and lines starting
 * with `#` are ignored, surrounding whitespace is trimmed.
 */
export function parseWordList(text: string): string[] {
  const words: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const word = line.trim();
    if (word !== '' && !word.startsWith('#')) words.push(word);
  }
  return words;
}

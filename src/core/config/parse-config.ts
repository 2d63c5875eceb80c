/**
 * Reads an `attest.json` object and says clearly what is wrong with it.
 *
 * The file's shape (all keys optional):
 * ```json
 * {
 *   "rules": { "quote/unbalanced": "warning", "ocr/garbled": "off" },
 *   "failOn": "warning",
 *   "maxFileSizeMB": 20,
 *   "words": ["Okonjo-Iweala", "Tbilisi"],
 *   "sources": ["sources/*.md", "interviews/*.txt"]
 * }
 * ```
 */
import { RULE_SETTINGS, SEVERITIES, type PartialConfig, type RuleSetting } from './config.js';
import type { Severity } from '../types.js';

export interface ParsedConfig {
  config: PartialConfig;
  /** Problems found, each a sentence naming the key; the rest of the file still applies. */
  problems: string[];
}

/**
 * Validates a parsed JSON value as an Attest configuration.
 * @param value what `JSON.parse` returned
 * @param knownRules rule ids, so a typo in a rule id is reported
 */
export function parseConfig(value: unknown, knownRules: readonly string[]): ParsedConfig {
  const problems: string[] = [];
  const config: PartialConfig = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { config, problems: ['the configuration must be a JSON object'] };
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!['rules', 'failOn', 'maxFileSizeMB', 'words', 'sources', '$schema'].includes(key)) {
      problems.push(`unknown key "${key}" (known: rules, failOn, maxFileSizeMB, words, sources)`);
    }
  }
  if (record.rules !== undefined) {
    if (typeof record.rules !== 'object' || record.rules === null || Array.isArray(record.rules)) {
      problems.push('"rules" must be an object mapping rule ids to a severity or "off"');
    } else {
      config.rules = {};
      for (const [id, setting] of Object.entries(record.rules as Record<string, unknown>)) {
        if (!knownRules.includes(id)) {
          problems.push(`unknown rule "${id}" in "rules" (known: ${knownRules.join(', ')})`);
        } else if (typeof setting !== 'string' || !RULE_SETTINGS.includes(setting as RuleSetting)) {
          problems.push(`rule "${id}" must be one of ${RULE_SETTINGS.join(', ')}`);
        } else {
          config.rules[id] = setting as RuleSetting;
        }
      }
    }
  }
  if (record.failOn !== undefined) {
    if (typeof record.failOn === 'string' && SEVERITIES.includes(record.failOn as Severity)) {
      config.failOn = record.failOn as Severity;
    } else {
      problems.push(`"failOn" must be one of ${SEVERITIES.join(', ')}`);
    }
  }
  if (record.maxFileSizeMB !== undefined) {
    const mb = record.maxFileSizeMB;
    if (typeof mb === 'number' && Number.isFinite(mb) && mb > 0) {
      config.maxFileSize = Math.round(mb * 1024 * 1024);
    } else {
      problems.push('"maxFileSizeMB" must be a positive number');
    }
  }
  if (record.words !== undefined) {
    if (Array.isArray(record.words) && record.words.every((w) => typeof w === 'string')) {
      config.words = record.words as string[];
    } else {
      problems.push('"words" must be an array of strings');
    }
  }
  if (record.sources !== undefined) {
    if (Array.isArray(record.sources) && record.sources.every((g) => typeof g === 'string' && g.trim() !== '')) {
      config.sources = record.sources as string[];
    } else {
      problems.push('"sources" must be an array of glob patterns (strings), e.g. ["sources/**/*.md"]');
    }
  }
  return { config, problems };
}

/** Parses the text of an `attest.json` file; a syntax error is one problem. */
export function parseConfigText(text: string, knownRules: readonly string[]): ParsedConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { config: {}, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  return parseConfig(value, knownRules);
}

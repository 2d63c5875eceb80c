/**
 * Reads the `attest.*` settings. Everything the client needs from VS Code's
 * configuration goes through here, so the names live in one place (and in
 * package.json's `contributes.configuration`).
 */
import * as vscode from 'vscode';
import type { PartialConfig, RuleSetting } from '../core/index.js';
import { DEFAULT_FIX_CONFIDENCE, RULE_SETTINGS } from '../core/index.js';

export interface ClientSettings {
  enable: boolean;
  languages: string[];
  debounceMs: number;
  /** Documents larger than this (UTF-16 units ≈ bytes for Latin text) are checked on save only. */
  maxLiveCheckSize: number;
  /** Rule settings, as the core understands them. */
  core: PartialConfig;
}

export function readSettings(scope?: vscode.ConfigurationScope): ClientSettings {
  const config = vscode.workspace.getConfiguration('attest', scope);
  const rules: Record<string, RuleSetting> = {};
  const raw = config.get<Record<string, unknown>>('rules', {});
  for (const [id, value] of Object.entries(raw ?? {})) {
    if (typeof value === 'string' && RULE_SETTINGS.includes(value as RuleSetting)) rules[id] = value as RuleSetting;
  }
  return {
    enable: config.get<boolean>('enable', true),
    languages: config.get<string[]>('languages', ['markdown', 'plaintext']),
    debounceMs: Math.max(0, config.get<number>('debounceMs', 300)),
    maxLiveCheckSize: Math.max(0, config.get<number>('maxLiveCheckSizeMB', 5)) * 1024 * 1024,
    core: { rules },
  };
}

/** The confidence at which "Fix all confident corrections" applies a suggestion (0–1). */
export function readFixConfidence(scope?: vscode.ConfigurationScope): number {
  const value = vscode.workspace.getConfiguration('attest', scope).get<number>('fixAll.minConfidence', DEFAULT_FIX_CONFIDENCE);
  return Math.min(1, Math.max(0, value));
}

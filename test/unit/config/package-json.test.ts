import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../src/core/index.js';

const manifest = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));

describe('package.json', () => {
  it('offers a setting for every registered rule, so users can find them in the Settings UI', () => {
    const properties = manifest.contributes.configuration.properties['attest.rules'].properties;
    expect(Object.keys(properties).sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it('activates on Markdown and plain text (and a claims panel restored after a reload) only, never on every start-up', () => {
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:plaintext', 'onWebviewPanel:attest.claims']);
  });
});

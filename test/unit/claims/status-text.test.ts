/** The claims status bar item's words: what a writer reads at the bottom of the window. */
import { describe, expect, it } from 'vitest';
import { countClaimProblems, statusBarContent } from '../../../src/extension/claims-panel/status-text.js';
import { finding } from './fixtures.js';

/** [unattributed, misquoted, claims] → text, and what a screen reader says. */
const CASES: [number, number, number, string, string][] = [
  [0, 0, 0, '$(check) claims ok', 'Attest: 0 claims, none unattributed or misquoted. Show claims'],
  [0, 0, 4, '$(check) claims ok', 'Attest: 4 claims, none unattributed or misquoted. Show claims'],
  [1, 0, 4, '$(quote) 1 unattributed', 'Attest: 1 unattributed quote. Show claims'],
  [3, 1, 9, '$(quote) 3 unattributed · 1 misquote', 'Attest: 3 unattributed quotes, 1 misquotation. Show claims'],
  [0, 2, 2, '$(quote) 2 misquotes', 'Attest: 2 misquotations. Show claims'],
];

describe('statusBarContent', () => {
  for (const [unattributed, misquoted, claims, text, label] of CASES) {
    it(`${unattributed} unattributed, ${misquoted} misquoted → ${text}`, () => {
      const content = statusBarContent({ unattributed, misquoted }, claims);
      expect(content.text).toBe(text);
      expect(content.label).toBe(label);
      expect(content.tooltip).toContain(`${claims} claim`);
    });
  }
});

describe('countClaimProblems', () => {
  it('counts quote/unattributed and quote/misquoted findings, and nothing else', () => {
    const findings = [
      finding('quote/unattributed', 0, 5),
      finding('quote/misquoted', 10, 20),
      finding('quote/unattributed', 30, 40),
      finding('quote/unbalanced', 50, 51),
      finding('quote/not-in-sources', 60, 70),
    ];
    expect(countClaimProblems(findings)).toEqual({ unattributed: 2, misquoted: 1 });
  });
});

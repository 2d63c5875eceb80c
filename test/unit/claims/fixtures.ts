/** Claims and findings for the claims tests, built by hand so that each test says what it relies on. */
import type { Claim, Finding, Verification } from '../../../src/core/types.js';

let next = 0;

/** A claim over `[start, end)` with `text`; `speaker` is a name (no mentions needed here). */
export function claim(
  kind: Claim['kind'],
  start: number,
  text: string,
  extra: { speaker?: string; description?: string; cue?: string; verification?: Verification } = {},
): Claim {
  const c: Claim = { id: `c${++next}`, kind, start, end: start + text.length + 2, text };
  if (extra.speaker) c.speaker = { name: extra.speaker, mentions: [], ...(extra.description ? { description: extra.description } : {}) };
  if (extra.cue) c.cue = extra.cue;
  if (extra.verification) c.verification = extra.verification;
  return c;
}

export function finding(rule: string, start: number, end: number, message = `${rule} here`): Finding {
  return { rule, severity: 'warning', message, start, end };
}

/** Strings that would do harm if a renderer or a spreadsheet took them for markup or formulas. */
export const HOSTILE_TEXTS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '=HYPERLINK("http://evil.example","click")',
  '+1+1',
  '-2+3',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  'she said "no", twice',
  'line one\nline two\r\nline three',
  '- [x] pre-ticked box',
  '[link](javascript:alert(1))',
  '**bold** _em_ `code` # heading | table',
];

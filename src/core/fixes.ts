/**
 * Which findings can be fixed, and how: the pure part of quick fixes and of
 * "Fix all confident corrections", shared by the editor, the evaluation and
 * the tests.
 */
import type { Finding } from './types.js';

/** Replace `[start, end)` with `replacement`. */
export interface Correction {
  start: number;
  end: number;
  replacement: string;
  rule: string;
}

/**
 * Corrections at or above this confidence are applied by "Fix all confident
 * corrections". Rules put a finding's confidence (0–1) in `data.confidence`.
 */
export const DEFAULT_FIX_CONFIDENCE = 0.9;

/** A finding's confidence, or 0 when the rule gave none. */
export function confidenceOf(finding: Finding): number {
  const c = finding.data?.confidence;
  return typeof c === 'number' && Number.isFinite(c) ? c : 0;
}

/** The correction a finding's best suggestion makes, if it has one. */
export function correctionOf(finding: Finding): Correction | undefined {
  const replacement = finding.suggestions?.[0];
  if (replacement === undefined) return undefined;
  return { start: finding.start, end: finding.end, replacement, rule: finding.rule };
}

/**
 * Every correction confident enough to apply without asking, in document
 * order and never overlapping (when two overlap, the first one wins).
 */
export function confidentCorrections(findings: readonly Finding[], minConfidence = DEFAULT_FIX_CONFIDENCE): Correction[] {
  const chosen: Correction[] = [];
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const finding of sorted) {
    if (confidenceOf(finding) < minConfidence) continue;
    const correction = correctionOf(finding);
    if (!correction || correction.start < lastEnd) continue;
    chosen.push(correction);
    lastEnd = correction.end;
  }
  return chosen;
}

/**
 * The findings of the same rule about the same text as `finding` (itself
 * included), for "fix every occurrence of this word".
 */
export function sameWordFindings(findings: readonly Finding[], finding: Finding, text: string): Finding[] {
  const word = text.slice(finding.start, finding.end);
  return findings.filter((f) => f.rule === finding.rule && f.end - f.start === word.length && text.slice(f.start, f.end) === word);
}

/** Applies non-overlapping corrections to a text (document order not required). */
export function applyCorrections(text: string, corrections: readonly Correction[]): string {
  const sorted = [...corrections].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const c of sorted) {
    if (c.start < at) continue;
    out += text.slice(at, c.start) + c.replacement;
    at = c.end;
  }
  return out + text.slice(at);
}

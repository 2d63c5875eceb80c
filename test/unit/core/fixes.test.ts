import { describe, expect, it } from 'vitest';
import { applyCorrections, confidentCorrections, sameWordFindings, type Finding } from '../../../src/core/index.js';

const text = 'The cbuld and the cbuld, then Cbuld agaim.';
const at = (word: string, from = 0) => text.indexOf(word, from);
const finding = (start: number, word: string, suggestion: string | undefined, confidence: number): Finding => ({
  rule: 'ocr/garbled',
  severity: 'warning',
  message: `“${word}” looks garbled`,
  start,
  end: start + word.length,
  suggestions: suggestion === undefined ? undefined : [suggestion],
  data: { confidence, word },
});

const findings: Finding[] = [
  finding(at('cbuld'), 'cbuld', 'could', 0.97),
  finding(at('cbuld', at('cbuld') + 1), 'cbuld', 'could', 0.95),
  finding(at('Cbuld'), 'Cbuld', 'Could', 0.5),
  finding(at('agaim'), 'agaim', 'again', 0.92),
];

describe('fixes', () => {
  it('applies only corrections at or above the confidence threshold, keeping everything else', () => {
    const fixed = applyCorrections(text, confidentCorrections(findings, 0.9));
    expect(fixed).toBe('The could and the could, then Cbuld again.');
  });

  it('never applies overlapping corrections twice', () => {
    const overlapping = [...findings, { ...findings[0], end: findings[0].end + 4, suggestions: ['could and'] }];
    const corrections = confidentCorrections(overlapping, 0.9);
    for (let i = 1; i < corrections.length; i++) expect(corrections[i].start).toBeGreaterThanOrEqual(corrections[i - 1].end);
  });

  it('finds every occurrence of the same written word (case-sensitive) for "change every"', () => {
    expect(sameWordFindings(findings, findings[0], text).map((f) => f.start)).toEqual([at('cbuld'), at('cbuld', at('cbuld') + 1)]);
  });

  it('skips findings without a suggestion', () => {
    expect(confidentCorrections([finding(0, 'The', undefined, 1)], 0.5)).toEqual([]);
  });
});

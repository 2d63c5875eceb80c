/** claimStatus: what the panel shows for each claim. */
import { describe, expect, it } from 'vitest';
import { claimStatus, countStatuses, FindingIndex } from '../../../src/core/index.js';
import { claim, finding } from './fixtures.js';

const location = { source: 'notes/interview.txt', start: 5, end: 30, line: 2, character: 4, text: 'we have waited long enough' };

describe('claimStatus', () => {
  it('says "no sources" when the check was given none', () => {
    expect(claimStatus(claim('quote', 0, 'hello'), []).status).toBe('no-sources');
  });

  const verified = claim('quote', 0, 'we have waited long enough', { verification: { status: 'verified', location, similarity: 1 } });
  const near = claim('quote', 0, 'we waited long enough', {
    verification: {
      status: 'near-match',
      location,
      similarity: 0.8,
      diff: [
        { op: 'same', text: 'we' },
        { op: 'removed', text: 'have' },
        { op: 'same', text: 'waited long enough' },
      ],
    },
  });
  const missing = claim('quote', 0, 'never said this', { verification: { status: 'not-found' } });

  it('leaves out quote/attributed, which only restates the speaker the claim carries', () => {
    const inside = claimStatus(claim('quote', 10, 'we will rebuild the pier'), [
      finding('quote/attributed', 10, 36),
      finding('quote/misquoted', 10, 36),
    ]).findings.map((f) => f.rule);
    expect(inside).toEqual(['quote/misquoted']);
  });

  it('passes on what verification found: status, place and difference', () => {
    expect(claimStatus(verified, [])).toMatchObject({ status: 'verified', location, similarity: 1 });
    expect(claimStatus(near, [])).toMatchObject({ status: 'near-match', location, diff: near.verification?.diff });
    expect(claimStatus(missing, [])).toEqual({ status: 'not-found', findings: [] });
  });

  /** [finding start, end, inside the claim over [10, 30)?] */
  const RANGES: [number, number, boolean][] = [
    [10, 30, true],
    [12, 20, true],
    [0, 10, false],
    [30, 40, false],
    [5, 15, false],
    [25, 35, false],
  ];
  const c = claim('quote', 10, 'x'.repeat(18));
  for (const [start, end, inside] of RANGES) {
    it(`a finding over [${start}, ${end}) is ${inside ? '' : 'not '}listed for a claim over [10, 30)`, () => {
      const f = finding('quote/unattributed', start, end);
      expect(claimStatus(c, [f]).findings).toEqual(inside ? [f] : []);
    });
  }

  it('counts each status', () => {
    const statuses = [verified, near, missing, claim('quote', 0, 'x')].map((x) => claimStatus(x, []));
    expect(countStatuses(statuses)).toEqual({ verified: 1, 'near-match': 1, 'not-found': 1, 'no-sources': 1 });
  });
});

describe('FindingIndex', () => {
  it('finds for every claim the same findings as a scan of them all, in document order', () => {
    // Random claims and findings over a short text, nested and overlapping; findings out of order.
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const rules = ['quote/unattributed', 'quote/attributed', 'ocr/garbled', 'quote/misquoted'];
    const findings = Array.from({ length: 300 }, (_, i) => {
      const start = random(500);
      return finding(rules[i % rules.length], start, start + 1 + random(40));
    });
    const index = new FindingIndex(findings);
    for (let k = 0; k < 200; k++) {
      const start = random(500);
      const c = claim('quote', start, 'x'.repeat(random(60)));
      const scan = findings
        .filter((f) => f.start >= c.start && f.end <= c.end && f.rule !== 'quote/attributed')
        .sort((a, b) => a.start - b.start);
      expect(claimStatus(c, index).findings).toEqual(scan);
      expect(claimStatus(c, findings).findings).toEqual(scan);
    }
  });
});

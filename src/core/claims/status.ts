/**
 * Where a claim stands for a fact-checker: what checking it against the
 * writer's sources found, and which findings lie inside it.
 */
import type { Claim, DiffPart, Finding, SourceLocation } from '../types.js';
import { partitionPoint } from '../util/partition-point.js';

/**
 * Findings that only restate what a claim already says (`quote/attributed`
 * names the speaker the claim carries), so listing them beside the claim
 * would repeat it.
 */
const RESTATES_CLAIM: ReadonlySet<string> = new Set(['quote/attributed']);

/**
 * A claim's verification status. `no-sources` when the check was given no
 * sources (the claim carries no `verification`), so "not found" always means
 * the sources were searched.
 */
export type ClaimStatusId = 'verified' | 'near-match' | 'not-found' | 'no-sources';

export interface ClaimStatus {
  status: ClaimStatusId;
  /** Where the sources have the quote (verified, near-match). */
  location?: SourceLocation;
  /** Word-level difference, quote against source (near-match). */
  diff?: DiffPart[];
  /** Share of the quote's words found in the source, 0–1. */
  similarity?: number;
  /** The findings that lie entirely inside the claim's range, in document order. */
  findings: Finding[];
}

/**
 * A check's findings sorted by where they start, so that the findings
 * inside each of many claims are found by bisection instead of a scan of
 * them all (a long document has thousands of each: the panel and the CLI
 * build one index per check and ask it once per claim).
 */
export class FindingIndex {
  private readonly sorted: readonly Finding[];

  constructor(findings: readonly Finding[]) {
    // Stable: findings that start together keep the check's order.
    this.sorted = findings.every((f, i) => i === 0 || findings[i - 1].start <= f.start) ? findings : [...findings].sort((a, b) => a.start - b.start);
  }

  /** The findings wholly inside `[start, end)`, in document order, leaving out those that restate a claim. */
  inside(start: number, end: number): Finding[] {
    const sorted = this.sorted;
    const lo = partitionPoint(sorted.length, (i) => sorted[i].start < start);
    const out: Finding[] = [];
    for (let i = lo; i < sorted.length && sorted[i].start <= end; i++) {
      const f = sorted[i];
      if (f.end <= end && !RESTATES_CLAIM.has(f.rule)) out.push(f);
    }
    return out;
  }
}

/**
 * The status of one claim, with the findings inside its range (such as
 * `quote/unattributed` or `quote/misquoted`). A finding counts when it lies
 * wholly inside the claim: a parent quote then lists its nested quote's
 * findings too (they are inside it), but a nested quote is never charged
 * with findings about the rest of its parent. For many claims of one check,
 * pass a {@link FindingIndex} of its findings.
 */
export function claimStatus(claim: Claim, findings: readonly Finding[] | FindingIndex): ClaimStatus {
  const index = findings instanceof FindingIndex ? findings : new FindingIndex(findings);
  const inside = index.inside(claim.start, claim.end);
  const v = claim.verification;
  if (!v) return { status: 'no-sources', findings: inside };
  const status: ClaimStatus = { status: v.status, findings: inside };
  if (v.location) status.location = v.location;
  if (v.diff) status.diff = v.diff;
  if (v.similarity !== undefined) status.similarity = v.similarity;
  return status;
}

/** How many claims have each status. */
export function countStatuses(statuses: Iterable<ClaimStatus>): Record<ClaimStatusId, number> {
  const counts: Record<ClaimStatusId, number> = { verified: 0, 'near-match': 0, 'not-found': 0, 'no-sources': 0 };
  for (const s of statuses) counts[s.status]++;
  return counts;
}

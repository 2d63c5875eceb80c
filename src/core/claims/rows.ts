/**
 * The one list every export is written from: each claim with its group,
 * status, findings and line, in checklist order (grouped by source, document
 * order within a group).
 */
import { createLineIndex } from '../text/line-index.js';
import type { Claim, DiffPart, Finding } from '../types.js';
import { groupClaimsBySource, type ClaimGroup } from './group.js';
import { statusLabel } from './labels.js';
import { claimStatus, FindingIndex, type ClaimStatus } from './status.js';

export interface ClaimRow {
  claim: Claim;
  group: ClaimGroup;
  status: ClaimStatus;
  /** The status as a reader should see it (with sources, "not checked" rather than "no sources configured"). */
  statusLabel: string;
  /** The check had sources but did not look this claim up (see NOT_CHECKED_LABEL). */
  notChecked: boolean;
  /** 1-based line of the claim's start, when the document text was given. */
  line?: number;
}

/** Every claim as a row, grouped by source. `text` (the checked document) adds line numbers. */
export function claimRows(claims: readonly Claim[], findings: readonly Finding[], text?: string): ClaimRow[] {
  const lines = text === undefined ? undefined : createLineIndex(text);
  // A claim carries a verification only when the check had sources, so any one tells.
  const sourcesConfigured = claims.some((c) => c.verification !== undefined);
  const index = new FindingIndex(findings);
  return groupClaimsBySource(claims).flatMap((group) =>
    group.claims.map((claim) => {
      const status = claimStatus(claim, index);
      const row: ClaimRow = {
        claim,
        group,
        status,
        statusLabel: statusLabel(status.status, sourcesConfigured),
        notChecked: sourcesConfigured && status.status === 'no-sources',
      };
      if (lines) row.line = lines.position(claim.start).line;
      return row;
    }),
  );
}

/**
 * A word difference as plain text in `wdiff` notation: `[-removed-]` for the
 * source's words the quote lacks, `{+added+}` for the quote's words the
 * source lacks, shared words as they are.
 */
export function diffToText(diff: readonly DiffPart[]): string {
  return diff
    .map((part) => (part.op === 'same' ? part.text : part.op === 'added' ? `{+${part.text}+}` : `[-${part.text}-]`))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** How many characters of a quote a checklist shows before an ellipsis. */
export const EXCERPT_MAX = 160;

/** The quote on one line, cut at a word after about `max` characters. */
export function excerpt(text: string, max = EXCERPT_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * What the claims panel and the exports call each kind of claim and each
 * verification status. Kept as data so that the panel, the checklist and
 * the spreadsheet use the same words.
 */
import type { ClaimKind } from '../types.js';
import type { ClaimStatusId } from './status.js';

/** A short name for each kind of claim. Titles and scare quotes say they are not speech. */
export const CLAIM_KIND_LABELS: Readonly<Record<ClaimKind, string>> = {
  quote: 'Quotation',
  'nested-quote': 'Quotation within a quotation',
  partial: 'Partial quotation',
  indirect: 'Reported speech',
  title: 'Title (not speech)',
  scare: 'Scare quotes (not speech)',
};

/** Every kind of claim, in the order filters list them. */
export const CLAIM_KINDS: readonly ClaimKind[] = ['quote', 'nested-quote', 'partial', 'indirect', 'title', 'scare'];

/** Kinds that are nobody's words: a missing speaker is expected, not a problem. */
export const NOT_SPEECH_KINDS: ReadonlySet<ClaimKind> = new Set<ClaimKind>(['title', 'scare']);

/** A short name for each status. */
export const CLAIM_STATUS_LABELS: Readonly<Record<ClaimStatusId, string>> = {
  verified: 'Verified',
  'near-match': 'Near match',
  'not-found': 'Not found',
  'no-sources': 'No sources configured',
};

/**
 * What a claim without a verification is called when the document WAS checked
 * against sources: the sources were not asked about it (a title, scare
 * quotes, a quote too short to tell a match from a stock phrase).
 */
export const NOT_CHECKED_LABEL = 'Not checked against sources';

/** A claim status's label, given whether the check had sources at all. */
export function statusLabel(status: ClaimStatusId, sourcesConfigured: boolean): string {
  return status === 'no-sources' && sourcesConfigured ? NOT_CHECKED_LABEL : CLAIM_STATUS_LABELS[status];
}

/** Every status, in the order counts and filters list them. */
export const CLAIM_STATUSES: readonly ClaimStatusId[] = ['verified', 'near-match', 'not-found', 'no-sources'];

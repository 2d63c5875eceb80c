/**
 * The JSON export: the claims as the core reports them, each with its status,
 * source group and the findings inside it. Deterministic (no timestamps), so
 * two exports of the same text are identical.
 */
import { countStatuses } from './status.js';
import type { ClaimRow } from './rows.js';

/** Bumped when the shape changes incompatibly. */
export const CLAIMS_JSON_VERSION = 1;

export function claimsToJson(rows: readonly ClaimRow[], documentName: string): string {
  const report = {
    version: CLAIMS_JSON_VERSION,
    document: documentName,
    counts: { claims: rows.length, ...countStatuses(rows.map((r) => r.status)) },
    claims: rows.map(({ claim, group, status, notChecked, line }) => ({
      ...claim,
      source: group.label,
      group: group.kind,
      ...(line !== undefined ? { line } : {}),
      // With sources, a claim they were not asked about is `not-checked`, never `no-sources`.
      status: notChecked ? 'not-checked' : status.status,
      findings: status.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, start: f.start, end: f.end })),
    })),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

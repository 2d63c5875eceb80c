/**
 * quote/not-in-sources: a quotation none of the writer's sources contains,
 * not even nearly (see `sources/sources-data.ts` for where "nearly" ends).
 * Information only: the source may simply not be among the files given.
 * Runs only when the check was given sources.
 */
import type { Rule } from '../rule.js';
import { notInSourcesMessage } from '../sources/messages.js';
import { verifyQuotations } from '../sources/verify.js';
import type { Finding } from '../types.js';

export const notInSourcesRule: Rule = {
  id: 'quote/not-in-sources',
  description: 'Reports quotations that none of the writer\u2019s sources contains (only when sources are given).',
  defaultSeverity: 'information',
  run(doc, ctx) {
    const index = ctx.sources;
    if (!index) return { findings: [] };
    const findings: Finding[] = [];
    for (const { claim, match } of verifyQuotations(doc, index).values()) {
      if (match.verification.status !== 'not-found') continue;
      findings.push({
        rule: 'quote/not-in-sources',
        severity: ctx.severity,
        message: notInSourcesMessage(index.sources.length),
        start: claim.start,
        end: claim.end,
        data: { claim: claim.id, ...(match.verification.similarity !== undefined ? { similarity: match.verification.similarity } : {}) },
      });
    }
    return { findings };
  },
};

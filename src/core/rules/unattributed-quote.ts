/**
 * quote/unattributed: a quotation of speech whose speaker the reader cannot
 * identify — no reporting verb, no "according to", no earlier speaker it
 * continues, or a pronoun ("he said") with nobody named before it.
 *
 * Titles, scare quotes and nested quotations are not speech of their own and
 * are never reported. The attribution itself lives in `attribution/`; this
 * rule only reads its result.
 */
import type { Rule } from '../rule.js';
import type { Claim, Finding } from '../types.js';
import { quotationsWithClaims } from './quote-spans.js';

/** The message for a quotation of speech without a source. */
export function unattributedMessage(claim: Claim): string {
  if (claim.cue && claim.speaker === undefined) {
    return `Quotation attributed by “${claim.cue}”, but the speaker it refers to is never named before`;
  }
  return claim.kind === 'partial'
    ? 'Quoted words with no identifiable source'
    : 'Quotation with no identifiable source';
}

export const unattributedQuoteRule: Rule = {
  id: 'quote/unattributed',
  description: 'Reports quotations of speech whose speaker cannot be identified.',
  defaultSeverity: 'warning',
  run(doc, ctx) {
    const { claims, unmatched } = quotationsWithClaims(doc);
    // A quotation never closed (read to its paragraph's end) is already reported at its opening mark.
    const runOns = new Set<number>();
    for (const u of unmatched) if (u.side === 'open') runOns.add(u.start);
    const findings: Finding[] = [];
    for (const c of claims) {
      if ((c.kind !== 'quote' && c.kind !== 'partial') || c.speaker || runOns.has(c.start)) continue;
      findings.push({
        rule: 'quote/unattributed',
        severity: ctx.severity,
        message: unattributedMessage(c),
        start: c.start,
        end: c.end,
        data: c.cue ? { claim: c.id, kind: c.kind, cue: c.cue } : { claim: c.id, kind: c.kind },
      });
    }
    return { findings };
  },
};

/**
 * quote/misquoted: a quotation whose words are almost those of a passage in
 * the writer's sources, but not quite: words changed, added or dropped. The
 * message names the source line and the first difference; `data.source` is
 * the passage (a `SourceLocation`) and `data.diff` the word-level diff.
 *
 * Runs only when the check was given sources (`CheckOptions.sources`); the
 * matching itself lives in `sources/` and is shared with the engine, which
 * puts the same result on the claims.
 */
import type { Rule } from '../rule.js';
import { misquoteMessage } from '../sources/messages.js';
import { verifyQuotations } from '../sources/verify.js';
import type { Finding } from '../types.js';

export const misquotedRule: Rule = {
  id: 'quote/misquoted',
  description: 'Reports quotations that differ from the passage they come from in the writer\u2019s sources.',
  defaultSeverity: 'warning',
  run(doc, ctx) {
    const index = ctx.sources;
    if (!index) return { findings: [] };
    const findings: Finding[] = [];
    for (const { claim, match } of verifyQuotations(doc, index).values()) {
      const v = match.verification;
      if (v.status !== 'near-match') continue;
      findings.push({
        rule: 'quote/misquoted',
        severity: ctx.severity,
        message: misquoteMessage(index, match),
        start: claim.start,
        end: claim.end,
        data: { claim: claim.id, source: v.location, diff: v.diff, similarity: v.similarity },
      });
    }
    return { findings };
  },
};

/**
 * quote/attributed: one finding per quotation of speech whose speaker was
 * found, saying whom it is attributed to and by which cue ("Quote
 * attributed to Mara Ellison (said)").
 *
 * It is a `hint` by default, so the editor shows it only as a faint marker
 * and keeps it off the Problems panel; a writer who wants every attribution
 * listed there (to review who says what) sets it to `information`. The
 * attribution itself lives in `attribution/`; this rule only reads it.
 */
import type { Rule } from '../rule.js';
import type { Claim, Finding } from '../types.js';
import { quotationsWithClaims } from './quote-spans.js';

/** The message for an attributed quotation. */
export function attributedMessage(claim: Claim): string {
  const name = claim.speaker?.name ?? '';
  return claim.cue ? `Quote attributed to ${name} (${claim.cue})` : `Quote attributed to ${name}`;
}

export const attributedQuoteRule: Rule = {
  id: 'quote/attributed',
  description: 'Lists each quotation of speech with the speaker it is attributed to (a hint unless raised).',
  defaultSeverity: 'hint',
  run(doc, ctx) {
    const { claims } = quotationsWithClaims(doc);
    const findings: Finding[] = [];
    for (const c of claims) {
      if ((c.kind !== 'quote' && c.kind !== 'partial') || !c.speaker) continue;
      // One literal per case (same key order as spreading the optional fields), without a throwaway object, and
      // without fields added afterwards, which would each need a separate store kept as long as the finding.
      const claim = c.id;
      const speaker = c.speaker.name;
      const { cue, confidence } = c;
      const data: Record<string, unknown> = cue
        ? confidence !== undefined
          ? { claim, speaker, cue, confidence }
          : { claim, speaker, cue }
        : confidence !== undefined
          ? { claim, speaker, confidence }
          : { claim, speaker };
      findings.push({
        rule: 'quote/attributed',
        severity: ctx.severity,
        message: attributedMessage(c),
        start: c.start,
        end: c.end,
        data,
      });
    }
    return { findings };
  },
};

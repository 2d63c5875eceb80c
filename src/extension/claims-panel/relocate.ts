/**
 * Finds a claim the panel listed in a newer check of the document. The
 * writer may have typed between the moment the panel was drawn and the
 * click; claim ids are positional (`q1`, `q2`…), so after an edit the same id
 * may name another quote. A claim is found again by what it is: the same
 * kind and the same words, the nearest to where it was.
 */
import type { Claim } from '../../core/index.js';

export function findClaimAgain(previous: Pick<Claim, 'kind' | 'text' | 'start'>, current: readonly Claim[]): Claim | undefined {
  let best: Claim | undefined;
  for (const claim of current) {
    if (claim.kind !== previous.kind || claim.text !== previous.text) continue;
    if (!best || Math.abs(claim.start - previous.start) < Math.abs(best.start - previous.start)) best = claim;
  }
  return best;
}

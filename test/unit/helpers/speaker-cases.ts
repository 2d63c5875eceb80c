/**
 * Attribution tested as a list of cases, textlint-tester style: each text
 * with the kind and speaker of every quotation in it, in order.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/engine/check.js';
import { quoteSpansRule } from '../../../src/core/rules/quote-spans.js';
import type { Claim } from '../../../src/core/types.js';

/** [text, expected `kind:speaker` per quotation, in order (speaker `-` when none)]. */
export type SpeakerCase = [string, string[]];

/** The quotation claims of a text, as `kind:speaker` (speaker `-` when none). */
export function quoteSpeakers(text: string): string[] {
  return check(text, 'plaintext', { rules: [quoteSpansRule] })
    .claims.filter((c: Claim) => c.kind !== 'indirect')
    .map((c: Claim) => `${c.kind}:${c.speaker?.name ?? '-'}`);
}

/** One test per case, under `title`. */
export function describeSpeakerCases(title: string, cases: readonly SpeakerCase[]): void {
  describe(title, () => {
    for (const [text, want] of cases) {
      it(JSON.stringify(text), () => {
        expect(quoteSpeakers(text)).toEqual(want);
      });
    }
  });
}

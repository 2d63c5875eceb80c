/**
 * Letters left standing between words (src/core/rules/short-debris.ts,
 * through `ocr/garbled`): only in a document that shows damage, never the
 * short words, abbreviations, name particles and foreign phrases of prose.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../../src/core/engine/check.js';
import { garbledWordRule } from '../../../src/core/rules/garbled-word.js';
import { realWordRule } from '../../../src/core/rules/real-word-rule.js';
import { runTogetherRule } from '../../../src/core/rules/run-together.js';
import { BUILD_TIMEOUT_MS, testLexicon } from '../lexicon/lexicon-file.js';

beforeAll(() => {
  testLexicon(); // builds dist/lexicon.bin when missing
}, BUILD_TIMEOUT_MS);

/** Invented text that a scanner has damaged throughout: several confident corrections make it a damaged document. */
const DAMAGE = 'The goverrnent annourced that the cornmittee wouId rneet again, and the rnembers of the parliarnent said the agreernent was good for the ecomomy.\n\n';

/** The words of `text` (after DAMAGE) that any OCR rule flags. */
function flagged(text: string): string[] {
  const all = DAMAGE + text;
  return check(all, 'plaintext', { rules: [garbledWordRule, realWordRule, runTogetherRule] })
    .findings.filter((f) => f.start >= DAMAGE.length)
    .map((f) => all.slice(f.start, f.end));
}

describe('ocr/garbled: letters left standing between words of a damaged page', () => {
  const INVALID: Array<[string, string]> = [
    ['The ferry left t harbour at noon and the crowd went home.', 't'],
    ['Her brother bought a small farm w a barn near the river.', 'w'],
    ['The council met in the hall ty discuss the roads again.', 'ty'],
    ['The old mill was sold last year, se the workers moved away.', 'se'],
    ['Farmers brought their cattle to the fair r the judges came late.', 'r'],
    ['The road was closed k: the bridge had been washed away.', 'k:'],
    ['I hope k been of use to the council this year.', 'k'],
    ['The old mill st the river closed for the winter.', 'st'],
    ['The boats left the ines before the storm broke.', 'ines'],
  ];
  for (const [text, debris] of INVALID) {
    it(`flags “${debris}” in: ${text}`, () => {
      expect(flagged(text)).toContain(debris);
    });
    it(`leaves “${debris}” alone in clean text`, () => {
      const clean = check(text, 'plaintext', { rules: [garbledWordRule] }).findings.map((f) => text.slice(f.start, f.end));
      expect(clean).not.toContain(debris);
    });
  }

  it('reports debris with no suggestion and a low confidence', () => {
    const text = DAMAGE + 'The ferry left t harbour at noon.';
    const f = check(text, 'plaintext', { rules: [garbledWordRule] }).findings.find((x) => text.slice(x.start, x.end) === 't');
    expect(f?.suggestions ?? []).toEqual([]);
    expect(f?.data?.confidence).toBeLessThan(0.5);
  });

  const VALID = [
    'The de facto ruler sent his ex officio members en route to the coast, as Smith et al wrote.',
    'The party of Carlos Velez de la Garza won the seat; the Cour de Cassation ruled on it.',
    'The ship drew 12 ft of water and the pier was 300 m long, about 2 sq km of harbour, with 40 persons per sq km.',
    'The ewe and the elk met by the yew in the vale, and the poet wrote an ode to them.',
    'Answer (a) or (b), and see p. 12 and the notes, ed. by the board.',
    'The farmer led an ox to the fair and placed an ad in the paper; oh, it was a fine day.',
    'The list ran from a to z and he said it in a hurry.',
    'Ships sailed to the U.S. and to the U.K. that year, e.g. the big ones.',
    'The mayor met Juan da Silva and Marine le Pen at the summit.',
  ];
  for (const text of VALID) {
    it(`leaves alone: ${text}`, () => {
      expect(flagged(text).filter((w) => w.length <= 3)).toEqual([]);
    });
  }
});

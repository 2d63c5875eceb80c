/**
 * Words joined by a stray mark where a space was lost, reported by
 * ocr/run-together: a hyphen or apostrophe read for a space, a mark with no
 * space around it. Compounds, contractions, names, abbreviations, numbers,
 * addresses and the document's own forms are left alone.
 * Uses the built dist/lexicon.bin and dist/context.bin (built here when missing).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findContextFile } from '../../../src/core/context/load-node.js';
import { check } from '../../../src/core/engine/check.js';
import { garbledWordRule } from '../../../src/core/rules/garbled-word.js';
import { runTogetherRule } from '../../../src/core/rules/run-together.js';

/** Building the lexicon and the context data from scratch may take this long. */
const BUILD_TIMEOUT_MS = 300_000;

beforeAll(() => {
  if (!findContextFile()) {
    execFileSync(process.execPath, [resolve(__dirname, '../../../scripts/build-lexicon.mjs')], { stdio: 'inherit' });
    execFileSync(process.execPath, [resolve(__dirname, '../../../scripts/build-context.mjs')], { stdio: 'inherit' });
  }
}, BUILD_TIMEOUT_MS);

/** Every Attest finding of the two OCR word rules, as "text → suggestion". */
function found(text: string): string[] {
  return check(text, 'plaintext', { rules: [garbledWordRule, runTogetherRule] }).findings.map(
    (f) => `${text.slice(f.start, f.end)} → ${f.suggestions?.[0] ?? ''}`,
  );
}

/** Texts where no mark stands for a lost space. */
const VALID = [
  // Compounds, including the ones prepositions and particles make.
  'The state-owned firm kept its at-risk, built-in, follow-up and for-profit plans, and the then-president agreed.',
  'Mother-in-law, up-to-date and day-to-day costs rose for the well-to-do.',
  // A dash typed as a hyphen between clauses.
  'We must keep our strength-and our courage-and stand together-this is the task.',
  // Contractions, possessives, elisions and names with apostrophes.
  "They don't know; we're sure they've gone, and she'll say I'd have won. It's the children's o'clock tea.",
  "D'Angelo and O'Brien met at the Qur'an exhibit with Ta'if officials.",
  // Abbreviations, numbers, times, addresses and file names.
  'At 3:30 p.m. the U.S.A. team (e.g. Ph.D. students) read www.example.com and index.html at 2.5 km.',
  'See the ratio 3:1, the verse John 3:16 and the site example.org today.',
  // Three-part compounds with a preposition and an article; an initial after a dot.
  'They sold over-the-counter drugs in a by-the-book way to J.a. Smith.',
  // Compounds led by "to", a pronoun or "a", and a dash typed as a hyphen before a clause.
  'My to-do list names the he-man and a she-wolf at a $30-a-head dinner for the A-list.',
  'Every citizen has a duty, he-or she-has a vote, and we-and our allies agree.',
  // Quotation marks with their spaces, and names with a curly apostrophe.
  'He said ‘yes’ and ‘no’ to “this” and “that”, like O‘Brien and the rock‘n’roll band.',
  // A form the writer keeps using is their own.
  'The the-lode fund grew. The the-lode fund shrank. The the-lode fund closed.',
];

/** Joined words and the repair offered. */
const INVALID: { text: string; want: string[] }[] = [
  { text: 'He questioned the-confidence of the voters.', want: ['the-confidence → the confidence'] },
  { text: 'Some viewed\'this attempt as evidence.', want: ["viewed'this → viewed this"] },
  { text: 'It was held in’the town hall.', want: ['in’the → in the'] },
  { text: 'The year ended badly.The new one began well.', want: ['badly.The → badly. The'] },
  { text: 'He spoke to Wagner,who agreed at once.', want: ['Wagner,who → Wagner, who'] },
  { text: 'Leaders reported:trying to end the feud.', want: ['reported:trying → reported: trying'] },
  { text: 'The fight has been going.on for years.', want: ['going.on → going on'] },
  // A preposition and its determiner joined by a hyphen.
  { text: 'They met in-the town hall to talk of-a plan.', want: ['in-the → in the', 'of-a → of a'] },
  // The infinitive marker, a subject pronoun or the article before a content word.
  { text: 'It is small enough to-clean and when he-attempted it, a-tense year began.', want: ['to-clean → to clean', 'he-attempted → he attempted', 'a-tense → a tense'] },
  // Curly quotation marks glued on both sides: a speck, or a space lost before or after the quotation.
  { text: 'His throw in‘an effort failed; it was not a“temporary flash” but real, as we said”Then it ended.', want: ['in‘an → in an', 'a“temporary → a “temporary', 'said”Then → said” Then'] },
  { text: 'He said‘yes’ at once.', want: ['said‘yes → said ‘yes'] },
  // The article "a" after a mark.
  { text: 'The dress is.a casual style.', want: ['is.a → is a'] },
];

describe('punctuation joins: valid texts', () => {
  it.each(VALID)('%s', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('punctuation joins: invalid texts', () => {
  it.each(INVALID)('$text', ({ text, want }) => {
    expect(found(text)).toEqual(want);
  });

  it('reads the article after an apostrophe as the second word', () => {
    const text = "It lasted half'a century.";
    const split = check(text, 'plaintext', { rules: [runTogetherRule] }).findings.map((f) => `${text.slice(f.start, f.end)} → ${f.suggestions?.[0]}`);
    expect(split).toEqual(["half'a → half a"]);
  });

  it('keeps the words’ case and the mark that ends a sentence in the repair', () => {
    expect(found('Prices FELL.Analysts were surprised.')).toEqual(['FELL.Analysts → FELL. Analysts']);
    expect(found('Prices fell sharply!Analysts were surprised.')).toEqual(['sharply!Analysts → sharply! Analysts']);
  });
});

describe('a hyphen before a word no compound ends on, on a damaged page', () => {
  /** Invented text that a scanner has damaged throughout (several confident corrections). */
  const DAMAGE = 'The goverrnent annourced that the cornmittee wouId rneet again, and the rnembers of the parliarnent said the agreernent was good for the ecomomy.\n\n';
  const INVALID: Array<[string, string]> = [
    ['The mayor thanked the donors for their gifts-from the start of the year.', 'gifts-from → gifts from'],
    ['The old ally-and the new one met at the border.', 'ally-and → ally and'],
    ['They raised the salary-of every clerk in the office.', 'salary-of → salary of'],
  ];
  for (const [text, expected] of INVALID) {
    it(`splits ${expected.split(' ')[0]} among damage`, () => {
      expect(found(DAMAGE + text)).toContain(expected);
    });
    it(`leaves ${expected.split(' ')[0]} alone in clean text, where a dash may be typed as a hyphen`, () => {
      expect(found(text)).toEqual([]);
    });
  }
  const VALID = [
    'The built-in shelves, the add-on fees and the lean-to shed stayed; the drive-in closed.',
    'Rock-and-roll and hit-and-run cases filled the docket of the mother-in-law.',
  ];
  for (const text of VALID) {
    it(`leaves compounds alone among damage: ${text}`, () => {
      expect(found(DAMAGE + text).filter((f) => !DAMAGE.includes(f.split(' → ')[0]))).toEqual([]);
    });
  }
});

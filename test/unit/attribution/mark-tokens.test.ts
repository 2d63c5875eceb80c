/**
 * The one pass over a block's tokens that the quotation rules start from
 * (quotation marks, words that may start a name, indirect-speech verbs), and
 * the code-unit shortcuts the name scan uses, as example lists.
 */
import { describe, expect, it } from 'vitest';
import { markTokens } from '../../../src/core/attribution/mark-tokens.js';
import { findNames, isAcronym } from '../../../src/core/attribution/speakers.js';
import { analyzed } from '../helpers/block.js';

/** The texts of the tokens at `indexes`. */
function texts(text: string, pick: (m: ReturnType<typeof markTokens>) => readonly number[]): string[] {
  const block = analyzed(text);
  return pick(markTokens(block)).map((i) => block.tokens[i].text);
}

const CASES: { text: string; marks: string[]; nameStarts: string[]; verbs: string[] }[] = [
  { text: 'the plan failed.', marks: [], nameStarts: [], verbs: [] },
  { text: '“Done,” said Mara Ellison.', marks: ['“', '”'], nameStarts: ['Done', 'Mara', 'Ellison'], verbs: ['said'] },
  // a lowercase name prefix (al-Rashid, d'Estaing) may start a name; other lowercase words may not
  { text: "officials warned al-Rashid and d'Estaing.", marks: [], nameStarts: ['al-Rashid', "d'Estaing"], verbs: ['warned'] },
  // apostrophes inside words are no marks; a capitalised verb is no verb of indirect speech; a short
  // word with an apostrophe (it's) is only a candidate, which the name scan then turns down
  { text: "Told you, it's 'fine'.", marks: ["'", "'"], nameStarts: ['Told', "it's"], verbs: [] },
  // verbs of reported speech only: "reviewed" and "says" differ
  { text: 'the council reviewed it and says the road closes.', marks: [], nameStarts: [], verbs: ['says'] },
  // non-ASCII capitals and guillemets
  { text: '« Oui », répondit Émile Zola.', marks: ['«', '»'], nameStarts: ['Oui', 'Émile', 'Zola'], verbs: [] },
];

describe('markTokens', () => {
  for (const c of CASES) {
    it(c.text, () => {
      expect(texts(c.text, (m) => m.marks)).toEqual(c.marks);
      expect(texts(c.text, (m) => m.nameStarts)).toEqual(c.nameStarts);
      expect(texts(c.text, (m) => m.indirectVerbs)).toEqual(c.verbs);
    });
  }

  it('keeps nothing for a block without such tokens', () => {
    const m = markTokens(analyzed('nothing to see here.'));
    expect([m.marks.length, m.nameStarts.length, m.indirectVerbs.length, m.markStarts.length]).toEqual([0, 0, 0, 0]);
  });

  it('gives each mark its source offset, for finding a mark by offset', () => {
    for (const c of CASES) {
      const block = analyzed(c.text);
      const m = markTokens(block);
      expect(m.markStarts, c.text).toEqual(m.marks.map((i) => block.tokens[i].sourceStart));
    }
  });
});

describe('isAcronym', () => {
  const valid = ['UN', 'NATO', 'AT&T', 'G7', 'ÉU', 'KCNA', 'ÖVP'];
  const invalid = ['A', 'Nato', 'NATOSUMMIT', 'un', '7G', 'É', 'UNé', '&T'];
  for (const w of valid) it(`${w} is an acronym`, () => expect(isAcronym(w)).toBe(true));
  for (const w of invalid) it(`${w} is not an acronym`, () => expect(isAcronym(w)).toBe(false));
});

describe('name runs keep their offsets and possessives', () => {
  it('a possessive name run ends before ’s, its offsets cover the word with it', () => {
    const text = 'Then South Korea’s ministry replied.';
    const [run] = findNames(analyzed(text));
    expect(run.text).toBe('South Korea');
    expect(run.possessive).toBe(true);
    expect(text.slice(run.sourceStart, run.sourceEnd)).toBe('South Korea’s');
  });

  it("a straight 's is a possessive too; a word ending in s is not", () => {
    const [owner, other] = findNames(analyzed("Then Kofi's lawyer met Agnes Reyes."));
    expect([owner.text, owner.possessive]).toEqual(['Kofi', true]);
    expect([other.text, other.possessive]).toEqual(['Agnes Reyes', false]);
  });
});

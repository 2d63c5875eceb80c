/**
 * Real words that are damage only in a document that shows damage
 * (./src/core/rules/damaged-real-word.ts, through `ocr/real-word`), and
 * common words capitalised in mid-sentence (stray-capital.ts, through
 * `ocr/garbled`, also only where the document shows damage): lists of texts
 * where they must and must not be flagged.
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

const findings = (text: string, rule: string) =>
  check(text, 'plaintext', { rules: [garbledWordRule, realWordRule, runTogetherRule] })
    .findings.filter((f) => f.rule === rule)
    .map((f) => `${text.slice(f.start, f.end)} → ${f.suggestions?.[0] ?? '∅'}`);

/** Invented text that a scanner has damaged throughout: several confident corrections make it a damaged document. */
const DAMAGE =
  'The goverrnent annourced that the cornmittee wouId rneet again, and the rnembers of the parliarnent said the agreernent was good for the ecomomy. ';

describe('ocr/real-word in a damaged document', () => {
  const INVALID: Array<[string, string]> = [
    ['The rail workers went home nd the union said it would return.', 'nd → and'],
    ['The new plan costs more thar the old one did last year.', 'thar → than'],
  ];
  for (const [sentence, expected] of INVALID) {
    it(`flags “${expected}” among damage`, () => {
      expect(findings(DAMAGE + sentence, 'ocr/real-word')).toContain(expected);
    });
    it(`leaves the same sentence alone in clean text: ${sentence}`, () => {
      expect(findings(sentence, 'ocr/real-word')).toEqual([]);
    });
  }

  const VALID = [
    'The farmers cut the hay in June and stored it in the barn.',
    'A swarm of bees left the hive; one bee stayed behind on the sill.',
    'The ship ran at 12 nm from the coast, about 22 km out.',
    'Ships sailed to the U.S. and to the U.K. that year.',
  ];
  for (const sentence of VALID) {
    it(`does not question real words that fit: ${sentence}`, () => {
      expect(findings(DAMAGE + sentence, 'ocr/real-word').filter((f) => !DAMAGE.includes(f.split(' → ')[0]))).toEqual([]);
    });
  }

  it('reports them unsure, never as confident corrections', () => {
    const text = DAMAGE + 'The new plan costs more thar the old one did last year.';
    const f = check(text, 'plaintext', { rules: [garbledWordRule, realWordRule] }).findings.find((x) => text.slice(x.start, x.end) === 'thar');
    expect(f?.data?.confidence).toBeLessThan(0.9);
  });
});

describe('ocr/garbled: common words capitalised in mid-sentence', () => {
  const INVALID: Array<[string, string]> = [
    ['The council passed the law Which the mayor had vetoed.', 'Which → which'],
    ['In the end it Was decided to close the bridge for a week.', 'Was → was'],
    [
      'the river rose through the night and the town\nwas cut off from the roads that lead\nto the north, and the water came in\nWith the tide over the old harbour wall\nand the people left their homes at dawn.',
      'With → with',
    ],
  ];
  for (const [text, expected] of INVALID) {
    it(`flags ${expected} among damage`, () => {
      expect(findings(DAMAGE + '\n\n' + text, 'ocr/garbled')).toContain(expected);
    });
    it(`leaves ${expected.split(' ')[0]} alone in clean text, where a lost full stop explains it as well`, () => {
      expect(findings(text, 'ocr/garbled')).not.toContain(expected);
    });
  }

  const VALID = [
    'She read Gone With the Wind twice that summer.',
    'He spoke of the glory of His name and of the love of Him who made us.',
    'The witness said: Which one of them do you mean?',
    'The ruling was overturned The court later said so.',
    'Prices rose sharply Many families cut back on food.',
    'Roses are red\nViolets are blue\nWhich of the two\nWill you give to me',
    'Ask Will to bring the car round, said May.',
    'It was the wish of the People that the Year be marked by a feast.',
  ];
  for (const text of VALID) {
    it(`leaves alone: ${JSON.stringify(text)}`, () => {
      expect(findings(DAMAGE + '\n\n' + text, 'ocr/garbled').filter((f) => /^[A-Z][a-z]+ → [a-z]+$/.test(f) && f.split(' → ')[0].toLowerCase() === f.split(' → ')[1])).toEqual([]);
    });
  }
});

describe('ocr/garbled: debris alone on a line, only where the document shows damage', () => {
  const TEXT = 'The board met on Monday to discuss the new budget for the\nely\nharbour and voted to delay the decision until the spring.';
  it('flags the fragment among damage, with no suggestion', () => {
    const text = DAMAGE + '\n\n' + TEXT;
    const f = check(text, 'plaintext', { rules: [garbledWordRule] }).findings.find((x) => text.slice(x.start, x.end) === 'ely');
    expect(f?.message).toMatch(/alone on a line/);
    expect(f?.suggestions ?? []).toEqual([]);
  });
  it('leaves a one-word line of a clean note alone', () => {
    expect(findings(TEXT, 'ocr/garbled')).toEqual([]);
  });
});

describe('ocr/garbled: a figure read for a letter, where the document shows damage', () => {
  const TEXT = 'Asked about it, the Mayor 1s proposing a new tax.';
  it('reads “1s” as “is” among damage even when the neighbours say little', () => {
    expect(findings(DAMAGE + '\n\n' + TEXT, 'ocr/garbled')).toContain('1s → is');
  });
  it('needs the neighbours to agree in clean text, where “1s” may be a count', () => {
    expect(findings(TEXT, 'ocr/garbled')).not.toContain('1s → is');
  });
});

describe('ocr/run-together: a one-off non-word of a damaged document that cuts into frequent words', () => {
  const TEXT = 'The crew tested the jetmissile over the desert at dawn.';
  it('is offered split among damage', () => {
    const text = DAMAGE + '\n\n' + TEXT;
    expect(findings(text, 'ocr/run-together')).toContain('jetmissile → jet missile');
  });
});

describe('ocr/garbled: a capitalised near miss weighs how damaged the page is', () => {
  /** A page misread throughout (one word in five). */
  const HEAVY = 'The goverrnent annourced that the cornmittee wouId rneet again, and the rnembers of the parliarnent said the agreernent was good for the ecomomy. The rninister said the budgct would rise, and the cauncil agreed that the harbour wauld be rebuilt.\n\n';
  /** The same slips in a long page that reads cleanly otherwise. */
  const LIGHT = 'The goverrnent annourced that the cornmittee wouId meet again, and the members of the parliament said the agreement was good for the economy. The minister said the budget would rise in the coming year, and the council agreed that the harbour would be rebuilt before the winter, when the ships return from the southern seas and the markets open again for the traders of the coast, who have waited a long time for the news. The mayor thanked the workers of the port for their patience during the long months of repair, and the people of the town came out to see the first boats arrive at the new quay in the morning light. Everyone agreed it was a fine day for the town and for the harbour, and the children ran along the wall to wave at the sailors as they came in from the sea.\n\n';
  const TEXT = 'The Marlet was there when the boats came in.';
  it('flags it on a page with much damage', () => {
    expect(findings(HEAVY + TEXT, 'ocr/garbled')).toContain('Marlet → Market');
  });
  it('gives it the benefit of the doubt as a name on a page with a few slips', () => {
    expect(findings(LIGHT + TEXT, 'ocr/garbled').filter((f) => f.startsWith('Marlet'))).toEqual([]);
  });
});

describe('ocr/garbled: "1" read for "I" inside a clause, where the document shows damage', () => {
  const INVALID: Array<[string, string]> = [
    ['The board asked for more money, but 1 can\'t say more about it.', '1 → I'],
    ['The harbour, may 1 say, is busier than ever.', '1 → I'],
  ];
  for (const [text, expected] of INVALID) {
    it(`reads it as the pronoun among damage: ${text}`, () => {
      expect(findings(DAMAGE + '\n\n' + text, 'ocr/garbled')).toContain(expected);
    });
    it(`leaves it alone in clean text: ${text}`, () => {
      expect(findings(text, 'ocr/garbled')).not.toContain(expected);
    });
  }
  it('leaves counts alone among damage', () => {
    expect(findings(DAMAGE + '\n\nThe court has 1 judge and the county of 1 clerk for 1 year.', 'ocr/garbled').filter((f) => f.startsWith('1 '))).toEqual([]);
  });
});

describe('ocr/garbled: a repeated name one misreading from a name the page also writes', () => {
  const TEXT = 'The ship reached the Pitcairn Islands in May. Later the Piteairn council met, and the Piteairn court agreed.';
  it('flags the misread spelling among damage, though it is used twice', () => {
    expect(findings(DAMAGE + '\n\n' + TEXT, 'ocr/garbled')).toContain('Piteairn → Pitcairn');
  });
  it('leaves it alone in clean text', () => {
    expect(findings(TEXT, 'ocr/garbled').filter((f) => f.startsWith('Piteairn'))).toEqual([]);
  });
  it('leaves a repeated name alone when the page never writes the word it is near', () => {
    const text = 'Later the Piteairn council met, and the Piteairn court agreed.';
    expect(findings(DAMAGE + '\n\n' + text, 'ocr/garbled').filter((f) => f.startsWith('Piteairn'))).toEqual([]);
  });
  it('leaves a foreign name alone beside the rest of the name', () => {
    const text = 'President Islom Karimov spoke of Islam; Islom Karimov then left.';
    expect(findings(DAMAGE + '\n\n' + text, 'ocr/garbled').filter((f) => f.startsWith('Islom'))).toEqual([]);
  });
});

describe('ocr/garbled: a stray capital after a word that is misread itself', () => {
  const TEXT = 'The police began an mvestigation Which also found the missing boat.';
  it('flags the capital among damage, though the pair cannot be looked up', () => {
    expect(findings(DAMAGE + '\n\n' + TEXT, 'ocr/garbled')).toContain('Which → which');
  });
  it('still needs a known pair after a real word: a lost full stop explains it as well', () => {
    const text = 'The police began a long hunt Which also found the missing boat.';
    expect(findings(DAMAGE + '\n\n' + text, 'ocr/garbled')).not.toContain('Which → which');
  });
});

describe('ocr/garbled: a stray capital last on a wrapped line', () => {
  const TEXT =
    'the river rose through the night and the town\nwas cut off from the roads that lead\nto the north, and in the end it Was\ndecided that the people would leave\nand the boats took them out at dawn.';
  it('flags it among damage', () => {
    expect(findings(DAMAGE + '\n\n' + TEXT, 'ocr/garbled')).toContain('Was → was');
  });
  it('leaves it alone in clean text', () => {
    expect(findings(TEXT, 'ocr/garbled')).not.toContain('Was → was');
  });
});

describe('ocr/real-word: a capitalised word in mid-sentence that is no name, in a damaged document', () => {
  const INVALID: Array<[string, string]> = [
    ['The new mayor will soon take his place next Lo the old one.', 'Lo → to'],
    ['The lessons of history thus Tar show that peace holds.', 'Tar → far'],
  ];
  for (const [text, expected] of INVALID) {
    it(`flags ${expected} among damage`, () => {
      expect(findings(DAMAGE + text, 'ocr/real-word')).toContain(expected);
    });
    it(`leaves ${expected.split(' ')[0]} alone in clean text`, () => {
      expect(findings(text, 'ocr/real-word')).toEqual([]);
    });
  }
  it('leaves a capitalised word the document repeats alone (a name it uses)', () => {
    const text = 'The lessons of history thus Tar show, and Tar wrote, that peace holds.';
    expect(findings(DAMAGE + text, 'ocr/real-word').filter((f) => f.startsWith('Tar'))).toEqual([]);
  });
  it('leaves a capitalised word at the start of a sentence alone', () => {
    const text = 'Lo, the old one came. The new mayor took his place.';
    expect(findings(DAMAGE + text, 'ocr/real-word').filter((f) => f.startsWith('Lo'))).toEqual([]);
  });
});

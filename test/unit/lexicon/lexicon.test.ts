/**
 * The lexicon: which words exist in British and American spelling, how they
 * are usually written, how frequent they are, and the binary format's limits.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Lexicon, loadLexicon } from '../../../src/core/lexicon/lexicon.js';
import { findLexiconFile } from '../../../src/core/lexicon/load-node.js';
import { BUILD_TIMEOUT_MS, testLexicon } from './lexicon-file.js';

let lex: Lexicon;
beforeAll(() => {
  lex = testLexicon();
}, BUILD_TIMEOUT_MS);

describe('words in both spellings', () => {
  const pairs: Array<[string, string]> = [
    ['colour', 'color'],
    ['defence', 'defense'],
    ['organise', 'organize'],
    ['organisation', 'organization'],
    ['centre', 'center'],
    ['theatre', 'theater'],
    ['travelled', 'traveled'],
    ['programme', 'program'],
    ['analyse', 'analyze'],
    ['catalogue', 'catalog'],
    ['grey', 'gray'],
    ['licence', 'license'],
    ['neighbour', 'neighbor'],
    ['honourable', 'honorable'],
    ['whilst', 'while'],
    ['learnt', 'learned'],
    ['manoeuvre', 'maneuver'],
    ['paediatric', 'pediatric'],
    ['judgement', 'judgment'],
    ['cheque', 'check'],
  ];
  it.each(pairs)('%s and %s are both words', (british, american) => {
    expect(lex.has(british)).toBe(true);
    expect(lex.has(american)).toBe(true);
  });

  it('knows the vocabulary of old newspapers', () => {
    for (const w of ['connexion', 'waggon', 'gaol', 'despatch', 'shew', 'burthen', 'to-morrow']) {
      expect(lex.has(w), w).toBe(true);
    }
  });

  it('knows modern news words', () => {
    for (const w of ['geopolitical', 'necessitated', 'motorcade', 'multipolar', 'cybersecurity', 'briefing', 'balloons']) {
      expect(lex.has(w), w).toBe(true);
    }
  });

  it('does not know garbled words', () => {
    for (const w of ['aggbement', 'cbuld', 'tgbaty', 'thgbat', 'RuCeia', 'brd3fing', 'FoFrrSing', 'geopbFitical', 'baFrrons', 'neceCeitated', 'ond', 'tbe', 'wbich']) {
      expect(lex.has(w), w).toBe(false);
    }
  });
});

describe('lookup details', () => {
  it('ignores case and reads ’ as an apostrophe', () => {
    expect(lex.has('THE')).toBe(true);
    expect(lex.has('The')).toBe(true);
    expect(lex.has('don’t')).toBe(true);
    expect(lex.has("don't")).toBe(true);
    expect(lex.has('WASN’T')).toBe(true);
  });

  it('accepts possessives of words', () => {
    expect(lex.has('Russia’s')).toBe(true);
    expect(lex.has("government's")).toBe(true);
    expect(lex.has('soldiers’')).toBe(true);
    expect(lex.has('cbuld’s')).toBe(false);
  });

  it('accepts hyphenated compounds of words', () => {
    expect(lex.has('state-owned')).toBe(true);
    expect(lex.has('well-known')).toBe(true);
    expect(lex.has('mobile-cellular')).toBe(true);
    expect(lex.has('well-knbwn')).toBe(false);
  });

  it('handles non-ASCII keys', () => {
    expect(lex.has('café')).toBe(true);
    expect(lex.has('CAFÉ')).toBe(true);
    expect(lex.find('')).toBe(-1);
  });

  it('separates dictionary words from names only a corpus saw', () => {
    // "tbe" occurs in Wikipedia (quoted OCR, typos) but is no word.
    expect(lex.has('tbe')).toBe(false);
    expect(lex.known('tbe')).toBe(true);
    expect(lex.known('zzqqxx')).toBe(false);
  });
});

describe('case', () => {
  it('knows which words are normally capitalised', () => {
    expect(lex.info('russia')?.capitalised).toBe(true);
    expect(lex.canonicalOf(lex.find('russia'))).toBe('Russia');
    expect(lex.canonicalOf(lex.find('monday'))).toBe('Monday');
    expect(lex.canonicalOf(lex.find('nato'))).toBe('NATO');
    expect(lex.canonicalOf(lex.find('iphone'))).toBe('iPhone');
    expect(lex.canonicalOf(lex.find('pyongyang'))).toBe('Pyongyang');
  });

  it('tells whether a token is written in a case its word allows', () => {
    for (const w of ['how', 'How', 'HOW', 'Russia', 'RUSSIA', 'NATO', 'iPhone', 'IPHONE', 'Iphone', 'Monday’s', 'zzqqxx']) {
      expect(lex.caseFits(w), w).toBe(true);
    }
    for (const w of ['hrS', 'hOw', 'NATo', 'RUssia', 'russia', 'monday', 'nato']) {
      expect(lex.caseFits(w), w).toBe(false);
    }
  });

  it('keeps both forms of words that are names and common words', () => {
    for (const w of ['may', 'china', 'polish', 'bill', 'turkey']) {
      const info = lex.info(w);
      expect(info?.capitalised, w).toBe(false);
      expect(info?.forms.length, w).toBeGreaterThan(1);
    }
  });
});

describe('frequency', () => {
  it('is a Zipf value that orders common above rare', () => {
    const z = (w: string) => lex.frequency(w);
    expect(z('the')).toBeGreaterThan(7);
    expect(z('the')).toBeGreaterThan(z('could'));
    expect(z('could')).toBeGreaterThan(z('treaty'));
    expect(z('treaty')).toBeGreaterThan(z('necessitated'));
    expect(z('of')).toBeGreaterThan(z('bf') + 3);
    expect(z('zzqqxx')).toBe(0);
  });

  it('marks abbreviations', () => {
    expect(lex.info('hrs')?.abbreviation).toBe(true);
    expect(lex.info('hours')?.abbreviation).toBe(false);
  });
});

describe('loading', () => {
  it('loads from any Uint8Array, aligned or not', () => {
    const bytes = new Uint8Array(lex.keys.length + 16);
    expect(() => loadLexicon(bytes)).toThrow(/magic/);
    const file = readFileSync(findLexiconFile() as string);
    const copy = new Uint8Array(1 + file.byteLength);
    copy.set(file, 1);
    const shifted = new Lexicon(copy.subarray(1));
    expect(shifted.has('treaty')).toBe(true);
  });

  it('reads the same keys in a host without Node’s Buffer (a web extension)', () => {
    const file = readFileSync(findLexiconFile() as string);
    const nodeBuffer = globalThis.Buffer;
    let web: Lexicon;
    try {
      (globalThis as { Buffer?: unknown }).Buffer = undefined;
      web = new Lexicon(new Uint8Array(file));
    } finally {
      globalThis.Buffer = nodeBuffer;
    }
    expect(web.keys).toBe(lex.keys);
    expect(web.keyOf(web.find('Zürich'))).toBe('zürich');
  });

  it('reports where its data came from', () => {
    expect(lex.meta.sources.scowl).toMatch(/SCOWL/);
    expect(lex.size).toBeGreaterThan(200_000);
    expect(lex.meta.symspell.words).toBeGreaterThan(50_000);
  });
});

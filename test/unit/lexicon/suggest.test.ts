/**
 * Suggestions for damaged words: one list per kind of damage, each entry
 * (damaged → expected top suggestion). The first list is the set of examples
 * the rule will be judged on; the others are our own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lexicon } from '../../../src/core/lexicon/lexicon.js';
import { createChannel } from '../../../src/core/lexicon/channel.js';
import { suggest, suggesterFor } from '../../../src/core/lexicon/suggest.js';
import { BUILD_TIMEOUT_MS, testLexicon } from './lexicon-file.js';

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = testLexicon();
}, BUILD_TIMEOUT_MS);

const top = (word: string): string | undefined => suggest(word, { lexicon })[0]?.word;

const cases: Record<string, Array<[string, string]>> = {
  'examples from the brief': [
    ['aggbement', 'agreement'],
    ['RuCeia', 'Russia'],
    ['cbuld', 'could'],
    ['brd3fing', 'briefing'],
    ['tgbaty', 'treaty'],
    ['ond', 'and'],
    ['bf', 'of'],
    ['thgbat', 'threat'],
    ['geopbFitical', 'geopolitical'],
    ['neceCeitated', 'necessitated'],
  ],
  'rn and m': [
    ['rnodern', 'modern'],
    ['tirne', 'time'],
    ['governrnent', 'government'],
    ['intemational', 'international'],
    ['retum', 'return'],
  ],
  'cl and d': [
    ['clecided', 'decided'],
    ['dedared', 'declared'],
    ['inchided', 'included'],
  ],
  'li and h': [
    ['tlie', 'the'],
    ['wliich', 'which'],
    ['tliat', 'that'],
    ['pubhc', 'public'],
    ['pohtical', 'political'],
  ],
  'e and c': [
    ['presidcnt', 'president'],
    ['govcrnment', 'government'],
    ['eountry', 'country'],
  ],
  'b, h and o': [
    ['pbwer', 'power'],
    ['frbm', 'from'],
    ['wbich', 'which'],
    ['tbat', 'that'],
    ['bave', 'have'],
    ['tbe', 'the'],
  ],
  '1, l, I, 0, O, 5, S': [
    ['wi1l', 'will'],
    ['Iittle', 'little'],
    ['pub1ic', 'public'],
    ['0ctober', 'October'],
    ['t0wn', 'town'],
    ['5tates', 'states'],
  ],
  'ss, re, ll groups': [
    ['claCe', 'class'],
    ['addreCe', 'address'],
    ['busineCe', 'business'],
    ['aggbed', 'agreed'],
    ['mogb', 'more'],
    ['pgbss', 'press'],
    ['wiFr', 'will'],
    ['caFred', 'called'],
  ],
  'u and n, vv and w, ri and n': [
    ['aud', 'and'],
    ['bnt', 'but'],
    ['fonnd', 'found'],
    ['nnder', 'under'],
    ['vvhen', 'when'],
    ['tovvn', 'town'],
    ['goverriment', 'government'],
  ],
  'long s read as f': [
    ['fuch', 'such'],
    ['houfe', 'house'],
    ['firft', 'first'],
    ['Congrefs', 'Congress'],
  ],
  'swaps, lost and extra letters': [
    ['teh', 'the'],
    ['adn', 'and'],
    ['goverment', 'government'],
    ['befre', 'before'],
    ["th'e", 'the'],
    ['w,ith', 'with'],
  ],
  'run-together words': [
    ['ofthe', 'of the'],
    ['inthe', 'in the'],
    ['Tothe', 'To the'],
    ['newsGovernment', 'news Government'],
    ['policyMinister', 'policy Minister'],
  ],
};

for (const [kind, list] of Object.entries(cases)) {
  describe(kind, () => {
    it.each(list)('%s → %s', (damaged, expected) => {
      expect(top(damaged)).toBe(expected);
    });
  });
}

describe('case and affixes are kept', () => {
  it.each([
    ['CBULD', 'COULD'],
    ['TBE', 'THE'],
    ['Tbe', 'The'],
    ['RuCeia’s', 'Russia’s'],
    ["RuCeia's", "Russia's"],
    ['gbvernment’s', 'government’s'],
    ['Congrefs’s', 'Congress’s'],
    ['soldlers’', 'soldiers’'],
    ['“cbuld,', '“could,'],
    ['Iondon', 'London'],
    ['rucsia', 'Russia'],
  ])('%s → %s', (damaged, expected) => {
    expect(top(damaged)).toBe(expected);
  });

  it('repairs the damaged part of a hyphenated compound', () => {
    expect(top('weFr-known')).toBe('well-known');
    expect(top('state-bwned')).toBe('state-owned');
  });
});

describe('cache and work counters', () => {
  it('answers a repeated word from the cache, and starts over when the channel learns', () => {
    const s = suggesterFor(lexicon);
    const channel = createChannel();
    const before = s.stats().computed;
    s.suggest('tbe', { channel });
    s.suggest('tbe', { channel });
    expect(s.stats().computed - before).toBe(1);
    channel.observe('cbuld', 'could');
    s.suggest('tbe', { channel });
    expect(s.stats().computed - before).toBe(2);
    s.suggest('tbe', { channel, cache: false });
    expect(s.stats().computed - before).toBe(3);
  });

  it('returns copies, so a caller may change its list', () => {
    const a = suggest('cbuld', { lexicon });
    a.length = 0;
    expect(suggest('cbuld', { lexicon }).length).toBeGreaterThan(0);
  });
});

describe('scores and confidence', () => {
  it('lists the best first, with scores falling and confidences in 0..1', () => {
    const list = suggest('cbuld', { lexicon, max: 5 });
    expect(list.length).toBeGreaterThan(1);
    expect(list.length).toBeLessThanOrEqual(5);
    for (let i = 1; i < list.length; i++) expect(list[i].score).toBeLessThanOrEqual(list[i - 1].score);
    const sum = list.reduce((s, x) => s + x.confidence, 0);
    expect(sum).toBeLessThanOrEqual(1 + 1e-9);
    for (const s of list) expect(s.confidence).toBeGreaterThanOrEqual(0);
  });

  it('is confident about clear damage and not about a plausible name', () => {
    expect(suggest('aggbement', { lexicon })[0].confidence).toBeGreaterThan(0.9);
    expect(suggest('RuCeia', { lexicon })[0].confidence).toBeGreaterThan(0.9);
    for (const name of ['Zbigniewski', 'Lukin', 'Artyom', 'KCNA']) {
      const best = suggest(name, { lexicon })[0];
      expect(best === undefined || best.confidence < 0.5, name).toBe(true);
    }
  });

  it('never suggests the word itself, and returns nothing for non-words', () => {
    expect(suggest('bf', { lexicon }).map((s) => s.word)).not.toContain('bf');
    expect(suggest('', { lexicon })).toEqual([]);
    expect(suggest('1234', { lexicon })).toEqual([]);
    expect(suggest('—', { lexicon })).toEqual([]);
    expect(suggest('x'.repeat(60), { lexicon })).toEqual([]);
  });

  it('honours max and a context bonus', () => {
    expect(suggest('bnt', { lexicon, max: 1 })).toHaveLength(1);
    const plain = suggest('bnt', { lexicon, max: 5 }).map((s) => s.word);
    expect(plain[0]).toBe('but');
    const boosted = suggest('bnt', { lexicon, max: 5, bonus: (k) => (k === 'bent' ? 3 : 0) }).map((s) => s.word);
    expect(boosted.indexOf('bent')).toBeGreaterThanOrEqual(0);
    expect(boosted.indexOf('bent')).toBeLessThan(plain.includes('bent') ? plain.indexOf('bent') : 5);
  });
});

describe('nearOnly: what a real word could be instead', () => {
  it('offers words one misreading away and no split or far word', () => {
    const near = suggest('thar', { lexicon, nearOnly: true }).map((s) => s.word);
    expect(near).toContain('than');
    expect(near).toContain('that');
    expect(suggest('ofthe', { lexicon, nearOnly: true }).map((s) => s.word)).not.toContain('of the');
    expect(suggest('ofthe', { lexicon }).map((s) => s.word)).toContain('of the');
  });

  it('keeps its answers apart from the full search in the cache', () => {
    const full = suggest('ofthe', { lexicon }).map((s) => s.word);
    suggest('ofthe', { lexicon, nearOnly: true });
    expect(suggest('ofthe', { lexicon }).map((s) => s.word)).toEqual(full);
  });
});

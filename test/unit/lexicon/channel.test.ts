/**
 * The noisy channel: weighted alignments over table groups, and adaptation
 * to the systematic damage of one document.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createChannel } from '../../../src/core/lexicon/channel.js';
import { CONFUSIONS } from '../../../src/core/lexicon/confusions.js';
import type { Lexicon } from '../../../src/core/lexicon/lexicon.js';
import { suggest } from '../../../src/core/lexicon/suggest.js';
import { BUILD_TIMEOUT_MS, testLexicon } from './lexicon-file.js';

let lexicon: Lexicon;
beforeAll(() => {
  lexicon = testLexicon();
}, BUILD_TIMEOUT_MS);

describe('the confusion table', () => {
  it('is well formed', () => {
    for (const c of CONFUSIONS) {
      expect(c.correct, JSON.stringify(c)).toBe(c.correct.toLowerCase());
      expect(c.correct).not.toBe(c.damaged);
      expect(c.cost).toBeGreaterThan(0);
      expect(c.cost).toBeLessThan(2);
    }
  });
});

describe('costs', () => {
  const ch = createChannel();
  const cost = (damaged: string, word: string) => ch.cost(ch.prepare(damaged), word);

  it('is zero for the word itself and positive for damage', () => {
    expect(cost('treaty', 'treaty')).toBe(0);
    expect(cost('tgbaty', 'treaty')).toBeGreaterThan(0);
  });

  it('prices table groups below the letters they replace', () => {
    expect(cost('RuCeia', 'russia')).toBeLessThan(cost('Ruxyia', 'russia'));
    expect(cost('rnodern', 'modern')).toBeLessThan(cost('xnodern', 'modern'));
    expect(cost('tgbaty', 'treaty')).toBeLessThan(cost('tqxaty', 'treaty'));
  });

  it('treats an odd capital as damage', () => {
    expect(cost('hiS', 'his')).toBeGreaterThan(cost('his', 'his'));
    expect(cost('HIS', 'his')).toBe(0);
    expect(cost('His', 'his')).toBe(0);
  });

  it('gives up past the bound', () => {
    expect(cost('zzzzzz', 'treaty')).toBeGreaterThan(5);
    expect(ch.cost(ch.prepare('zzzzzz'), 'treaty', 1)).toBe(Infinity);
  });
});

describe('alignment', () => {
  it('explains the damage as table edits', () => {
    const ch = createChannel();
    const ops = ch.align('RuCeia', 'Russia').ops.map((o) => `${o.correct}→${o.damaged}`);
    expect(ops).toEqual(['ss→Ce']);
    expect(ch.align('treaty', 'treaty').ops).toEqual([]);
  });
});

describe('adaptation', () => {
  it('makes an observed edit cheaper, the more so the more often, down to a floor', () => {
    const ch = createChannel({ minCost: 0.05 });
    const before = ch.entryCost('ss', 'Ce') as number;
    ch.observe('RuCeia', 'Russia');
    const once = ch.entryCost('ss', 'Ce') as number;
    for (let i = 0; i < 50; i++) ch.observe('miCeile', 'missile');
    const often = ch.entryCost('ss', 'Ce') as number;
    expect(once).toBeLessThan(before);
    expect(often).toBeLessThan(once);
    expect(often).toBeGreaterThanOrEqual(0.05);
    expect(ch.count('ss', 'Ce')).toBe(51);
    expect(ch.observations).toBe(51);
  });

  it('learns damage the table does not list', () => {
    const ch = createChannel();
    expect(ch.entryCost('o', 'x')).toBeUndefined();
    ch.observe('cxuld', 'could');
    ch.observe('hxw', 'how');
    ch.observe('frxm', 'from');
    expect(ch.entryCost('o', 'x')).toBeLessThan(2);
    expect(ch.learned().map((o) => `${o.correct}→${o.damaged}`)).toContain('o→x');
  });

  it('finds words only the document’s own damage explains', () => {
    const fresh = createChannel();
    expect(suggest('txmxrrxw', { lexicon, channel: fresh })[0]?.word).not.toBe('tomorrow');
    const doc = createChannel();
    for (const [d, c] of [['cxuld', 'could'], ['hxw', 'how'], ['frxm', 'from'], ['xther', 'other'], ['txwn', 'town']]) doc.observe(d, c);
    expect(suggest('txmxrrxw', { lexicon, channel: doc })[0]?.word).toBe('tomorrow');
  });

  it('is taught a cost for a substitution many words agree on, lowering it but never raising it', () => {
    const ch = createChannel();
    expect(ch.entryCost('e', 'b')).toBeUndefined();
    const untaught = ch.cost(ch.prepare('chambbr'), 'chamber');
    ch.teach('e', 'b', 0.6);
    expect(ch.entryCost('e', 'b')).toBe(0.6);
    expect(ch.cost(ch.prepare('chambbr'), 'chamber')).toBeLessThan(untaught - 1);
    expect(ch.learned().map((o) => `${o.correct}→${o.damaged}`)).toContain('e→b');
    ch.teach('e', 'b', 1.5);
    expect(ch.entryCost('e', 'b')).toBe(0.6);
    expect(createChannel().entryCost('e', 'b')).toBeUndefined();
  });

  it('keeps documents apart', () => {
    const a = createChannel();
    const b = createChannel();
    a.observe('cxuld', 'could');
    expect(b.entryCost('o', 'x')).toBeUndefined();
  });
});

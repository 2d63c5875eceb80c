/**
 * The truth and the scoring of section 6 of `npm run eval` (real OCR): the
 * word alignment of an OCR text with its original must find the damage a
 * reader would see, and only that, and the scoring must credit a flag and a
 * suggestion exactly when they point at that damage. Small hand-made pages.
 */
import { describe, expect, it } from 'vitest';
import { alignOcr, type AlignedUnit, type UnitKind } from '../../../bench/real-ocr/align.js';
import { layOut } from '../../../bench/real-ocr/pages.js';
import { figures, scorePage, type Flag } from '../../../bench/real-ocr/score.js';

/** A tiny dictionary, enough to tell real words from non-words in these examples. */
const WORDS = new Set(['the', 'a', 'an', 'in', 'city', 'court', 'count', 'ruled', 'said', 'he', 'no', 'big', 'dog', 'were', 'they', 'there', 'treaty', 'government']);
const isWord = (w: string): boolean => WORDS.has(w.toLowerCase());

/** The damaged units as `kind:ocr(original)`. */
function damage(original: string, ocr: string): string[] {
  return alignOcr(original, ocr, isWord)
    .filter((u) => !['clean', 'hyphen', 'deleted', 'number'].includes(u.kind))
    .map((u) => `${u.kind}:${u.ocr}(${u.original})`);
}

const kinds = (original: string, ocr: string): UnitKind[] => alignOcr(original, ocr, isWord).map((u) => u.kind);

describe('alignOcr', () => {
  it('finds no damage where only edge punctuation, quote shapes or spacing differ', () => {
    expect(damage('He said, “no.” They ruled', 'He said "no" They\nruled')).toEqual([]);
    expect(damage('the dog’s court', "the dog's  court")).toEqual([]);
  });

  it('sorts a misread word into a non-word or another real word, with its original', () => {
    expect(damage('the court ruled', 'the conrt ruled')).toEqual(['garble:conrt(court)']);
    expect(damage('the court ruled', 'the count ruled')).toEqual(['real-word:count(court)']);
    expect(damage('they were in the city', 'they Were in the city')).toEqual(['case:Were(were)']);
    expect(damage('it is 5 p.m. now', 'it is 5 p,m now')).toEqual(['punct:p,m(p.m.)']);
  });

  it('takes a stroke read for the pronoun as a misread I, not a lost word and a stray mark', () => {
    const units = alignOcr('Then I have the floor.', 'Then | have the floor.', () => true).filter((u) => u.kind !== 'clean');
    expect(units.map((u) => `${u.kind}:${u.original}→${u.ocr}`)).toEqual(['garble:I→|']);
  });

  it('sees a word broken by a stray space and two words run together', () => {
    expect(damage('the government said', 'the gov ernment said')).toEqual(['split:gov ernment(government)']);
    expect(damage('he was in the city', 'he was inthe city')).toEqual(['joined:inthe(in the)']);
  });

  it('rejoins a word hyphenated at a line end, but not a hyphen inside a line', () => {
    expect(kinds('an international treaty', 'an inter-\nnational treaty')).toEqual(['clean', 'hyphen', 'clean']);
    expect(damage('an international treaty', 'an inter- national treaty')).toEqual(['split:inter- national(international)']);
  });

  it('places a lost word without an OCR span, and keeps specks that read as letters', () => {
    const units = alignOcr('a very big dog', 'a big dog', isWord);
    const lost = units.find((u) => u.kind === 'deleted');
    expect(lost?.original).toBe('very');
    expect(lost?.start).toBe(lost?.end);
    expect(damage('the big dog', 'the big ii dog')).toEqual(['spurious:ii()']);
    expect(damage('the big dog', 'the big ~ dog')).toEqual([]);
  });

  it('takes the words of a line read out of order as moved, not lost and spurious', () => {
    const units = alignOcr('the big dog said no to the court in the city', 'the big dog said no to the city court in the', isWord);
    expect(units.filter((u) => !['clean', 'moved'].includes(u.kind))).toEqual([]);
    const misread = alignOcr('the big dog said no to the court in the city', 'the big dog said no to the cily court in the', isWord);
    expect(misread.filter((u) => !['clean', 'moved'].includes(u.kind)).map((u) => `${u.kind}:${u.ocr}(${u.original})`)).toEqual(['garble:cily(city)']);
  });

  it('does not explain unrelated words as a split or a join', () => {
    expect(damage('he said no', 'he xq zzkw no')).not.toContainEqual(expect.stringMatching(/^(split|joined):/));
    expect(damage('by the hard-fought primary', 'by hard-fought primary')).toEqual([]);
  });

  it('gives every OCR token to exactly one unit, in text order', () => {
    const ocr = 'tbe gov ernment  said\nthat inthe city xx the dog';
    const units = alignOcr('the government said that in the city the big dog', ocr, isWord);
    const spans = units.filter((u) => u.end > u.start);
    for (let k = 1; k < spans.length; k++) expect(spans[k].start).toBeGreaterThanOrEqual(spans[k - 1].end);
    expect(spans.map((u) => u.ocr).join(' ')).toBe(ocr.split(/\s+/).join(' '));
  });
});

describe('scorePage', () => {
  const page = (original: string, ocr: string): { ocr: string; units: AlignedUnit[] } => ({ ocr, units: alignOcr(original, ocr, isWord) });
  const at = (text: string, word: string, suggestions: string[], from = 0): Flag => {
    const start = text.indexOf(word, from);
    return { start, end: start + word.length, suggestions };
  };

  it('credits a flag on damage, and its suggestion when it restores the original (case and edge punctuation aside)', () => {
    const { ocr, units } = page('The court, he said.', 'The conrt, he said.');
    const right = scorePage(ocr, units, [at(ocr, 'conrt', ['Court'])]);
    expect(right.damage).toHaveLength(1);
    expect(right.damage[0].right).toBe(true);
    expect(figures(right)).toMatchObject({ precision: 1, recall: 1, f1: 1, top1: 1, falseAlarmsPer1000: 0 });
    const wrong = scorePage(ocr, units, [at(ocr, 'conrt', ['count'])]);
    expect(wrong.damage[0].right).toBe(false);
    expect(figures(wrong).top1).toBe(0);
  });

  it('counts a flag on a clean word as a false alarm, and unflagged damage as a miss', () => {
    const { ocr, units } = page('the court ruled in the city', 'the conrt ruled in the city');
    const s = scorePage(ocr, units, [at(ocr, 'city', ['cite'])]);
    expect(s.falseAlarms.map((a) => a.text)).toEqual(['city']);
    expect(s.damage[0].flag).toBeUndefined();
    const f = figures(s);
    expect(f.precision).toBe(0);
    expect(f.recall).toBe(0);
    expect(f.falseAlarmsPer1000).toBeCloseTo(1000 / 6);
  });

  it('judges a run-together suggestion and a partial fix of a split word by the restored text', () => {
    const joined = page('he was in the city', 'he was inthe city');
    expect(scorePage(joined.ocr, joined.units, [at(joined.ocr, 'inthe', ['in the'])]).damage[0].right).toBe(true);
    const split = page('the government said', 'the gov ernment said');
    expect(scorePage(split.ocr, split.units, [at(split.ocr, 'gov ernment', ['government'])]).damage[0].right).toBe(true);
    expect(scorePage(split.ocr, split.units, [at(split.ocr, 'ernment', ['government'])]).damage[0].right).toBe(false);
  });

  it('tells a false alarm on a line-end hyphenation from one on a clean word', () => {
    const { ocr, units } = page('an international treaty', 'an inter-\nnational treaty');
    const s = scorePage(ocr, units, [at(ocr, 'inter-', ['inter'])]);
    expect(s.falseAlarms.map((a) => a.on)).toEqual(['hyphen']);
  });

  it('counts a flag rejoining a line-end hyphenation apart: neither a hit nor a false alarm', () => {
    const { ocr, units } = page('the court said the international treaty', 'the conrt said the inter-\nnational treaty');
    const flags = [at(ocr, 'conrt', ['court']), at(ocr, 'inter-\nnational', ['international'])];
    const s = scorePage(ocr, units, flags);
    expect(s.rejoined).toBe(1);
    expect(s.falseAlarms).toEqual([]);
    expect(figures(s)).toMatchObject({ precision: 1, recall: 1 });
  });

  it('still counts a flag on a line-end hyphenation that does not rejoin it as a false alarm', () => {
    const { ocr, units } = page('the international treaty', 'the inter-\nnational treaty');
    const s = scorePage(ocr, units, [at(ocr, 'inter-\nnational', ['inter national'])]);
    expect(s.rejoined).toBe(0);
    expect(s.falseAlarms.map((a) => a.on)).toEqual(['hyphen']);
    expect(figures(s).precision).toBe(0);
  });
});

describe('layOut', () => {
  it('fills a column, keeps paragraphs apart and hyphenates only long words when asked', () => {
    const text = 'The commissioners considered the extraordinary proposal.\n\nThey agreed.';
    const plain = layOut(text, 20, false);
    expect(plain.every((l) => l.length <= 20 || !l.includes(' '))).toBe(true);
    expect(plain).toContain('');
    expect(plain.join(' ').replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' '));
    const hyphenated = layOut(text, 20, true);
    expect(hyphenated.some((l) => /\p{L}-$/u.test(l))).toBe(true);
    expect(hyphenated.every((l) => l.length <= 20)).toBe(true);
    expect(hyphenated.join('\n').replace(/-\n/g, '').replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' '));
  });
});

import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { CODE_PLACEHOLDER, type OffsetMap, type Token } from '../../../src/core/types.js';
import { plainBlock } from '../helpers/block.js';

/** `kind:text` for every non-space token. */
function kinds(text: string): string[] {
  return tokenize(plainBlock(text))
    .filter((t) => t.kind !== 'space')
    .map((t) => `${t.kind}:${t.text}`);
}

function words(text: string): string[] {
  return tokenize(plainBlock(text))
    .filter((t) => t.kind === 'word')
    .map((t) => t.text);
}

describe('tokenize: words', () => {
  it('keeps contractions with straight and curly apostrophes in one word', () => {
    expect(words("The pilots don't fly and didn’t land.")).toEqual(['The', 'pilots', "don't", 'fly', 'and', 'didn’t', 'land']);
  });

  it('keeps names with apostrophes and chained elisions together', () => {
    expect(words('Aoife O’Brien plays rock’n’roll.')).toEqual(['Aoife', 'O’Brien', 'plays', 'rock’n’roll']);
  });

  it('keeps internal hyphens, including before digits', () => {
    expect(words('Kim Jong-un made a well-known COVID-19 claim.')).toEqual([
      'Kim', 'Jong-un', 'made', 'a', 'well-known', 'COVID-19', 'claim',
    ]);
  });

  it('does not join a hyphen or apostrophe that has no letter after it', () => {
    expect(kinds("pre- and post-war rock'")).toEqual([
      'word:pre', 'punct:-', 'word:and', 'word:post-war', "word:rock", "punct:'",
    ]);
  });

  it('keeps digits inside words (OCR damage and model names)', () => {
    expect(words('The brd3fing on the B52s ran late.')).toEqual(['The', 'brd3fing', 'on', 'the', 'B52s', 'ran', 'late']);
  });

  it('reads a digit run glued to letters as a word', () => {
    expect(kinds('the 1990s and the 2nd round')).toEqual(['word:the', 'word:1990s', 'word:and', 'word:the', 'word:2nd', 'word:round']);
  });

  it('leaves a trailing apostrophe after s outside the word', () => {
    expect(kinds('the Smiths’ album')).toEqual(['word:the', 'word:Smiths', 'punct:’', 'word:album']);
  });

  it('leaves a leading elision apostrophe outside the word', () => {
    expect(kinds('the ’90s')).toEqual(['word:the', 'punct:’', 'word:90s']);
  });

  it('handles non-Latin letters and combining marks', () => {
    expect(words('Zoë and Ло́ндон and 東京 and e\u0301te')).toEqual(['Zoë', 'and', 'Ло́ндон', 'and', '東京', 'and', 'e\u0301te']);
  });

  it('keeps soft hyphens and zero-width joiners inside words', () => {
    expect(words('infor\u00ADmation and می\u200Cخواهم')).toEqual(['infor\u00ADmation', 'and', 'می\u200Cخواهم']);
  });
});

describe('tokenize: numbers', () => {
  it('reads numbers with internal separators', () => {
    expect(kinds('1,000 people, 3.5 km, at 00:00:00 on 2024-06-19, 3/4 of them')).toEqual([
      'number:1,000', 'word:people', 'punct:,', 'number:3.5', 'word:km', 'punct:,', 'word:at', 'number:00:00:00',
      'word:on', 'number:2024-06-19', 'punct:,', 'number:3/4', 'word:of', 'word:them',
    ]);
  });

  it('does not swallow sentence punctuation after a number', () => {
    expect(kinds('It cost 40. Then 12, 13.')).toEqual([
      'word:It', 'word:cost', 'number:40', 'punct:.', 'word:Then', 'number:12', 'punct:,', 'number:13', 'punct:.',
    ]);
  });

  it('splits a separated number from letters after it', () => {
    expect(kinds('3.5km')).toEqual(['number:3.5', 'word:km']);
  });
});

describe('tokenize: punctuation, symbols, atoms, spaces', () => {
  it('makes every quotation mark its own token', () => {
    expect(kinds('“‘«»„‹›’”"\'')).toEqual(
      ['“', '‘', '«', '»', '„', '‹', '›', '’', '”', '"', "'"].map((c) => `punct:${c}`),
    );
  });

  it('makes the code placeholder an atom', () => {
    expect(kinds(`Run ${CODE_PLACEHOLDER} now${CODE_PLACEHOLDER}${CODE_PLACEHOLDER}`)).toEqual([
      'word:Run', `atom:${CODE_PLACEHOLDER}`, 'word:now', `atom:${CODE_PLACEHOLDER}`, `atom:${CODE_PLACEHOLDER}`,
    ]);
  });

  it('keeps emoji whole: surrogate pairs, skin tones, ZWJ sequences, flags', () => {
    expect(kinds('ok 👍🏽 👨‍👩‍👧 🇳🇴🇬🇧 ✌️ $')).toEqual([
      'word:ok', 'symbol:👍🏽', 'symbol:👨‍👩‍👧', 'symbol:🇳🇴', 'symbol:🇬🇧', 'symbol:✌️', 'symbol:$',
    ]);
  });

  it('does not crash on lone surrogates and keeps them as one-unit symbols', () => {
    const text = 'a\uD800b \uDC00 \uDBFF';
    const tokens = tokenize(plainBlock(text));
    expect(tokens.map((t) => `${t.kind}:${t.start}-${t.end}`)).toEqual([
      'word:0-1', 'symbol:1-2', 'word:2-3', 'space:3-4', 'symbol:4-5', 'space:5-6', 'symbol:6-7',
    ]);
  });

  it('makes whitespace runs (any line ending) single space tokens that tile the text', () => {
    const text = 'a \t\r\nb\r\rc\u00A0\u2028d ';
    const tokens = tokenize(plainBlock(text));
    expect(tokens.map((t) => t.kind)).toEqual(['word', 'space', 'word', 'space', 'word', 'space', 'word', 'space']);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
  });

  it('returns no tokens for empty text', () => {
    expect(tokenize(plainBlock(''))).toEqual([]);
  });
});

describe('tokenize: source offsets', () => {
  it('maps start and end through the block map', () => {
    // A map that pretends every prose character came from two source characters.
    const doubled: OffsetMap = { toSource: (i) => 10 + 2 * i, toSourceEnd: (i) => 10 + 2 * i - 1 };
    const tokens: Token[] = tokenize({ kind: 'paragraph', text: 'ab cd', start: 10, end: 20, map: doubled });
    expect(tokens.map((t) => [t.sourceStart, t.sourceEnd])).toEqual([
      [10, 13],
      [14, 15],
      [16, 19],
    ]);
  });

  it('queries the map in increasing order', () => {
    const seen: number[] = [];
    const recording: OffsetMap = {
      toSource: (i) => (seen.push(i), i),
      toSourceEnd: (i) => (seen.push(i), i),
    };
    tokenize({ kind: 'paragraph', text: 'One, two — “three” 4.5 🙂.', start: 0, end: 27, map: recording });
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

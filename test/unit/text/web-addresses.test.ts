import { describe, expect, it } from 'vitest';
import { check } from '../../../src/core/index.js';
import { findWebAddresses, mergeWebAddresses } from '../../../src/core/text/web-addresses.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { plainBlock } from '../helpers/block.js';

/** The addresses found in `text`, as strings. */
const found = (text: string): string[] => findWebAddresses(text).map(([s, e]) => text.slice(s, e));

describe('findWebAddresses', () => {
  const invalid: Array<[string, string[]]> = [
    ['Read it at https://example.org/news/reportDraft2024.html.', ['https://example.org/news/reportDraft2024.html']],
    ['(see www.example.com/politics), then', ['www.example.com/politics']],
    ['Email tips@example.org or desk.news@mail.example.co.uk today.', ['tips@example.org', 'desk.news@mail.example.co.uk']],
    ['Follow @NewsDesk and @jane_roe99 for updates.', ['@NewsDesk', '@jane_roe99']],
    ['The tags #MeToo and #CdnPoli trended; #2024Vote too.', ['#MeToo', '#CdnPoli', '#2024Vote']],
    ['It is on example.gov/report and example.ca.', ['example.gov/report', 'example.ca']],
    ['See https://en.example.org/wiki/Pluto_(planet) now.', ['https://en.example.org/wiki/Pluto_(planet)']],
    ['“Go to www.example.net,” she said.', ['www.example.net']],
  ];
  for (const [text, addresses] of invalid) it(`finds ${addresses.join(', ')}`, () => expect(found(text)).toEqual(addresses));

  const valid = [
    'The game ended 4-2. It was #1 in the charts, No. 5 overall.',
    '# A heading, then prose',
    'She paid $40 at 3:15 p.m., e.g. for lunch.',
    'The years.The next sentence lost its space.',
    'He said it was a C# program and an A+ grade.',
    'Two words@ joined oddly and gov@rnment damage.',
  ];
  for (const text of valid) it(`finds nothing in: ${text}`, () => expect(found(text)).toEqual([]));
});

describe('mergeWebAddresses', () => {
  it('makes an address one atom token and leaves the tokens around it', () => {
    const text = 'Write to tips@example.org, or follow @NewsDesk’s feed.';
    const tokens = mergeWebAddresses(text, tokenize(plainBlock(text)));
    const shown = tokens.filter((t) => t.kind !== 'space').map((t) => `${t.kind}:${t.text}`);
    expect(shown).toEqual(['word:Write', 'word:to', 'atom:tips@example.org', 'punct:,', 'word:or', 'word:follow', 'atom:@NewsDesk’s', 'word:feed', 'punct:.']);
    // Still a tiling of the text.
    expect(tokens.map((t) => t.text).join('')).toBe(text);
  });

  it('returns the same array when there is no address', () => {
    const text = 'Nothing here but words.';
    const tokens = tokenize(plainBlock(text));
    expect(mergeWebAddresses(text, tokens)).toBe(tokens);
  });
});

describe('web addresses in a check', () => {
  it('reports nothing inside URLs, e-mail addresses, handles or hashtags', () => {
    const text = [
      'The full report is at https://www.example.gov/docs/healthReport2024.html and example.org/dataPortal.',
      'Follow @CityNewsDesk or write to the desk at citydesk@example.ca, and use #CdnPoli.',
    ].join('\n\n');
    const ocr = check(text, 'plaintext').findings.filter((f) => f.rule.startsWith('ocr/') || f.rule.startsWith('text/'));
    expect(ocr.map((f) => text.slice(f.start, f.end))).toEqual([]);
  });

  it('still checks the prose around an address', () => {
    const text = 'The govemment said at https://example.org that it would act.';
    const flagged = check(text, 'plaintext').findings.filter((f) => f.rule.startsWith('ocr/')).map((f) => text.slice(f.start, f.end));
    expect(flagged).toEqual(['govemment']);
  });
});

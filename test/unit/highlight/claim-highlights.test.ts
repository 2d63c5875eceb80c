import { describe, expect, it } from 'vitest';
import { check, claimHighlights, type Highlight } from '../../../src/core/index.js';

/** The highlighted text of a document, as `type[modifiers]:text` strings in document order. */
function highlighted(text: string): string[] {
  return claimHighlights(check(text, 'plaintext').claims).map((h) => label(text, h));
}

function label(text: string, h: Highlight): string {
  return `${h.type}${h.modifiers.length ? `[${h.modifiers.join(',')}]` : ''}:${text.slice(h.start, h.end)}`;
}

describe('claimHighlights', () => {
  it('colours a quotation and the name of its speaker', () => {
    expect(highlighted('“The bridge will open in May,” said Lena Ortiz, the city engineer.')).toEqual([
      'quotation:“The bridge will open in May,”',
      'speaker:Lena Ortiz',
    ]);
  });

  it('marks a quotation of speech with no source as unattributed', () => {
    expect(highlighted('The hall was full.\n\n“Nobody told us anything.”')).toEqual(['quotation[unattributed]:“Nobody told us anything.”']);
  });

  it('marks a quoted title as not speech', () => {
    const spans = highlighted('The council adopted the “Clean Harbour Plan” on Monday after a long debate.');
    expect(spans).toContain('quotation[notSpeech]:“Clean Harbour Plan”');
  });

  it('colours a nested quotation once, as part of the outer one', () => {
    const text = '“He told me ‘wait until spring’ and left,” said Omar Haddad.';
    const spans = claimHighlights(check(text, 'plaintext').claims);
    const quotes = spans.filter((s) => s.type === 'quotation');
    expect(quotes).toHaveLength(1);
    expect(text.slice(quotes[0].start, quotes[0].end)).toBe('“He told me ‘wait until spring’ and left,”');
  });

  it('colours every mention that resolves to the speaker, including a pronoun', () => {
    const text = '“We start on Monday,” said Lena Ortiz. “It will take a year,” she said.';
    expect(highlighted(text)).toEqual([
      'quotation:“We start on Monday,”',
      'speaker:Lena Ortiz',
      'quotation:“It will take a year,”',
      'speaker:she',
    ]);
  });

  it('never returns overlapping or unsorted spans', () => {
    const text = [
      '“One,” said Ana Ruiz. “Two ‘three’ four,” she added.',
      '“Five” and “six,” according to the ministry, which said “seven.”',
      '"Eight, said Bo Lind.',
    ].join('\n\n');
    const spans = claimHighlights(check(text, 'plaintext').claims);
    expect(spans.length).toBeGreaterThan(4);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
  });
});

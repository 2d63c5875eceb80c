/**
 * Property tests: the tokenizer and sentence splitter never throw on hostile
 * text, keep their offset invariants, and do work linear in the input
 * (counted with a work meter, not a clock).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkMeter } from '../../../src/core/text/meter.js';
import { splitSentences } from '../../../src/core/text/sentences.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { CODE_PLACEHOLDER } from '../../../src/core/types.js';
import { plainBlock } from '../helpers/block.js';
import { hostileText, onCodePointBoundary } from '../helpers/hostile.js';

const PIECES = [
  ' ', '\n', '\r\n', '\r', '\t', '\u00A0', '\u2028', '.', '...', '…', '?', '!', '"', "'", '“', '”', '‘', '’', '(', ')',
  '-', ',', ':', '/', 'U.S.', 'Mr.', 'Jr.', 'W.', 'The', 'don’t', 'O\'', 'Smiths’', '1,000', '2024-06-19', '3.5', 'B52s',
  CODE_PLACEHOLDER, '\u0000', '\u001F', '\u200D', '\u00AD', '\uFEFF', '\u0301', '👍🏽', '🇳🇴', '👨‍👩‍👧', 'Ж', '東京', '。',
  '\uD83D', '\uDE00', '\uDBFF\uDFFF',
];

const hostile = hostileText(PIECES, { maxBinary: 6, units: { min: 0, max: 0xffff } });


describe('tokenize and splitSentences: properties', () => {
  it('tokens tile the text in order, on code-point boundaries, with identity source offsets', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const tokens = tokenize(plainBlock(text));
        let pos = 0;
        for (const t of tokens) {
          expect(t.start).toBe(pos);
          expect(t.end).toBeGreaterThan(t.start);
          expect(onCodePointBoundary(text, t.end)).toBe(true);
          expect(t.text).toBe(text.slice(t.start, t.end));
          expect([t.sourceStart, t.sourceEnd]).toEqual([t.start, t.end]);
          if (t.kind === 'space') expect(t.text.trim()).toBe('');
          if (t.kind === 'punct' || t.kind === 'atom') expect([...t.text].length).toBe(1);
          pos = t.end;
        }
        expect(pos).toBe(text.length);
      }),
      { numRuns: 500 },
    );
  });

  it('sentences are ordered, non-empty, non-overlapping and never start or end with a space', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const block = plainBlock(text);
        const tokens = tokenize(block);
        const sentences = splitSentences(block, tokens);
        let prevEnd = 0;
        for (const s of sentences) {
          expect(s.firstToken).toBeGreaterThanOrEqual(prevEnd);
          expect(s.endToken).toBeGreaterThan(s.firstToken);
          expect(s.endToken).toBeLessThanOrEqual(tokens.length);
          expect(tokens[s.firstToken].kind).not.toBe('space');
          expect(tokens[s.endToken - 1].kind).not.toBe('space');
          prevEnd = s.endToken;
        }
        // Every non-space token is in some sentence.
        const covered = new Set<number>();
        for (const s of sentences) for (let k = s.firstToken; k < s.endToken; k++) covered.add(k);
        tokens.forEach((t, k) => {
          if (t.kind !== 'space') expect(covered.has(k)).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('tokenize and splitSentences: linear work', () => {
  const PATTERNS: Record<string, (n: number) => string> = {
    prose: (n) => 'Gen. Ruiz said the U.S. plan “won’t work.” It didn’t. '.repeat(n),
    'one long word': (n) => 'a'.repeat(n * 10),
    'apostrophes and hyphens': (n) => "a'b-c’d-".repeat(n),
    'dangling connectors': (n) => "a'-'-".repeat(n),
    'number separators': (n) => '1,2.3:4/5-'.repeat(n),
    'emoji joiners': (n) => '👍\u200D👍\u200D🏽'.repeat(n),
    'lone surrogates': (n) => '\uD800\uDC00\uDC00\uD800'.repeat(n),
    'terminal runs': (n) => '?!.…”’)'.repeat(n),
    'abbreviations': (n) => 'U.S. Mr. W. etc. No. '.repeat(n),
    whitespace: (n) => ' \r\n\t'.repeat(n),
  };

  it.each(Object.keys(PATTERNS))('%s', (name) => {
    const count = (text: string): number => {
      const meter: WorkMeter = { steps: 0 };
      const block = plainBlock(text);
      splitSentences(block, tokenize(block, meter), meter);
      return meter.steps;
    };
    const small = PATTERNS[name](1_000);
    const large = PATTERNS[name](8_000);
    const s = count(small);
    const l = count(large);
    expect(l).toBeLessThanOrEqual(6 * large.length);
    expect(l / s).toBeLessThan(10);
  });

  it('handles a one-megabyte line', () => {
    const line = 'The “pier” (closed) reopened—“‘finally’” 👍🏽 U.S. \uD800 1,000.'.repeat(20_000);
    const block = plainBlock(line);
    const tokens = tokenize(block);
    expect(tokens[tokens.length - 1].end).toBe(line.length);
    expect(splitSentences(block, tokens).length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { extractPlainProse } from '../../../src/core/prose/plaintext.js';
import { extractProse } from '../../../src/core/prose/index.js';

describe('extractPlainProse', () => {
  const examples: { name: string; chunk: string; text: string | null; start?: number }[] = [
    { name: 'one line', chunk: 'Hello, world.', text: 'Hello, world.', start: 0 },
    { name: 'several lines stay one paragraph', chunk: 'one\ntwo\r\nthree\rfour', text: 'one\ntwo\r\nthree\rfour', start: 0 },
    { name: 'leading and trailing blank lines trimmed', chunk: '\n  \n\t\nbody *not* markdown\n \n', text: 'body *not* markdown', start: 6 },
    { name: 'indentation of the first line kept', chunk: '\n   indented', text: '   indented', start: 1 },
    { name: 'no-break space only line is blank', chunk: '\u00a0\nx', text: 'x', start: 2 },
    { name: 'empty', chunk: '', text: null },
    { name: 'white space only', chunk: ' \t\n\r\n\u3000', text: null },
  ];

  for (const example of examples) {
    it(example.name, () => {
      const blocks = extractPlainProse(example.chunk);
      if (example.text === null) {
        expect(blocks).toEqual([]);
        return;
      }
      expect(blocks).toHaveLength(1);
      const [block] = blocks;
      expect(block.kind).toBe('paragraph');
      expect(block.text).toBe(example.text);
      expect(block.start).toBe(example.start);
      expect(block.end).toBe(block.start + block.text.length);
      for (let i = 0; i <= block.text.length; i++) {
        expect(block.map.toSource(i)).toBe(block.start + i);
        expect(block.map.toSourceEnd(i)).toBe(block.start + i);
      }
    });
  }

  it('is what extractProse uses for plain text', () => {
    expect(extractProse('**x**', 'plaintext')[0].text).toBe('**x**');
  });
});

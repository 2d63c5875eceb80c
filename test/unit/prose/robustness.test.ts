import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractProse, splitChunks } from '../../../src/core/prose/index.js';
import { CODE_PLACEHOLDER, type Format, type ProseBlock } from '../../../src/core/types.js';

const FORMATS: Format[] = ['markdown', 'plaintext'];

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
/** Whether offset `k` falls between the two halves of a surrogate pair in `s`. */
function splitsPair(s: string, k: number): boolean {
  return k > 0 && k < s.length && isHigh(s.charCodeAt(k - 1)) && isLow(s.charCodeAt(k));
}

/**
 * The structural guarantees, for any input: block ranges and every mapped
 * offset inside the chunk, never inside a surrogate pair (where the prose
 * offset is not), and mapped offsets never going backwards. Returns what is
 * wrong, if anything: checked in plain code because there can be a megabyte
 * of offsets or 25,000 chunks to check, too many for one `expect` each.
 */
function soundnessProblems(chunk: string, blocks: ProseBlock[]): string[] {
  const problems: string[] = [];
  for (const block of blocks) {
    const where = JSON.stringify(block.text.slice(0, 100));
    if (block.start < 0 || block.end < block.start || block.end > chunk.length) problems.push(`block range of ${where}`);
    if (splitsPair(chunk, block.start) || splitsPair(chunk, block.end)) problems.push(`block range splits a pair: ${where}`);
    let previous = -1;
    for (let i = 0; i <= block.text.length; i++) {
      const from = block.map.toSource(i);
      const to = block.map.toSourceEnd(i);
      if (from < previous || from < 0 || from > chunk.length || to < 0 || to > chunk.length) {
        problems.push(`offset ${i} of ${where} out of order or range`);
        break;
      }
      if (!splitsPair(block.text, i) && (splitsPair(chunk, from) || splitsPair(chunk, to))) {
        problems.push(`offset ${i} of ${where} maps inside a surrogate pair`);
        break;
      }
      previous = from;
    }
  }
  return problems;
}

function expectSound(chunk: string, blocks: ProseBlock[]): void {
  expect(soundnessProblems(chunk, blocks)).toEqual([]);
}

/** Chunk `text`, extract every chunk, check everything; returns all blocks with their chunk. */
function runPipeline(text: string, format: Format): { chunk: string; base: number; blocks: ProseBlock[] }[] {
  const out: { chunk: string; base: number; blocks: ProseBlock[] }[] = [];
  const problems: string[] = [];
  let previousEnd = 0;
  for (const { start, end } of splitChunks(text, format)) {
    if (start < previousEnd || end > text.length || end <= start) problems.push(`chunk ${start}-${end} out of order`);
    if (splitsPair(text, start) || splitsPair(text, end)) problems.push(`chunk ${start}-${end} splits a pair`);
    previousEnd = end;
    const chunk = text.slice(start, end);
    const blocks = extractProse(chunk, format);
    problems.push(...soundnessProblems(chunk, blocks));
    out.push({ chunk, base: start, blocks });
  }
  expect(problems).toEqual([]);
  return out;
}

/** Pieces that exercise Markdown and line handling, mixed with arbitrary code units. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('\n', '\r', '\r\n', '\t', ' ', '\0', '\uD800', '\uDC00', '\uD835\uDCB3', '😀', '\u00a0', '\uFEFF', '\u2028'),
  fc.constantFrom('>', '> ', '- ', '* ', '1. ', '#', '```', '~~~', '    ', '|', '---', '+++', '===', '[^1]: '),
  fc.constantFrom('*', '_', '**', '~~', '`', '[', ']', '(', ')', '](', '<', '>', '!', '\\', '&', ';', '&amp;', '&#x1D4B3;', '&#0;'),
  fc.constantFrom('<!--', '-->', '<pre>', '</pre>', '<?', '?>', '<!X', '<![CDATA[', ']]>', '<span>', 'http://a.b', 'www.a.b', 'a@b.c'),
);
const anyText = fc.array(nasty, { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('any input', () => {
  it('never throws, and keeps every offset in range and on code point boundaries', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const format of FORMATS) {
          runPipeline(text, format);
          // Also as one chunk, as a caller that does not chunk would do.
          expectSound(text, extractProse(text, format));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('survives arbitrary code unit strings, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'binary-ascii', maxLength: 200 }), (a, b) => {
        for (const format of FORMATS) {
          expectSound(a, extractProse(a, format));
          expectSound(b, extractProse(b, format));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('hostile and huge input', () => {
  const deepQuoteLines = Array.from({ length: 1000 }, (_, i) => `${'>'.repeat(i + 1)} a`).join('\n');
  const deepLists = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- a`).join('\n');
  const examples: [string, () => string][] = [
    ['10,000 nested > on one line', () => `${'>'.repeat(10_000)} a`],
    ['1,000 lines of ever deeper block quotes', () => deepQuoteLines],
    ['1,000 nested list items', () => deepLists],
    ['10,000 unclosed [', () => `${'['.repeat(10_000)}a`],
    ['5,000 nested links', () => `${'['.repeat(5_000)}a${'](u)'.repeat(5_000)}`],
    ['10,000 * on each side', () => `${'*'.repeat(10_000)}a${'*'.repeat(10_000)}`],
    ['3,000 emphasis openers, then closers', () => `${'*a '.repeat(3_000)}b${' c*'.repeat(3_000)}`],
    ['10,000 _ on each side', () => `${'_'.repeat(10_000)}a${'_'.repeat(10_000)}`],
    ['100,000 unclosed link destinations', () => '[a]('.repeat(100_000)],
    ['10,000 backtick pairs', () => '`a'.repeat(10_000)],
    ['a megabyte-long line of one letter', () => 'a'.repeat(1 << 20)],
    ['a megabyte-long line of words', () => 'word '.repeat(210_000)],
    ['a megabyte-long line of Markdown syntax', () => '*a* [b](c) `d` <e> &amp; \\* '.repeat(40_000)],
    ['a megabyte of lines without blank lines', () => 'a *b* c\n'.repeat(130_000)],
    ['a megabyte of surrogates, paired and not', () => '\uD835\uDCB3\uD800x\uDC00'.repeat(200_000)],
  ];
  for (const [name, make] of examples) {
    it(name, () => {
      const text = make();
      for (const format of FORMATS) {
        const chunks = runPipeline(text, format);
        expect(chunks.length).toBeGreaterThan(0);
      }
    });
  }
});

/** The first prose character that maps neither to itself nor to the markup that produced it, described; or ''. */
function unfaithfulCharacter(source: string, block: ProseBlock): string {
  let failure = '';
  for (let i = 0; i < block.text.length && failure === ''; i++) {
    const c = block.text[i];
    const from = block.map.toSource(i);
    if (source[from] === c) continue;
    const slice = source.slice(from, block.map.toSourceEnd(i + 1));
    const ok = c === CODE_PLACEHOLDER || slice === `\\${c}` || /^&#?\w+;$/.test(slice) || (c === '\n' && /^\r?\n?$/.test(slice));
    if (!ok) failure = `${JSON.stringify(c)} at ${i} maps to ${JSON.stringify(slice)}`;
  }
  return failure;
}

describe('a 100,000-line file', () => {
  it('in Markdown is chunked and extracted, and every prose character maps home', () => {
    // Each section is 100 lines: heading, paragraph, quote, list, code block.
    // Short code lines: micromark's cost per line, not the test's, is what a long line would measure.
    const code = ['const s = "not prose";', ...Array.from({ length: 85 }, (_, i) => `v${i}`)].join('\n');
    const sections: string[] = [];
    const paragraphAt: number[] = [];
    let length = 0;
    for (let n = 0; n < 1000; n++) {
      const head = `## Section ${n}\n\n`;
      const paragraph =
        `Paragraph ${n} with *emphasis*, a [link](http://example.com/${n}) and \`code\`,\n` +
        `continued with "quotes" &amp; an escaped \\*star\\*.\n\n`;
      const rest = `> A quote that\n> spans lines.\n\n- item one\n- item two\n\n\`\`\`js\n${code}\n\`\`\`\n\n`;
      paragraphAt.push(length + head.length);
      const section = head + paragraph + rest;
      sections.push(section);
      length += section.length;
    }
    const text = sections.join('');
    expect(text.split('\n').length).toBeGreaterThanOrEqual(100_000);

    const chunks = runPipeline(text, 'markdown');
    expect(chunks.length).toBe(5000);
    const paragraphs: { block: ProseBlock; base: number }[] = [];
    const unfaithful: string[] = [];
    for (const { chunk, base, blocks } of chunks) {
      for (const block of blocks) {
        const problem = unfaithfulCharacter(chunk, block);
        if (problem !== '' || block.text.includes('not prose')) unfaithful.push(problem || block.text);
        if (block.text.startsWith('Paragraph')) paragraphs.push({ block, base });
      }
    }
    expect(unfaithful).toEqual([]);
    expect(paragraphs).toHaveLength(1000);
    const wrong = paragraphs.filter(({ block, base }, n) => {
      const expected = `Paragraph ${n} with emphasis, a link and ${CODE_PLACEHOLDER},\ncontinued with "quotes" & an escaped *star*.`;
      const link = block.text.indexOf('link');
      return (
        block.text !== expected ||
        base + block.map.toSource(0) !== paragraphAt[n] ||
        text.slice(base + block.map.toSource(link), base + block.map.toSourceEnd(link + 4)) !== 'link'
      );
    });
    expect(wrong.map(({ block }) => block.text)).toEqual([]);
  }, 60_000);

  it('as plain text, one chunk per paragraph with identity maps', () => {
    // Three lines of text and a blank line, 25,000 times.
    const text = Array.from({ length: 100_000 }, (_, i) => (i % 4 === 3 ? '' : `Line ${i} of *paragraph* ${i >> 2}.`)).join('\n');
    const chunks = runPipeline(text, 'plaintext');
    expect(chunks).toHaveLength(25_000);
    expect(chunks.filter(({ chunk, blocks }) => blocks.length !== 1 || blocks[0].text !== chunk)).toEqual([]);
  });
});

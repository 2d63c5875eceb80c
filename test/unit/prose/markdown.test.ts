import { describe, expect, it } from 'vitest';
import { extractMarkdownProse } from '../../../src/core/prose/markdown.js';
import { CODE_PLACEHOLDER, type ProseBlock } from '../../../src/core/types.js';

const P = CODE_PLACEHOLDER;

/**
 * Every prose character maps to a source character that is the same, or to
 * the markup that produced it: an escape, a character reference, a line
 * ending (hard breaks), or the whole atom a placeholder stands for.
 */
function expectFaithful(source: string, block: ProseBlock): void {
  const { text, map } = block;
  for (let i = 0; i < text.length; i++) {
    const from = map.toSource(i);
    const to = map.toSourceEnd(i + 1);
    const slice = source.slice(from, to);
    const c = text[i];
    const where = `${JSON.stringify(c)} at ${i} of ${JSON.stringify(text)} maps to ${JSON.stringify(slice)}`;
    expect(from, where).toBeGreaterThanOrEqual(block.start);
    expect(to, where).toBeLessThanOrEqual(block.end);
    if (c === P) expect(slice.length, where).toBeGreaterThan(0);
    else if (source[from] === c) continue;
    else if (slice.startsWith('\\')) expect(slice, where).toBe(`\\${c}`);
    else if (slice.startsWith('&')) expect(slice, where).toMatch(/^&#?[0-9A-Za-z]+;$/);
    else if (c === '\n') expect(slice, where).toMatch(/^(?:\r\n|\r|\n)$/);
    else if (c === '\uFFFD') expect(slice, where).toBe('\0');
    else expect.fail(where);
  }
}

/** Prose of `source`: [kind, text] per block, after checking every block's map. */
function prose(source: string): [string, string][] {
  const blocks = extractMarkdownProse(source);
  for (const block of blocks) expectFaithful(source, block);
  return blocks.map((b) => [b.kind, b.text]);
}

/** The source text a prose range maps to. */
function sourceOf(source: string, block: ProseBlock, start: number, end: number): string {
  return source.slice(block.map.toSource(start), block.map.toSourceEnd(end));
}

describe('extractMarkdownProse: what counts as prose', () => {
  const examples: [string, string, [string, string][]][] = [
    ['paragraph', 'Just words.', [['paragraph', 'Just words.']]],
    ['emphasis, strong, strikethrough', 'a *b* **c** ~~d~~ _e_ __f__', [['paragraph', 'a b c d e f']]],
    ['emphasis inside a word', 'un*believ*able', [['paragraph', 'unbelievable']]],
    ['inline link keeps its text only', 'See [the text](http://x.y "title") now.', [['paragraph', 'See the text now.']]],
    ['link with emphasis inside', '[*big* deal](u)', [['paragraph', 'big deal']]],
    [
      'reference links keep their text; definitions are skipped',
      'A [full][r], a [collapsed][] and a [shortcut].\n\n[r]: http://r.example\n[collapsed]: /c\n[shortcut]: /s',
      [['paragraph', 'A full, a collapsed and a shortcut.']],
    ],
    ['autolink in angle brackets', 'Go <http://a.b> now', [['paragraph', `Go ${P} now`]]],
    ['email autolink', 'Mail <me@a.b>.', [['paragraph', `Mail ${P}.`]]],
    ['bare URLs and emails (GFM)', 'x www.a.com y https://q.r/s z me@a.bc', [['paragraph', `x ${P} y ${P} z ${P}`]]],
    ['image alt text is not prose', 'An ![alt text](i.png "t") here', [['paragraph', `An ${P} here`]]],
    ['inline code is one placeholder', 'Run `npm i` now', [['paragraph', `Run ${P} now`]]],
    ['inline code between words keeps them apart', 'foo`x`bar', [['paragraph', `foo${P}bar`]]],
    ['inline HTML is one placeholder per tag', 'a <b>bold</b> move', [['paragraph', `a ${P}bold${P} move`]]],
    ['escapes are decoded', '\\*not\\* \\_em\\_ \\\\ \\[x\\]', [['paragraph', '*not* _em_ \\ [x]']]],
    ['a backslash before a letter is literal', 'C:\\path', [['paragraph', 'C:\\path']]],
    [
      'character references are decoded',
      '&amp; &copy; &#8220;q&#x201D; &#0; &NotEqualTilde; &bogus; &amp',
      [['paragraph', '& \u00a9 \u201cq\u201d \uFFFD \u2242\u0338 &bogus; &amp']],
    ],
    ['hard breaks become line feeds', 'a  \nb\\\nc', [['paragraph', 'a\nb\nc']]],
    ['soft breaks are kept, trailing spaces dropped', 'a \nb', [['paragraph', 'a\nb']]],
    ['ATX headings', '# One\n\n### Three ###', [['heading', 'One'], ['heading', 'Three']]],
    ['setext headings', 'Title\n=====\n\nSub *title*\n---', [['heading', 'Title'], ['heading', 'Sub title']]],
    [
      'block quote with > continuation and laziness',
      '> one\n> two\nlazy\n>\n> > nested',
      [['paragraph', 'one\ntwo\nlazy'], ['paragraph', 'nested']],
    ],
    [
      'nested lists',
      '- a\n  - b\n    1. c\n\n       c2\n- d',
      [['paragraph', 'a'], ['paragraph', 'b'], ['paragraph', 'c'], ['paragraph', 'c2'], ['paragraph', 'd']],
    ],
    ['task list items', '- [x] done\n- [ ] todo', [['paragraph', 'done'], ['paragraph', 'todo']]],
    [
      'tables: one block per cell, escaped pipes decoded',
      '| a | b \\| c |\n| --- | :-: |\n| *x* | `y` |\n| | z |',
      [['tableCell', 'a'], ['tableCell', 'b | c'], ['tableCell', 'x'], ['tableCell', P], ['tableCell', 'z']],
    ],
    ['YAML front matter is skipped', '---\ntitle: "Quote"\n---\n\nBody', [['paragraph', 'Body']]],
    ['TOML front matter is skipped', '+++\ntitle = "Quote"\n+++\nBody', [['paragraph', 'Body']]],
    [
      'fenced code with blank lines and quotes is skipped',
      'Before\n\n```js\nconst s = "not prose";\n\nconst t = \'nor this\';\n```\n\n~~~\n"tilde"\n~~~\nAfter',
      [['paragraph', 'Before'], ['paragraph', 'After']],
    ],
    ['indented code is skipped', 'Text\n\n    code "here"\n\nMore', [['paragraph', 'Text'], ['paragraph', 'More']]],
    ['HTML blocks are skipped', '<div>\n*not prose*\n</div>\n\n<!-- a\n\nb -->\n\nProse', [['paragraph', 'Prose']]],
    ['thematic breaks are skipped', 'a\n\n***\n\nb', [['paragraph', 'a'], ['paragraph', 'b']]],
    [
      'footnotes: the call is a placeholder, the definition is prose',
      'Claim.[^1]\n\n[^1]: Source *here*.',
      [['paragraph', `Claim.${P}`], ['paragraph', 'Source here.']],
    ],
    ['astral characters', 'Emoji 😀 and 𝒳 *𝒴*', [['paragraph', 'Emoji 😀 and 𝒳 𝒴']]],
    ['tabs', 'a\tb\n\n-\tc\n\td', [['paragraph', 'a\tb'], ['paragraph', 'c\nd']]],
    ['NUL becomes U+FFFD', 'a\0b', [['paragraph', 'a\uFFFDb']]],
    ['a leading U+FEFF is kept, offsets stay exact', '\uFEFFa *b*', [['paragraph', '\uFEFFa b']]],
    ['an unclosed front matter fence is a thematic break, and the rest parses normally', '---\n> q\n\n- i', [['paragraph', 'q'], ['paragraph', 'i']]],
    ['empty input', '', []],
  ];

  for (const [name, source, expected] of examples) {
    it(name, () => {
      expect(prose(source)).toEqual(expected);
    });
  }

  it('gives the same prose for CRLF and lone CR line endings (line endings kept as written)', () => {
    const lf = '> a *b*\n> c\n\n- d  \n  e\n\n| x |\n| - |\n| y |';
    for (const eol of ['\r\n', '\r']) {
      const source = lf.replaceAll('\n', eol);
      const expected = prose(lf).map(([kind, text]) => [kind, text.replaceAll('\n', eol)]);
      // A hard break is always `\n`, whatever the line ending.
      expected[1][1] = 'd\ne';
      expect(prose(source)).toEqual(expected);
    }
  });
});

describe('extractMarkdownProse: offsets', () => {
  it('maps a word across emphasis from its first to its last letter', () => {
    const source = 'It was un*believ*able.';
    const [block] = extractMarkdownProse(source);
    const start = block.text.indexOf('unbelievable');
    expect(block.map.toSource(start)).toBe(source.indexOf('un'));
    expect(block.map.toSourceEnd(start + 'unbelievable'.length)).toBe(source.indexOf('able') + 4);
    expect(sourceOf(source, block, start, start + 12)).toBe('un*believ*able');
  });

  it('maps a whole emphasised word without its markers', () => {
    const source = 'a **bold** b';
    const [block] = extractMarkdownProse(source);
    expect(sourceOf(source, block, 2, 6)).toBe('bold');
  });

  it('maps link text into the brackets', () => {
    const source = 'See [the text](http://x.y "title").';
    const [block] = extractMarkdownProse(source);
    expect(block.text).toBe('See the text.');
    expect(sourceOf(source, block, 4, 12)).toBe('the text');
    expect(block.map.toSource(12)).toBe(source.lastIndexOf('.'));
  });

  it('maps an escape or a reference as a unit', () => {
    const source = 'say \\"hi&rdquo;';
    const [block] = extractMarkdownProse(source);
    expect(block.text).toBe('say "hi\u201d');
    expect(sourceOf(source, block, 4, 5)).toBe('\\"');
    expect(sourceOf(source, block, 7, 8)).toBe('&rdquo;');
    expect(sourceOf(source, block, 4, 8)).toBe('\\"hi&rdquo;');
  });

  it('maps a placeholder to the whole inline code span', () => {
    const source = 'x `a b` y';
    const [block] = extractMarkdownProse(source);
    expect(sourceOf(source, block, 2, 3)).toBe('`a b`');
  });

  it('maps block quote continuation lines past their prefix', () => {
    const source = '> first\n>   second line';
    const [block] = extractMarkdownProse(source);
    expect(block.text).toBe('first\nsecond line');
    const at = block.text.indexOf('second');
    expect(block.map.toSource(at)).toBe(source.indexOf('second'));
    expect(block.map.toSource(5)).toBe(source.indexOf('\n'));
  });

  it('maps list item continuation lines past their indentation', () => {
    const source = '1. one\n   two\n\n   - three\n     four';
    const blocks = extractMarkdownProse(source);
    expect(blocks.map((b) => b.text)).toEqual(['one\ntwo', 'three\nfour']);
    expect(blocks[0].map.toSource(4)).toBe(source.indexOf('two'));
    expect(blocks[1].map.toSource(6)).toBe(source.indexOf('four'));
    expect(blocks[1].start).toBe(source.indexOf('three'));
  });

  it('maps CRLF soft breaks character for character and a CRLF hard break as one unit', () => {
    const source = 'a\r\nb  \r\nc';
    const [block] = extractMarkdownProse(source);
    expect(block.text).toBe('a\r\nb\nc');
    expect([0, 1, 2, 3, 4, 5].map(block.map.toSource)).toEqual([0, 1, 2, 3, 6, 8]);
    expect(block.map.toSourceEnd(5)).toBe(8);
  });

  it('keeps astral characters whole', () => {
    const source = '*𝒳* 😀&#x1D4B3;';
    const [block] = extractMarkdownProse(source);
    expect(block.text).toBe('𝒳 😀𝒳');
    expect(sourceOf(source, block, 0, 2)).toBe('𝒳');
    expect(sourceOf(source, block, 3, 5)).toBe('😀');
    expect(sourceOf(source, block, 5, 7)).toBe('&#x1D4B3;');
    // Inside the decoded pair, both halves stay on the reference.
    expect(block.map.toSource(6)).toBe(source.indexOf('&'));
  });

  it('gives block ranges that cover the construct', () => {
    const source = '# Head #\n\n| a | b |\n|---|---|\n| c | d |';
    const blocks = extractMarkdownProse(source);
    expect(blocks.map((b) => source.slice(b.start, b.end))).toEqual(['# Head #', '| a ', '| b |', '| c ', '| d |']);
  });

  it('maps tabs in text one to one', () => {
    const source = '- a\tb\n\tc';
    const [block] = extractMarkdownProse(source);
    expect(block.text).toBe('a\tb\nc');
    expect(block.map.toSource(1)).toBe(3);
    expect(block.map.toSource(4)).toBe(source.indexOf('c'));
  });
});

describe('extractMarkdownProse: robustness', () => {
  it('reads a chunk remark cannot handle as plain text', () => {
    const source = `${'>'.repeat(10_000)} deep`;
    const blocks = extractMarkdownProse(source);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].text).toBe(source);
  });

  it('handles deep but legitimate nesting through remark', () => {
    const source = `${'> '.repeat(20)}deep *quote*`;
    expect(prose(source)).toEqual([['paragraph', 'deep quote']]);
  });
});

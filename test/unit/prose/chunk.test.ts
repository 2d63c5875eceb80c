import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitChunks } from '../../../src/core/prose/chunk.js';
import { extractMarkdownProse } from '../../../src/core/prose/markdown.js';
import type { Format } from '../../../src/core/types.js';

/** The chunks of `text` as strings. */
function chunkTexts(text: string, format: Format): string[] {
  return splitChunks(text, format).map((c) => text.slice(c.start, c.end));
}

/**
 * Chunks are ordered, disjoint, trimmed to non-blank lines, and only blank
 * lines lie between them. (A first chunk may keep leading blank lines: see
 * the front matter case.)
 */
function expectWellFormed(text: string, format: Format): void {
  const chunks = splitChunks(text, format);
  let previousEnd = 0;
  for (const { start, end } of chunks) {
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(text.length);
    const gap = text.slice(previousEnd, start);
    expect(gap.split(/\r\n|\r|\n/).every((line) => (format === 'markdown' ? /^[ \t]*$/ : /^\s*$/).test(line))).toBe(true);
    expect(/[\r\n]$/.test(text.slice(start, end))).toBe(false);
    if (start > 0) expect(/^[\r\n]/.test(text.slice(start, end))).toBe(false);
    previousEnd = end;
  }
  const tail = text.slice(previousEnd);
  expect(tail.split(/\r\n|\r|\n/).every((line) => /^\s*$/.test(line))).toBe(true);
}

describe('splitChunks: plain text', () => {
  const examples: [string, string, string[]][] = [
    ['one paragraph per chunk', 'a\nb\n\nc', ['a\nb', 'c']],
    ['white space lines separate', 'a\n \t\nb\n\u00a0\nc', ['a', 'b', 'c']],
    ['leading and trailing blank lines belong to no chunk', '\n\n  a  \n\n\n', ['  a  ']],
    ['CRLF and lone CR', 'a\r\n\r\nb\r\rc\r\n', ['a', 'b', 'c']],
    ['Markdown syntax means nothing', '```\na\n\nb\n```', ['```\na', 'b\n```']],
    ['empty', '', []],
    ['blank only', ' \n\t\n', []],
  ];
  for (const [name, text, expected] of examples) {
    it(name, () => {
      expect(chunkTexts(text, 'plaintext')).toEqual(expected);
      expectWellFormed(text, 'plaintext');
    });
  }
});

describe('splitChunks: Markdown', () => {
  const examples: [string, string, string[]][] = [
    ['cuts at blank lines', '# Title\n\nPara one\nstill one\n\n\nPara two', ['# Title', 'Para one\nstill one', 'Para two']],
    ['never inside a fence with blank lines', 'a\n\n```js\nx = "1"\n\ny\n```\n\nb', ['a', '```js\nx = "1"\n\ny\n```', 'b']],
    ['tilde fence; a backtick line does not close it', '~~~\n```\n\nx\n~~~\n\nb', ['~~~\n```\n\nx\n~~~', 'b']],
    ['a shorter run does not close a fence', '````\n```\n\nx\n````\n\nb', ['````\n```\n\nx\n````', 'b']],
    ['a closing fence may be indented up to three spaces', '```\n\nx\n   ```\n\nb', ['```\n\nx\n   ```', 'b']],
    ['a closing fence with an info string does not close', '```\n\n```js\n\nb\n```\n\nc', ['```\n\n```js\n\nb\n```', 'c']],
    ['an unclosed fence runs to the end', 'a\n\n```\nx\n\ny\n\nz', ['a', '```\nx\n\ny\n\nz']],
    ['an indented fence opener counts', 'a\n  ```\nx\n\ny\n  ```\n\nb', ['a\n  ```\nx\n\ny\n  ```', 'b']],
    ['a fence opener after a paragraph counts', 'a\n```\nx\n\ny\n```\n\nb', ['a\n```\nx\n\ny\n```', 'b']],
    ['a fence inside a list item ends with the item', '- ```\n  x\n\n  y\nz\n\nw', ['- ```\n  x\n\n  y\nz', 'w']],
    [
      "a list item's indented fence does not swallow the next fence",
      '- a\n\n  ```\n  x\n  ```\n\n```\nq\n\nr\n```\n\ns',
      ['- a\n\n  ```\n  x\n  ```', '```\nq\n\nr\n```', 's'],
    ],
    ['a fence in a block quote ends with the quote', '> ```\n> x\n\nb', ['> ```\n> x', 'b']],
    ['HTML comment', '<!-- a\n\nb -->\n\nc', ['<!-- a\n\nb -->', 'c']],
    ['HTML raw block (pre)', '<pre>\na\n\nb\n</PRE>\n\nc', ['<pre>\na\n\nb\n</PRE>', 'c']],
    ['processing instruction', '<?php\n\necho 1;\n?>\n\nc', ['<?php\n\necho 1;\n?>', 'c']],
    ['declaration', '<!DOCTYPE\n\nhtml>\n\nc', ['<!DOCTYPE\n\nhtml>', 'c']],
    ['CDATA', '<![CDATA[\n\n]]>\n\nc', ['<![CDATA[\n\n]]>', 'c']],
    ['an HTML block that ends on its first line', '<!-- x -->\n\nc', ['<!-- x -->', 'c']],
    ['HTML kinds 6 and 7 end at a blank line', '<div>\na\n\nb', ['<div>\na', 'b']],
    // micromark reads `</pre>` as kind 7 (the spec would not), so `- a` is HTML, not a list item.
    ['a closing raw tag starts kind 7 HTML', '</pre>\n- a\n\n  ```\n\nb', ['</pre>\n- a\n\n  ```\n\nb']],
    ['YAML front matter with a blank line', '---\na: 1\n\nb: 2\n---\n\nText', ['---\na: 1\n\nb: 2\n---', 'Text']],
    ['TOML front matter', '+++\na = 1\n\n+++\nText\n\nMore', ['+++\na = 1\n\n+++\nText', 'More']],
    ['no cut before a front matter fence line', 'a\n\n---\nb: 1\n---\n\nc', ['a\n\n---\nb: 1\n---', 'c']],
    ['front matter only at the very start', '\n---\na\n---\n\nb', ['\n---\na\n---', 'b']],
    ['no cut before an indented line', '- a\n\n  b\n\nc', ['- a\n\n  b', 'c']],
    ['no cut before or right after indented code', 'a\n\n    code\n\n    more\n\n-\n\nb', ['a\n\n    code\n\n    more\n\n-', 'b']],
    ['tabs indent too', '- a\n\n\tb\n\nc', ['- a\n\n\tb', 'c']],
    ['block quotes and lists are cut between blocks', '> a\n\n> b\n\n- c\n\n- d', ['> a', '> b', '- c', '- d']],
    ['CRLF', 'a\r\n\r\n```\r\nx\r\n\r\ny\r\n```\r\n\r\nb\r\n', ['a', '```\r\nx\r\n\r\ny\r\n```', 'b']],
    ['lone CR', 'a\r\r```\rx\r\ry\r```\r\rb', ['a', '```\rx\r\ry\r```', 'b']],
    ['a line of spaces is blank', 'a\n   \nb', ['a', 'b']],
    ['a line of no-break spaces is not blank in Markdown', 'a\n\u00a0\nb', ['a\n\u00a0\nb']],
  ];
  for (const [name, text, expected] of examples) {
    it(name, () => {
      expect(chunkTexts(text, 'markdown')).toEqual(expected);
      expectWellFormed(text, 'markdown');
    });
  }
});

// ---------------------------------------------------------------------------
// Chunked parsing equals whole-document parsing.
//
// Excluded from the generator, because they cannot be equal: reference links
// and footnote calls whose definition is in another chunk (parsed alone, the
// chunk does not know the definition and keeps `[text][ref]` as text).
// ---------------------------------------------------------------------------

const word = fc.constantFrom('alpha', 'beta', 'said', '"quoted"', '“curly”', "it's", '𝒳', '😀', 'naïve', '—', 'x_y', '...', '3', 'a\tb');
const inlineToken = fc.oneof(
  { weight: 6, arbitrary: word },
  fc.constantFrom(
    '*em*',
    '**strong**',
    '_under_',
    '~~gone~~',
    'un*believ*able',
    '[link text](http://x.y "t")',
    '[*em* link](u)',
    '<http://a.b>',
    'www.example.com',
    'me@example.com',
    '`code`',
    '``a ` b``',
    '<span>',
    '</span>',
    '\\*',
    '\\[',
    '&amp;',
    '&#8220;',
    '&NotEqualTilde;',
    '![alt](i.png)',
  ),
);
const inlineLine = fc.array(inlineToken, { minLength: 1, maxLength: 6 }).map((tokens) => tokens.join(' '));
const paragraph = fc
  .tuple(fc.array(inlineLine, { minLength: 1, maxLength: 3 }), fc.constantFrom('', '  ', '\\'))
  .map(([lines, hardBreak]) => lines.join(`${hardBreak}\n`));
const heading = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), inlineLine).map(([level, text]) => `${'#'.repeat(level)} ${text}`),
  fc.tuple(inlineLine, fc.constantFrom('===', '---')).map(([text, underline]) => `${text}\n${underline}`),
);
const quote = fc
  .tuple(fc.array(inlineLine, { minLength: 1, maxLength: 3 }), fc.option(inlineLine), fc.option(inlineLine))
  .map(([lines, lazy, nested]) =>
    [...lines.map((l) => `> ${l}`), ...(lazy === null ? [] : [lazy]), ...(nested === null ? [] : ['>', `> > ${nested}`])].join('\n'),
  );
const fenceBody = fc.array(fc.constantFrom('', 'code "quoted"', '# not a heading', '- not a list', '<!--', '> not a quote', '```', '~~~', '    deep'), {
  maxLength: 5,
});
const fence = fc
  .tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'js', ' ts'), fenceBody, fc.constantFrom('', ' ', '  ', '   '))
  .map(([marker, info, body, indent]) => {
    // Keep the body from closing the fence early: drop lines that would.
    const safe = body.filter((line) => !line.startsWith(marker[0]));
    return [`${indent}${marker}${info}`, ...safe, `${indent}${marker}`].join('\n');
  });
const listItemBody = fc.oneof(
  inlineLine,
  fc.tuple(inlineLine, inlineLine).map(([a, b]) => `${a}\n  - ${b}`),
  fc.tuple(inlineLine, inlineLine).map(([a, b]) => `${a}\n\n  ${b}`),
  fc.tuple(inlineLine, fenceBody).map(([a, body]) => `${a}\n\n  \`\`\`\n${body.filter((l) => !l.startsWith('`')).map((l) => (l === '' ? '' : `  ${l}`)).join('\n')}\n  \`\`\``),
  fenceBody.map((body) => `\`\`\`\n${body.filter((l) => !l.startsWith('`')).map((l) => (l === '' ? '' : `  ${l}`)).join('\n')}\n  \`\`\``),
  fc.tuple(inlineLine, inlineLine).map(([a, b]) => `${a}\n${b}`),
);
const list = fc
  .tuple(fc.constantFrom('- ', '* ', '1. '), fc.array(listItemBody, { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\n\n'))
  .map(([marker, items, between]) => items.map((item) => `${marker}${item}`).join(between));
const table = fc
  .tuple(inlineLine, fc.array(inlineLine, { maxLength: 3 }))
  .map(([head, rows]) => [`| ${head} | h |`, '| --- | :-: |', ...rows.map((r) => `| ${r} | c |`)].join('\n'));
const htmlBlock = fc.constantFrom(
  '<!-- comment\n\nstill comment -->',
  '<!-->',
  '<pre>\n"pre"\n\nformatted\n</pre>',
  '<script>\n\nvar a = "b";\n</script>',
  '<?php\n\necho "x";\n?>',
  '<!DOCTYPE html\n\n>',
  '<![CDATA[\n\n"data"\n]]>',
  '<div>\n*not prose*\n</div>',
  '<span class="x">',
);
const indentedCode = fc.constantFrom('    code "x"\n\n    more code', '\tcode');
const thematic = fc.constantFrom('***', '---', '___', '- - -');
const block = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 2, arbitrary: heading },
  { weight: 2, arbitrary: quote },
  { weight: 3, arbitrary: list },
  { weight: 2, arbitrary: table },
  { weight: 3, arbitrary: fence },
  { weight: 2, arbitrary: htmlBlock },
  { weight: 1, arbitrary: indentedCode },
  { weight: 1, arbitrary: thematic },
);
/** A block wrapped in a container: every line prefixed, as a block quote or a list item would have it. */
const wrapped = fc
  .tuple(block, fc.constantFrom('> ', '- ', '1. ', '> - ', '- > ', '   '))
  .map(([b, prefix]) => {
    const rest = prefix.startsWith('>') ? prefix.replace(/[-1.]/g, ' ').replace(/ +$/, ' ') : ' '.repeat(prefix.length);
    return b
      .split('\n')
      .map((line, i) => (i === 0 ? prefix + line : line === '' ? (prefix.startsWith('>') ? '>' : '') : rest + line))
      .join('\n');
  });
const anyBlock = fc.oneof({ weight: 4, arbitrary: block }, { weight: 1, arbitrary: wrapped });
const separator = fc.constantFrom('\n', '\n\n', '\n\n', '\n\n\n', '\n \n', '\n\t\n');
const frontMatter = fc.constantFrom('', '---\ntitle: "x"\n\nsummary: y\n---\n', '+++\na = 1\n+++\n\n');
const markdownDocument = fc
  .tuple(
    frontMatter,
    fc.array(fc.tuple(anyBlock, separator), { minLength: 1, maxLength: 10 }),
    fc.option(fc.constantFrom('```\nunclosed\n\nfence', '<!--\n\nunclosed')),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([front, blocks, tail, eol]) => {
    const body = blocks.map(([b, sep]) => b + sep).join('') + (tail ?? '');
    return (front + body).replaceAll('\n', eol);
  });

/** A block's observable content: kind, text, range and its whole map, in document offsets. */
function snapshot(blocks: ReturnType<typeof extractMarkdownProse>, base: number) {
  return blocks.map((b) => ({
    kind: b.kind,
    text: b.text,
    start: base + b.start,
    end: base + b.end,
    starts: Array.from({ length: b.text.length + 1 }, (_, i) => base + b.map.toSource(i)),
    ends: Array.from({ length: b.text.length + 1 }, (_, i) => base + b.map.toSourceEnd(i)),
  }));
}

/**
 * Lines that open, continue or close blocks, in any order: the block scanner's
 * adversary. (Footnote definitions are fine as long as nothing calls them.)
 */
const soupLine = fc.constantFrom(
  ...['', ' ', '\t', 'text', 'more *text*', '  indented', '    code', '\tcode', 'lazy', '"quote"', '\uFEFFbom'],
  ...['```', '~~~', '````', '```js', '  ```', '   ```', '    ```', '\t```', '- ```', '  - ```', '1. ```', '> ```', '> > ~~~'],
  ...['- a', '  - b', '    - c', '* c', '+ d', '1. d', '2) e', '10. f', '-', '- ', '-\t\tx', '\t- y'],
  ...['> q', '>', '> > r', '>\tq', ' > s', '> - t', '- > u', '  > v', '- - w', '1. - x', '   - y', '>     code', '> - ```', '\t\t```'],
  ...['<!--', '-->', '<!-- x -->', '<pre>', '</pre>', '<script>', '</script>', '<?x', '?>', '<!X', '>', '<![CDATA[', ']]>', '<div>', '<span>', '<a href="x">'],
  ...['---', '===', '***', '- - -', '+++', '# h', '## h ##', '| a | b |', '|---|---|', 'a | b', '--|--', '[^1]: note', '    [^2]: x'],
);
const soup = fc
  .tuple(fc.array(soupLine, { minLength: 1, maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol));

/** Set PROSE_FUZZ_RUNS (say, to 100000) for a deeper search than the default. */
const FUZZ_RUNS = Number(process.env.PROSE_FUZZ_RUNS ?? 300);

/** Checking each chunk alone finds exactly the prose that checking the whole document finds. */
function expectChunksEqualWhole(doc: string): void {
  expectWellFormed(doc, 'markdown');
  const whole = snapshot(extractMarkdownProse(doc), 0);
  const chunked = splitChunks(doc, 'markdown').flatMap((c) => snapshot(extractMarkdownProse(doc.slice(c.start, c.end)), c.start));
  expect(chunked).toEqual(whole);
}

describe('splitChunks: chunk by chunk equals the whole', () => {
  it('for generated Markdown documents', () => {
    fc.assert(fc.property(markdownDocument, expectChunksEqualWhole), { numRuns: FUZZ_RUNS });
  }, 30_000 + FUZZ_RUNS * 100);

  it('for line soup', () => {
    fc.assert(fc.property(soup, expectChunksEqualWhole), { numRuns: FUZZ_RUNS });
  }, 30_000 + FUZZ_RUNS * 100);
});

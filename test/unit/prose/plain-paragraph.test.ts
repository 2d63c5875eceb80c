/**
 * `isPlainParagraph` lets the Markdown extractor skip the parse of a chunk
 * that is one paragraph of plain prose. Skipping must never change what is
 * extracted: on every chunk of real Markdown (the package READMEs installed
 * under node_modules, this repository's documents, generated documents) and
 * of damaged variants of plain paragraphs, wherever the test says "plain",
 * the parser's blocks and the plain-text extractor's blocks are the same.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDocument } from '../../../bench/generate.js';
import { splitChunks } from '../../../src/core/prose/chunk.js';
import { extractMarkdownProse, extractParsedProse } from '../../../src/core/prose/markdown.js';
import { isPlainParagraph } from '../../../src/core/prose/plain-paragraph.js';
import { extractPlainProse } from '../../../src/core/prose/plaintext.js';
import type { ProseBlock } from '../../../src/core/types.js';

const ROOT = resolve(__dirname, '../../..');

/** A block as data: kind, text, span, and where every prose offset maps (both ways). */
function describeBlock(b: ProseBlock) {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i <= b.text.length; i++) {
    starts.push(b.map.toSource(i));
    ends.push(b.map.toSourceEnd(i));
  }
  return { kind: b.kind, text: b.text, start: b.start, end: b.end, starts, ends };
}

/** Checks every chunk of `text` that the test calls plain; returns how many there were. */
function checkChunks(text: string, where: string): number {
  let plain = 0;
  for (const { start, end } of splitChunks(text, 'markdown')) {
    const chunk = text.slice(start, end);
    if (!isPlainParagraph(chunk)) continue;
    plain++;
    expect(extractPlainProse(chunk).map(describeBlock), `${where}: ${JSON.stringify(chunk.slice(0, 200))}`).toEqual(
      extractParsedProse(chunk).map(describeBlock),
    );
  }
  return plain;
}

/** Markdown files under `dir` (depth-first, sorted), at most `limit`. */
function markdownFiles(dir: string, limit: number, out: string[] = []): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    if (out.length >= limit) break;
    const path = join(dir, name);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      continue;
    }
    if (stat.isDirectory()) markdownFiles(path, limit, out);
    else if (/\.(md|markdown)$/i.test(name) && stat.size < 400_000) out.push(path);
  }
  return out;
}

describe('isPlainParagraph', () => {
  it('takes plain sentences, across lines', () => {
    expect(isPlainParagraph('The mayor said, “We will rebuild the pier.” Then she left.')).toBe(true);
    expect(isPlainParagraph("It's 5 p.m. in Paris (France); 3.5% rose -- or fell?\nA second line, 1999 was a year.")).toBe(true);
  });

  it('sends anything that could be Markdown to the parser', () => {
    const plain = 'The council met on Tuesday';
    for (const syntax of ['\\', '`', '*', '_', '~', '[', ']', '<', '>', '&', '@', '#', '|', '=', '+', '\t', '\r', '\0', '\u00a0', '\ufeff', 'http://', 'WWW.']) {
      expect(isPlainParagraph(`${plain} ${syntax}x`), JSON.stringify(syntax)).toBe(false);
    }
    for (const line of ['- item', '-', '1. item', '12) item', ' indented', 'trailing ', '', '---']) {
      expect(isPlainParagraph(`${plain}\n${line}`), JSON.stringify(line)).toBe(false);
      expect(isPlainParagraph(`${line}\n${plain}`), JSON.stringify(line)).toBe(false);
    }
    expect(isPlainParagraph('')).toBe(false);
    expect(isPlainParagraph(`${plain}\n\n${plain}`)).toBe(false);
    expect(isPlainParagraph(`\n${plain}`)).toBe(false);
  });

  it('extracts what the parser extracts, on every plain chunk of real Markdown files', () => {
    const files = [
      ...['README.md', 'ARCHITECTURE.md'].map((f) => join(ROOT, f)),
      ...markdownFiles(join(ROOT, 'node_modules'), 1500),
    ];
    let plain = 0;
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      plain += checkChunks(text, file);
    }
    // The comparison is only worth something if it covered many chunks.
    expect(plain).toBeGreaterThan(1000);
  }, 120_000);

  it('extracts what the parser extracts, on generated documents and damaged plain paragraphs', () => {
    let plain = checkChunks(generateDocument(5_000, 'markdown', 3), 'generated');
    // Every printable ASCII character and some others, put at the start, the
    // middle and the end of a plain paragraph and of its lines.
    const base = 'The council approved the budget on Tuesday,\nafter a long meeting at the town hall';
    const extras = [...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)), '\u2014', '\u201c', '\u00e9', '1.', '2)', '10.', 'a.', '\u2028'];
    for (const x of extras) {
      for (const text of [x + base, base + x, base.replace(' ', x), base.replace('\n', '\n' + x), base.replace('\n', x + '\n'), `${x}${x}${x}\n${base}`]) {
        plain += checkChunks(text, 'damaged');
        // And the extractor itself, whichever way it goes.
        expect(extractMarkdownProse(text).map(describeBlock), JSON.stringify(text)).toEqual(extractParsedProse(text).map(describeBlock));
      }
    }
    expect(plain).toBeGreaterThan(100);
  });
});

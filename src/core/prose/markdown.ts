/**
 * Prose from a Markdown chunk, with exact offsets back into the chunk.
 *
 * A chunk that is one paragraph of plain prose (see `plain-paragraph.ts`) is
 * its own prose, as plain text is, and is not parsed. Any other chunk is
 * parsed with remark (CommonMark, GFM, front matter) and the tree
 * walked for prose blocks: paragraphs, headings and table cells, wherever they
 * sit (block quotes, list items, footnote definitions). Inside a block, text
 * is kept, inline code, HTML, images, footnote calls and bare or angle-bracket
 * autolinks become one {@link CODE_PLACEHOLDER} each, and hard line breaks
 * become `\n`. See `align.ts` for how each text node's value is mapped back
 * to its source.
 *
 * Both walks use explicit stacks, so nesting depth cannot overflow the call
 * stack here. remark itself can still overflow or crawl on hostile input;
 * `guard.ts` turns the known cases away before parsing, and a parse that
 * throws anyway is caught. Either way the chunk is then read as plain text:
 * some prose with stray Markdown syntax is better than none, and far better
 * than a crashed or frozen lint run.
 */
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CODE_PLACEHOLDER, type ProseBlock } from '../types.js';
import { appendAligned } from './align.js';
import { hasUnclosedFrontMatter } from './block-syntax.js';
import { looksHostile } from './guard.js';
import { appendAtomic, createMapBuilder, finishMap, type MapBuilder } from './offset-map.js';
import { isPlainParagraph } from './plain-paragraph.js';
import { extractPlainProse } from './plaintext.js';

/** One processor for the module: creating (and freezing) one per call would cost more than small chunks do. */
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * For chunks that open with `---` or `+++` but never close it. There is no
 * front matter then, yet micromark-extension-frontmatter 2.0.0 breaks the
 * parse: its failed attempt (which reads to the end of the text looking for
 * the closing fence) leaves every later line without its containers, so
 * `---\n\n> quote` gives a paragraph "> quote" instead of a block quote.
 * Parsing such a chunk without the front matter extension is what CommonMark
 * says it means.
 */
const processorWithoutFrontMatter = unified().use(remarkParse).use(remarkGfm);

/** Node types that are prose blocks; the block's kind is the node type. */
const BLOCK_KINDS: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The prose blocks of a Markdown chunk, in document order. Offsets (block
 * `start`/`end`, map results) are relative to `chunk`. Blocks with no text
 * (an empty table cell or heading) are left out. Never throws.
 */
export function extractMarkdownProse(chunk: string): ProseBlock[] {
  // A paragraph of plain prose parses to itself: no parse (see plain-paragraph.ts).
  if (isPlainParagraph(chunk)) return extractPlainProse(chunk);
  return extractParsedProse(chunk);
}

/** {@link extractMarkdownProse} by parsing the chunk, whatever it holds. */
export function extractParsedProse(chunk: string): ProseBlock[] {
  if (looksHostile(chunk)) return extractPlainProse(chunk);
  let tree: Root;
  try {
    tree = parse(chunk);
  } catch {
    // remark overflowed or failed on input the guard did not foresee: read it as plain text.
    return extractPlainProse(chunk);
  }
  return collectBlocks(tree, chunk);
}

/**
 * Parses a chunk so that node offsets are offsets into `chunk`.
 *
 * micromark drops a byte order mark that starts its input and counts offsets
 * from after it, so a chunk that starts with U+FEFF (one that follows blank
 * lines in the middle of a document, say: the caller strips only the
 * document's own) would come back with every offset one short, and without
 * the U+FEFF that the whole document's parse keeps as text. Giving micromark
 * one more U+FEFF to drop fixes both.
 */
function parse(chunk: string): Root {
  const input = chunk.charCodeAt(0) === 0xfeff ? `\uFEFF${chunk}` : chunk;
  return (hasUnclosedFrontMatter(chunk) ? processorWithoutFrontMatter : processor).parse(input);
}

/** Walks the block structure (iteratively) and extracts every prose block. */
function collectBlocks(tree: Root, source: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (BLOCK_KINDS.has(node.type)) {
      const block = proseBlock(node, source);
      if (block !== null) blocks.push(block);
    } else if ('children' in node) {
      // Code, HTML, front matter, definitions and breaks have no children: skipped.
      pushChildren(stack, node.children);
    }
  }
  return blocks;
}

/** The prose of one paragraph, heading or table cell, or `null` if it has none. */
function proseBlock(node: Nodes, source: string): ProseBlock | null {
  const span = spanOf(node);
  if (span === null || !('children' in node)) return null;
  const builder = createMapBuilder();
  const stack: Nodes[] = [];
  pushChildren(stack, node.children);
  while (stack.length > 0) {
    appendInline(builder, stack.pop() as Nodes, source, stack);
  }
  if (builder.length === 0) return null;
  const { text, map } = finishMap(builder, span.start);
  return { kind: node.type, text, start: span.start, end: span.end, map };
}

/**
 * Appends one inline node's prose to `builder`, or pushes its children on
 * `stack` when the prose is in them.
 */
function appendInline(builder: MapBuilder, node: Nodes, source: string, stack: Nodes[]): void {
  const span = spanOf(node);
  if (span === null) return;
  switch (node.type) {
    case 'text':
      appendAligned(builder, node.value, source, span.start, span.end);
      return;
    case 'break':
      appendBreak(builder, source, span.start, span.end);
      return;
    case 'link':
      // `[text](url)` keeps its text; `<http://a.b>` and GFM's bare `www.a.b` or
      // `me@a.b` are links whose text is the URL itself: not prose.
      if (source.charCodeAt(span.start) === 0x5b) pushChildren(stack, node.children);
      else appendAtomic(builder, CODE_PLACEHOLDER, span.start, span.end);
      return;
    case 'emphasis':
    case 'strong':
    case 'delete':
    case 'linkReference':
      pushChildren(stack, node.children);
      return;
    default:
      // inlineCode, html, image, imageReference, footnoteReference and anything
      // unknown without children: one opaque atom standing where it stood.
      if ('children' in node) pushChildren(stack, node.children);
      else appendAtomic(builder, CODE_PLACEHOLDER, span.start, span.end);
  }
}

/**
 * A hard break (`  \n` or `\\\n`) reads as `\n`, mapped onto the line ending
 * itself: the trailing spaces or backslash are markup.
 */
function appendBreak(builder: MapBuilder, source: string, start: number, end: number): void {
  let at = start;
  while (at < end && source.charCodeAt(at) !== 0x0a && source.charCodeAt(at) !== 0x0d) at++;
  if (at === end) {
    appendAtomic(builder, '\n', start, end);
    return;
  }
  const lineEnd = source.charCodeAt(at) === 0x0d && source.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
  appendAtomic(builder, '\n', at, Math.min(lineEnd, end));
}

/** Pushes `children` so that they pop in document order. */
function pushChildren(stack: Nodes[], children: readonly Nodes[]): void {
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
}

/** A node's source offsets, if remark recorded them. */
function spanOf(node: Nodes): { start: number; end: number } | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? null : { start, end };
}

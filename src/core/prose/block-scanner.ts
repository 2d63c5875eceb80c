/**
 * A line-at-a-time model of CommonMark/GFM block structure, just detailed
 * enough to answer two questions without parsing inline content:
 *
 * - Is a fenced code block or an HTML block (kinds 1–5, the ones that may
 *   contain blank lines) open at the top level? The chunker must not cut
 *   there.
 * - How deeply are containers nested, and which lines hold inline content?
 *   The hostile-input guard needs both.
 *
 * It follows the spec's two-phase algorithm: match the open containers (block
 * quotes, list items, footnote definitions) against the line's prefix, then
 * open new containers and at most one leaf block, with lazy paragraph
 * continuation. Leaf blocks are tracked only as kinds. It mirrors micromark
 * where micromark departs from the spec (a lazy line may start a kind 7 HTML
 * block inside the container it is lazy in; `</pre>` starts kind 7;
 * footnote definitions may interrupt a paragraph).
 *
 * The chunker's property test (chunked parsing equals whole parsing, on
 * generated documents and on random soups of block-level lines) is what keeps
 * this honest against micromark.
 *
 * Why track containers at all: a fence indented by two or three spaces is a
 * top-level fence after a paragraph but a list item's fence inside `- a`, and
 * only the list item's fence ends when the item does. Getting that wrong
 * either cuts a chunk inside code or pairs the wrong fences for the rest of the
 * file.
 *
 * Cost: each line does work proportional to its own length plus the
 * containers it closes, so a whole file is scanned in linear time.
 */
import {
  consumeIndent,
  type Cursor,
  type FenceOpen,
  type HtmlKind,
  hasHtmlEnd,
  isAtxHeading,
  isFenceClose,
  isSetextUnderline,
  isTableDelimiterRow,
  isThematicBreak,
  matchFenceOpen,
  matchFootnoteStart,
  matchHtmlStart,
  matchListMarker,
  measureIndent,
  measureIndentUpTo,
  skipColumns,
} from './block-syntax.js';

/** An open container block. */
interface Container {
  kind: 'quote' | 'item' | 'footnote';
  /** Items and footnotes: columns a continuation line must be indented by (relative to the parent's content). */
  indent: number;
}

/** The open leaf block of the innermost container, by kind. */
type Leaf =
  | { kind: 'none' }
  | { kind: 'paragraph' }
  | { kind: 'table' }
  | { kind: 'indentedCode' }
  | { kind: 'fence'; fence: FenceOpen }
  | { kind: 'html'; html: HtmlKind };

/** What a scanned line turned out to hold, for the guard. */
export type LineRole =
  /** Empty or white space after the container prefixes. */
  | 'blank'
  /** Paragraph, heading or table text: micromark parses it for inline syntax. */
  | 'inline'
  /** Code, HTML, thematic breaks, fences: no inline parsing. */
  | 'literal';

/** Scanner state; create with {@link createBlockScanner}, advance with {@link scanLine}. */
export interface BlockScanner {
  containers: Container[];
  leaf: Leaf;
  /** An item whose first line was empty and that has no content yet (it ends at the next blank line). */
  emptyItem: Container | null;
  /** Deepest container nesting seen so far. */
  maxDepth: number;
}

const NONE: Leaf = { kind: 'none' };

export function createBlockScanner(): BlockScanner {
  return { containers: [], leaf: NONE, emptyItem: null, maxDepth: 0 };
}

/**
 * True when a top-level fenced code block, HTML block of kind 1–5 or indented
 * code block is open.
 *
 * The first two run on across blank lines. Indented code does not (a line in
 * column 0 ends it), but micromark reads the first line after it as if it
 * tried to interrupt a paragraph: after `    code` and a blank line, `-` or
 * `2.` is a paragraph, not an empty list item or a list starting at 2.
 * Parsed on its own, that line would be a list.
 */
export function insideTopLevelLiteral(scanner: BlockScanner): boolean {
  if (scanner.containers.length > 0) return false;
  const leaf = scanner.leaf;
  return leaf.kind === 'fence' || leaf.kind === 'indentedCode' || (leaf.kind === 'html' && leaf.html <= 5);
}

/** Advances the scanner over one line (without its line ending) and says what the line held. */
export function scanLine(scanner: BlockScanner, line: string): LineRole {
  const containers = scanner.containers;
  const open = containers.length;
  const contentEnd = trimmedEnd(line);
  let cursor: Cursor = { pos: 0, col: 0 };
  let matched = 0;

  // Phase 1: which open containers does this line continue? Each check looks
  // only as far as it must, so this costs O(line length), however deep.
  for (; matched < open; matched++) {
    const container = containers[matched];
    if (container.kind === 'quote') {
      const indent = measureIndentUpTo(line, cursor, 4);
      if (indent.columns > 3 || line.charCodeAt(indent.first) !== 0x3e) break;
      cursor = afterQuoteMarker(line, { pos: indent.first, col: cursor.col + indent.columns });
      continue;
    }
    if (cursor.pos >= contentEnd) {
      // A blank line continues an item, unless the item began empty and got nothing since.
      if (container === scanner.emptyItem) break;
      continue;
    }
    const next = consumeIndent(line, cursor, container.indent);
    if (next === null) break;
    cursor = next;
  }

  const allMatched = matched === open;
  const rest = measureIndentUpTo(line, cursor, 4);
  const blank = cursor.pos >= contentEnd;
  const leaf = scanner.leaf;

  // Leaves that take the line verbatim, when every container matched.
  if (allMatched) {
    if (leaf.kind === 'fence') {
      if (!blank && rest.columns <= 3 && isFenceClose(line, rest.first, leaf.fence)) scanner.leaf = NONE;
      return 'literal';
    }
    if (leaf.kind === 'html') {
      if (blank && leaf.html >= 6) {
        scanner.leaf = NONE;
        return 'blank';
      }
      if (!blank && hasHtmlEnd(line, cursor.pos, leaf.html)) scanner.leaf = NONE;
      return blank ? 'blank' : 'literal';
    }
    if (leaf.kind === 'indentedCode' && (blank || rest.columns >= 4)) return blank ? 'blank' : 'literal';
  }

  if (blank) {
    // Block quotes never match a blank line, so whatever was not matched ends here.
    containers.length = matched;
    scanner.leaf = NONE;
    if (scanner.emptyItem !== null && containers[containers.length - 1] !== scanner.emptyItem) scanner.emptyItem = null;
    return 'blank';
  }

  // A non-blank line: the empty item either gets content now or has been closed.
  scanner.emptyItem = null;
  return openBlocks(scanner, line, contentEnd, cursor, matched, allMatched);
}

/** Index just past the last character of `line` that is not a space or tab. */
function trimmedEnd(line: string): number {
  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (c !== 0x20 && c !== 0x09) break;
    end--;
  }
  return end;
}

/** Skips a `>` and the one optional column of white space after it. */
function afterQuoteMarker(line: string, at: Cursor): Cursor {
  const cursor = { pos: at.pos + 1, col: at.col + 1 };
  const c = line.charCodeAt(cursor.pos);
  return c === 0x20 || c === 0x09 ? skipColumns(line, cursor, 1) : cursor;
}

/**
 * Phase 2: the part of the line after the matched containers opens new
 * containers and a leaf, or continues the current paragraph (lazily, if some
 * containers did not match).
 */
function openBlocks(
  scanner: BlockScanner,
  line: string,
  contentEnd: number,
  start: Cursor,
  matched: number,
  allMatched: boolean,
): LineRole {
  const containers = scanner.containers;
  const tip = scanner.leaf;
  const paragraphOpen = tip.kind === 'paragraph';
  let cursor = start;
  let opened = false;

  /** Closes the containers this line did not continue, once, before something new opens. */
  const closeUnmatched = (): void => {
    if (opened) return;
    containers.length = matched;
    scanner.leaf = NONE;
  };
  const pushContainer = (container: Container): void => {
    closeUnmatched();
    containers.push(container);
    opened = true;
    if (containers.length > scanner.maxDepth) scanner.maxDepth = containers.length;
  };
  /** Can this line still be a continuation of the open paragraph? */
  const continuesParagraph = (): boolean => paragraphOpen && !opened;

  for (;;) {
    const indent = measureIndentUpTo(line, cursor, 4);
    const first = indent.first;
    if (cursor.pos >= contentEnd) {
      // Only reachable after a container marker: `>` or `-` with nothing after.
      return 'blank';
    }
    if (indent.columns >= 4) {
      if (continuesParagraph()) return 'inline';
      closeUnmatched();
      scanner.leaf = { kind: 'indentedCode' };
      return 'literal';
    }
    const c = line.charCodeAt(first);
    const at: Cursor = { pos: first, col: cursor.col + indent.columns };

    if (c === 0x3e) {
      pushContainer({ kind: 'quote', indent: 0 });
      cursor = afterQuoteMarker(line, at);
      continue;
    }

    // Setext underlines only count in the paragraph's own container, not lazily.
    if (paragraphOpen && allMatched && !opened && isSetextUnderline(line, first)) {
      scanner.leaf = NONE;
      return 'literal';
    }
    if (isThematicBreak(line, first)) {
      closeUnmatched();
      return 'literal';
    }

    const marker = matchListMarker(line, first);
    if (marker !== null) {
      const afterMarker: Cursor = { pos: first + marker.width, col: at.col + marker.width };
      const content = measureIndent(line, afterMarker);
      const emptyStart = content.first === line.length;
      // Only a paragraph in the very container it continues can be interrupted, and
      // then only by an item with content (and, for ordered lists, number 1).
      const interrupting = paragraphOpen && allMatched && !opened;
      if (!interrupting || (!emptyStart && (!marker.ordered || marker.startsAtOne))) {
        const spaces = emptyStart || content.columns > 4 ? 1 : content.columns;
        const item: Container = { kind: 'item', indent: indent.columns + marker.width + spaces };
        pushContainer(item);
        if (emptyStart) {
          scanner.emptyItem = item;
          return 'blank';
        }
        cursor = skipColumns(line, afterMarker, spaces);
        continue;
      }
    }

    if (c === 0x5b) {
      const after = matchFootnoteStart(line, first);
      if (after >= 0) {
        pushContainer({ kind: 'footnote', indent: 4 });
        cursor = { pos: after, col: at.col + (after - first) };
        continue;
      }
    }

    const fence = matchFenceOpen(line, first);
    if (fence !== null) {
      closeUnmatched();
      scanner.leaf = { kind: 'fence', fence };
      return 'literal';
    }

    const html = matchHtmlStart(line, first);
    if (html !== 0) {
      if (html !== 7 || !continuesParagraph()) {
        closeUnmatched();
        scanner.leaf = hasHtmlEnd(line, first, html) ? NONE : { kind: 'html', html };
        return 'literal';
      }
      if (!allMatched) {
        // micromark quirk: a lazy line may open a kind 7 HTML block inside the
        // container it is lazy in (`> a` then `<span>`), keeping that container open.
        scanner.leaf = { kind: 'html', html };
        return 'literal';
      }
      // A kind 7 tag cannot interrupt a paragraph: it is paragraph text.
      return 'inline';
    }

    if (isAtxHeading(line, first)) {
      closeUnmatched();
      return 'inline';
    }

    if (paragraphOpen && allMatched && !opened && (c === 0x7c || c === 0x3a || c === 0x2d) && isTableDelimiterRow(line, first)) {
      scanner.leaf = { kind: 'table' };
      return 'literal';
    }
    if (tip.kind === 'table' && allMatched && !opened) return 'inline';

    if (continuesParagraph()) return 'inline';
    closeUnmatched();
    // A fresh object per paragraph, so that the guard can tell paragraphs apart.
    scanner.leaf = { kind: 'paragraph' };
    return 'inline';
  }
}

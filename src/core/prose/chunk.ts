/**
 * Cuts a document into chunks that can be parsed on their own and cached by
 * their text.
 *
 * A chunk runs from the start of its first non-blank line to the end of its
 * last non-blank line (line ending excluded); the blank lines between chunks
 * belong to no chunk.
 *
 * Plain text: one chunk per paragraph. Markdown: cut at blank lines, but only
 * where parsing the pieces separately gives the same blocks as parsing the
 * whole. After one or more blank lines, a line that starts in column 0 begins
 * a fresh top-level block: the blank lines have closed every paragraph, table,
 * block quote and HTML block of kinds 6–7, and a line that is not indented
 * cannot continue a list item, a footnote or indented code. The exceptions,
 * where no cut is made:
 *
 * - inside a top-level fenced code block or HTML block of kinds 1–5, which
 *   blank lines do not end (the block scanner tracks these, containers and
 *   all: see `block-scanner.ts`);
 * - right after top-level indented code, which colours how micromark reads
 *   the next line (see `insideTopLevelLiteral`);
 * - inside the front matter;
 * - before a line that starts with white space (it may continue a list item
 *   or indented code);
 * - before a line that is `---` or `+++`: on its own, a chunk starting with
 *   one could be read as front matter, which only the document's first line
 *   can open.
 *
 * What still differs between chunked and whole parsing is what Markdown links
 * across blocks: a reference link or footnote call whose definition lives in
 * another chunk stays literal text (`[text][ref]`) when its chunk is parsed
 * alone.
 */
import type { Format, Span } from '../types.js';
import { createBlockScanner, insideTopLevelLiteral, scanLine } from './block-scanner.js';
import { frontMatterEnd, frontMatterFence } from './block-syntax.js';
import { forEachLine, isMarkdownBlank, isPlainBlank } from './lines.js';

/**
 * The chunks of `text`, in order, as half-open offset ranges. A text with no
 * non-blank line has no chunks. Linear in the length of the text.
 */
export function splitChunks(text: string, format: Format): Span[] {
  return format === 'markdown' ? splitMarkdown(text) : splitPlain(text);
}

/** Plain text: paragraphs separated by lines of white space. */
function splitPlain(text: string): Span[] {
  const chunks: Span[] = [];
  let start = -1;
  let end = 0;
  forEachLine(text, (line) => {
    if (isPlainBlank(text, line.start, line.end)) {
      if (start >= 0) chunks.push({ start, end });
      start = -1;
      return;
    }
    if (start < 0) start = line.start;
    end = line.end;
  });
  if (start >= 0) chunks.push({ start, end });
  return chunks;
}

/** Markdown: see the module comment for where a cut is safe. */
function splitMarkdown(text: string): Span[] {
  const chunks: Span[] = [];
  const scanner = createBlockScanner();
  const contentStart = frontMatterEnd(text);
  let start = -1;
  let end = 0;
  let afterBlank = false;

  if (contentStart > 0) {
    // The front matter opens the first chunk; nothing inside it is scanned or cut.
    start = 0;
    end = lineEndBefore(text, contentStart);
  }

  forEachLine(
    text,
    (line) => {
      const content = text.slice(line.start, line.end);
      if (isMarkdownBlank(text, line.start, line.end)) {
        scanLine(scanner, content);
        if (start >= 0) afterBlank = true;
        return;
      }
      if (start < 0) {
        // A first chunk that starts with a front matter fence after blank lines
        // must keep them, or parsing it alone would find front matter.
        start = frontMatterFence(content) !== null && line.start > 0 ? 0 : line.start;
      } else if (afterBlank && canCutBefore(content) && !insideTopLevelLiteral(scanner)) {
        chunks.push({ start, end });
        start = line.start;
      }
      afterBlank = false;
      scanLine(scanner, content);
      end = line.end;
    },
    contentStart,
  );
  if (start >= 0) chunks.push({ start, end });
  return chunks;
}

/** Line-level conditions for starting a chunk at a non-blank line (see the module comment). */
function canCutBefore(line: string): boolean {
  const c = line.charCodeAt(0);
  return c !== 0x20 && c !== 0x09 && frontMatterFence(line) === null;
}

/** The end of the line whose line ending finishes just before `offset`. */
function lineEndBefore(text: string, offset: number): number {
  let end = offset;
  if (end > 0 && text.charCodeAt(end - 1) === 0x0a) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 0x0d) end--;
  return end;
}

/**
 * Recognisers for the CommonMark/GFM block syntax a single line can start:
 * fences, HTML blocks, list markers, headings, breaks, table delimiter rows.
 *
 * They serve the block scanner, which only needs to know where blocks start
 * and end, never their content. Each recogniser looks at one line (a string
 * without its line ending) from a character position, after the caller has
 * measured and skipped at most three columns of indentation.
 */

/** Width of a tab stop, in columns (CommonMark). */
const TAB_STOP = 4;

/** A position inside a line: a character index and the visual column it stands for. */
export interface Cursor {
  /** Index into the line. */
  pos: number;
  /**
   * Column of `pos`. When a container consumed part of a tab (`>\tfoo`), `pos`
   * still points at the tab and `col` is past the tab's start; the rest of
   * the tab counts as indentation.
   */
  col: number;
}

/** The indentation in front of the next non-white character. */
export interface Indent {
  /** Columns of spaces and tabs between the cursor and `first`. */
  columns: number;
  /** Index of the first character that is not a space or tab (the line length if none). */
  first: number;
}

/** Measures the spaces and tabs from `cursor` (tabs to the next multiple of four). */
export function measureIndent(line: string, cursor: Cursor): Indent {
  let col = cursor.col;
  let pos = cursor.pos;
  for (; pos < line.length; pos++) {
    const c = line.charCodeAt(pos);
    if (c === 0x20) col++;
    else if (c === 0x09) col = nextTabStop(col);
    else break;
  }
  return { columns: col - cursor.col, first: pos };
}

/**
 * Moves `cursor` past `columns` columns of white space, or returns `null` if
 * the line has less indentation than that there. Looks no further than it
 * needs to: a list item nested a thousand deep must not rescan the line's
 * whole indentation once per level.
 */
export function consumeIndent(line: string, cursor: Cursor, columns: number): Cursor | null {
  let { pos, col } = cursor;
  const target = col + columns;
  while (col < target) {
    const c = line.charCodeAt(pos);
    if (c === 0x20) {
      pos++;
      col++;
    } else if (c === 0x09) {
      const stop = nextTabStop(col);
      if (stop <= target) {
        pos++;
        col = stop;
      } else {
        col = target;
      }
    } else {
      return null;
    }
  }
  return { pos, col };
}

/**
 * Measures at most `limit` columns of indentation from `cursor` (then stops
 * looking): enough to tell "up to three" from "four or more".
 */
export function measureIndentUpTo(line: string, cursor: Cursor, limit: number): Indent {
  let col = cursor.col;
  let pos = cursor.pos;
  const stopAt = cursor.col + limit;
  for (; pos < line.length && col < stopAt; pos++) {
    const c = line.charCodeAt(pos);
    if (c === 0x20) col++;
    else if (c === 0x09) col = nextTabStop(col);
    else break;
  }
  return { columns: col - cursor.col, first: pos };
}

/**
 * Moves `cursor` forward by `columns` columns of white space, possibly ending
 * inside a tab (see {@link Cursor.col}). The caller has checked that there is
 * that much indentation.
 */
export function skipColumns(line: string, cursor: Cursor, columns: number): Cursor {
  let { pos, col } = cursor;
  let left = columns;
  while (left > 0 && pos < line.length) {
    const c = line.charCodeAt(pos);
    if (c === 0x20) {
      pos++;
      col++;
      left--;
    } else if (c === 0x09) {
      const width = nextTabStop(col) - col;
      if (width <= left) {
        pos++;
        col += width;
        left -= width;
      } else {
        col += left;
        left = 0;
      }
    } else {
      break;
    }
  }
  return { pos, col };
}

/** Column after a tab that starts at `col`. */
function nextTabStop(col: number): number {
  return (Math.floor(col / TAB_STOP) + 1) * TAB_STOP;
}

/** A code fence opening line: its character (`` ` `` or `~`) and length. */
export interface FenceOpen {
  char: number;
  length: number;
}

const BACKTICK = 0x60;
const TILDE = 0x7e;

/** Length of the run of `char` starting at `pos`. */
function runLength(line: string, pos: number, char: number): number {
  let end = pos;
  while (end < line.length && line.charCodeAt(end) === char) end++;
  return end - pos;
}

/**
 * An opening code fence at `pos`: three or more backticks or tildes; a
 * backtick fence's info string may not contain a backtick.
 */
export function matchFenceOpen(line: string, pos: number): FenceOpen | null {
  const char = line.charCodeAt(pos);
  if (char !== BACKTICK && char !== TILDE) return null;
  const length = runLength(line, pos, char);
  if (length < 3) return null;
  if (char === BACKTICK && line.indexOf('`', pos + length) >= 0) return null;
  return { char, length };
}

/** Whether the line closes `fence` at `pos` (same character, at least as long, then only white space). */
export function isFenceClose(line: string, pos: number, fence: FenceOpen): boolean {
  const length = runLength(line, pos, fence.char);
  if (length < fence.length) return false;
  for (let i = pos + length; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/** HTML block start conditions, types 1 to 7 of the CommonMark spec (0: none). */
export type HtmlKind = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

const HTML_RAW = /^<(?:script|pre|style|textarea)(?:[\t >]|$)/i;
const HTML_BLOCK_NAMES =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const HTML_BLOCK = new RegExp(`^</?(?:${HTML_BLOCK_NAMES})(?:[\\t >]|/>|$)`, 'i');
const ATTRIBUTE = `[\\t ]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[\\t ]*=[\\t ]*(?:[^\\t "'=<>\`]+|'[^']*'|"[^"]*"))?`;
const HTML_COMPLETE_TAG = new RegExp(
  `^(?:<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*[\\t ]*/?>|</[A-Za-z][A-Za-z0-9-]*[\\t ]*>)[\\t ]*$`,
);

/** Which kind of HTML block, if any, starts at `pos` (a `<`). */
export function matchHtmlStart(line: string, pos: number): HtmlKind {
  if (line.charCodeAt(pos) !== 0x3c) return 0;
  const rest = line.slice(pos);
  if (HTML_RAW.test(rest)) return 1;
  if (rest.startsWith('<!--')) return 2;
  if (rest.startsWith('<?')) return 3;
  if (/^<![A-Za-z]/.test(rest)) return 4;
  if (rest.startsWith('<![CDATA[')) return 5;
  if (HTML_BLOCK.test(rest)) return 6;
  // The spec keeps `</pre>` and friends out of kind 7; micromark does not, and micromark decides.
  if (HTML_COMPLETE_TAG.test(rest)) return 7;
  return 0;
}

const HTML_RAW_END = /<\/(?:script|pre|style|textarea)>/i;

/**
 * Whether `line[from…]` contains the end condition of an HTML block of kind 1
 * to 5. (Kinds 6 and 7 end at a blank line instead.) On the opening line,
 * `from` is the `<`: micromark, like the spec, lets the end marker overlap
 * the start (`<!-->` and `<?>` are whole blocks).
 */
export function hasHtmlEnd(line: string, from: number, kind: HtmlKind): boolean {
  switch (kind) {
    case 1:
      return HTML_RAW_END.test(from === 0 ? line : line.slice(from));
    case 2:
      return line.indexOf('-->', from) >= 0;
    case 3:
      return line.indexOf('?>', from) >= 0;
    case 4:
      return line.indexOf('>', from) >= 0;
    case 5:
      return line.indexOf(']]>', from) >= 0;
    default:
      return false;
  }
}

/** A list item marker: its width in characters and whether it is ordered and starts at 1. */
export interface ListMarker {
  /** Characters in the marker (`-` is 1, `10.` is 3). */
  width: number;
  ordered: boolean;
  /** For ordered markers, whether the number is 1 (only those may interrupt a paragraph). */
  startsAtOne: boolean;
}

/**
 * A list item marker at `pos`: `-`, `+`, `*`, or one to nine digits and `.`
 * or `)`, followed by a space, a tab or the end of the line. (Check thematic
 * breaks first: `* * *` is a break, not a list.)
 */
export function matchListMarker(line: string, pos: number): ListMarker | null {
  const c = line.charCodeAt(pos);
  let width = 0;
  let ordered = false;
  let startsAtOne = false;
  if (c === 0x2d || c === 0x2b || c === 0x2a) {
    width = 1;
  } else {
    let end = pos;
    while (end < line.length && end - pos < 10 && isDigit(line.charCodeAt(end))) end++;
    const digits = end - pos;
    if (digits === 0 || digits > 9) return null;
    const delimiter = line.charCodeAt(end);
    if (delimiter !== 0x2e && delimiter !== 0x29) return null;
    width = digits + 1;
    ordered = true;
    startsAtOne = Number(line.slice(pos, end)) === 1;
  }
  const after = line.charCodeAt(pos + width);
  if (pos + width < line.length && after !== 0x20 && after !== 0x09) return null;
  return { width, ordered, startsAtOne };
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A thematic break at `pos`: three or more `*`, `-` or `_` (all the same), spaces and tabs between. */
export function isThematicBreak(line: string, pos: number): boolean {
  const char = line.charCodeAt(pos);
  if (char !== 0x2a && char !== 0x2d && char !== 0x5f) return false;
  let count = 0;
  for (let i = pos; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === char) count++;
    else if (c !== 0x20 && c !== 0x09) return false;
  }
  return count >= 3;
}

/** An ATX heading opening at `pos`: one to six `#`, then white space or the end of the line. */
export function isAtxHeading(line: string, pos: number): boolean {
  const length = runLength(line, pos, 0x23);
  if (length < 1 || length > 6) return false;
  const after = line.charCodeAt(pos + length);
  return pos + length === line.length || after === 0x20 || after === 0x09;
}

/** A setext underline at `pos`: a run of `=` or of `-`, then only white space. */
export function isSetextUnderline(line: string, pos: number): boolean {
  const char = line.charCodeAt(pos);
  if (char !== 0x3d && char !== 0x2d) return false;
  return isFenceClose(line, pos, { char, length: 1 });
}

/**
 * A GFM table delimiter row at `pos` (`|---|:--:|`, `--|--`): cells of dashes
 * with optional colons, separated by pipes. The scanner only needs this to
 * know that the paragraph above became a table (tables allow no lazy lines).
 */
export function isTableDelimiterRow(line: string, pos: number): boolean {
  const rest = line.slice(pos).trim();
  if (!rest.includes('-')) return false;
  if (!/^\|?[\t ]*:?-+:?[\t ]*(?:\|[\t ]*:?-+:?[\t ]*)*\|?$/.test(rest)) return false;
  // A lone `---` is a setext underline or a break, never a table.
  return rest.includes('|') || rest.includes(':');
}

/** A GFM footnote definition label at `pos` (`[^note]:`); returns the index after the colon. */
export function matchFootnoteStart(line: string, pos: number): number {
  const match = /^\[\^[^\]\s]+\]:/.exec(line.slice(pos, pos + 1000));
  return match === null ? -1 : pos + match[0].length;
}

const FRONT_MATTER_OPENING = /^(?:---|\+\+\+)[\t ]*(?:\r\n?|\n)/;

/**
 * Whether `text` starts with a line that opens front matter but no line closes
 * it. (remark-frontmatter then mis-parses the rest of the text: see
 * `markdown.ts`.)
 */
export function hasUnclosedFrontMatter(text: string): boolean {
  return FRONT_MATTER_OPENING.test(text) && frontMatterEnd(text) === 0;
}

/**
 * Where the front matter a Markdown text opens with ends: the offset of the
 * line after its closing fence, or 0 when the text has no front matter (an
 * opening fence without a closing one is not front matter either, for
 * remark-frontmatter: it is a thematic break).
 */
export function frontMatterEnd(text: string): number {
  const opening = FRONT_MATTER_OPENING.exec(text);
  if (opening === null) return 0;
  const marker = text[0] === '-' ? '-' : '\\+';
  const closing = new RegExp(`(?:\\r\\n?|\\n)${marker}{3}[\\t ]*(?:\\r\\n?|\\n|$)`, 'g');
  closing.lastIndex = opening[0].length - 1;
  const match = closing.exec(text);
  return match === null ? 0 : match.index + match[0].length;
}

/**
 * The front matter fence a Markdown file may open with: exactly `---` (YAML)
 * or `+++` (TOML), optionally followed by spaces or tabs.
 */
export function frontMatterFence(line: string): '-' | '+' | null {
  const match = /^(?:---|\+\+\+)[\t ]*$/.exec(line);
  if (match === null) return null;
  return line[0] === '-' ? '-' : '+';
}

/**
 * Line iteration shared by the chunker, the block scanner and the plain-text
 * extractor. A line ends at `\n`, `\r\n` or a lone `\r` (the three line
 * endings CommonMark and VS Code recognise); the ending belongs to no line.
 */

/** One line: `[start, end)` excludes the line ending, `next` is where the following line starts. */
export interface LineSpan {
  start: number;
  end: number;
  next: number;
}

const LINE_BREAK = /\r\n?|\n/g;

/**
 * Calls `visit` for every line of `text` from `from`, in order. An empty text
 * has one empty line, as does the text after a final line ending; callers that
 * care treat those as blank. Runs in linear time: the regular expression
 * engine finds each break, no per-line slicing.
 *
 * @param visit return `false` to stop early.
 */
export function forEachLine(text: string, visit: (line: LineSpan) => boolean | void, from = 0): void {
  const re = new RegExp(LINE_BREAK.source, 'g');
  let start = from;
  for (;;) {
    re.lastIndex = start;
    const match = re.exec(text);
    const end = match === null ? text.length : match.index;
    const next = match === null ? -1 : end + match[0].length;
    if (visit({ start, end, next: next < 0 ? text.length : next }) === false || next < 0) return;
    start = next;
  }
}

/** True when `text[start, end)` holds only spaces and tabs: a CommonMark blank line. */
export function isMarkdownBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/**
 * True when `text[start, end)` holds only white space in the Unicode sense
 * (what a reader of plain text sees as an empty line: spaces, tabs, no-break
 * spaces, form feeds…).
 */
export function isPlainBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) continue;
    if (c < 0x80 ? c !== 0x0b && c !== 0x0c : !WHITE_SPACE.test(text[i])) return false;
  }
  return true;
}

const WHITE_SPACE = /\s/;

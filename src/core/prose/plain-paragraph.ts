/**
 * Recognises a Markdown chunk that is one paragraph of plain prose: no
 * character that could start any Markdown construct (CommonMark, GFM, front
 * matter), no line that could open a block, no white space that Markdown
 * strips or reads as a hard break. remark turns such a chunk into a single
 * paragraph whose one text node is the chunk itself, character for
 * character, which is exactly what the plain-text extractor gives; so
 * `markdown.ts` skips the parse for it. Most chunks of a news text are such
 * paragraphs, and a parse per chunk was most of the time a Markdown check
 * took.
 *
 * The test is deliberately conservative: a character that merely *might*
 * matter anywhere (an `=` or `+` mid-sentence, a `#` in "No. #5") sends the
 * chunk through the parser, which is always right. The unit tests compare
 * the two on every chunk of real Markdown files that passes this test.
 */

/**
 * What sends a chunk to the parser, in one pattern:
 * - inline syntax: escapes and hard breaks `\`, code `` ` ``, emphasis `*` `_`,
 *   strike-through `~`, links, images, references and footnotes `[` `]`,
 *   autolinks and HTML `<` `>`, character references `&`, and GFM's bare
 *   links (`@` of an e-mail address, `://`, `www.`);
 * - block syntax anywhere on a line: headings `#`, tables `|`, setext
 *   underlines `=`, list markers `+` (also front matter `+++`);
 * - at the start of a line: `-` (lists, setext underlines, thematic breaks,
 *   front matter `---`) and a number followed by `.` or `)` (ordered lists);
 * - white space Markdown reads differently from plain text: a tab, a space
 *   starting or ending a line (indented code, stripped indentation, hard
 *   breaks), a blank line (two paragraphs), a line ending other than `\n`,
 *   NUL (which micromark replaces), and the Unicode spaces that plain text
 *   counts as blank but Markdown does not;
 * - an empty chunk, or one that starts or ends with a line ending.
 */
const NOT_PLAIN =
  /[\\`*_~[\]<>&@#|=+\t\r\v\f\0\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|:\/\/|www\.|^$|^[ \n]|[ \n]$| \n|\n |\n\n|(?:^|\n)(?:-|\d+[.)])/i;

/** True when `chunk` is a single paragraph of plain prose for Markdown (see the module comment). */
export function isPlainParagraph(chunk: string): boolean {
  return !NOT_PLAIN.test(chunk);
}

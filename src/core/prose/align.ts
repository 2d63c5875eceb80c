/**
 * Aligns a Markdown text node's value with the source it was parsed from.
 *
 * micromark gives each text node a value and a source range, but the two
 * differ: backslash escapes lose their backslash (`\*` → `*`), character
 * references are decoded (`&amp;` → `&`), continuation lines lose their
 * container prefix and indentation (`> a\n>  b` → `a\nb`), white space before
 * a soft line break is dropped, and U+0000 becomes U+FFFD. Walking both
 * strings in step recovers, for every character of the value, the source
 * characters it came from.
 */
import { matchCharRef } from './char-ref.js';
import { appendText, type MapBuilder, mapSegment } from './offset-map.js';

const BACKSLASH = 0x5c;
const AMPERSAND = 0x26;
const SPACE = 0x20;
const TAB = 0x09;
const GREATER_THAN = 0x3e;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Appends `value` to the prose in `builder`, mapping each of its characters to
 * `source[start, end)`:
 *
 * - equal characters map one to one (runs of them become one segment);
 * - an escape `\*` maps as a unit: the prose `*` covers both source
 *   characters, so an edit that replaces the `*` replaces the escape with it;
 * - a character reference maps as a unit the same way;
 * - source characters the value lacks (`>` and indentation after a line
 *   break, spaces before one) are skipped;
 * - anything else (U+FFFD for U+0000, or a difference this function does not
 *   know about) is paired code point for code point, so the map degrades
 *   locally instead of drifting, and never splits a surrogate pair.
 */
export function appendAligned(builder: MapBuilder, value: string, source: string, start: number, end: number): void {
  const base = appendText(builder, value);
  let i = 0;
  let j = start;
  while (i < value.length) {
    if (j >= end) {
      // The source ran out first: should not happen; pin the rest to the end.
      mapSegment(builder, base + i, value.length - i, end, 0);
      return;
    }
    const v = value.charCodeAt(i);
    const s = source.charCodeAt(j);

    if (s === BACKSLASH && j + 1 < end && source.charCodeAt(j + 1) === v && isAsciiPunctuation(v)) {
      mapSegment(builder, base + i, 1, j, 2);
      i++;
      j += 2;
      continue;
    }
    if (s === AMPERSAND) {
      const ref = matchCharRef(source, j, end);
      if (ref !== null && value.startsWith(ref.decoded, i)) {
        mapSegment(builder, base + i, ref.decoded.length, j, ref.end - j);
        i += ref.decoded.length;
        j = ref.end;
        continue;
      }
    }
    if (v === s) {
      // Take the whole run of equal characters at once; stop at the characters
      // that need a decision (escapes, references, line breaks).
      let n = 1;
      while (
        i + n < value.length &&
        j + n < end &&
        value.charCodeAt(i + n) === source.charCodeAt(j + n) &&
        !isSpecial(source.charCodeAt(j + n))
      ) {
        n++;
      }
      mapSegment(builder, base + i, n, j, n);
      i += n;
      j += n;
      const last = value.charCodeAt(i - 1);
      if (last === LF || (last === CR && value.charCodeAt(i) !== LF)) j = skipLinePrefix(source, j, end);
      continue;
    }
    if (s === SPACE || s === TAB || s === GREATER_THAN) {
      j++;
      continue;
    }
    const valueWidth = codePointWidth(value, i, value.length);
    const sourceWidth = codePointWidth(source, j, end);
    mapSegment(builder, base + i, valueWidth, j, sourceWidth);
    i += valueWidth;
    j += sourceWidth;
  }
}

/**
 * After a line break inside a text node, the source holds the next line's
 * container prefix (`>`, list indentation) and its indentation, none of which
 * is in the value. A paragraph line's content never starts with white space or
 * an unescaped `>` (that would open a block quote), so all of it can go.
 */
function skipLinePrefix(source: string, from: number, end: number): number {
  let j = from;
  while (j < end) {
    const c = source.charCodeAt(j);
    if (c !== SPACE && c !== TAB && c !== GREATER_THAN) break;
    j++;
  }
  return j;
}

/** Characters that end a fast run: they may start an escape, a reference or a line break. */
function isSpecial(c: number): boolean {
  return c === BACKSLASH || c === AMPERSAND || c === LF || c === CR;
}

/** ASCII punctuation, the characters a backslash can escape. */
function isAsciiPunctuation(c: number): boolean {
  return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

/** 2 for a surrogate pair at `i`, else 1. */
function codePointWidth(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

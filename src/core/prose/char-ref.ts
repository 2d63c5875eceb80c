/**
 * Character references (`&amp;`, `&#8220;`, `&#x201D;`) as micromark decodes
 * them, so that the aligner can tell which source characters produced a
 * decoded character in a text node's value.
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** A character reference found in the source. */
export interface CharRef {
  /** What it decodes to (one or two code points, one to four UTF-16 units). */
  decoded: string;
  /** Source offset just past the `;`. */
  end: number;
}

/** Longest entity name HTML defines (`CounterClockwiseContourIntegral`). */
const MAX_NAME = 31;

/**
 * The character reference starting at `source[at]` (an `&`), ending before
 * `limit`, or `null` if there is none. Follows CommonMark: named references
 * must be known HTML entities and end with `;`; decimal references have one to
 * seven digits, hexadecimal ones one to six.
 */
export function matchCharRef(source: string, at: number, limit: number): CharRef | null {
  if (source.charCodeAt(at) !== 0x26) return null;
  let i = at + 1;
  if (source.charCodeAt(i) === 0x23) {
    i++;
    const hex = source.charCodeAt(i) === 0x78 || source.charCodeAt(i) === 0x58;
    if (hex) i++;
    const digitsStart = i;
    const maxDigits = hex ? 6 : 7;
    while (i < limit && i - digitsStart < maxDigits && isDigit(source.charCodeAt(i), hex)) i++;
    if (i === digitsStart || i >= limit || source.charCodeAt(i) !== 0x3b) return null;
    return { decoded: decodeNumeric(Number.parseInt(source.slice(digitsStart, i), hex ? 16 : 10)), end: i + 1 };
  }
  const nameStart = i;
  while (i < limit && i - nameStart < MAX_NAME && isAlphanumeric(source.charCodeAt(i))) i++;
  if (i === nameStart || i >= limit || source.charCodeAt(i) !== 0x3b) return null;
  const decoded = decodeNamedCharacterReference(source.slice(nameStart, i));
  return decoded === false ? null : { decoded, end: i + 1 };
}

/**
 * A numeric reference's character, made safe the way micromark does
 * (`micromark-util-decode-numeric-character-reference`): controls, surrogates,
 * non-characters and out-of-range values become U+FFFD.
 */
function decodeNumeric(code: number): string {
  if (
    code < 9 ||
    code === 11 ||
    (code > 13 && code < 32) ||
    (code > 126 && code < 160) ||
    (code > 55_295 && code < 57_344) ||
    (code > 64_975 && code < 65_008) ||
    (code & 65_535) === 65_535 ||
    (code & 65_535) === 65_534 ||
    code > 1_114_111
  ) {
    return '\uFFFD';
  }
  return String.fromCodePoint(code);
}

function isDigit(c: number, hex: boolean): boolean {
  if (c >= 0x30 && c <= 0x39) return true;
  return hex && ((c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
}

function isAlphanumeric(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

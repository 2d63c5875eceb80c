/**
 * The tokenizer: one forward pass over a block's prose text.
 *
 * The tokens TILE the text: every UTF-16 unit belongs to exactly one token, in
 * order, and whitespace runs are `space` tokens. Keeping spaces in the array
 * means a rule can ask "is there whitespace between these two tokens?" by
 * looking at the neighbour (`tokens[i + 1].kind === 'space'`) and can rebuild
 * any stretch of text from tokens; rules that want the next word skip spaces
 * with {@link nextNonSpace} / {@link prevNonSpace}.
 *
 * Token kinds:
 * - `word`: letters and combining marks, with digits once a letter started it
 *   (`B52s`, `brd3fing`, `COVID-19` keeps the hyphen too), internal
 *   apostrophes `'`/`’` followed by a letter (`don’t`, `O’Brien`,
 *   `rock’n’roll`), internal hyphens followed by a letter or digit
 *   (`Jong-un`), internal invisible joiners (ZWJ, ZWNJ, soft hyphen). A digit
 *   run directly followed by a letter is a word too (`1990s`, `2nd`, `90s`).
 *   A trailing apostrophe (`Smiths’`) is NOT part of the word.
 * - `number`: digits with internal `,` `.` `:` `/` `-` between digits
 *   (`1,000`, `3.5`, `00:00:00`, `2024-06-19`).
 * - `punct`: exactly one punctuation code point (every quotation mark alone).
 * - `symbol`: one code point (symbols, controls, lone surrogates), with any
 *   combining marks, emoji modifiers, ZWJ sequences and flag pairs after it.
 * - `atom`: one {@link CODE_PLACEHOLDER}.
 * - `space`: a maximal run of whitespace.
 *
 * No token ever ends inside a surrogate pair. Each step moves forward, and
 * look-ahead is at most one code point past the current one, so the pass is
 * linear; source offsets come from the block's map queried in increasing order.
 */
import type { ProseBlock, Token, TokenKind } from '../types.js';
import { CharClass, charClass, codePointAt, cpLength } from './chars.js';
import type { WorkMeter } from './meter.js';

/** Apostrophes that may sit inside a word: straight, right single quote. */
const WORD_APOSTROPHES = new Set([0x27, 0x2019]);
/** Hyphens that may sit inside a word: hyphen-minus, hyphen, non-breaking hyphen. */
const WORD_HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
/** Emoji skin-tone modifiers, attached to the symbol before them. */
const EMOJI_MODIFIER_FIRST = 0x1f3fb;
const EMOJI_MODIFIER_LAST = 0x1f3ff;
/** Regional indicators: two make a flag. */
const REGIONAL_FIRST = 0x1f1e6;
const REGIONAL_LAST = 0x1f1ff;
const ZWJ = 0x200d;

/**
 * Tokenizes a block's prose text (see the module comment for the kinds).
 * `meter`, if given, is bumped once per character examined (for tests).
 *
 * Written for speed, as every check starts here: one token object per token
 * and nothing else (no closures, no intermediate strings), an ASCII path
 * that classifies a character with one table read, and word texts interned
 * (see {@link internWord}) so a word repeated through a document is one
 * string, not one copy per occurrence.
 */
export function tokenize(block: ProseBlock, meter?: WorkMeter): Token[] {
  const text = block.text;
  const n = text.length;
  const tokens: Token[] = [];
  let steps = 0;
  let i = 0;
  // A plain-text block maps offsets by adding a constant (see OffsetMap.identityBase):
  // no map calls per token then.
  const map = block.map;
  const base = map.identityBase;

  while (i < n) {
    steps++;
    const start = i;
    const unit = text.charCodeAt(i);
    const cp = unit < 0xd800 ? unit : codePointAt(text, i);
    const c = cp < 0x80 ? ASCII_CLASS[cp] : charClass(cp);
    let kind: TokenKind;
    let tokenText: string;
    switch (c) {
      case CharClass.Space: {
        i += 1;
        while (i < n && charClass(text.charCodeAt(i)) === CharClass.Space) {
          steps++;
          i++; // every whitespace character is in the BMP
        }
        kind = 'space';
        tokenText = i - start === 1 ? (unit === 32 ? ' ' : text[start]) : text.slice(start, i);
        break;
      }
      case CharClass.Letter:
      case CharClass.Mark: {
        i = scanWord(text, i + cpLength(cp));
        steps += i - start;
        kind = 'word';
        tokenText = internWord(text, start, i);
        break;
      }
      case CharClass.Digit: {
        i += cpLength(cp);
        let separated = false;
        for (;;) {
          steps++;
          const d = codePointAt(text, i);
          if (d < 0) break;
          const dc = charClass(d);
          if (dc === CharClass.Digit) {
            i += cpLength(d);
          } else if (isNumberSeparator(d) && charClass(codePointAt(text, i + 1)) === CharClass.Digit) {
            separated = true;
            i += 1;
          } else {
            break;
          }
        }
        // "1990s", "2nd": a plain digit run glued to letters reads as one word.
        const after = codePointAt(text, i);
        if (!separated && after >= 0 && charClass(after) === CharClass.Letter) {
          const from = i;
          i = scanWord(text, i);
          steps += i - from;
          kind = 'word';
          tokenText = internWord(text, start, i);
        } else {
          kind = 'number';
          tokenText = text.slice(start, i);
        }
        break;
      }
      case CharClass.Punct: {
        i += cpLength(cp);
        kind = 'punct';
        tokenText = i - start === 1 ? text[start] : text.slice(start, i);
        break;
      }
      case CharClass.Atom: {
        i += 1;
        kind = 'atom';
        tokenText = text[start];
        break;
      }
      default: {
        // Symbol or a stray joiner: keep emoji sequences in one token.
        i = scanSymbol(text, i + cpLength(cp), cp);
        steps += i - start;
        kind = 'symbol';
        tokenText = text.slice(start, i);
      }
    }
    tokens.push(
      base === undefined
        ? { kind, text: tokenText, start, end: i, sourceStart: map.toSource(start), sourceEnd: map.toSourceEnd(i) }
        : { kind, text: tokenText, start, end: i, sourceStart: base + start, sourceEnd: base + i },
    );
  }
  if (meter) meter.steps += steps;
  return tokens;
}

/** Character classes of the ASCII range, read with one table look-up in the tokenizer's loop. */
const ASCII_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x80);
  for (let cp = 0; cp < 0x80; cp++) table[cp] = charClass(cp);
  return table;
})();

/** Separators that may sit inside a number, between digits: , . : / - */
function isNumberSeparator(cp: number): boolean {
  return cp === 0x2c || cp === 0x2e || cp === 0x3a || cp === 0x2f || cp === 0x2d;
}

/** Scans a word from `j` (just after a word character); returns its end. */
function scanWord(text: string, j: number): number {
  const n = text.length;
  while (j < n) {
    const unit = text.charCodeAt(j);
    if (unit < 0x80) {
      // ASCII: letters and digits continue the word; ' and - only before a letter (or digit).
      const c = ASCII_CLASS[unit];
      if (c === CharClass.Letter || c === CharClass.Digit) {
        j++;
        continue;
      }
      if (unit !== 0x27 && unit !== 0x2d) break;
    }
    const cp = unit < 0xd800 ? unit : codePointAt(text, j);
    const c = charClass(cp);
    if (c === CharClass.Letter || c === CharClass.Mark || c === CharClass.Digit) {
      j += cpLength(cp);
      continue;
    }
    // Connectors stay inside the word only when a word character follows.
    const nc = charClass(codePointAt(text, j + 1)); // all connectors are one unit long
    if (WORD_APOSTROPHES.has(cp) && nc === CharClass.Letter) {
      j += 1;
      continue;
    }
    if (WORD_HYPHENS.has(cp) && (nc === CharClass.Letter || nc === CharClass.Digit)) {
      j += 1;
      continue;
    }
    if (c === CharClass.Joiner && (nc === CharClass.Letter || nc === CharClass.Mark || nc === CharClass.Digit)) {
      j += 1;
      continue;
    }
    break;
  }
  return j;
}

/** Slots of the word intern table (a power of two); it is emptied when half full. */
const INTERN_SLOTS = 1 << 15;
/**
 * Longer words are sliced, not interned. Besides being repeated less, a
 * slice of 13 units or more is a view into the whole text in V8 (a
 * "sliced string"), and keeping one in a process-wide table would keep an
 * old document's text alive.
 */
const INTERN_MAX_LENGTH = 12;
const internTable: Array<string | undefined> = new Array<string | undefined>(INTERN_SLOTS).fill(undefined);
let internCount = 0;

/**
 * `text.slice(start, end)`, but the same string object for the same word
 * every time. A document repeats its words (the 100 commonest make half of
 * English prose), so most tokens then cost no string allocation, the
 * document holds one copy of each word, and the rules' Map and Set look-ups
 * by word text hit a string whose hash V8 has already computed. The table
 * is process-wide and bounded: when half full it is emptied, which only
 * costs the next few words a fresh slice.
 */
export function internWord(text: string, start: number, end: number): string {
  const len = end - start;
  if (len > INTERN_MAX_LENGTH) return text.slice(start, end);
  let h = 0x811c9dc5;
  let ascii = true;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x80) ascii = false;
    h = Math.imul(h ^ c, 0x01000193);
  }
  let slot = (h >>> 0) & (INTERN_SLOTS - 1);
  for (;;) {
    const s = internTable[slot];
    if (s === undefined) break;
    if (s.length === len) {
      let k = 0;
      while (k < len && s.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === len) return s;
    }
    slot = (slot + 1) & (INTERN_SLOTS - 1);
  }
  const word = ascii ? oneByteCopy(text, start, end) : text.slice(start, end);
  if (internCount >= INTERN_SLOTS >>> 1) {
    internTable.fill(undefined);
    internCount = 0;
    slot = (h >>> 0) & (INTERN_SLOTS - 1);
  }
  internTable[slot] = word;
  internCount++;
  return word;
}

/** Scratch of {@link oneByteCopy}. */
const asciiScratch = new Uint16Array(INTERN_MAX_LENGTH);

/**
 * A copy of an ASCII slice of `text` as a one-byte string. A slice of a
 * text with one character beyond Latin-1 (a curly quote) is a two-byte
 * string in V8 even when it is plain ASCII, and two-byte strings take slow
 * paths in `toLowerCase`, regular expressions and comparisons with string
 * literals; `String.fromCharCode` makes a one-byte string of ASCII codes.
 */
function oneByteCopy(text: string, start: number, end: number): string {
  const len = end - start;
  for (let k = 0; k < len; k++) asciiScratch[k] = text.charCodeAt(start + k);
  return String.fromCharCode.apply(null, asciiScratch.subarray(0, len) as unknown as number[]);
}

/** Extends a symbol token over what renders as part of the same glyph. */
function scanSymbol(text: string, j: number, first: number): number {
  const n = text.length;
  let prev = first;
  while (j < n) {
    const cp = codePointAt(text, j);
    const c = charClass(cp);
    if (c === CharClass.Mark || (cp >= EMOJI_MODIFIER_FIRST && cp <= EMOJI_MODIFIER_LAST)) {
      j += cpLength(cp);
    } else if (prev >= REGIONAL_FIRST && prev <= REGIONAL_LAST && cp >= REGIONAL_FIRST && cp <= REGIONAL_LAST) {
      j += cpLength(cp);
      prev = -1; // a flag is exactly two indicators
      continue;
    } else if (cp === ZWJ && j + 1 < n && charClass(codePointAt(text, j + 1)) === CharClass.Symbol) {
      const joined = codePointAt(text, j + 1);
      j += 1 + cpLength(joined);
      prev = joined;
      continue;
    } else {
      break;
    }
    prev = cp;
  }
  return j;
}

/** Index of the first non-space token after `i`, or -1. */
export function nextNonSpace(tokens: readonly Token[], i: number): number {
  for (let k = i + 1; k < tokens.length; k++) if (tokens[k].kind !== 'space') return k;
  return -1;
}

/** Index of the last non-space token before `i`, or -1. */
export function prevNonSpace(tokens: readonly Token[], i: number): number {
  for (let k = i - 1; k >= 0; k--) if (tokens[k].kind !== 'space') return k;
  return -1;
}

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
/** Separators that may sit inside a number, between digits. */
const NUMBER_SEPARATORS = new Set([0x2c, 0x2e, 0x3a, 0x2f, 0x2d]);
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
 */
export function tokenize(block: ProseBlock, meter?: WorkMeter): Token[] {
  const text = block.text;
  const n = text.length;
  const tokens: Token[] = [];
  let steps = 0;
  let i = 0;

  // A plain-text block maps offsets by adding a constant (see OffsetMap.identityBase):
  // no map calls per token then. Both pushers make objects of the same shape.
  const base = block.map.identityBase;
  const push =
    base === undefined
      ? (kind: TokenKind, start: number, end: number): void => {
          tokens.push({
            kind,
            text: text.slice(start, end),
            start,
            end,
            sourceStart: block.map.toSource(start),
            sourceEnd: block.map.toSourceEnd(end),
          });
        }
      : (kind: TokenKind, start: number, end: number): void => {
          tokens.push({ kind, text: text.slice(start, end), start, end, sourceStart: base + start, sourceEnd: base + end });
        };

  /** Scans a word from `j` (a word character); returns its end. */
  const scanWord = (j: number): number => {
    while (j < n) {
      steps++;
      const cp = codePointAt(text, j);
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
  };

  while (i < n) {
    steps++;
    const start = i;
    const cp = codePointAt(text, i);
    const c = charClass(cp);
    switch (c) {
      case CharClass.Space: {
        i += 1;
        while (i < n && charClass(text.charCodeAt(i)) === CharClass.Space) {
          steps++;
          i++; // every whitespace character is in the BMP
        }
        push('space', start, i);
        break;
      }
      case CharClass.Letter:
      case CharClass.Mark: {
        i = scanWord(i + cpLength(cp));
        push('word', start, i);
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
          } else if (NUMBER_SEPARATORS.has(d) && charClass(codePointAt(text, i + 1)) === CharClass.Digit) {
            separated = true;
            i += 1;
          } else {
            break;
          }
        }
        // "1990s", "2nd": a plain digit run glued to letters reads as one word.
        const after = codePointAt(text, i);
        if (!separated && after >= 0 && charClass(after) === CharClass.Letter) {
          i = scanWord(i);
          push('word', start, i);
        } else {
          push('number', start, i);
        }
        break;
      }
      case CharClass.Punct: {
        i += cpLength(cp);
        push('punct', start, i);
        break;
      }
      case CharClass.Atom: {
        i += 1;
        push('atom', start, i);
        break;
      }
      default: {
        // Symbol or a stray joiner: keep emoji sequences in one token.
        i = scanSymbol(text, i + cpLength(cp), cp);
        steps += i - start;
        push('symbol', start, i);
      }
    }
  }
  if (meter) meter.steps += steps;
  return tokens;
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

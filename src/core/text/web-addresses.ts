/**
 * Web addresses inside prose: URLs ("https://example.org/a/b",
 * "www.example.com", "example.gov/report"), e-mail addresses
 * ("desk@example.org"), social handles ("@newsdesk") and hashtags
 * ("#CdnPoli"). They are not prose: their letters are not words to check,
 * their dots do not end sentences, and their CamelCase is not words run
 * together. News copy pasted from the web is full of them.
 *
 * The tokenizer knows nothing of them (it stays one fast forward pass);
 * {@link mergeWebAddresses} runs after it and turns the tokens that make up
 * each address into one `atom` token carrying the address's text, the way a
 * Markdown autolink is one atom. A block with none of the characters an
 * address needs (`@`, `#`, `://`, `www.`, a known top-level domain after a
 * dot) is returned untouched after one cheap test.
 */
import type { Token } from '../types.js';

/** Top-level domains common enough in news copy to recognise a bare "name.tld". Kept to ones that are not also short English words. */
const BARE_DOMAINS = ['com', 'org', 'net', 'gov', 'edu', 'mil', 'int', 'ca', 'uk', 'au', 'nz', 'ie', 'io', 'info', 'biz'];

/** A cheap test: can this text hold an address at all? */
const MAY_HOLD_ADDRESS = new RegExp(`[@#]|://|www\\.|\\.(?:${BARE_DOMAINS.join('|')})\\b`, 'i');

/**
 * One alternative per kind of address, tried left to right. Each address runs
 * to the next white space; punctuation that ends the sentence around it is
 * trimmed afterwards (see {@link trimEnd}).
 * - scheme URLs: `https://…`, `ftp://…`, `mailto:…`
 * - `www.` addresses
 * - e-mail: local part, `@`, dotted domain
 * - bare domains: dotted lower-case labels ending in a known top-level domain, optionally a path
 * - handles and hashtags: `@` or `#` at the start of a word, then a letter or digit, then word characters
 */
const ADDRESS = new RegExp(
  [
    String.raw`\b(?:https?|ftp)://[^\s<>"“”‘’]+`,
    String.raw`\bmailto:[^\s<>"“”‘’]+`,
    String.raw`\bwww\.[^\s<>"“”‘’]+`,
    String.raw`\b[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    String.raw`\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:${BARE_DOMAINS.join('|')})\b(?:/[^\s<>"“”‘’]*)?`,
    String.raw`(?<![\p{L}\p{N}_])[@#][\p{L}\p{N}_]*[\p{L}][\p{L}\p{N}_]*`,
  ].join('|'),
  'gu',
);

/** Punctuation that closes the sentence or clause around an address rather than belonging to it. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '’', '”', ')', ']', '}', '>']);

/**
 * The end of an address after trailing sentence punctuation is removed; a
 * closing parenthesis stays when the address opened one
 * ("https://en.wikipedia.org/wiki/Pluto_(planet)").
 */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && TRAILING.has(text[end - 1])) {
    if (text[end - 1] === ')' && count(text, start, end, '(') >= count(text, start, end, ')')) break;
    end--;
  }
  return end;
}

function count(text: string, start: number, end: number, ch: string): number {
  let n = 0;
  for (let i = start; i < end; i++) if (text[i] === ch) n++;
  return n;
}

/** The `[start, end)` ranges of the web addresses in `text`, in order. */
export function findWebAddresses(text: string): Array<[number, number]> {
  if (!MAY_HOLD_ADDRESS.test(text)) return [];
  const out: Array<[number, number]> = [];
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m !== null; m = ADDRESS.exec(text)) {
    const end = trimEnd(text, m.index, m.index + m[0].length);
    // A lone "#" or "@" trimmed to nothing, or "e.g." style dots, are not addresses.
    if (end - m.index >= 2) out.push([m.index, end]);
  }
  return out;
}

/**
 * `tokens` (of `text`, tiling it) with every web address made one `atom`
 * token whose text is the address. A token the address only partly covers
 * ("@desk’s": the handle and a possessive) is taken in whole, so tokens
 * still tile the text. Returns `tokens` itself when there is no address.
 */
export function mergeWebAddresses(text: string, tokens: Token[]): Token[] {
  const ranges = findWebAddresses(text);
  if (ranges.length === 0) return tokens;
  const out: Token[] = [];
  let r = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (r < ranges.length && ranges[r][1] <= t.start) r++;
    if (r === ranges.length || t.end <= ranges[r][0]) {
      out.push(t);
      continue;
    }
    // `t` is the first token touching range r: take every token up to the range's end.
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].start < ranges[r][1]) j++;
    const last = tokens[j];
    out.push({ kind: 'atom', text: text.slice(t.start, last.end), start: t.start, end: last.end, sourceStart: t.sourceStart, sourceEnd: last.sourceEnd });
    i = j;
    r++;
  }
  return out;
}

/**
 * Letters left over in running text: what OCR makes of a word it read only
 * in part ("t" for the, "nd" for and, "w" for was, "ty" for time) or of a
 * speck beside a line ("r", "k"). Most such tokens are in the dictionary
 * (every letter is, and so are "nd", "ty", "ye" as abbreviations, names or
 * archaic words), so no spelling check sees them; but edited prose does
 * not leave a lower-case letter or two standing between its words.
 *
 * Only in a document that shows damage (./ocr-analysis.ts): elsewhere a
 * writer's "plan b" or "x" is theirs. A token is reported when it is
 * - one lower-case letter other than "a"; three or four lower-case letters
 *   the lexicon knows only as a name or an acronym ("ines", "irs"); or two
 *   lower-case letters that are no English word of running text (not known
 *   in lower case, or rarer than SHORT_DEBRIS.maxZipf, and not in
 *   SHORT_DEBRIS.words: "ox", "ad", and the abbreviations prose writes in
 *   lower case, "vs", "sq km");
 * - between two words of running text, with plain spaces around it, or a
 *   comma, colon or semicolon glued after it (never a full stop: "p." and
 *   "ed." are abbreviations, and never inside brackets: "(b)" is a label);
 * - not beside a figure ("5 m", "12 ft"), not a name particle beside a
 *   capitalised word ("da Silva", "le Pen", "Cour de"), and not half of a
 *   word broken at a line end (./broken-word.ts joins those); and two
 *   letters that make a pair the counted text knows with a neighbour
 *   ("de facto", "en route", "et al"; ../context) or that stand beside
 *   another short word English lacks ("de los", "et la") are a phrase, as
 *   letters one word from another letter are letters named ("a to z").
 *
 * Reported through `ocr/garbled` with no suggestion (what it belonged to is
 * unknown) and a low confidence (SHORT_DEBRIS.confidence): look at the line.
 */
import type { ContextData } from '../context/context-data.js';
import { placeBlockSpans, type Document } from '../document.js';
import { Flag } from '../lexicon/format.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { AnalyzedBlock, Token } from '../types.js';
import { hyphenationHalves } from './broken-word.js';
import { SHORT_DEBRIS } from './garbled-word-data.js';

/** Letters left over in running text. Offsets are document offsets. */
export interface ShortDebris {
  start: number;
  end: number;
  /** As written ("nd"). */
  word: string;
  confidence: number;
}

/** Lower-case letters only (the lengths are checked apart: SHORT_DEBRIS.maxNameLetters, three for a foreign word). */
const LOWER = /^[a-z]+$/;
/** Marks that may be glued after debris: OCR reads specks as them. */
const GLUED = /^[,;:]$/;
const CLOSING = /^[,.;:!?"”’']+$/;
const SAME_LINE_OR_WRAP = /^[ \t\u00a0]*(\r?\n)?[ \t\u00a0]*$/;

/** The short debris of a document (see the module comment), in document order; memoised per block. */
export function findShortDebris(doc: Document, lex: Lexicon, data: ContextData): ShortDebris[] {
  return placeBlockSpans(doc, 'ocr/short-debris', (block) => blockDebris(block, lex, data));
}

function blockDebris(block: AnalyzedBlock, lex: Lexicon, data: ContextData): ShortDebris[] {
  const out: ShortDebris[] = [];
  const tokens = block.tokens;
  let halves: ReadonlySet<number> | undefined;
  for (let i = 2; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.text.length > SHORT_DEBRIS.maxNameLetters || !LOWER.test(t.text) || !isDebrisWord(lex, t.text)) continue;
    if (!plainGap(tokens[i - 1]) || !textBefore(tokens[i - 2])) continue;
    let after = i + 1;
    if (tokens[after].kind === 'punct' && GLUED.test(tokens[after].text)) after++;
    if (!plainGap(tokens[after]) || tokens[after + 1]?.kind !== 'word') continue;
    // A name particle beside a name ("da Silva", "Cour de Cassation"): a known pair of letters next to a capital.
    if (after === i + 1 && isCapitalised(tokens[after + 1].text)) continue;
    if (t.text.length >= 2 && tokens[i - 2].kind === 'word' && isCapitalised(tokens[i - 2].text) && lex.has(t.text)) continue;
    // Letters named as letters ("from a to z", "x and y"): another lone letter one word away.
    if (t.text.length === 1 && (isLetter(tokens[i - 4]) || isLetter(tokens[i + 4]))) continue;
    // Among other short words English lacks ("de los", "la corruption et la"): a foreign phrase.
    if (t.text.length >= 2 && (isForeignShort(lex, tokens[i - 2]) || (after === i + 1 && isForeignShort(lex, tokens[after + 1])))) continue;
    // A pair English uses ("de facto", "en route", "ex officio", "et al"): a phrase, not debris.
    if (t.text.length >= 2 && (data.pairCount(t.text, tokens[after + 1].text) >= SHORT_DEBRIS.minPair || (tokens[i - 2].kind === 'word' && data.pairCount(tokens[i - 2].text, t.text) >= SHORT_DEBRIS.minPair))) continue;
    halves ??= hyphenationHalves(block, lex);
    if (halves.has(i)) continue;
    out.push({ start: t.sourceStart, end: tokens[after - 1].sourceEnd, word: block.text.slice(t.start, tokens[after - 1].end), confidence: SHORT_DEBRIS.confidence });
  }
  return out;
}

/** Whether a lower-case token of one to four letters is no word of running text (see the module comment). */
function isDebrisWord(lex: Lexicon, text: string): boolean {
  if (text.length === 1) return text !== 'a';
  if (SHORT_DEBRIS.words.has(text)) return false;
  const id = lex.lookup(text);
  // Three or four letters: only a name's or an acronym's letters in lower case ("ines", "eli", "irs");
  // an unknown token of that length is the garbled-word rule's, a rare word ("ewe", "awl") is a word.
  if (text.length > 2) return id >= 0 && (lex.flags[id] & Flag.LOWER) === 0;
  if (id < 0) return true;
  return (lex.flags[id] & Flag.LOWER) === 0 || lex.zipfOf(id) < SHORT_DEBRIS.maxZipf;
}

/** Whether a token is a short lower-case word (three letters at most) that is no frequent English word: a foreign function word beside the debris. */
function isForeignShort(lex: Lexicon, t: Token): boolean {
  return t.kind === 'word' && t.text.length <= 3 && LOWER.test(t.text) && lex.frequency(t.text) < SHORT_DEBRIS.maxZipf;
}

/** Whether a token is a word of one letter. */
function isLetter(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text.length === 1 && t.text !== 'I';
}

/** A space token of running text: spaces, and at most one line break. */
function plainGap(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'space' && SAME_LINE_OR_WRAP.test(t.text);
}

/**
 * Whether the token before the debris's space is running text: a word (a
 * figure is not: "5 m"), or a mark closing the word before it (", t black";
 * an opening bracket is not: "( b )").
 */
function textBefore(t: Token | undefined): boolean {
  if (t === undefined) return false;
  return t.kind === 'word' || (t.kind === 'punct' && CLOSING.test(t.text));
}

function isCapitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

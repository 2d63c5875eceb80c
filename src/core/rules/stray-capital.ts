/**
 * Function words given a capital in mid-sentence: OCR reads a small letter
 * as its capital ("the law Which they passed", "and it Was decided") where
 * the two shapes differ only in size (c o s v w x z) or a speck turns one
 * into the other. Every letter is right, so no spelling check sees it.
 *
 * Only in a document that shows damage (./ocr-analysis.ts): in clean text a
 * full stop left out before a heading or a caption explains such a capital
 * as well. A word is reported when:
 * - it is an English function word (STRAY_CAPITAL.functionWords: "which",
 *   "with", "was"), never a noun, which older writing capitalised freely,
 *   and the lexicon knows it in lower case only (not "Will" or "May",
 *   which are names too);
 * - it is written with a capital, then lower case, between two lower-case
 *   words with plain spaces around, on one line or first or last on a line
 *   of prose wrapped at a fixed width (a scanned column; verse capitalises every
 *   line, so the block's lines must mostly go on in lower case);
 * - the word before and it run on in the counted text ("law which"; a pair
 *   never seen is more likely a lost full stop), unless the word before is
 *   no word at all (misread itself: its pairs are unknown);
 * - it is not one of the words sentences most often start with (a lost
 *   full stop explains "The" better) or a pronoun some texts capitalise for
 *   the deity ("in His name").
 * Title case ("Gone With the Wind") and anything after a mark ("said:
 * Which one?") never qualify. The fix is the word in lower case, through
 * `ocr/garbled`, unsure (STRAY_CAPITAL.confidence): a writer may mean the
 * capital.
 */
import { placeBlockSpans, type Document } from '../document.js';
import { Flag } from '../lexicon/format.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { AnalyzedBlock, Token } from '../types.js';
import type { ContextData } from '../context/context-data.js';
import { STRAY_CAPITAL } from './garbled-word-data.js';

/** A common word capitalised in mid-sentence. Offsets are document offsets. */
export interface StrayCapital {
  start: number;
  end: number;
  /** As written ("Which"). */
  word: string;
  /** The word in lower case ("which"). */
  suggestion: string;
  confidence: number;
}

const TITLE_WORD = /^[A-Z][a-z]+$/;
const LOWER_WORD = /^[a-z]+$/;
const SAME_LINE_SPACE = /^[ \t\u00a0]+$/;
const LINE_BREAK = /^[ \t\u00a0]*\r?\n[ \t\u00a0]*$/;

/** The stray capitals of a document, in document order (memoised per block). */
export function findStrayCapitals(doc: Document, lex: Lexicon, data: ContextData): StrayCapital[] {
  return placeBlockSpans(doc, 'ocr/stray-capital', (b) => blockStrayCapitals(b, lex, data));
}

function blockStrayCapitals(block: AnalyzedBlock, lex: Lexicon, data: ContextData): StrayCapital[] {
  const out: StrayCapital[] = [];
  const tokens = block.tokens;
  let wrapped: boolean | undefined;
  for (let i = 2; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    // A capital first (one comparison) before the pattern: most words are lower case.
    const first = t.text.charCodeAt(0);
    if (t.kind !== 'word' || first < 65 || first > 90 || !TITLE_WORD.test(t.text)) continue;
    if (!lowerWordAt(tokens, i - 2) || !lowerWordAt(tokens, i + 2)) continue;
    // On one line, or first or last on a line of prose wrapped at a fixed width.
    if (!sameLineGap(tokens[i + 1]) && !(lineBreak(tokens[i + 1]) && sameLineGap(tokens[i - 1]) && (wrapped ??= hardWrappedProse(tokens)))) continue;
    if (!sameLineGap(tokens[i - 1]) && !(lineBreak(tokens[i - 1]) && (wrapped ??= hardWrappedProse(tokens)))) continue;
    const lower = t.text.toLowerCase();
    if (!STRAY_CAPITAL.functionWords.has(lower) || STRAY_CAPITAL.sentenceWords.has(lower)) continue;
    const id = lex.lookup(lower);
    if (id < 0 || lex.zipfOf(id) < STRAY_CAPITAL.minZipf) continue;
    // Known in lower case only: a word that is also a name or an acronym may well be one here.
    if ((lex.flags[id] & (Flag.LOWER | Flag.TITLE | Flag.UPPER | Flag.MIXED)) !== Flag.LOWER) continue;
    // The words run on in English ("law which"), so no sentence ends between them; a word before that is
    // itself misread ("mvestigation Which") says nothing either way, and the lower case after decides.
    if (data.pairCount(tokens[i - 2].text, lower) < STRAY_CAPITAL.minPair && lex.has(tokens[i - 2].text)) continue;
    out.push({ start: t.sourceStart, end: t.sourceEnd, word: t.text, suggestion: lower, confidence: STRAY_CAPITAL.confidence });
  }
  return out;
}

function lowerWordAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.kind === 'word' && LOWER_WORD.test(t.text);
}

function sameLineGap(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'space' && SAME_LINE_SPACE.test(t.text);
}

/** A space token holding exactly one line break (a wrapped line, not a new paragraph). */
function lineBreak(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'space' && LINE_BREAK.test(t.text);
}

/**
 * Whether a block is prose wrapped at a fixed width (a scanned column, a
 * hard-wrapped e-mail): of its lines that go on from a lower-case word, at
 * least WRAPPED_LOWER_SHARE start with a lower-case word too. Verse and
 * lists capitalise every line; in wrapped prose a capital at a line start
 * means what it means anywhere else.
 */
function hardWrappedProse(tokens: readonly Token[]): boolean {
  let lower = 0;
  let breaks = 0;
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (!lineBreak(tokens[i]) || !lowerWordAt(tokens, i - 1)) continue;
    const next = tokens[i + 1];
    if (next.kind !== 'word') continue;
    breaks++;
    if (LOWER_WORD.test(next.text)) lower++;
  }
  return breaks >= STRAY_CAPITAL.wrappedMinLines && lower >= STRAY_CAPITAL.wrappedLowerShare * breaks;
}

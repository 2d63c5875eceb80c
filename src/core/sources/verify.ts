/**
 * Verifying a document's quotations against the sources: which claims are
 * checked, their words as the reader sees them, and the results, computed
 * once per document and index and shared by the engine (which puts the
 * verification on the claims) and the two rules that report from it.
 */
import type { Document } from '../document.js';
import { perDocument } from '../engine/document-memo.js';
import type { Quotation } from '../rules/quote-spans.js';
import { quotationsWithClaims } from '../rules/quote-spans.js';
import type { AnalyzedBlock, Claim, ClaimKind } from '../types.js';
import { matchQuote, type QuoteMatch } from './match.js';
import { parseQuote, writtenWordCount } from './quote-text.js';
import type { SourceIndex } from './source-index.js';
import { MIN_PARTIAL_WORDS, MIN_QUOTE_WORDS } from './sources-data.js';
import { partitionPoint } from '../util/partition-point.js';

/** A checked claim and what matching found. */
export interface ClaimVerification {
  claim: Claim;
  match: QuoteMatch;
}

/**
 * Fewest words for each kind of claim that is checked (see ./sources-data.ts
 * for why). Titles and scare quotes are not speech and are never checked;
 * indirect speech has no exact words to check.
 */
const CHECKED_KINDS: Partial<Record<ClaimKind, number>> = {
  quote: MIN_QUOTE_WORDS,
  'nested-quote': MIN_QUOTE_WORDS,
  partial: MIN_PARTIAL_WORDS,
};

/**
 * The verification of every checked quotation of `doc`, by claim id.
 * Memoised per document object and index.
 */
export function verifyQuotations(doc: Document, index: SourceIndex): ReadonlyMap<string, ClaimVerification> {
  const byIndex = perDocument(doc, 'sources/verify', () => new WeakMap<SourceIndex, Map<string, ClaimVerification>>());
  let result = byIndex.get(index);
  if (!result) {
    result = computeVerifications(doc, index);
    byIndex.set(index, result);
  }
  return result;
}

function computeVerifications(doc: Document, index: SourceIndex): Map<string, ClaimVerification> {
  const out = new Map<string, ClaimVerification>();
  const { quotes, claims } = quotationsWithClaims(doc);
  const prose = proseLocator(doc);
  // Claims are made one per quotation, in the same order (`q1` is quotes[0]).
  claims.forEach((claim, k) => {
    const minimum = CHECKED_KINDS[claim.kind];
    const quote = quotes[k];
    if (minimum === undefined || !quote) return;
    const fragments = parseQuote(prose(quote));
    if (writtenWordCount(fragments) < minimum) return;
    out.set(claim.id, { claim, match: matchQuote(index, fragments) });
  });
  return out;
}

/** A block placed in the document. */
interface Placed {
  block: AnalyzedBlock;
  /** Document offsets of the block's source. */
  start: number;
  end: number;
  base: number;
}

/**
 * Returns a function giving a quotation's prose as the reader sees it
 * (Markdown syntax removed), its blocks joined by line breaks: the tokens
 * that lie between its marks. Each call is a binary search plus the
 * quotation's own tokens.
 */
function proseLocator(doc: Document): (q: Quotation) => string {
  const placed: Placed[] = [];
  for (const chunk of doc.chunks) {
    for (const block of chunk.blocks) placed.push({ block, start: chunk.base + block.start, end: chunk.base + block.end, base: chunk.base });
  }
  return (q) => {
    const parts: string[] = [];
    for (let b = firstBlockEndingAfter(placed, q.innerStart); b < placed.length && placed[b].start < q.innerEnd; b++) {
      const { block, base } = placed[b];
      const tokens = block.tokens;
      let t = firstTokenFrom(tokens, q.innerStart - base);
      let text = '';
      for (; t < tokens.length && base + tokens[t].sourceEnd <= q.innerEnd; t++) text += tokens[t].text;
      if (text !== '') parts.push(text);
    }
    return parts.join('\n');
  };
}

function firstBlockEndingAfter(placed: readonly Placed[], offset: number): number {
  return partitionPoint(placed.length, (i) => placed[i].end <= offset);
}

/** The first token starting at or after chunk offset `offset`. */
function firstTokenFrom(tokens: AnalyzedBlock['tokens'], offset: number): number {
  return partitionPoint(tokens.length, (i) => tokens[i].sourceStart < offset);
}

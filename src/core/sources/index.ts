/**
 * Checking quotes against the writer's sources: build a {@link SourceIndex}
 * once from the source documents, pass it as `CheckOptions.sources`, and the
 * claims come back with `verification`; `quote/misquoted` and
 * `quote/not-in-sources` report from the same results.
 */
export { buildSourceIndex, SourceIndex, type IndexedSource, type SourceDocument } from './source-index.js';
export { matchQuote, type Hunk, type QuoteMatch } from './match.js';
export { parseQuote, unitCount, type QuoteFragments, type QuoteUnit } from './quote-text.js';
export { verifyQuotations, type ClaimVerification } from './verify.js';
export { misquoteMessage, notInSourcesMessage } from './messages.js';

import { matchQuote, type QuoteMatch } from './match.js';
import { parseQuote } from './quote-text.js';
import type { SourceIndex } from './source-index.js';

/** Matches a quote given as text (what the quotation marks enclose) against the index. */
export function matchQuoteText(index: SourceIndex, quote: string): QuoteMatch {
  return matchQuote(index, parseQuote(quote));
}

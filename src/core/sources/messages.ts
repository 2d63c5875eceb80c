/**
 * The words findings about sources use, kept apart from the rules so the
 * CLI, the editor and the tests read the same text.
 */
import type { QuoteMatch } from './match.js';
import type { SourceIndex } from './source-index.js';

/** Longest stretch of words a message quotes before cutting it with "…". */
const MESSAGE_WORDS = 12;

/** `Quote differs from sources/press.md:12: "at its disposal" → source has "in its possession"`. */
export function misquoteMessage(index: SourceIndex, match: QuoteMatch): string {
  const location = match.verification.location;
  const hunk = match.hunks[0];
  if (!location || match.source === undefined || !hunk) return 'Quote differs from the sources';
  const line = index.position(match.source, hunk.sourceOffset).line + 1;
  let change: string;
  if (hunk.quote === '') change = `leaves out “${clip(hunk.source)}”`;
  else if (hunk.source === '') change = `adds “${clip(hunk.quote)}”`;
  else change = `“${clip(hunk.quote)}” → source has “${clip(hunk.source)}”`;
  const more = match.hunks.length - 1;
  const rest = more > 0 ? ` (and ${more} more difference${more === 1 ? '' : 's'})` : '';
  return `Quote differs from ${location.source}:${line}: ${change}${rest}`;
}

/** The message for a quote none of the sources has. */
export function notInSourcesMessage(sourceCount: number): string {
  return sourceCount === 1 ? 'Quote not found in the source' : `Quote not found in any of the ${sourceCount} sources`;
}

function clip(text: string): string {
  const words = text.split(' ');
  return words.length <= MESSAGE_WORDS ? text : `${words.slice(0, MESSAGE_WORDS).join(' ')} …`;
}

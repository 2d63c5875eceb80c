/**
 * What an editor colours: the spans of quotations and of the names of the
 * people they are attributed to, flattened so that no two spans overlap
 * (semantic tokens may not overlap, and a reader sees one colour per letter).
 */
import { NOT_SPEECH_KINDS } from '../claims/labels.js';
import type { Claim } from '../types.js';

/** The two things Attest colours. */
export type HighlightType = 'quotation' | 'speaker';

/**
 * Extra facts a theme may colour differently: a speech quotation with no
 * identifiable source, and quotation marks that are not speech (titles,
 * scare quotes).
 */
export type HighlightModifier = 'unattributed' | 'notSpeech';

/** One coloured span, in document offsets. */
export interface Highlight {
  start: number;
  end: number;
  type: HighlightType;
  modifiers: HighlightModifier[];
}


/**
 * The highlights of a document's claims, sorted and non-overlapping.
 *
 * - A quotation is one span from its opening to its closing mark; a quote
 *   nested in another adds nothing (the outer span already covers it).
 *   Reported speech without quotation marks (`indirect`) is not coloured:
 *   colouring a writer's own sentence as a quotation would mislead.
 * - Every mention of a speaker (name, surname, pronoun…) is a speaker span.
 *   A mention never lies inside its own quote, but if some other quote
 *   covers it, the quote keeps those letters.
 */
export function claimHighlights(claims: readonly Claim[]): Highlight[] {
  const quotes = claims
    .filter((c) => c.kind !== 'indirect' && c.end > c.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const out: Highlight[] = [];
  let coveredTo = -1;
  for (const claim of quotes) {
    if (claim.end <= coveredTo) continue; // nested inside the previous quotation
    const start = Math.max(claim.start, coveredTo);
    out.push({ start, end: claim.end, type: 'quotation', modifiers: quoteModifiers(claim) });
    coveredTo = claim.end;
  }

  const seen = new Set<number>();
  const mentions: Highlight[] = [];
  for (const claim of claims) {
    for (const mention of claim.speaker?.mentions ?? []) {
      if (mention.end <= mention.start || seen.has(mention.start)) continue;
      seen.add(mention.start);
      mentions.push({ start: mention.start, end: mention.end, type: 'speaker', modifiers: [] });
    }
  }
  return mergeOutside(out, mentions);
}

function quoteModifiers(claim: Claim): HighlightModifier[] {
  if (NOT_SPEECH_KINDS.has(claim.kind)) return ['notSpeech'];
  return claim.speaker ? [] : ['unattributed'];
}

/** Adds `extra` spans that do not overlap any of `base` (both sorted by start), keeping the result sorted. */
function mergeOutside(base: Highlight[], extra: Highlight[]): Highlight[] {
  extra.sort((a, b) => a.start - b.start);
  const out: Highlight[] = [];
  let i = 0;
  let lastEnd = -1;
  for (const span of extra) {
    while (i < base.length && base[i].start < span.start) {
      out.push(base[i]);
      lastEnd = Math.max(lastEnd, base[i].end);
      i++;
    }
    const next = base[i];
    const overlapsPrevious = span.start < lastEnd;
    const overlapsNext = next !== undefined && next.start < span.end;
    if (!overlapsPrevious && !overlapsNext) {
      out.push(span);
      lastEnd = span.end;
    }
  }
  for (; i < base.length; i++) out.push(base[i]);
  return out;
}

/**
 * Offset maps from a block's prose text back to its source chunk.
 *
 * A map is a sorted list of segments `(proseStart, sourceStart, proseLength,
 * sourceLength)` that tile the prose text without gaps. A segment whose two
 * lengths are equal is an *identity run*: prose character `proseStart + k`
 * came from source offset `sourceStart + k`. Any other segment is *atomic*:
 * its prose characters (a decoded `&amp;`, an escape `\*`, the placeholder for
 * an inline code span…) came from the source range as a whole, so every prose
 * offset inside it maps to the start of that range and every end offset to its
 * end. That keeps a highlighted or replaced range from splitting a character
 * reference or an escape in half.
 *
 * Lookups use a binary search, with a one-entry cursor in front of it because
 * callers (the tokenizer) mostly walk the prose from left to right.
 */
import type { OffsetMap } from '../types.js';

/** Number of slots one segment takes in the packed segment array. */
const SLOTS = 4;

/**
 * Accumulates a block's prose text and its segments while an extractor walks
 * the source. Create with {@link createMapBuilder}, finish with
 * {@link finishMap}.
 */
export interface MapBuilder {
  /** Pieces of prose text, joined once at the end (cheaper than `+=`). */
  parts: string[];
  /** Length of the prose appended so far. */
  length: number;
  /** Packed segments, {@link SLOTS} numbers each. */
  segments: number[];
}

/** A fresh, empty builder. */
export function createMapBuilder(): MapBuilder {
  return { parts: [], length: 0, segments: [] };
}

/**
 * Appends `text` to the prose without mapping it; the caller must then cover
 * exactly these characters with {@link mapSegment} calls, in order.
 *
 * @returns the prose offset where `text` starts.
 */
export function appendText(builder: MapBuilder, text: string): number {
  const at = builder.length;
  if (text.length > 0) {
    builder.parts.push(text);
    builder.length += text.length;
  }
  return at;
}

/**
 * Records that prose `[proseStart, proseStart + proseLength)` came from source
 * `[sourceStart, sourceStart + sourceLength)`. Equal lengths mean a
 * character-for-character run; anything else is atomic (see the module
 * comment). Segments must be added in prose order, without gaps; touching
 * identity runs are merged so a plain paragraph costs a single segment.
 */
export function mapSegment(
  builder: MapBuilder,
  proseStart: number,
  proseLength: number,
  sourceStart: number,
  sourceLength: number,
): void {
  if (proseLength <= 0) return;
  const segs = builder.segments;
  const n = segs.length;
  if (n > 0 && proseLength === sourceLength) {
    const lastProseLength = segs[n - 2];
    const lastSourceLength = segs[n - 1];
    if (
      lastProseLength === lastSourceLength &&
      segs[n - 4] + lastProseLength === proseStart &&
      segs[n - 3] + lastSourceLength === sourceStart
    ) {
      segs[n - 2] = lastProseLength + proseLength;
      segs[n - 1] = lastSourceLength + sourceLength;
      return;
    }
  }
  segs.push(proseStart, sourceStart, proseLength, sourceLength);
}

/**
 * Convenience: append `text` and map it as one atomic unit onto
 * `[sourceStart, sourceEnd)` (placeholders, hard breaks).
 */
export function appendAtomic(builder: MapBuilder, text: string, sourceStart: number, sourceEnd: number): void {
  const at = appendText(builder, text);
  mapSegment(builder, at, text.length, sourceStart, sourceEnd - sourceStart);
}

/**
 * Freezes the builder into the block's text and map.
 *
 * @param emptyAt source offset an empty block maps every offset to.
 */
export function finishMap(builder: MapBuilder, emptyAt: number): { text: string; map: OffsetMap } {
  const text = builder.parts.length === 1 ? builder.parts[0] : builder.parts.join('');
  return { text, map: segmentMap(Int32Array.from(builder.segments), text.length, emptyAt) };
}

/**
 * The map of a prose text that is a verbatim slice of the source starting at
 * `sourceStart` (plain text, fallbacks).
 */
export function identityMap(sourceStart: number, length: number): OffsetMap {
  const segments = length > 0 ? Int32Array.of(0, sourceStart, length, length) : new Int32Array(0);
  return segmentMap(segments, length, sourceStart, length > 0 ? sourceStart : undefined);
}

/**
 * Builds the {@link OffsetMap} over packed segments that tile `[0, length)`.
 * Offsets outside `[0, length]` are clamped rather than rejected: a map is
 * read by rules written by other people, and a wrong-but-inside offset is a
 * better failure than an exception in the middle of a lint run.
 * `identityBase` is passed only by {@link identityMap} (see OffsetMap.identityBase).
 */
function segmentMap(segments: Int32Array, length: number, emptyAt: number, identityBase?: number): OffsetMap {
  const count = segments.length / SLOTS;
  // Index of the segment the previous lookup landed in: sequential callers hit
  // it, or the one after it, without a search.
  let cursor = 0;

  /** Index of the segment that contains prose character `i` (0 <= i < length). */
  function segmentOf(i: number): number {
    const at = cursor * SLOTS;
    if (i >= segments[at]) {
      if (i < segments[at] + segments[at + 2]) return cursor;
      const next = at + SLOTS;
      if (next < segments.length && i >= segments[next] && i < segments[next] + segments[next + 2]) {
        return (cursor = cursor + 1);
      }
    }
    let lo = 0;
    let hi = count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (segments[mid * SLOTS] <= i) lo = mid;
      else hi = mid - 1;
    }
    return (cursor = lo);
  }

  function toSourceEnd(proseOffsetEnd: number): number {
    if (length === 0) return emptyAt;
    const b = Math.min(Math.max(proseOffsetEnd, 0), length);
    if (b === 0) return toSource(0);
    const at = segmentOf(b - 1) * SLOTS;
    const proseLength = segments[at + 2];
    const sourceLength = segments[at + 3];
    if (proseLength === sourceLength) return segments[at + 1] + (b - segments[at]);
    return segments[at + 1] + sourceLength;
  }

  function toSource(proseOffset: number): number {
    if (length === 0) return emptyAt;
    const i = Math.max(proseOffset, 0);
    if (i >= length) return toSourceEnd(length);
    const at = segmentOf(i) * SLOTS;
    if (segments[at + 2] === segments[at + 3]) return segments[at + 1] + (i - segments[at]);
    return segments[at + 1];
  }

  // Same shape for every map (identityBase present, maybe undefined), so callers' property reads stay monomorphic.
  return { toSource, toSourceEnd, identityBase };
}

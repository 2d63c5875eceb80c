/**
 * A cheap, linear pre-check that keeps hostile Markdown away from micromark.
 *
 * micromark is correct but not linear on every input. Measured on this
 * project's dev machine (a loaded 2-core VM; a quiet laptop is several times
 * faster), each of these took seconds to minutes, for inputs of a few
 * kilobytes to a few hundred:
 *
 * - thousands of nested block quotes or list items (10,000 `>` on one line
 *   overflows the stack);
 * - long runs of `*` or `_` (`*` × 10,000, `a`, `*` × 10,000: ~15 s);
 * - thousands of emphasis openers waiting for closers (`*a ` × 3,000 … ` c*` × 3,000: ~25 s);
 * - thousands of nested brackets or unclosed link destinations (`[a](` × 100,000: ~4 min);
 * - very long paragraphs full of inline syntax (the cost grows about as
 *   length^1.5: a 140 KB paragraph took ~25 s).
 *
 * Chunks that cross any of the limits below are read as plain text instead.
 * Ordinary prose is orders of magnitude below every limit; the price of a
 * false alarm is one chunk whose Markdown syntax shows up in its prose.
 */
import { createBlockScanner, scanLine } from './block-scanner.js';
import { frontMatterEnd } from './block-syntax.js';
import { forEachLine } from './lines.js';

/** The limits; exported for tests and for the record. */
export const HOSTILE_LIMITS = {
  /** Block quotes and list items nested this deep. */
  containerDepth: 32,
  /** Characters in one paragraph, heading or table. */
  inlineLength: 32 * 1024,
  /** A run of `*` or `_` this long. */
  delimiterRun: 128,
  /** Emphasis delimiters that could open and have not been closed yet, in one paragraph. */
  openEmphasis: 256,
  /** `[` not closed by `]`, in one paragraph. */
  bracketDepth: 256,
  /** `](` not closed by `)`, in one paragraph. */
  openDestinations: 256,
} as const;

/** Running counts over the current paragraph (or heading or table). */
interface InlineCounts {
  length: number;
  openEmphasis: number;
  brackets: number;
  destinations: number;
}

/** True when `chunk` would make micromark slow (or overflow); see the module comment. */
export function looksHostile(chunk: string): boolean {
  const scanner = createBlockScanner();
  const counts: InlineCounts = { length: 0, openEmphasis: 0, brackets: 0, destinations: 0 };
  let leaf = scanner.leaf;
  let hostile = false;
  // Front matter is not Markdown: start after it.
  forEachLine(
    chunk,
    (line) => {
      const role = scanLine(scanner, chunk.slice(line.start, line.end));
      if (role !== 'inline' || scanner.leaf !== leaf) resetCounts(counts);
      leaf = scanner.leaf;
      hostile =
        scanner.maxDepth > HOSTILE_LIMITS.containerDepth ||
        (role === 'inline' && countInline(chunk, line.start, line.end, counts));
      return !hostile;
    },
    frontMatterEnd(chunk),
  );
  return hostile;
}

function resetCounts(counts: InlineCounts): void {
  counts.length = 0;
  counts.openEmphasis = 0;
  counts.brackets = 0;
  counts.destinations = 0;
}

/**
 * Adds the line `text[start, end)` to the running counts; true as soon as a
 * limit is crossed. Escapes are ignored: counting an escaped `[` only makes
 * the check stricter.
 */
function countInline(text: string, start: number, end: number, counts: InlineCounts): boolean {
  counts.length += end - start + 1;
  if (counts.length > HOSTILE_LIMITS.inlineLength) return true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2a || c === 0x5f) {
      let runEnd = i + 1;
      while (runEnd < end && text.charCodeAt(runEnd) === c) runEnd++;
      if (runEnd - i > HOSTILE_LIMITS.delimiterRun) return true;
      // Flanking, roughly: a run can open if a non-space follows, close if one precedes.
      const canOpen = runEnd < end && !isSpace(text.charCodeAt(runEnd));
      const canClose = i > start && !isSpace(text.charCodeAt(i - 1));
      if (canOpen && !canClose) {
        if (++counts.openEmphasis > HOSTILE_LIMITS.openEmphasis) return true;
      } else if (canClose && !canOpen && counts.openEmphasis > 0) {
        counts.openEmphasis--;
      }
      i = runEnd - 1;
    } else if (c === 0x5b) {
      if (++counts.brackets > HOSTILE_LIMITS.bracketDepth) return true;
    } else if (c === 0x5d) {
      if (counts.brackets > 0) counts.brackets--;
      if (text.charCodeAt(i + 1) === 0x28 && ++counts.destinations > HOSTILE_LIMITS.openDestinations) return true;
    } else if (c === 0x29) {
      if (counts.destinations > 0) counts.destinations--;
    }
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

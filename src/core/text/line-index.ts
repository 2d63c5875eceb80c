/**
 * Converts UTF-16 offsets to 1-based line and column numbers.
 *
 * Lines end at `\n`, `\r\n` or a lone `\r`, as in VS Code. Columns count
 * UTF-16 code units, as VS Code's positions do.
 */
import { partitionPoint } from '../util/partition-point.js';

export interface LineIndex {
  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number };
}

/** Builds the index in one pass; each look-up is a binary search. */
export function createLineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return {
    position(offset) {
      // The last line starting at or before offset (line 1 starts at 0).
      const line = Math.max(1, partitionPoint(starts.length, (i) => starts[i] <= offset));
      return { line, column: offset - starts[line - 1] + 1 };
    },
  };
}

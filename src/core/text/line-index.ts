/**
 * Converts UTF-16 offsets to 1-based line and column numbers.
 *
 * Lines end at `\n`, `\r\n` or a lone `\r`, as in VS Code. Columns count
 * UTF-16 code units, as VS Code's positions do.
 */
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
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: offset - starts[lo] + 1 };
    },
  };
}

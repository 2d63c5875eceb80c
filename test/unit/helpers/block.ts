/**
 * Test helpers: plain-text blocks and documents with an identity offset map.
 * A stand-in for the real prose pipeline (src/core/prose), kept small on
 * purpose so it can be swapped for it.
 */
import type { Document } from '../../../src/core/document.js';
import { analyzeBlock } from '../../../src/core/text/analyze.js';
import type { AnalyzedBlock, OffsetMap, ProseBlock } from '../../../src/core/types.js';

/** Prose offsets are source offsets. */
export const identityMap: OffsetMap = {
  toSource: (i) => i,
  toSourceEnd: (i) => i,
};

/** A paragraph block whose prose text is its source. */
export function plainBlock(text: string): ProseBlock {
  return { kind: 'paragraph', text, start: 0, end: text.length, map: identityMap };
}

/** A tokenized, sentence-split paragraph block. */
export function analyzed(text: string): AnalyzedBlock {
  return analyzeBlock(plainBlock(text));
}

/**
 * A plain-text document: paragraphs are separated by lines that are empty or
 * whitespace only; each paragraph is one chunk holding one block.
 */
export function plainDocument(text: string): Document {
  const chunks: Document['chunks'] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let paraStart = -1;
  let paraEnd = -1;
  let lineStart = 0;
  const flush = (): void => {
    if (paraStart < 0) return;
    const source = text.slice(paraStart, paraEnd);
    chunks.push({ base: paraStart, source, blocks: [analyzed(source)] });
    paraStart = -1;
  };
  for (;;) {
    const m = lineBreak.exec(text);
    const lineEnd = m ? m.index : text.length;
    if (text.slice(lineStart, lineEnd).trim() === '') {
      flush();
    } else {
      if (paraStart < 0) paraStart = lineStart;
      paraEnd = lineEnd;
    }
    if (!m) break;
    lineStart = m.index + m[0].length;
  }
  flush();
  return { text, format: 'plaintext', chunks };
}

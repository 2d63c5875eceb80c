/**
 * Turns a prose block into an analysed block: the unit the engine caches and
 * every rule reads.
 */
import type { AnalyzedBlock, OffsetMap, ProseBlock, Sentence, Token } from '../types.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';
import { mergeWebAddresses } from './web-addresses.js';

/**
 * An analysed block as the engine makes it: the plain fields of
 * {@link AnalyzedBlock}, plus a hidden slot where the rules keep what they
 * computed from the block (see `engine/block-memo.ts`). The slot is a
 * private field, so it is invisible to `Object.keys`, spreading, JSON and
 * deep equality; it saves a weak-map look-up per block and rule.
 */
export class AnalyzedBlockRecord implements AnalyzedBlock {
  #memo: unknown[] | undefined;

  constructor(
    public kind: string,
    public text: string,
    public start: number,
    public end: number,
    public map: OffsetMap,
    public tokens: Token[],
    public sentences: Sentence[],
  ) {}

  /** The rules' per-block memory (an array of slots, created on first use). */
  memo(): unknown[] {
    return (this.#memo ??= []);
  }
}

/** Tokenizes a block (web addresses as one atom each) and splits it into sentences. */
export function analyzeBlock(block: ProseBlock): AnalyzedBlock {
  const tokens = mergeWebAddresses(block.text, tokenize(block));
  const sentences = splitSentences(block, tokens);
  return new AnalyzedBlockRecord(block.kind, block.text, block.start, block.end, block.map, tokens, sentences);
}

/**
 * Turns a prose block into an analysed block: the unit the engine caches and
 * every rule reads.
 */
import type { AnalyzedBlock, ProseBlock } from '../types.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/** Tokenizes a block and splits it into sentences. */
export function analyzeBlock(block: ProseBlock): AnalyzedBlock {
  const tokens = tokenize(block);
  const sentences = splitSentences(block, tokens);
  return { ...block, tokens, sentences };
}

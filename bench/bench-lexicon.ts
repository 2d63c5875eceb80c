/** Just the lexicon loader, bundled alone so the benchmark can measure its memory in a fresh process. */
export { loadLexicon } from '../src/core/lexicon/lexicon.js';

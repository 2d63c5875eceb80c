/**
 * The lexicon and the suggestion engine: `loadLexicon(bytes)` /
 * `loadLexiconFile()`, `suggest(word, { channel })`, `createChannel()`.
 */
export { Lexicon, loadLexicon, type WordInfo } from './lexicon.js';
export { findLexiconFile, lexiconPaths, loadLexiconFile, LEXICON_ENV } from './load-node.js';
export { Channel, createChannel, type ChannelOptions, type EditOp } from './channel.js';
export { CONFUSIONS, GENERIC, type Confusion } from './confusions.js';
export { applyCase, casePattern, type CasePattern } from './case.js';
export { suggest, suggesterFor, Suggester, type Suggestion, type SuggestOptions, type SuggestStats } from './suggest.js';

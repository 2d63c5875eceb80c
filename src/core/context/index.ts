/**
 * Word-pair and name context for real-word errors: `loadContext(bytes)` /
 * `loadContextFile()`, then `count`, `pairCount`, `neighbours`, `nameDamage`.
 */
export { ContextData, loadContext, type NameDamage, type Neighbour, type NeighbourSet } from './context-data.js';
export { CONTEXT_ENV, contextPaths, findContextFile, loadContextFile } from './load-node.js';
export { fnv1a, sequenceKey, type ContextMeta } from './format.js';

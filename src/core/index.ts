/**
 * The public API of Attest's core. The CLI, the extension, the benchmarks and
 * the tests all go through here. Nothing in `src/core` imports `vscode`.
 */
export type { Claim, ClaimKind, ClaimSpeaker, DiffPart, Finding, Format, Severity, SourceLocation, Span, Verification, VerificationStatus } from './types.js';
export type { Document } from './document.js';
export type { Rule, RuleContext, RuleResult } from './rule.js';
export { check, runRules, type CheckOptions, type CheckResult } from './engine/check.js';
export {
  buildSourceIndex,
  matchQuoteText,
  SourceIndex,
  type IndexedSource,
  type QuoteMatch,
  type SourceDocument,
} from './sources/index.js';
export { buildDocument } from './engine/build-document.js';
export { createChunkCache, type ChunkCache } from './engine/chunk-cache.js';
export { rules, findRule } from './rules/index.js';
export {
  DEFAULT_CONFIG,
  DICTIONARY_FILE,
  parseWordList,
  SEVERITIES,
  RULE_SETTINGS,
  atLeast,
  mergeConfig,
  type AttestConfig,
  type PartialConfig,
  type RuleSetting,
} from './config/config.js';
export { parseConfig, parseConfigText, type ParsedConfig } from './config/parse-config.js';
export { createLineIndex, type LineIndex } from './text/line-index.js';
export { decodeDocument, type DecodeResult } from './io/decode.js';
export { documentFormatOf, DOCUMENT_FILE_EXTENSIONS } from './io/file-format.js';
export {
  applyCorrections,
  confidenceOf,
  confidentCorrections,
  correctionOf,
  sameWordFindings,
  DEFAULT_FIX_CONFIDENCE,
  type Correction,
} from './fixes.js';
export { claimHighlights, type Highlight, type HighlightModifier, type HighlightType } from './highlight/claim-highlights.js';
export {
  CLAIM_EXPORT_FORMATS,
  CLAIM_KIND_LABELS,
  CLAIM_KINDS,
  CLAIM_STATUS_LABELS,
  NOT_CHECKED_LABEL,
  statusLabel,
  CLAIM_STATUSES,
  claimRows,
  claimStatus,
  FindingIndex,
  countStatuses,
  diffToText,
  excerpt,
  exportClaims,
  groupClaimsBySource,
  groupKeyOf,
  isClaimExportFormat,
  type ClaimExportFormat,
  type ClaimGroup,
  type ClaimGroupKind,
  type ClaimStatus,
  type ClaimStatusId,
} from './claims/index.js';

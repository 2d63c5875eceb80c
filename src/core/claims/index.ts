/** Claims for the fact-checking desk: grouping by source, status, exports. */
export { CLAIM_KIND_LABELS, CLAIM_KINDS, CLAIM_STATUS_LABELS, CLAIM_STATUSES, NOT_CHECKED_LABEL, NOT_SPEECH_KINDS, statusLabel } from './labels.js';
export { GROUP_LABELS, groupClaimsBySource, groupKeyOf, type ClaimGroup, type ClaimGroupKind } from './group.js';
export { claimStatus, countStatuses, FindingIndex, type ClaimStatus, type ClaimStatusId } from './status.js';
export { claimRows, diffToText, excerpt, type ClaimRow } from './rows.js';
export { csvField, defuseFormula, CSV_COLUMNS } from './export-csv.js';
export { escapeMarkdownText } from './export-markdown.js';
export {
  CLAIM_EXPORT_FORMATS,
  exportClaims,
  isClaimExportFormat,
  type ClaimExportFormat,
  type ClaimExportOptions,
} from './export.js';

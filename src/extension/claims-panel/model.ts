/**
 * What the claims panel shows, as plain data: built on the extension side
 * from a check result and posted to the webview, which only renders it.
 * Nothing here imports `vscode`, so it is unit-tested like the core.
 *
 * Every string in the model that came from the document (quotes, names,
 * cues, messages quoting the text) is untrusted; the webview renders them
 * with `textContent` only.
 */
import {
  CLAIM_KIND_LABELS,
  CLAIM_KINDS,
  CLAIM_STATUS_LABELS,
  CLAIM_STATUSES,
  claimStatus,
  FindingIndex,
  excerpt,
  groupClaimsBySource,
  type Claim,
  type ClaimGroupKind,
  type ClaimKind,
  type ClaimStatusId,
  type DiffPart,
  type Finding,
  statusLabel,
} from '../../core/index.js';

/** How many characters of a quote the panel shows (the editor has the rest). */
export const PANEL_EXCERPT_MAX = 280;

export interface PanelFinding {
  rule: string;
  severity: Finding['severity'];
  message: string;
}

export interface PanelClaim {
  id: string;
  kind: ClaimKind;
  kindLabel: string;
  excerpt: string;
  cue?: string;
  /** 1-based line of the claim's start. */
  line: number;
  status: ClaimStatusId;
  statusLabel: string;
  /** Where the sources have it: source id and 1-based line (verified, near match). */
  foundIn?: { source: string; line: number };
  /** Word difference, quote against source (near match). */
  diff?: DiffPart[];
  findings: PanelFinding[];
}

export interface PanelGroup {
  key: string;
  kind: ClaimGroupKind;
  label: string;
  description?: string;
  claims: PanelClaim[];
}

/** The whole panel. `document` is absent when no Markdown or plain-text document has been opened. */
export interface PanelModel {
  document?: { uri: string; name: string; version: number };
  /** Shown instead of the list when there is nothing to list (no document, not checked). */
  notice?: string;
  /** Whether the check had sources (any claim carries a verification). */
  sourcesConfigured: boolean;
  counts: Record<ClaimStatusId, number> & { total: number };
  /** The status filter's choices, in order. */
  statuses: { id: ClaimStatusId; label: string }[];
  /** The kinds present in the document, for the kind filter. */
  kinds: { id: ClaimKind; label: string }[];
  groups: PanelGroup[];
}

export interface PanelDocument {
  uri: string;
  name: string;
  version: number;
  /** 0-based line of an offset (the editor's line numbering, shown 1-based). */
  lineAt(offset: number): number;
}

/** An empty panel with a notice ("Open a Markdown or plain-text document…"). */
export function emptyModel(notice: string, document?: PanelDocument): PanelModel {
  return {
    ...(document ? { document: { uri: document.uri, name: document.name, version: document.version } } : {}),
    notice,
    sourcesConfigured: false,
    counts: { total: 0, verified: 0, 'near-match': 0, 'not-found': 0, 'no-sources': 0 },
    statuses: CLAIM_STATUSES.map((id) => ({ id, label: CLAIM_STATUS_LABELS[id] })),
    kinds: [],
    groups: [],
  };
}

/** The panel for a document's check result. */
export function buildPanelModel(document: PanelDocument, claims: readonly Claim[], findings: readonly Finding[]): PanelModel {
  const model = emptyModel('', document);
  delete model.notice;
  model.sourcesConfigured = claims.some((c) => c.verification !== undefined);
  const kinds = new Set<ClaimKind>();
  const index = new FindingIndex(findings);
  for (const group of groupClaimsBySource(claims)) {
    const panelGroup: PanelGroup = { key: group.key, kind: group.kind, label: group.label, claims: [] };
    if (group.description) panelGroup.description = group.description;
    for (const claim of group.claims) {
      kinds.add(claim.kind);
      const status = claimStatus(claim, index);
      model.counts[status.status]++;
      model.counts.total++;
      const item: PanelClaim = {
        id: claim.id,
        kind: claim.kind,
        kindLabel: CLAIM_KIND_LABELS[claim.kind],
        excerpt: excerpt(claim.text, PANEL_EXCERPT_MAX),
        line: document.lineAt(claim.start) + 1,
        status: status.status,
        // With sources, a claim without a verification was not looked up (a title, say), not unconfigured.
        statusLabel: statusLabel(status.status, model.sourcesConfigured),
        findings: status.findings.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message })),
      };
      if (claim.cue) item.cue = claim.cue;
      if (status.location) item.foundIn = { source: status.location.source, line: status.location.line + 1 };
      if (status.diff && status.diff.some((p) => p.op !== 'same')) item.diff = status.diff;
      panelGroup.claims.push(item);
    }
    model.groups.push(panelGroup);
  }
  model.kinds = CLAIM_KINDS.filter((k) => kinds.has(k)).map((id) => ({ id, label: CLAIM_KIND_LABELS[id] }));
  return model;
}

/** Every claim id the model lists (what a message from the webview may name). */
export function modelClaimIds(model: PanelModel): Set<string> {
  return new Set(model.groups.flatMap((g) => g.claims.map((c) => c.id)));
}

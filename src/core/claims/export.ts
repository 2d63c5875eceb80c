/**
 * Exports a document's claims for the fact-checking desk: a Markdown
 * checklist, a CSV for a spreadsheet, or JSON for tools.
 */
import type { Claim, Finding } from '../types.js';
import { claimsToCsv } from './export-csv.js';
import { claimsToJson } from './export-json.js';
import { claimsToMarkdown } from './export-markdown.js';
import { claimRows } from './rows.js';

export type ClaimExportFormat = 'md' | 'csv' | 'json';

/** The formats, each with its file extension (the format id) and a name for menus. */
export const CLAIM_EXPORT_FORMATS: readonly { format: ClaimExportFormat; label: string }[] = [
  { format: 'md', label: 'Markdown checklist' },
  { format: 'csv', label: 'CSV (spreadsheet)' },
  { format: 'json', label: 'JSON' },
];

export interface ClaimExportOptions {
  format: ClaimExportFormat;
  /** The document's name, for the checklist's title and the JSON's `document`. */
  documentName: string;
  /** The checked text; when given, each claim gets its line number. */
  text?: string;
}

/** The export's file content. Never throws on any claim text. */
export function exportClaims(claims: readonly Claim[], findings: readonly Finding[], options: ClaimExportOptions): string {
  const rows = claimRows(claims, findings, options.text);
  switch (options.format) {
    case 'md':
      return claimsToMarkdown(rows, options.documentName);
    case 'csv':
      return claimsToCsv(rows);
    case 'json':
      return claimsToJson(rows, options.documentName);
  }
}

/** Whether a value is one of the export formats (messages from a webview are untrusted). */
export function isClaimExportFormat(value: unknown): value is ClaimExportFormat {
  return value === 'md' || value === 'csv' || value === 'json';
}

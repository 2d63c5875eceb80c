/**
 * "Attest: Export Claims": writes the claims of a document as a Markdown
 * checklist, CSV or JSON (src/core/claims/export.ts) to a file the writer
 * picks in a save dialog. The panel's export buttons run this command with
 * the format; from the Command Palette it asks for the format first.
 */
import * as vscode from 'vscode';
import { CLAIM_EXPORT_FORMATS, exportClaims, isClaimExportFormat, type ClaimExportFormat } from '../../core/index.js';
import type { DocumentChecker } from '../document-checker.js';

export const EXPORT_CLAIMS_COMMAND = 'attest.exportClaims';

/** The save dialog's file-type filter for each format. */
const FILTERS: Record<ClaimExportFormat, Record<string, string[]>> = {
  md: { Markdown: ['md'] },
  csv: { CSV: ['csv'] },
  json: { JSON: ['json'] },
};

/**
 * Runs the command. `format` and `uri` (the document) are optional; without
 * a document it exports the active editor's. `target` skips the save dialog
 * (for callers that already chose a file); the panel never passes one.
 * Resolves to the file written, or `undefined` when the writer cancelled.
 */
export async function exportClaimsCommand(
  checker: DocumentChecker,
  fallbackDocument: () => vscode.TextDocument | undefined,
  format?: unknown,
  uri?: unknown,
  target?: unknown,
): Promise<vscode.Uri | undefined> {
  const document = documentFor(uri) ?? fallbackDocument();
  if (!document) {
    void vscode.window.showInformationMessage('Attest: open a Markdown or plain-text document to export its claims.');
    return undefined;
  }
  const result = checker.currentResult(document);
  if (!result) {
    void vscode.window.showInformationMessage('Attest: this document is not checked, so it has no claims to export.');
    return undefined;
  }
  const chosen = isClaimExportFormat(format) ? format : await pickFormat();
  if (!chosen) return undefined;

  const file = target instanceof vscode.Uri ? target : await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(document.uri, chosen),
    filters: FILTERS[chosen],
    saveLabel: 'Export Claims',
    title: 'Attest: Export Claims',
  });
  if (!file) return undefined;

  const name = vscode.workspace.asRelativePath(document.uri, false);
  const content = exportClaims(result.claims, result.findings, { format: chosen, documentName: name, text: document.getText() });
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(content));
  const count = result.claims.length;
  void vscode.window.setStatusBarMessage(`Attest: exported ${count} claim${count === 1 ? '' : 's'} to ${vscode.workspace.asRelativePath(file, false)}`, 5000);
  return file;
}

async function pickFormat(): Promise<ClaimExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    CLAIM_EXPORT_FORMATS.map((f) => ({ label: f.label, description: `.${f.format}`, format: f.format })),
    { title: 'Attest: Export Claims', placeHolder: 'Export the claims as…' },
  );
  return picked?.format;
}

/** `story.md` → `story.claims.md` beside it (`.csv`, `.json` for the others). */
function defaultTarget(document: vscode.Uri, format: ClaimExportFormat): vscode.Uri | undefined {
  if (document.scheme === 'untitled') return undefined;
  const base = document.path.replace(/\.[^./]*$/, '');
  return document.with({ path: `${base}.claims.${format}` });
}

/** An open document by URI (a `vscode.Uri` or its string), if it is open. */
function documentFor(uri: unknown): vscode.TextDocument | undefined {
  const key = uri instanceof vscode.Uri ? uri.toString() : typeof uri === 'string' ? uri : undefined;
  return key === undefined ? undefined : vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

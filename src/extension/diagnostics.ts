/**
 * Turns the core's findings into VS Code diagnostics.
 */
import * as vscode from 'vscode';
import type { Finding, Severity, SourceLocation } from '../core/index.js';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Every Attest diagnostic says where it comes from and which rule made it. */
export const DIAGNOSTIC_SOURCE = 'attest';

/**
 * @param sourceUri the URI of a source by the id findings name it with; a
 *   finding about a source passage (`data.source`, from `quote/misquoted`)
 *   then links to that passage as related information.
 */
export function toDiagnostic(
  document: vscode.TextDocument,
  finding: Finding,
  sourceUri?: (id: string) => vscode.Uri | undefined,
): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = finding.rule;
  const source = finding.data?.source as SourceLocation | undefined;
  const uri = source && sourceUri?.(source.source);
  if (source && uri) diagnostic.relatedInformation = [sourceRelatedInformation(source, uri)];
  return diagnostic;
}

/**
 * The related information of a finding about a source passage: its place in
 * the source file, so a click opens it there.
 */
function sourceRelatedInformation(
  location: { source: string; line: number; character: number; text: string },
  uri: vscode.Uri,
): vscode.DiagnosticRelatedInformation {
  const lines = location.text.split(/\r\n|\r|\n/);
  const endLine = location.line + lines.length - 1;
  const endCharacter = lines.length === 1 ? location.character + lines[0].length : lines[lines.length - 1].length;
  const range = new vscode.Range(location.line, location.character, endLine, endCharacter);
  const shown = location.text.length > 80 ? `${location.text.slice(0, 80)}…` : location.text;
  return new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, range), `Source: “${shown.replace(/\s+/g, ' ')}”`);
}

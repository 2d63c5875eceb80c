/**
 * "Attest: Go to Next Unattributed Quote": steps through the quotations whose
 * speaker cannot be identified, the way F8 steps through problems, but only
 * these (an editor checking sources wants exactly this list).
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/index.js';
import type { DocumentChecker } from './document-checker.js';

export const NEXT_UNATTRIBUTED_COMMAND = 'attest.nextUnattributedQuote';

/** The rule whose findings this command visits. */
const UNATTRIBUTED_RULE = 'quote/unattributed';

/**
 * Selects the next unattributed quote after the cursor, wrapping to the
 * first, and reveals it. Says so when the document has none (including when
 * the rule is turned off, since then there are no findings to visit).
 */
export async function goToNextUnattributedQuote(checker: DocumentChecker): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const document = editor.document;
  // The current version's findings, so the selection lands on the text as it is now.
  const findings = (checker.currentResult(document)?.findings ?? [])
    .filter((f) => f.rule === UNATTRIBUTED_RULE)
    .sort((a, b) => a.start - b.start);
  if (findings.length === 0) {
    void vscode.window.showInformationMessage('Attest: no unattributed quotes in this document.');
    return;
  }
  const next = nextAfter(findings, document.offsetAt(editor.selection.active));
  const range = new vscode.Range(document.positionAt(next.start), document.positionAt(next.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * The first finding starting after `offset`, else the first of all (wrap).
 * Selecting a finding leaves the cursor at its end, so repeating the command
 * moves on rather than re-selecting the same quote.
 */
export function nextAfter(findings: readonly Finding[], offset: number): Finding {
  return findings.find((f) => f.start > offset) ?? findings[0];
}

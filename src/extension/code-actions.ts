/**
 * Quick fixes for Attest's diagnostics: the best suggestions for a word,
 * "change every occurrence", "fix all confident corrections", and accepting a
 * word (workspace dictionary, or just this document).
 *
 * Every edit is built from the check of the document's current version (see
 * `DocumentChecker.currentResult`), so a fix never overwrites newer text.
 */
import * as vscode from 'vscode';
import { confidentCorrections, correctionOf, sameWordFindings, type CheckResult, type Finding } from '../core/index.js';
import { DIAGNOSTIC_SOURCE } from './diagnostics.js';
import type { DocumentChecker } from './document-checker.js';
import { readFixConfidence } from './settings.js';

/** How many suggestions a diagnostic offers as separate quick fixes. */
const MAX_SUGGESTIONS = 3;

export const COMMANDS = {
  fixAllConfident: 'attest.fixAllConfident',
  addToDictionary: 'attest.addToDictionary',
  ignoreInDocument: 'attest.ignoreInDocument',
} as const;

export class AttestCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.SourceFixAll.append('attest')];

  constructor(private readonly checker: DocumentChecker) {}

  /** The last check's result, only if it was made from the document's current version. */
  private lastResultIfCurrent(document: vscode.TextDocument): CheckResult | undefined {
    const last = this.checker.resultFor(document);
    return last && last.version === document.version ? last.result : undefined;
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // VS Code asks automatically (for the lightbulb) on every cursor move: that request never runs the
    // checker, so typing stays on the debounce (and a document too large for live checking stays
    // checked on save). If the text changed since the last check it gets nothing; VS Code asks again
    // when the debounced check updates the diagnostics. An explicit request (Ctrl+.) checks the text as
    // it is first, so every edit offered is built from the current version.
    const result =
      context.triggerKind === vscode.CodeActionTriggerKind.Automatic ? this.lastResultIfCurrent(document) : this.checker.currentResult(document);
    if (!result) return [];
    const text = document.getText();
    const actions: vscode.CodeAction[] = [];

    if (context.only?.contains(vscode.CodeActionKind.SourceFixAll)) {
      const fixAll = this.fixAllAction(document, result.findings, vscode.CodeActionKind.SourceFixAll.append('attest'));
      return fixAll ? [fixAll] : [];
    }

    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const start = document.offsetAt(diagnostic.range.start);
      const end = document.offsetAt(diagnostic.range.end);
      const rule = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      const finding = result.findings.find((f) => f.start === start && f.end === end && f.rule === rule);
      if (!finding) continue;
      const written = text.slice(start, end);

      (finding.suggestions ?? []).slice(0, MAX_SUGGESTIONS).forEach((suggestion, i) => {
        const action = new vscode.CodeAction(`Change to “${suggestion}”`, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, diagnostic.range, suggestion);
        action.diagnostics = [diagnostic];
        action.isPreferred = i === 0;
        actions.push(action);
      });

      const same = sameWordFindings(result.findings, finding, text);
      const best = correctionOf(finding);
      if (best && same.length > 1) {
        const action = new vscode.CodeAction(`Change every “${written}” to “${best.replacement}” (${same.length})`, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        for (const f of same) action.edit.replace(document.uri, rangeOf(document, f), best.replacement);
        action.diagnostics = [diagnostic];
        actions.push(action);
      }

      if (typeof finding.data?.word === 'string') {
        const word = finding.data.word;
        actions.push(commandAction(`Add “${word}” to workspace dictionary`, COMMANDS.addToDictionary, [document.uri, word], diagnostic));
        actions.push(commandAction(`Ignore “${word}” in this document`, COMMANDS.ignoreInDocument, [document.uri, word], diagnostic));
      }
    }

    const fixAll = this.fixAllAction(document, result.findings, vscode.CodeActionKind.QuickFix);
    if (fixAll && actions.length > 0) actions.push(fixAll);
    return actions;
  }

  private fixAllAction(document: vscode.TextDocument, findings: readonly Finding[], kind: vscode.CodeActionKind): vscode.CodeAction | undefined {
    const count = confidentCorrections(findings, readFixConfidence(document.uri)).length;
    if (count === 0) return undefined;
    const action = new vscode.CodeAction(`Fix all confident corrections in document (${count})`, kind);
    action.command = { title: action.title, command: COMMANDS.fixAllConfident, arguments: [document.uri] };
    return action;
  }
}

function commandAction(title: string, command: string, args: unknown[], diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.command = { title, command, arguments: args };
  action.diagnostics = [diagnostic];
  return action;
}

function rangeOf(document: vscode.TextDocument, f: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(f.start), document.positionAt(f.end));
}

/**
 * Applies every confident correction in one undoable edit, built against the
 * version just checked. Returns how many words were changed.
 */
export async function fixAllConfident(checker: DocumentChecker, document: vscode.TextDocument): Promise<number> {
  const result = checker.currentResult(document);
  if (!result) return 0;
  const version = document.version;
  const corrections = confidentCorrections(result.findings, readFixConfidence(document.uri));
  if (corrections.length === 0) return 0;
  const edit = new vscode.WorkspaceEdit();
  for (const c of corrections) edit.replace(document.uri, rangeOf(document, c), c.replacement);
  // Nothing can change the document between the check and here (this code
  // does not yield), but say so plainly if that ever stops being true.
  if (document.version !== version) throw new Error('the document changed while corrections were prepared');
  const applied = await vscode.workspace.applyEdit(edit);
  return applied ? corrections.length : 0;
}

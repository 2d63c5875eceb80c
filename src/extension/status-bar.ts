/**
 * A status bar item for the active Markdown or plain-text document: how many
 * quotes have no source and how many are misquoted ("$(quote) 3 unattributed
 * · 1 misquote", or "$(check) claims ok"). Clicking it opens the claims
 * panel. Hidden for every other editor (kept, for the panel's document,
 * while the claims panel itself has the focus).
 */
import * as vscode from 'vscode';
import { ClaimsPanel, CLAIMS_VIEW_TYPE, isFollowable, SHOW_CLAIMS_COMMAND } from './claims-panel/index.js';
import { countClaimProblems, statusBarContent } from './claims-panel/status-text.js';
import type { DocumentChecker } from './document-checker.js';

export class ClaimsStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly checker: DocumentChecker) {
    this.item = vscode.window.createStatusBarItem('attest.claims', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Attest: Claims';
    this.item.command = SHOW_CLAIMS_COMMAND;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      // Focusing the claims panel leaves no active text editor; the item then stays for the panel's document.
      vscode.window.tabGroups.onDidChangeTabs(() => this.update()),
      vscode.window.tabGroups.onDidChangeTabGroups(() => this.update()),
      checker.onDidCheck((document) => {
        if (document === this.document()) this.update();
      }),
    );
    this.update();
  }

  /** The document the item is about: the active editor's, or the claims panel's while the panel is focused. */
  private document(): vscode.TextDocument | undefined {
    const editor = vscode.window.activeTextEditor;
    if (editor) return editor.document;
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    // A webview tab's viewType carries a prefix the workbench adds, so compare the end.
    const panelActive = input instanceof vscode.TabInputWebview && input.viewType.endsWith(CLAIMS_VIEW_TYPE);
    return panelActive ? ClaimsPanel.instance?.document() : undefined;
  }

  /** Shows the counts of the document's latest check, or hides the item. */
  update(): void {
    const document = this.document();
    const checked = document && isFollowable(document) ? this.checker.resultFor(document) : undefined;
    if (!checked) {
      this.item.hide();
      return;
    }
    const content = statusBarContent(countClaimProblems(checked.result.findings), checked.result.claims.length);
    this.item.text = content.text;
    this.item.tooltip = content.tooltip;
    this.item.accessibilityInformation = { label: content.label, role: 'button' };
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/**
 * "Attest: Show Claims": a webview beside the editor listing every claim of
 * the Markdown or plain-text document the writer is working on, grouped by
 * source, with its verification status and findings.
 *
 * - It follows the active editor, and redraws after each check (the checker
 *   is debounced, so: shortly after the writer stops typing). The model goes
 *   over by `postMessage`; the page patches its DOM, so scrolling and focus
 *   stay where they were, and its filters survive a reload via setState.
 * - Messages from the page are validated (messages.ts), and a claim it names
 *   must be in the list it was shown; its range is re-derived here from the
 *   latest check of the document, never taken from the page.
 */
import * as vscode from 'vscode';
import type { Claim } from '../../core/index.js';
import type { DocumentChecker } from '../document-checker.js';
import { EXPORT_CLAIMS_COMMAND } from './export-command.js';
import { panelHtml, webviewOptions } from './html.js';
import { parseWebviewMessage, type FromWebview, type ToWebview } from './messages.js';
import { buildPanelModel, emptyModel, type PanelDocument, type PanelModel } from './model.js';
import { findClaimAgain } from './relocate.js';

export const SHOW_CLAIMS_COMMAND = 'attest.showClaims';
/** The webview's type, which also names it for restoring after a reload. */
export const CLAIMS_VIEW_TYPE = 'attest.claims';

/** The languages the panel follows. */
const FOLLOWED_LANGUAGES = new Set(['markdown', 'plaintext']);

const NO_DOCUMENT = 'Open a Markdown or plain-text document to list its claims.';
const NOT_CHECKED = 'This document is not checked (see the attest.enable and attest.languages settings).';

/** Whether the panel (and the status bar item) follow this document. */
export function isFollowable(document: vscode.TextDocument): boolean {
  return FOLLOWED_LANGUAGES.has(document.languageId) && !document.isClosed;
}

export class ClaimsPanel implements vscode.Disposable {
  private static current: ClaimsPanel | undefined;

  /** The document the panel lists (the last active Markdown or plain-text one). */
  private documentUri: vscode.Uri | undefined;
  /** The last model posted, and the claims it was built from (by id), to check and relocate what the page sends back. */
  private posted: { model: PanelModel; claims: Map<string, Claim> } | undefined;
  /** A check or a change of document came while the panel was hidden: post when it is shown again. */
  private stale = false;
  private readonly disposables: vscode.Disposable[] = [];

  /** Opens the panel beside the editor, or shows it if it is already open. */
  static show(context: vscode.ExtensionContext, checker: DocumentChecker): ClaimsPanel {
    if (ClaimsPanel.current) {
      ClaimsPanel.current.panel.reveal(undefined, true);
      ClaimsPanel.current.follow(vscode.window.activeTextEditor?.document);
      return ClaimsPanel.current;
    }
    const panel = vscode.window.createWebviewPanel(
      CLAIMS_VIEW_TYPE,
      'Attest: Claims',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      webviewOptions(context.extensionUri),
    );
    return (ClaimsPanel.current = new ClaimsPanel(panel, context, checker));
  }

  /** Takes over a panel VS Code restored after a reload. */
  static restore(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, checker: DocumentChecker): void {
    ClaimsPanel.current?.dispose();
    panel.webview.options = webviewOptions(context.extensionUri);
    ClaimsPanel.current = new ClaimsPanel(panel, context, checker);
  }

  /** The open panel, if any (for the tests' hooks). */
  static get instance(): ClaimsPanel | undefined {
    return ClaimsPanel.current;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    context: vscode.ExtensionContext,
    private readonly checker: DocumentChecker,
  ) {
    this.documentUri = this.pickDocument(vscode.window.activeTextEditor?.document)?.uri ?? this.visibleFollowable()?.uri;
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw) => void this.receive(raw)),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor?.document)),
      checker.onDidCheck((document) => {
        if (this.documentUri && document.uri.toString() === this.documentUri.toString()) this.postWhenVisible();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.documentUri && document.uri.toString() === this.documentUri.toString()) {
          this.documentUri = this.visibleFollowable()?.uri;
          this.postWhenVisible();
        }
      }),
      panel.onDidChangeViewState(() => {
        if (panel.visible && this.stale) this.post();
      }),
    );
    panel.webview.html = panelHtml(panel.webview, context.extensionUri);
    // The page asks again when it has loaded ('ready'); this one fills lastModel at once.
    this.post();
  }

  /** The model last posted to the page (the integration tests read it). */
  get lastModel(): PanelModel | undefined {
    return this.posted?.model;
  }

  /** Follows `document` if it is one the panel lists; other editors leave the panel as it is. */
  private follow(document: vscode.TextDocument | undefined): void {
    const picked = this.pickDocument(document);
    if (!picked || picked.uri.toString() === this.documentUri?.toString()) return;
    this.documentUri = picked.uri;
    this.postWhenVisible();
  }

  /**
   * Posts now if the page is shown. A hidden page would drop the message (it
   * reloads when shown, and asks again), so building the model for it is
   * work a writer typing in the editor pays for nothing.
   */
  private postWhenVisible(): void {
    if (this.panel.visible) this.post();
    else this.stale = true;
  }

  private pickDocument(document: vscode.TextDocument | undefined): vscode.TextDocument | undefined {
    return document && isFollowable(document) ? document : undefined;
  }

  private visibleFollowable(): vscode.TextDocument | undefined {
    return vscode.window.visibleTextEditors.map((e) => e.document).find(isFollowable);
  }

  /** The followed document, if it is still open. */
  document(): vscode.TextDocument | undefined {
    const uri = this.documentUri?.toString();
    return uri === undefined ? undefined : vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri && !d.isClosed);
  }

  /** Builds the model from the latest check of the followed document and sends it to the page. */
  post(): void {
    const document = this.document();
    let model: PanelModel;
    const claims = new Map<string, Claim>();
    if (!document) model = emptyModel(NO_DOCUMENT);
    else {
      const checked = this.checker.resultFor(document);
      const panelDocument = toPanelDocument(document, checked?.version ?? document.version);
      if (!checked) model = emptyModel(NOT_CHECKED, panelDocument);
      else {
        model = buildPanelModel(panelDocument, checked.result.claims, checked.result.findings);
        for (const claim of checked.result.claims) claims.set(claim.id, claim);
      }
    }
    this.posted = { model, claims };
    this.stale = false;
    const message: ToWebview = { type: 'update', model };
    void this.panel.webview.postMessage(message);
  }

  /** Handles one message from the page (also called by the integration tests, as the page would). */
  async receive(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    if (!message) return;
    switch (message.type) {
      case 'ready':
        this.post();
        return;
      case 'reveal':
        await this.reveal(message);
        return;
      case 'export': {
        const document = this.document();
        if (document) await vscode.commands.executeCommand(EXPORT_CLAIMS_COMMAND, message.format, document.uri);
        return;
      }
    }
  }

  /**
   * Selects a claim in the editor. The claim must be one the page was shown;
   * its range comes from the latest check of the text as it is now (found
   * again by its words if the text changed since).
   */
  private async reveal(message: Extract<FromWebview, { type: 'reveal' }>): Promise<void> {
    // Read before currentResult(): a re-check posts a new model, with new ids.
    const posted = this.posted;
    const shown = posted?.claims.get(message.id);
    const document = this.document();
    const shownVersion = posted?.model.document?.version;
    if (!shown || !document || shownVersion !== message.version) return;
    const current = this.checker.currentResult(document);
    if (!current) return;
    const sameText = shownVersion === document.version;
    const claim = sameText ? current.claims.find((c) => c.id === message.id) : findClaimAgain(shown, current.claims);
    if (!claim) {
      // The quote was edited away: show the page the list as it is now.
      this.post();
      return;
    }
    const length = document.getText().length;
    const start = Math.min(Math.max(0, claim.start), length);
    const end = Math.min(Math.max(start, claim.end), length);
    const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
    const column = vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preserveFocus: !message.focusEditor, preview: false });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    if (ClaimsPanel.current === this) ClaimsPanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

function toPanelDocument(document: vscode.TextDocument, version: number): PanelDocument {
  return {
    uri: document.uri.toString(),
    name: vscode.workspace.asRelativePath(document.uri, false),
    version,
    lineAt: (offset) => document.positionAt(offset).line,
  };
}

/**
 * Wires the claims panel into the extension: its command, the export
 * command, restoring the panel after a reload, and (in the extension's test
 * mode only) hooks the integration tests use to read the posted model and to
 * send a message as the page would.
 */
import * as vscode from 'vscode';
import type { DocumentChecker } from '../document-checker.js';
import { EXPORT_CLAIMS_COMMAND, exportClaimsCommand } from './export-command.js';
import { ClaimsPanel, CLAIMS_VIEW_TYPE, isFollowable, SHOW_CLAIMS_COMMAND } from './panel.js';

export { ClaimsPanel, CLAIMS_VIEW_TYPE, isFollowable, SHOW_CLAIMS_COMMAND } from './panel.js';
export { EXPORT_CLAIMS_COMMAND } from './export-command.js';

/** Test-only commands, registered only when VS Code runs the extension's tests. */
export const TEST_COMMANDS = {
  /** Returns the model the panel last posted to its page. */
  model: 'attest.test.claimsPanelModel',
  /** Delivers a message to the panel as its page would (and awaits its handling). */
  message: 'attest.test.claimsPanelMessage',
} as const;

export function registerClaimsPanel(context: vscode.ExtensionContext, checker: DocumentChecker): void {
  const fallback = () => {
    // The active editor's document; with the panel focused, the one it lists.
    const active = vscode.window.activeTextEditor?.document;
    return active && isFollowable(active) ? active : ClaimsPanel.instance?.document();
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(SHOW_CLAIMS_COMMAND, () => {
      ClaimsPanel.show(context, checker);
    }),
    vscode.commands.registerCommand(EXPORT_CLAIMS_COMMAND, (format?: unknown, uri?: unknown, target?: unknown) =>
      exportClaimsCommand(checker, fallback, format, uri, target),
    ),
    vscode.window.registerWebviewPanelSerializer(CLAIMS_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel) {
        ClaimsPanel.restore(panel, context, checker);
      },
    }),
    { dispose: () => ClaimsPanel.instance?.dispose() },
  );
  if (context.extensionMode === vscode.ExtensionMode.Test) {
    context.subscriptions.push(
      vscode.commands.registerCommand(TEST_COMMANDS.model, () => ClaimsPanel.instance?.lastModel),
      vscode.commands.registerCommand(TEST_COMMANDS.message, (message: unknown) => ClaimsPanel.instance?.receive(message)),
    );
  }
}

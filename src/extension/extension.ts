/**
 * The VS Code client: wires the core to diagnostics. It stays thin; all
 * checking happens in `src/core`, which knows nothing of VS Code.
 */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from './diagnostics.js';
import { DocumentChecker } from './document-checker.js';
import { ProjectConfig } from './project-config.js';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Attest');
  const diagnostics = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  const projectConfig = new ProjectConfig(log);
  const checker = new DocumentChecker(diagnostics, projectConfig, log);
  context.subscriptions.push(log, diagnostics, projectConfig, checker);

  context.subscriptions.push(
    vscode.commands.registerCommand('attest.checkDocument', () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) checker.checkNow(editor.document, { evenIfLarge: true });
    }),
  );

  await projectConfig.load();
  checker.recheckAll();
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

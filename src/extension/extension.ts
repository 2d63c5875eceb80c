/**
 * The VS Code client: wires the core to diagnostics. It stays thin; all
 * checking happens in `src/core`, which knows nothing of VS Code.
 */
import * as vscode from 'vscode';
import { registerClaimsPanel } from './claims-panel/index.js';
import { AttestCodeActions, COMMANDS, fixAllConfident } from './code-actions.js';
import { DIAGNOSTIC_SOURCE } from './diagnostics.js';
import { addToWorkspaceDictionary } from './dictionary.js';
import { DocumentChecker } from './document-checker.js';
import { ProjectConfig } from './project-config.js';
import { QuoteHoverProvider, REVEAL_RANGE_COMMAND, revealRange } from './quote-hover.js';
import { ClaimSemanticTokens, SEMANTIC_LEGEND } from './semantic-tokens.js';
import { registerSourceCommands, SourceLibrary } from './sources.js';
import { ClaimsStatusBar } from './status-bar.js';
import { goToNextUnattributedQuote, NEXT_UNATTRIBUTED_COMMAND } from './unattributed-navigation.js';

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = vscode.window.createOutputChannel('Attest');
  const diagnostics = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  const projectConfig = new ProjectConfig(log);
  const sources = new SourceLibrary(projectConfig, log);
  const checker = new DocumentChecker(diagnostics, projectConfig, log, sources);
  context.subscriptions.push(log, diagnostics, projectConfig, sources, checker);
  // Quotes are checked against the writer's sources; when they change, every open document is checked again.
  context.subscriptions.push(sources.onDidChange(() => checker.recheckAll()), ...registerSourceCommands(sources));

  context.subscriptions.push(
    vscode.commands.registerCommand('attest.checkDocument', () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) checker.checkNow(editor.document, { evenIfLarge: true });
    }),
  );

  /** The document a command is about: the one given, else the active editor's. */
  const target = (uri?: vscode.Uri) =>
    uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;

  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      [{ language: 'markdown' }, { language: 'plaintext' }],
      new AttestCodeActions(checker),
      { providedCodeActionKinds: AttestCodeActions.kinds },
    ),
    vscode.commands.registerCommand(COMMANDS.fixAllConfident, async (uri?: vscode.Uri) => {
      const document = target(uri);
      if (!document) return;
      const count = await fixAllConfident(checker, document);
      void vscode.window.setStatusBarMessage(
        count === 0 ? 'Attest: no confident corrections to make' : `Attest: corrected ${count} word${count === 1 ? '' : 's'} (undo with Ctrl+Z)`,
        5000,
      );
    }),
    vscode.commands.registerCommand(COMMANDS.addToDictionary, async (uri: vscode.Uri, word: string) => {
      if (typeof word !== 'string' || word === '') return;
      const added = await addToWorkspaceDictionary(uri, word);
      if (!added) {
        void vscode.window.showWarningMessage('Attest: open a folder to keep a workspace dictionary; ignoring the word in this document instead.');
        const document = target(uri);
        if (document) checker.ignoreWord(document, word);
        return;
      }
      await projectConfig.load();
      checker.recheckAll();
    }),
    vscode.commands.registerCommand(COMMANDS.ignoreInDocument, (uri: vscode.Uri, word: string) => {
      const document = target(uri);
      if (document && typeof word === 'string' && word !== '') checker.ignoreWord(document, word);
    }),
  );

  // Quotes and their speakers: hovers (whose links run attest.revealRange) and unattributed-quote navigation.
  context.subscriptions.push(
    vscode.languages.registerHoverProvider([{ language: 'markdown' }, { language: 'plaintext' }], new QuoteHoverProvider(checker)),
    vscode.commands.registerCommand(REVEAL_RANGE_COMMAND, revealRange),
    vscode.commands.registerCommand(NEXT_UNATTRIBUTED_COMMAND, () => goToNextUnattributedQuote(checker)),
  );

  // Quotations and speaker names as semantic tokens, so themes colour them in both formats.
  const semanticTokens = new ClaimSemanticTokens(checker);
  context.subscriptions.push(
    semanticTokens,
    vscode.languages.registerDocumentSemanticTokensProvider([{ language: 'markdown' }, { language: 'plaintext' }], semanticTokens, SEMANTIC_LEGEND),
  );

  // The claims panel (Attest: Show Claims), its exports, and the status bar item that opens it.
  registerClaimsPanel(context, checker);
  context.subscriptions.push(new ClaimsStatusBar(checker));

  await projectConfig.load();
  checker.recheckAll();
  // Sources are found and indexed after the first check, so start-up is not held up by them.
  void sources.load();
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

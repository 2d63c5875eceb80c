/**
 * Helpers shared by the integration tests: finding fixtures in the run's
 * temporary workspace, waiting for Attest's diagnostics, and computing the
 * range a diagnostic should have from the document's own text.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** The `source` of every diagnostic the extension publishes. */
export const SOURCE = 'attest';

/** How long to wait for the extension to react (checks are debounced ~300 ms). */
export const WAIT_MS = 10_000;

/** The extension's id, `publisher.name` from the repository's package.json (this file runs from out/test/suite/). */
export const EXTENSION_ID = (() => {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
  return `${manifest.publisher}.${manifest.name}`;
})();

let activation: Promise<vscode.Extension<unknown>> | undefined;

/**
 * Activates the extension under test (once) and returns it. Rejects when it
 * is missing or its activate() throws, so that a suite calling this in its
 * setup fails at once instead of waiting for diagnostics that never come.
 */
export function activateExtension(): Promise<vscode.Extension<unknown>> {
  activation ??= (async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} must be loaded in development mode`);
    await extension.activate();
    return extension;
  })();
  return activation;
}

/** The URI of a fixture copied into the run's workspace (runTests.ts copies test/fixtures/integration/*). */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run must open the fixture workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** The rule these tests exercise. */
export const QUOTE_RULE = 'quote/unbalanced';

/**
 * A document's diagnostics in document order: those of one rule (by `code`,
 * whatever their source, so that a wrong source is caught by an assertion
 * rather than filtered out), or else all of Attest's (by `source`).
 */
export function attestDiagnostics(uri: vscode.Uri, rule?: string): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => (rule ? ruleId(d) === rule : d.source === SOURCE))
    .sort((a, b) => a.range.start.compareTo(b.range.start));
}

/**
 * Polls until `accept` holds for the diagnostics of `uri` (of `rule` if
 * given, else all of Attest's), and returns them. Fails with `what` and the
 * last diagnostics seen after `timeoutMs`.
 *
 * Polling (rather than onDidChangeDiagnostics) keeps this correct when the
 * diagnostics were already published before the wait began.
 */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  { rule, timeoutMs = WAIT_MS }: { rule?: string; timeoutMs?: number } = {},
): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const diagnostics = attestDiagnostics(uri, rule);
    if (accept(diagnostics)) return diagnostics;
    if (Date.now() > deadline) {
      assert.fail(
        `timed out after ${timeoutMs} ms waiting for ${what}; diagnostics now: ${summarize(vscode.languages.getDiagnostics(uri))}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The range of one character: the `indexInNeedle`-th character of `needle`,
 * which must occur exactly once in the document (so the expectation cannot
 * silently point at another occurrence).
 */
export function markRange(document: vscode.TextDocument, needle: string, indexInNeedle = 0): vscode.Range {
  const text = document.getText();
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `fixture text must contain ${JSON.stringify(needle)}`);
  assert.equal(text.indexOf(needle, at + 1), -1, `fixture text must contain ${JSON.stringify(needle)} only once`);
  const offset = at + indexInNeedle;
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + 1));
}

/** The range spanning the whole of `needle` (which must occur exactly once). */
export function textRange(document: vscode.TextDocument, needle: string): vscode.Range {
  const start = markRange(document, needle).start;
  return new vscode.Range(start, document.positionAt(document.offsetAt(start) + needle.length));
}

/** Asserts one diagnostic is the `quote/unbalanced` warning on exactly `range`. */
export function assertUnbalancedQuote(diagnostic: vscode.Diagnostic, range: vscode.Range): void {
  assert.equal(diagnostic.source, SOURCE);
  assert.equal(ruleId(diagnostic), QUOTE_RULE);
  assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
  assert.deepEqual(rangeText(diagnostic.range), rangeText(range));
  assert.match(diagnostic.message, /quotation mark/);
}

/** A diagnostic's rule id (`code` may be a string or `{ value, target }`). */
export function ruleId(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

/**
 * Opens a document in an editor, as a user would, and returns both.
 *
 * Not through `workspace.openTextDocument`: the workbench keeps every document
 * an extension opened that way alive for up to 3 minutes after its editor
 * closes, so `onDidCloseTextDocument` (on which Attest clears diagnostics)
 * would not fire. Opened through the `vscode.open` command, a saved document
 * is closed as soon as its editor is.
 */
export async function open(uri: vscode.Uri): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  await vscode.commands.executeCommand('vscode.open', uri, { preview: false });
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor && editor.document.uri.toString() === uri.toString(), `${uri.toString()} must be the active editor`);
  return { document: editor.document, editor };
}

/** A suite's start: the extension active, no other editor open, and `uri` open in an editor. */
export async function openAlone(uri: vscode.Uri): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  await activateExtension();
  await closeAllEditors();
  return open(uri);
}

/** Closes the document (dropping the test's edits) and waits until Attest has cleared all its diagnostics. */
export async function closeAndExpectCleared(document: vscode.TextDocument, rule: string): Promise<void> {
  const uri = document.uri;
  await revertAndClose(document);
  await waitForDiagnostics(uri, (d) => d.length === 0, 'the warning to clear after closing', { rule });
  assert.deepEqual(attestDiagnostics(uri), [], 'no Attest diagnostic may remain');
}

/** Inserts `text` just after the only occurrence of `after` in the document. */
export async function insertAfter(document: vscode.TextDocument, after: string, text: string): Promise<void> {
  const at = textRange(document, after).end;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, at, text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'workspace.applyEdit must succeed');
}

/**
 * Closes the document's editor, dropping the test's edits (as "Revert and
 * Close Editor" does), so that no "save changes?" prompt blocks the close.
 * Once no editor shows it, VS Code closes the document (see open()).
 *
 * Not save-then-close: `TextDocument.save()` on code-server occasionally
 * returns false right after an edit (seen in about one run in ten), which
 * would make the tests flaky for a reason that has nothing to do with Attest.
 */
export async function revertAndClose(document: vscode.TextDocument): Promise<void> {
  // Make it the active editor again, without a new reference to the document (see open()).
  await vscode.commands.executeCommand('vscode.open', document.uri, { preview: false });
  const active = vscode.window.activeTextEditor?.document.uri.toString();
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  const deadline = Date.now() + WAIT_MS;
  while (openTabs().includes(document.uri.toString())) {
    if (Date.now() > deadline) {
      assert.fail(
        `the editor of ${document.uri.toString()} did not close; active editor before closing: ${active}, ` +
          `tabs now: ${openTabs().join(', ')}, dirty: ${document.isDirty}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The URIs (or labels) of all open tabs. */
function openTabs(): string[] {
  return vscode.window.tabGroups.all.flatMap((g) =>
    g.tabs.map((t) => (t.input instanceof vscode.TabInputText ? t.input.uri.toString() : t.label)),
  );
}

/** Closes every editor, so each suite starts from a clean workbench. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** `line:character-line:character`, readable in assertion messages. */
export function rangeText(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** A one-line summary of diagnostics for failure messages. */
export function summarize(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics
    .map((d) => `[${d.source}/${ruleId(d)} ${rangeText(d.range)} ${JSON.stringify(d.message)}]`)
    .join(' ');
}

/** The rule of words damaged by OCR. */
export const GARBLED_RULE = 'ocr/garbled';

/**
 * The ranges of every whole-word occurrence of `word` in the document, in
 * document order (a match inside a longer word does not count).
 */
export function wordRanges(document: vscode.TextDocument, word: string): vscode.Range[] {
  const text = document.getText();
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map(
    (m) => new vscode.Range(document.positionAt(m.index), document.positionAt(m.index + word.length)),
  );
}

/** The quick fixes VS Code offers for `range` (what Ctrl+. lists), in the order it lists them. */
export async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
  // A bare Command has a string `command`; a CodeAction's is an object (or absent).
  return (actions ?? []).filter((a): a is vscode.CodeAction => typeof a.command !== 'string');
}

/** Runs a code action the way the light bulb does: its edit first, then its command. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `the edit of “${action.title}” must apply`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

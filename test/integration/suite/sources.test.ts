/**
 * Quotes checked against the writer's sources, in a real editor: the suite
 * points `attest.sources` at the fixture folder quote-sources/ (restored
 * afterwards, so the other suites see no sources), opens sourced-draft.md
 * and expects the misquote's warning to link to the source line, the
 * verbatim quote to pass, and a document marked as a source to be used.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, fixtureUri, open, revertAndClose, textRange, waitForDiagnostics } from './helpers';

const MISQUOTED = 'quote/misquoted';
const NOT_IN_SOURCES = 'quote/not-in-sources';

/** The 0-based line of the first occurrence of `needle` in a file of the workspace. */
async function lineOf(uri: vscode.Uri, needle: string): Promise<number> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${uri.path} must contain ${JSON.stringify(needle)}`);
  return text.slice(0, at).split('\n').length - 1;
}

suite('Sources: quotes checked against the writer’s sources', () => {
  const draftUri = fixtureUri('sourced-draft.md');
  const sourceUri = fixtureUri('quote-sources/statement.md');
  let draft: vscode.TextDocument;

  suiteSetup(async () => {
    await activateExtension();
    await closeAllEditors();
    await vscode.workspace.getConfiguration('attest').update('sources', ['quote-sources/**/*.md'], vscode.ConfigurationTarget.Workspace);
    ({ document: draft } = await open(draftUri));
  });

  suiteTeardown(async () => {
    await revertAndClose(draft);
    await closeAllEditors();
    await vscode.workspace.getConfiguration('attest').update('sources', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('a misquote gets a warning whose related information opens the source at the passage', async () => {
    const [warning] = await waitForDiagnostics(draftUri, (d) => d.length === 1, 'one quote/misquoted warning', { rule: MISQUOTED });
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(warning.range.contains(textRange(draft, 'at its disposal')), `the warning covers the misquote: ${warning.message}`);
    assert.match(warning.message, /“at its disposal” → source has “in its possession”/);
    const related = warning.relatedInformation ?? [];
    assert.equal(related.length, 1, 'one related location: the source passage');
    assert.equal(related[0].location.uri.toString(), sourceUri.toString());
    assert.equal(related[0].location.range.start.line, await lineOf(sourceUri, 'use all the resources'));
  });

  test('a verbatim quote gets no warning, and a quote no source has gets information only', async () => {
    const misquotes = await waitForDiagnostics(draftUri, (d) => d.length === 1, 'the misquote warning', { rule: MISQUOTED });
    const verbatim = textRange(draft, 'fishing boats will keep');
    assert.ok(misquotes.every((d) => !d.range.contains(verbatim)), 'no warning on the verbatim quote');
    const [info] = await waitForDiagnostics(draftUri, (d) => d.length === 1, 'one quote/not-in-sources', { rule: NOT_IN_SOURCES });
    assert.equal(info.severity, vscode.DiagnosticSeverity.Information);
    assert.ok(info.range.contains(textRange(draft, 'The ferry will run')));
  });

  test('marking an open document as a source checks quotes against its live text, and unmarking stops it', async () => {
    const marked = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'The ferry will run every hour from the new terminal, the harbour master announced.',
    });
    await vscode.window.showTextDocument(marked);
    await vscode.commands.executeCommand('attest.useAsSource');
    const ferry = textRange(draft, 'The ferry will run');
    const [misquote] = await waitForDiagnostics(
      draftUri,
      (d) => d.some((x) => x.range.contains(ferry)),
      'a misquote warning on the ferry quote',
      { rule: MISQUOTED },
    );
    const onFerry = (await waitForDiagnostics(draftUri, (d) => d.length === 2, 'two misquotes', { rule: MISQUOTED })).find((d) => d.range.contains(ferry));
    assert.ok(onFerry, 'the ferry quote is a misquote of the marked document');
    assert.match(onFerry.message, /“two hours” → source has “hour”/);
    assert.ok(misquote);
    assert.equal(onFerry.relatedInformation?.[0].location.uri.toString(), marked.uri.toString());

    await vscode.window.showTextDocument(marked);
    await vscode.commands.executeCommand('attest.stopUsingAsSource');
    await waitForDiagnostics(draftUri, (d) => d.some((x) => x.range.contains(ferry)), 'the ferry quote back to not-in-sources', { rule: NOT_IN_SOURCES });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('attest.json’s "sources" are used too, and a change to its rules alone keeps them', async () => {
    const folder = vscode.workspace.getWorkspaceFolder(draftUri);
    assert.ok(folder);
    const projectFile = vscode.Uri.joinPath(folder.uri, 'attest.json');
    const write = (config: unknown) => vscode.workspace.fs.writeFile(projectFile, new TextEncoder().encode(JSON.stringify(config)));
    await vscode.workspace.getConfiguration('attest').update('sources', [], vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(draftUri, (d) => d.length === 0, 'no misquote without sources', { rule: MISQUOTED });

      await write({ sources: ['quote-sources/**/*.md'] });
      await waitForDiagnostics(draftUri, (d) => d.length === 1, 'the misquote again, from attest.json’s sources', { rule: MISQUOTED });

      await write({ sources: ['quote-sources/**/*.md'], rules: { 'quote/not-in-sources': 'off' } });
      await waitForDiagnostics(draftUri, (d) => d.length === 0, 'quote/not-in-sources turned off', { rule: NOT_IN_SOURCES });
      const misquotes = await waitForDiagnostics(draftUri, (d) => d.length === 1, 'the misquote still there', { rule: MISQUOTED });
      assert.ok(misquotes[0].range.contains(textRange(draft, 'at its disposal')));
    } finally {
      await vscode.workspace.fs.delete(projectFile);
    }
    await waitForDiagnostics(draftUri, (d) => d.length === 0, 'no misquote once attest.json is gone', { rule: MISQUOTED });
  });
});

/**
 * The claims panel in a real VS Code: "Attest: Show Claims" opens a webview
 * beside interview.md listing its claims by source; a click on a claim (its
 * message, sent as the page would) selects the quote in the editor, also
 * after the text moved; the list follows edits; the export writes a
 * checklist. The page itself (its DOM, keyboard, hostile text) is tested in
 * the browser by test/host/webview-test.ts.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PanelModel } from '../../../src/extension/claims-panel/model';
import { closeAllEditors, fixtureUri, insertAfter, openAlone, rangeText, revertAndClose, textRange, WAIT_MS, waitForDiagnostics } from './helpers';

/** The extension's test-only commands (registered in test mode, see src/extension/claims-panel/index.ts). */
const MODEL_COMMAND = 'attest.test.claimsPanelModel';
const MESSAGE_COMMAND = 'attest.test.claimsPanelMessage';

/** Polls the model the panel last posted until `accept` holds. */
async function waitForModel(accept: (model: PanelModel) => boolean, what: string): Promise<PanelModel> {
  const deadline = Date.now() + WAIT_MS;
  let last: PanelModel | undefined;
  for (;;) {
    last = await vscode.commands.executeCommand<PanelModel | undefined>(MODEL_COMMAND);
    if (last && accept(last)) return last;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; panel model now: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** "label: excerpt | excerpt" per group, for readable assertions. */
function outline(model: PanelModel): string[] {
  return model.groups.map((g) => `${g.label}: ${g.claims.map((c) => c.excerpt).join(' | ')}`);
}

function claimId(model: PanelModel, startsWith: string): string {
  const claim = model.groups.flatMap((g) => g.claims).find((c) => c.excerpt.startsWith(startsWith));
  assert.ok(claim, `the panel lists a claim starting “${startsWith}”: ${outline(model).join('; ')}`);
  return claim.id;
}

/** The editor showing `document` (the panel may hold the focus, so not necessarily the active one). */
function editorOf(document: vscode.TextDocument): vscode.TextEditor {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  assert.ok(editor, `an editor shows ${document.uri.toString()}`);
  return editor;
}

async function waitForSelection(document: vscode.TextDocument, expected: vscode.Range, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (rangeText(editorOf(document).selection) !== rangeText(expected)) {
    if (Date.now() > deadline) assert.equal(rangeText(editorOf(document).selection), rangeText(expected), what);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

suite('Claims panel', () => {
  const uri = fixtureUri('interview.md');
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    ({ document } = await openAlone(uri));
    await vscode.commands.executeCommand('attest.showClaims');
  });

  suiteTeardown(async () => {
    await revertAndClose(document);
    await closeAllEditors();
  });

  test('opens beside the editor and lists the document’s claims grouped by source, with counts', async () => {
    const model = await waitForModel((m) => m.document?.uri === uri.toString() && m.counts.total > 0, 'the claims of interview.md');
    assert.deepEqual(outline(model), [
      'Mara Ellison: We have waited long enough for the silt to settle, | Every week of delay costs the fishing fleet more than the dredging does,',
      'Tomas Brekke: Nobody has shown us the noise survey,',
      'Unattributed: The channel has been closing for a decade.',
    ]);
    assert.equal(model.groups[0].description, 'director of operations at the port authority');
    assert.deepEqual(model.counts, { total: 4, verified: 0, 'near-match': 0, 'not-found': 0, 'no-sources': 4 });
    assert.deepEqual(model.groups[2].claims[0].findings.map((f) => f.rule), ['quote/unattributed']);

    // Beside: the panel's tab is in another editor group than the document's.
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const tabs = vscode.window.tabGroups.all.map((g) => g.tabs.map((t) => `${t.input instanceof vscode.TabInputWebview ? 'webview' : 'text'}:${t.label}`));
      const panelGroup = tabs.findIndex((labels) => labels.includes('webview:Attest: Claims'));
      const editorGroup = tabs.findIndex((labels) => labels.includes('text:interview.md'));
      if (panelGroup >= 0 && editorGroup >= 0 && panelGroup !== editorGroup) break;
      if (Date.now() > deadline) assert.fail(`the panel opens beside the editor; tabs by group: ${JSON.stringify(tabs)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  test('a click on a claim selects its quotation in the editor; a message naming no listed claim does nothing', async () => {
    const model = await waitForModel((m) => m.counts.total === 4, 'the four claims');
    const version = model.document?.version ?? -1;
    await vscode.commands.executeCommand(MESSAGE_COMMAND, { type: 'reveal', id: claimId(model, 'Nobody has shown'), version });
    await waitForSelection(document, textRange(document, '“Nobody has shown us the noise survey,”'), 'Brekke’s quote is selected');

    // Unknown ids, wrong types and ranges from the page are ignored: the selection stays.
    for (const message of [
      { type: 'reveal', id: 'q999', version },
      { type: 'reveal', id: claimId(model, 'We have waited'), version: String(version) },
      { type: 'reveal', id: { toString: () => 'q1' }, version },
      { type: 'select', start: 0, end: 10 },
    ]) {
      await vscode.commands.executeCommand(MESSAGE_COMMAND, message);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(rangeText(editorOf(document).selection), rangeText(textRange(document, '“Nobody has shown us the noise survey,”')));
  });

  test('after an edit the list updates, and a claim clicked in the old list is found where it moved to', async () => {
    const before = await waitForModel((m) => m.counts.total === 4, 'the four claims');
    const brekke = claimId(before, 'Nobody has shown');
    // Push everything below the title down, then click Brekke's quote before the re-check arrives.
    await insertAfter(document, '# Harbour dredging to resume in spring', '\n\n“The dredgers arrive on Monday,” said Ines Varga, the harbour master.');
    await vscode.commands.executeCommand(MESSAGE_COMMAND, { type: 'reveal', id: brekke, version: before.document?.version });
    await waitForSelection(document, textRange(document, '“Nobody has shown us the noise survey,”'), 'the moved quote is selected');

    const after = await waitForModel((m) => m.counts.total === 5, 'the new claim in the list');
    // Sources in the order the document first quotes them: the new speaker now comes first.
    assert.deepEqual(after.groups.map((g) => g.label), ['Ines Varga', 'Mara Ellison', 'Tomas Brekke', 'Unattributed']);
    assert.equal(outline(after)[0], 'Ines Varga: The dredgers arrive on Monday,');
    assert.equal(after.document?.version, document.version);
  });

  test('“Export Claims” writes a Markdown checklist of the claims by source', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const target = vscode.Uri.joinPath(folder.uri, 'interview.claims.md');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('attest.exportClaims', 'md', uri, target);
    assert.equal(written?.toString(), target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /^# Claims in interview\.md/);
    assert.ok(text.includes('## Tomas Brekke'), text);
    assert.ok(text.includes('- [ ] **Quotation** (line 11): “Nobody has shown us the noise survey,”'), text);
    assert.equal(text.match(/^- \[ \] /gm)?.length, 5, text);
    await vscode.workspace.fs.delete(target);
  });

  test('while hidden behind another tab the list waits; shown again, it lists the claims as they are now', async () => {
    await waitForModel((m) => m.counts.total === 5, 'the five claims');
    // Cover the panel with another tab in its own group.
    const panelGroup = vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputWebview));
    assert.ok(panelGroup, 'the panel has a tab group');
    const cover = await vscode.workspace.openTextDocument({ content: 'A note to cover the panel.', language: 'plaintext' });
    await vscode.window.showTextDocument(cover, { viewColumn: panelGroup.viewColumn, preview: false });

    await insertAfter(document, '# Harbour dredging to resume in spring', '\n\n“Work starts at dawn,” said Ola Strand, a dredger captain.');
    // The check ran (the unattributed quote's warning moved down with the edit), but the hidden page was not rebuilt.
    const unattributed = textRange(document, 'The channel has been closing for a decade.');
    await waitForDiagnostics(uri, (ds) => ds.some((d) => d.range.start.line === unattributed.start.line), 'the re-check after the edit', {
      rule: 'quote/unattributed',
    });
    const hidden = await vscode.commands.executeCommand<PanelModel | undefined>(MODEL_COMMAND);
    assert.equal(hidden?.counts.total, 5, 'a hidden panel keeps the list it last showed');

    await vscode.window.showTextDocument(cover, { viewColumn: panelGroup.viewColumn });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const shown = await waitForModel((m) => m.counts.total === 6, 'the new claim once the panel is shown again');
    assert.equal(outline(shown)[0], 'Ola Strand: Work starts at dawn,');
    assert.equal(shown.document?.version, document.version);
    // Back to the document's own group, where the suite's teardown closes it.
    await vscode.window.showTextDocument(document, { viewColumn: editorOf(document).viewColumn });
  });
});

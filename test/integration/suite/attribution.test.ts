/**
 * Quote hovers and unattributed-quote navigation, in a real editor:
 * interview.md has two named speakers, a pronoun-attributed quote and one
 * quote with no source.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, fixtureUri, openAlone, rangeText, revertAndClose, textRange } from './helpers';

/** The text of Attest's hovers at a position (other providers' hovers are left out). */
async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .filter((value) => value.includes('Attest') || value.includes(' — '))
    .join('\n---\n');
}

/** A position a few characters inside the only occurrence of `needle`. */
function inside(document: vscode.TextDocument, needle: string): vscode.Position {
  return textRange(document, needle).start.translate(0, 3);
}

suite('Quotes: hovers and unattributed-quote navigation', () => {
  const uri = fixtureUri('interview.md');
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    ({ document, editor } = await openAlone(uri));
  });

  suiteTeardown(async () => {
    await revertAndClose(document);
    await closeAllEditors();
  });

  test('hovering a named speaker’s quote shows the speaker, their role, the cue and links to their other quotes', async () => {
    const text = await hoverText(uri, inside(document, 'We have waited'));
    assert.match(text, /Speaker: \*\*Mara Ellison\*\*/, text);
    assert.ok(text.includes('director of operations'), text);
    assert.ok(text.includes('Cue: “said”'), text);
    assert.ok(text.includes('command:attest.revealRange?'), `a link to her other quote: ${text}`);
    assert.ok(!text.includes('Tomas Brekke'), `another speaker’s quotes must not be listed: ${text}`);
  });

  test('hovering a pronoun-attributed quote shows how the pronoun was resolved', async () => {
    const text = await hoverText(uri, inside(document, 'Every week of delay'));
    assert.ok(text.includes('“she” → Mara Ellison'), text);
    assert.ok(text.includes('named earlier'), text);
  });

  test('hovering a speaker’s name lists their claims; an unattributed quote says it has no source', async () => {
    const name = await hoverText(uri, inside(document, 'Tomas Brekke'));
    assert.ok(name.includes('Tomas Brekke — 1 claim'), name);
    const orphan = await hoverText(uri, inside(document, 'The channel has been closing'));
    assert.ok(orphan.includes('No identifiable source'), orphan);
  });

  test('“Go to Next Unattributed Quote” selects the unattributed quote, and wraps', async () => {
    const expected = rangeText(textRange(document, '“The channel has been closing for a decade.”'));
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('attest.nextUnattributedQuote');
    assert.equal(rangeText(editor.selection), expected);
    // The only one: the next jump wraps round to it again.
    await vscode.commands.executeCommand('attest.nextUnattributedQuote');
    assert.equal(rangeText(editor.selection), expected);
  });

  test('quotations and speaker names are semantic tokens that themes can colour, in Markdown', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', uri);
    assert.ok(legend, 'Attest provides a semantic tokens legend for Markdown');
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', uri);
    assert.ok(tokens && tokens.data.length > 0, 'semantic tokens for interview.md');
    // Decode the relative (line, start, length, type, modifiers) quintuples.
    const spans: string[] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dLine, dChar, length, type, modifiers] = tokens.data.slice(i, i + 5);
      line += dLine;
      character = dLine === 0 ? character + dChar : dChar;
      const text = document.getText(new vscode.Range(line, character, line, character + length));
      const mods = legend.tokenModifiers.filter((_, bit) => modifiers & (1 << bit));
      spans.push(`${legend.tokenTypes[type]}${mods.length ? `[${mods.join(',')}]` : ''}:${text}`);
    }
    assert.ok(spans.includes('speaker:Mara Ellison'), spans.join('\n'));
    assert.ok(spans.includes('speaker:she'), spans.join('\n'));
    assert.ok(spans.includes('quotation:“Nobody has shown us the noise survey,”'), spans.join('\n'));
    assert.ok(spans.includes('quotation[unattributed]:“The channel has been closing for a decade.”'), spans.join('\n'));
  });

  test('document text in a hover is escaped, never raw HTML or Markdown', async () => {
    const untitled = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: '“Fine <img src=x onerror=alert(1)> words,” said Mara Ellison. “A second [thing](command:evil),” she said.\n',
    });
    await vscode.window.showTextDocument(untitled);
    try {
      // Her other quote, with the tag, is listed as a link in this hover.
      const text = await hoverText(untitled.uri, inside(untitled, 'A second'));
      assert.ok(text.includes('&lt;img src=x onerror=alert\\(1\\)&gt;'), text);
      assert.ok(!text.includes('<img'), `raw HTML in the hover: ${text}`);
      const own = await hoverText(untitled.uri, inside(untitled, 'Fine'));
      assert.ok(!own.includes('(command:evil)'), `a link from the document text: ${own}`);
      assert.ok(own.includes('\\[thing\\]\\(command:evil\\)'), own);
    } finally {
      await revertAndClose(untitled);
    }
  });
});

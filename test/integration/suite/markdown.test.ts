/// <reference types="mocha" />
/**
 * Attest's diagnostics on a Markdown document, from opening to closing.
 *
 * The tests of this suite run in order on one open document: each step
 * builds on the edits of the step before (as a writer's session would).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  QUOTE_RULE,
  assertUnbalancedQuote,
  closeAllEditors,
  closeAndExpectCleared,
  fixtureUri,
  insertAfter,
  markRange,
  openAlone,
  summarize,
  textRange,
  waitForDiagnostics,
} from './helpers';

suite('Markdown: quote/unbalanced', () => {
  const uri = fixtureUri('report.md');
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    ({ document } = await openAlone(uri));
    assert.equal(document.languageId, 'markdown');
  });

  suiteTeardown(closeAllEditors);

  test('reports the one unmatched quotation mark, on exactly that mark', async () => {
    const diagnostics = await waitForDiagnostics(uri, (d) => d.length > 0, `the first ${QUOTE_RULE} diagnostics`, {
      rule: QUOTE_RULE,
    });
    // Balanced “…” and "…", and the quotation running over two paragraphs
    // (the first reopens, only the last closes), give nothing.
    assert.equal(diagnostics.length, 1, `expected one warning, got ${summarize(diagnostics)}`);
    assertUnbalancedQuote(diagnostics[0], markRange(document, '“The last boat'));
  });

  test('ignores quotation marks in fenced code and inline code', () => {
    const diagnostics = vscode.languages.getDiagnostics(uri);
    // The fence and the inline code each hold a quotation mark that is never closed.
    const fenced = textRange(document, '```text\ndepart: "21:40\nreturn: “22:15\n```');
    const inline = textRange(document, '`"FERRY`');
    // (An empty intersection is a range that only touches the code, which is fine.)
    const inside = (code: vscode.Range, d: vscode.Diagnostic) => !(code.intersection(d.range)?.isEmpty ?? true);
    for (const d of diagnostics) {
      assert.ok(!inside(fenced, d), `diagnostic inside the code block: ${summarize([d])}`);
      assert.ok(!inside(inline, d), `diagnostic inside inline code: ${summarize([d])}`);
    }
  });

  test('clears the warning when an edit closes the quotation', async () => {
    await insertAfter(document, 'concert hall empties,', '”');
    await waitForDiagnostics(uri, (d) => d.length === 0, 'no warning once the quotation is closed', {
      rule: QUOTE_RULE,
    });
  });

  test('reports a quotation mark an edit leaves open', async () => {
    await insertAfter(document, 'stays the same.', '\n\nThe ferry operator called the vote “overdue and welcome.');
    const diagnostics = await waitForDiagnostics(uri, (d) => d.length === 1, 'a warning on the new mark', {
      rule: QUOTE_RULE,
    });
    assertUnbalancedQuote(diagnostics[0], markRange(document, '“overdue'));
  });

  test('clears its diagnostics when the document is closed', async () => {
    // The warning of the step before is there to be cleared.
    await waitForDiagnostics(uri, (d) => d.length === 1, 'the warning to clear', { rule: QUOTE_RULE });
    await closeAndExpectCleared(document, QUOTE_RULE);
  });
});

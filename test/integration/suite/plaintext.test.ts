/// <reference types="mocha" />
/**
 * Attest's diagnostics on a plain-text document, from opening to closing.
 * The tests run in order on one open document.
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
  waitForDiagnostics,
} from './helpers';

suite('Plain text: quote/unbalanced', () => {
  const uri = fixtureUri('notes.txt');
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    ({ document } = await openAlone(uri));
    assert.equal(document.languageId, 'plaintext');
  });

  suiteTeardown(closeAllEditors);

  test('reports the straight quotation mark that is never closed', async () => {
    const diagnostics = await waitForDiagnostics(uri, (d) => d.length > 0, `the first ${QUOTE_RULE} diagnostics`, {
      rule: QUOTE_RULE,
    });
    // "It is a fair start," is balanced and must not be reported.
    assert.equal(diagnostics.length, 1, `expected one warning, got ${summarize(diagnostics)}`);
    assertUnbalancedQuote(diagnostics[0], markRange(document, '"a step'));
  });

  test('clears the warning when an edit closes the quotation', async () => {
    await insertAfter(document, 'a step sideways,', '"');
    await waitForDiagnostics(uri, (d) => d.length === 0, 'no warning once the quotation is closed', {
      rule: QUOTE_RULE,
    });
  });

  test('clears its diagnostics when the document is closed', async () => {
    // Reopen the quotation first, so that there is something to clear.
    await insertAfter(document, 'the extra hours would be ', '"');
    await waitForDiagnostics(uri, (d) => d.length === 1, 'a warning on the reopened quotation', {
      rule: QUOTE_RULE,
    });
    await closeAndExpectCleared(document, QUOTE_RULE);
  });
});

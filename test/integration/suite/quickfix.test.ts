/// <reference types="mocha" />
/**
 * Words damaged by OCR (`ocr/garbled`) in a plain-text document, and the
 * quick fixes for them: the best suggestion, "change every", "fix all
 * confident corrections", "ignore in this document" and "add to workspace
 * dictionary".
 *
 * Each test starts from the fixture as it is on disk (reopened in setup,
 * reverted and closed in teardown), so that no test depends on another's edits.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  GARBLED_RULE,
  SOURCE,
  activateExtension,
  applyCodeAction,
  attestDiagnostics,
  closeAllEditors,
  fixtureUri,
  open,
  quickFixes,
  rangeText,
  revertAndClose,
  ruleId,
  summarize,
  waitForDiagnostics,
  wordRanges,
} from './helpers';

/**
 * The damaged words of damaged.txt and the words they should be. `line` is
 * damaged too ("lirne"), but "lime" and "like" fit the letters as well, so the
 * checker is not confident about it: "Fix all" must leave it alone.
 */
const DAMAGED: Record<string, string> = {
  clecision: 'decision',
  rnarket: 'market', // three times
  wliich: 'which',
  Iocal: 'local',
  lirne: 'line',
  repbrt: 'report',
  rcpairs: 'repairs',
};
const NOT_CONFIDENT = new Set(['lirne']);
/** How many damaged words the fixture has, counting each occurrence. */
const DAMAGED_COUNT = 9;

/** The quoted titles of Attest's quick fixes. */
const change = (to: string) => `Change to “${to}”`;
const changeEvery = (word: string, to: string, n: number) => `Change every “${word}” to “${to}” (${n})`;
const addToDictionary = (word: string) => `Add “${word}” to workspace dictionary`;
const ignore = (word: string) => `Ignore “${word}” in this document`;
const FIX_ALL = /^Fix all confident corrections in document \((\d+)\)$/;

suite('Plain text: OCR damage and quick fixes', () => {
  const uri = fixtureUri('damaged.txt');
  const dictionary = fixtureUri('attest-words.txt');
  let document: vscode.TextDocument;
  let original: string;

  /** The garbled-word diagnostics once the document has been checked. */
  const initialDiagnostics = () =>
    waitForDiagnostics(uri, (d) => d.length >= DAMAGED_COUNT, `${DAMAGED_COUNT} ${GARBLED_RULE} diagnostics`, {
      rule: GARBLED_RULE,
    });

  /** The diagnostic on exactly `range`, if any. */
  const diagnosticAt = (diagnostics: vscode.Diagnostic[], range: vscode.Range) =>
    diagnostics.find((d) => d.range.isEqual(range));

  suiteSetup(async () => {
    await activateExtension();
    await closeAllEditors();
  });

  setup(async () => {
    ({ document } = await open(uri));
    assert.equal(document.languageId, 'plaintext');
    original = document.getText();
  });

  teardown(async () => {
    await revertAndClose(document);
  });

  suiteTeardown(async () => {
    await closeAllEditors();
    // Leave the workspace as the other suites expect it.
    await vscode.workspace.fs.delete(dictionary).then(undefined, () => undefined);
  });

  test('reports ocr/garbled on exactly the damaged words, and nowhere else', async () => {
    const diagnostics = await initialDiagnostics();
    const expected = Object.keys(DAMAGED)
      .flatMap((word) => wordRanges(document, word).map((range) => ({ word, range })))
      .sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.equal(expected.length, DAMAGED_COUNT, 'the fixture must hold every damaged word');
    assert.deepEqual(
      diagnostics.map((d) => rangeText(d.range)),
      expected.map((e) => rangeText(e.range)),
      `diagnostics: ${summarize(diagnostics)}`,
    );
    diagnostics.forEach((d, i) => {
      const { word } = expected[i];
      assert.equal(d.source, SOURCE);
      assert.equal(ruleId(d), GARBLED_RULE);
      assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
      assert.ok(d.message.includes(`“${word}”`), `the message must name the word: ${d.message}`);
      if (!NOT_CONFIDENT.has(word)) assert.ok(d.message.includes(`“${DAMAGED[word]}”`), `the message must suggest “${DAMAGED[word]}”: ${d.message}`);
    });
    // No other rule warns on this text either (it is otherwise clean prose); Tomas Ferreira's quote is only a hint.
    assert.deepEqual(
      attestDiagnostics(uri)
        .filter((d) => ruleId(d) !== GARBLED_RULE)
        .map((d) => `${ruleId(d)} ${d.severity}`),
      [`quote/attributed ${vscode.DiagnosticSeverity.Hint}`],
      'no other Attest diagnostic is expected',
    );
  });

  test('offers “Change to” the right word first, and applying it fixes exactly that word', async () => {
    await initialDiagnostics();
    const [first, second, third] = wordRanges(document, 'rnarket');
    const actions = await quickFixes(uri, first);
    const titles = actions.map((a) => a.title);

    assert.equal(titles[0], change('market'), `quick fixes: ${titles.join(' | ')}`);
    assert.equal(actions[0].isPreferred, true, 'the best suggestion must be the preferred fix');
    assert.equal(actions.filter((a) => a.isPreferred).length, 1, `only one preferred fix: ${titles.join(' | ')}`);
    for (const title of [changeEvery('rnarket', 'market', 3), addToDictionary('rnarket'), ignore('rnarket')]) {
      assert.ok(titles.includes(title), `expected “${title}” among: ${titles.join(' | ')}`);
    }
    assert.ok(titles.some((t) => FIX_ALL.test(t)), `expected the fix-all action among: ${titles.join(' | ')}`);

    await applyCodeAction(actions[0]);
    const offset = document.offsetAt(first.start);
    assert.equal(document.getText(), original.slice(0, offset) + 'market' + original.slice(offset + 'rnarket'.length));

    // After the re-check: that diagnostic is gone, the other two occurrences (now one character earlier) stay.
    const shifted = (r: vscode.Range) =>
      new vscode.Range(document.positionAt(document.offsetAt(r.start) - 1), document.positionAt(document.offsetAt(r.end) - 1));
    const after = await waitForDiagnostics(uri, (d) => d.length === DAMAGED_COUNT - 1, 'one diagnostic fewer after the fix', {
      rule: GARBLED_RULE,
    });
    assert.equal(diagnosticAt(after, new vscode.Range(first.start, first.start.translate(0, 'market'.length))), undefined);
    assert.ok(diagnosticAt(after, shifted(second)), `the second “rnarket” must still be reported: ${summarize(after)}`);
    assert.ok(diagnosticAt(after, shifted(third)), `the third “rnarket” must still be reported: ${summarize(after)}`);
  });

  test('“Change every” fixes all occurrences of a word in one edit', async () => {
    await initialDiagnostics();
    const actions = await quickFixes(uri, wordRanges(document, 'rnarket')[1]);
    const every = actions.find((a) => a.title === changeEvery('rnarket', 'market', 3));
    assert.ok(every, `quick fixes: ${actions.map((a) => a.title).join(' | ')}`);
    await applyCodeAction(every);
    assert.equal(document.getText(), original.replaceAll('rnarket', 'market'));
    await waitForDiagnostics(uri, (d) => d.length === DAMAGED_COUNT - 3, 'no “rnarket” diagnostic left', { rule: GARBLED_RULE });
  });

  test('“Fix all confident corrections” makes every confident correction in one undoable edit', async () => {
    const diagnostics = await initialDiagnostics();

    // What to expect, from each diagnostic's best suggestion (its preferred quick fix).
    const corrections: { start: number; end: number; replacement: string }[] = [];
    for (const d of diagnostics) {
      const word = document.getText(d.range);
      if (NOT_CONFIDENT.has(word)) continue;
      const preferred = (await quickFixes(uri, d.range)).find((a) => a.isPreferred);
      assert.ok(preferred, `“${word}” must have a preferred quick fix`);
      const best = /^Change to “(.*)”$/.exec(preferred.title)?.[1];
      assert.equal(best, DAMAGED[word], `the best suggestion for “${word}”`);
      corrections.push({ start: document.offsetAt(d.range.start), end: document.offsetAt(d.range.end), replacement: best });
    }
    let expected = original;
    for (const c of [...corrections].reverse()) expected = expected.slice(0, c.start) + c.replacement + expected.slice(c.end);

    // The quick-fix menu announces as many as it will make.
    const fixAll = (await quickFixes(uri, diagnostics[0].range)).find((a) => FIX_ALL.test(a.title));
    assert.ok(fixAll, 'the fix-all action must be offered');
    assert.equal(Number(FIX_ALL.exec(fixAll.title)?.[1]), corrections.length, fixAll.title);

    await vscode.commands.executeCommand('attest.fixAllConfident', uri);
    assert.equal(document.getText(), expected);
    // Spelled out: the unconfident word is untouched, and so is every word that was not damaged.
    assert.equal(wordRanges(document, 'lirne').length, 1, '“lirne” is not a confident correction');
    assert.equal(document.getText().replace(/\s+/g, ' ').split(' ').length, original.replace(/\s+/g, ' ').split(' ').length);

    // One undo restores the original exactly.
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original, 'one undo must restore the text');
    assert.equal(document.isDirty, false);
  });

  test('“Ignore in this document” stops reporting that word', async () => {
    await initialDiagnostics();
    const actions = await quickFixes(uri, wordRanges(document, 'rnarket')[0]);
    const action = actions.find((a) => a.title === ignore('rnarket'));
    assert.ok(action, `quick fixes: ${actions.map((a) => a.title).join(' | ')}`);
    await applyCodeAction(action);
    const after = await waitForDiagnostics(
      uri,
      (d) => d.every((x) => document.getText(x.range) !== 'rnarket'),
      'no “rnarket” diagnostic once it is ignored',
      { rule: GARBLED_RULE },
    );
    assert.equal(after.length, DAMAGED_COUNT - 3, `the other words are still reported: ${summarize(after)}`);
    assert.equal(document.getText(), original, 'ignoring a word does not edit the document');
  });

  test('“Add to workspace dictionary” writes attest-words.txt and stops reporting the word', async () => {
    await initialDiagnostics();
    const before = await readText(dictionary);
    const actions = await quickFixes(uri, wordRanges(document, 'clecision')[0]);
    const action = actions.find((a) => a.title === addToDictionary('clecision'));
    assert.ok(action, `quick fixes: ${actions.map((a) => a.title).join(' | ')}`);
    await applyCodeAction(action);

    const words = await readText(dictionary);
    assert.ok(words !== undefined, 'attest-words.txt must exist in the workspace folder');
    assert.ok(words.startsWith(before ?? ''), 'the dictionary keeps the words it had');
    assert.ok(words.split(/\r?\n/).includes('clecision'), `attest-words.txt: ${JSON.stringify(words)}`);
    const after = await waitForDiagnostics(
      uri,
      (d) => d.every((x) => document.getText(x.range) !== 'clecision'),
      'no “clecision” diagnostic once it is in the dictionary',
      { rule: GARBLED_RULE },
    );
    assert.equal(after.length, DAMAGED_COUNT - 1, `the other words are still reported: ${summarize(after)}`);
  });
});

/** A file's text, or undefined when it does not exist. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

/**
 * The claims panel's page in the real browser engine: starts the offline
 * VS Code host (host.mjs) with the extension in development mode, opens a
 * story whose quotes carry HTML and script, runs "Attest: Show Claims" from
 * the Command Palette, and checks the webview through the workbench page
 * (`iframe.webview.ready` → `#active-frame`):
 *
 *   - the claims are listed by source, and hostile text shows as text;
 *   - nothing from the document runs: no <img>/<svg> element, only the
 *     panel's own script, and the payloads' marks never appear;
 *   - the keyboard works: Tab reaches the list through the filters, arrow
 *     keys move the active claim (aria-activedescendant), Enter selects the
 *     quote in the editor;
 *   - the search box filters; the status bar item counts unattributed quotes;
 *   - typing in the editor patches the list (unchanged rows are the same
 *     elements, the active claim stays); the export button saves a file.
 *
 * `npm test` runs it after the integration tests (scripts/test-all.sh); it
 * prints `webview: N passed, N failed` and writes the counts to
 * out/webview-results.json for the closing summary line. Exits 1 on failure.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { check, groupClaimsBySource, type Claim } from '../../src/core/index.js';
import { HOSTILE_STORY } from './claims-documents.js';
import { ensureHost, openWorkbench, startServer, workbenchUrl } from './host.mjs';
import { claimsFrame, runCommand, type Page } from './workbench-steps.js';

/** out/test/webview-test.js → the repository root. */
const ROOT = path.resolve(__dirname, '..', '..');
const RESULTS_FILE = path.join(ROOT, 'out', 'webview-results.json');
/** The whole run, start-up included, must end within this. */
const RUN_TIMEOUT_MS = 240_000;
const STEP_TIMEOUT_MS = 30_000;

interface Outcome {
  name: string;
  error?: unknown;
}

/** The claims in the order the panel lists them (grouped by source), from the core itself. */
const EXPECTED_GROUPS = groupClaimsBySource(check(HOSTILE_STORY.text, 'plaintext').claims);
const EXPECTED = EXPECTED_GROUPS.flatMap((g) => g.claims);
const EXPECTED_UNATTRIBUTED = check(HOSTILE_STORY.text, 'plaintext').findings.filter((f) => f.rule === 'quote/unattributed').length;

/** What VS Code's status bar says for a selection of `claim` made from its start to its end. */
function selectionStatus(claim: Claim): string {
  const before = HOSTILE_STORY.text.slice(0, claim.end);
  const line = before.split('\n').length;
  const column = claim.end - (before.lastIndexOf('\n') + 1) + 1;
  return `Ln ${line}, Col ${column} (${claim.end - claim.start} selected)`;
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function checks(page: Page, workspaceDir: string): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const step = async (name: string, body: () => Promise<void>) => {
    try {
      await body();
      outcomes.push({ name });
      console.log(`  ✔ ${name}`);
    } catch (error) {
      outcomes.push({ name, error });
      console.log(`  ✘ ${name}\n      ${String(error instanceof Error ? error.message : error).split('\n').join('\n      ')}`);
    }
  };
  const frame = claimsFrame(page);
  const options = frame.locator('[role="option"]');

  await step('“Attest: Show Claims” opens the panel and lists every claim, grouped by source', async () => {
    await page.locator('.monaco-editor .view-lines').first().waitFor({ state: 'visible' });
    // The extension has checked the story once its status bar item shows.
    await page.locator('.statusbar-item').filter({ hasText: 'unattributed' }).first().waitFor({ state: 'visible' });
    await runCommand(page, 'Attest: Show Claims');
    await options.first().waitFor({ state: 'visible' });
    const count = await options.count();
    assert(count === EXPECTED.length, `${count} options listed, the core reports ${EXPECTED.length} claims`);
    const labels = await frame.locator('.group-label').allTextContents();
    // Speakers first, in order of their first quote, then the groups of claims with no speaker.
    const expectedGroups = groupClaimsBySource(EXPECTED).map((g) => g.label);
    assert(labels.slice(0, 3).join('|') === 'Mara Ellison|Tomas Brekke|Unattributed', `groups: ${JSON.stringify(labels)}`);
    assert(JSON.stringify(labels) === JSON.stringify(expectedGroups), `groups: ${JSON.stringify(labels)}, the core groups: ${JSON.stringify(expectedGroups)}`);
    const total = await frame.locator('#summary .count.total').textContent();
    assert(total === `${EXPECTED.length} claims`, `summary: ${total}`);
  });

  await step('hostile document text is shown as text, and none of it runs', async () => {
    const words = await frame.locator('.claim-text .words').allTextContents();
    for (const claim of EXPECTED) assert(words.includes(claim.text), `the panel shows ${JSON.stringify(claim.text)} as written; shown: ${JSON.stringify(words)}`);
    const counts = await frame.locator('body').evaluate((body) => ({
      img: body.ownerDocument.querySelectorAll('img').length,
      svg: body.ownerDocument.querySelectorAll('svg').length,
      b: body.ownerDocument.querySelectorAll('b').length,
      // VS Code adds a script of its own to every webview page; ours is the one from media/.
      scripts: [...body.ownerDocument.querySelectorAll('script')].map((s) => (s.src ? new URL(s.src).pathname.split('/').pop() : 'inline')),
      payloadScripts: [...body.ownerDocument.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('pwned')).length,
      pwned: body.dataset.pwned ?? null,
      title: body.ownerDocument.title,
      csp: body.ownerDocument.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      handlers: [...body.ownerDocument.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
    }));
    assert(/default-src 'none'/.test(counts.csp) && /script-src 'nonce-[^']+'/.test(counts.csp) && !counts.csp.includes('unsafe'), `CSP: ${counts.csp}`);
    assert(counts.handlers === 0, `elements with inline event handlers: ${counts.handlers}`);
    assert(counts.img === 0 && counts.svg === 0 && counts.b === 0, `elements from the document: ${JSON.stringify(counts)}`);
    assert(counts.scripts.filter((s) => s === 'claims-panel.js').length === 1, `the panel's own script, once: ${JSON.stringify(counts)}`);
    assert(counts.payloadScripts === 0, `a script element from the document: ${JSON.stringify(counts)}`);
    assert(counts.pwned === null, `a payload ran: ${JSON.stringify(counts)}`);
    assert(counts.title === 'Attest: Claims', `title: ${counts.title}`);
  });

  await step('Tab reaches the list through the search box, filters and export buttons', async () => {
    await frame.locator('#search').click();
    const stops: string[] = [];
    for (let i = 0; i < 8 && !stops.includes('claims'); i++) {
      await page.keyboard.press('Tab');
      stops.push(await frame.locator('body').evaluate((b) => {
        const a = b.ownerDocument.activeElement;
        return a?.id || a?.getAttribute('data-export') || a?.tagName || '';
      }));
    }
    assert(
      JSON.stringify(stops) === JSON.stringify(['filter-status', 'filter-kind', 'filter-source', 'md', 'csv', 'json', 'claims']),
      `tab stops: ${JSON.stringify(stops)}`,
    );
  });

  await step('arrow keys move the active claim (aria-activedescendant), Enter selects it in the editor', async () => {
    const list = frame.locator('#claims');
    const active = () => list.evaluate((l) => {
      const id = l.getAttribute('aria-activedescendant');
      const option = id ? l.ownerDocument.getElementById(id) : null;
      return { selected: option?.getAttribute('aria-selected') ?? null, text: option?.querySelector('.words')?.textContent ?? null };
    });
    let now = await active();
    assert(now.text === EXPECTED[0].text && now.selected === 'true', `focus lands on the first claim: ${JSON.stringify(now)}`);
    await page.keyboard.press('ArrowDown');
    now = await active();
    assert(now.text === EXPECTED[1].text && now.selected === 'true', `ArrowDown moves to the second claim: ${JSON.stringify(now)}`);
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');

    // Enter selects the quote and keeps the focus in the list; the editor draws the selection.
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-overlays .selected-text').first().waitFor({ state: 'visible' });
    const focused = await list.evaluate((l) => l.ownerDocument.activeElement === l);
    assert(focused, 'after Enter the focus stays in the list');

    // Shift+Enter moves the focus to the editor too, whose status bar then names the selection.
    await page.keyboard.press('Shift+Enter');
    const expected = selectionStatus(EXPECTED[1]);
    const selection = page.locator('.statusbar-item').filter({ hasText: /^Ln \d+, Col \d+/ }).first();
    await selection.filter({ hasText: expected }).waitFor({ state: 'visible', timeout: 10_000 }).catch(async () => {
      throw new Error(`status bar shows ${JSON.stringify(await selection.textContent())}, expected ${JSON.stringify(expected)}`);
    });
  });

  await step('the status bar item counts the unattributed quotes and opens the panel', async () => {
    const item = page.locator('.statusbar-item').filter({ hasText: `${EXPECTED_UNATTRIBUTED} unattributed` }).first();
    await item.waitFor({ state: 'visible' });
    const label = (await item.getAttribute('aria-label')) ?? (await item.locator('[aria-label]').first().getAttribute('aria-label'));
    const noun = EXPECTED_UNATTRIBUTED === 1 ? 'quote' : 'quotes';
    assert(label?.includes(`${EXPECTED_UNATTRIBUTED} unattributed ${noun}`), `accessible label: ${label}`);
    // Close the panel, then a click on the item opens it again.
    const tab = page.locator('.tab').filter({ hasText: 'Attest: Claims' }).first();
    await tab.hover();
    await tab.locator('.tab-actions .action-label').first().click();
    await tab.waitFor({ state: 'detached' });
    await item.click();
    await options.first().waitFor({ state: 'visible' });
    assert((await options.count()) === EXPECTED.length, 'the reopened panel lists every claim');
  });

  await step('the search box filters the list, and the counts stay', async () => {
    await frame.locator('#search').fill('Brekke');
    await page.waitForTimeout(200);
    const texts = await frame.locator('[role="option"] .words').allTextContents();
    assert(JSON.stringify(texts) === JSON.stringify([EXPECTED[1].text]), `after searching “Brekke”: ${JSON.stringify(texts)}`);
    await frame.locator('#search').fill('');
    await page.waitForTimeout(200);
    assert((await options.count()) === EXPECTED.length, 'clearing the search lists every claim again');
  });

  await step('the kind and source filters narrow the list to their claims, and “All” lists every claim again', async () => {
    const shown = async (): Promise<string> => {
      await page.waitForTimeout(200);
      return JSON.stringify(await frame.locator('[role="option"] .words').allTextContents());
    };
    const kind = EXPECTED.find((c) => c.kind !== EXPECTED[0].kind)?.kind;
    assert(kind !== undefined, 'the story has claims of more than one kind');
    await frame.locator('#filter-kind').selectOption(kind);
    const ofKind = JSON.stringify(EXPECTED.filter((c) => c.kind === kind).map((c) => c.text));
    assert((await shown()) === ofKind, `the ${kind} filter lists ${ofKind}`);
    await frame.locator('#filter-kind').selectOption('');
    assert((await options.count()) === EXPECTED.length, 'all kinds lists every claim again');
    const group = EXPECTED_GROUPS[EXPECTED_GROUPS.length - 1];
    await frame.locator('#filter-source').selectOption(group.key);
    const ofGroup = JSON.stringify(group.claims.map((c) => c.text));
    assert((await shown()) === ofGroup, `the ${group.key} filter lists ${ofGroup}`);
    await frame.locator('#filter-source').selectOption('');
    assert((await options.count()) === EXPECTED.length, 'all sources lists every claim again');
  });

  await step('an edit updates the list in place: unchanged rows stay the same elements, the active claim stays', async () => {
    // Mark the rows' elements; a redraw from scratch would lose the marks.
    await options.nth(1).click();
    await frame.locator('#claims').evaluate((l) => l.querySelectorAll('[role="option"]').forEach((o: { setAttribute(name: string, value: string): void }) => o.setAttribute('data-test-mark', 'kept')));
    // Type a new attributed quote at the end of the story, in the editor.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n“The quay reopens in June,” said Ines Varga.\n');
    await frame.locator('.group-label').filter({ hasText: 'Ines Varga' }).waitFor({ state: 'visible' });
    const after = await frame.locator('#claims').evaluate((l) =>
      [...l.querySelectorAll('[role="option"]')].map((o) => ({
        text: o.querySelector('.words')?.textContent ?? '',
        kept: o.getAttribute('data-test-mark') === 'kept',
        selected: o.getAttribute('aria-selected') === 'true',
      })),
    );
    assert(after.length === EXPECTED.length + 1, `one more claim: ${JSON.stringify(after)}`);
    const fresh = after.filter((o) => !o.kept).map((o) => o.text);
    assert(JSON.stringify(fresh) === JSON.stringify(['The quay reopens in June,']), `only the new claim's row is new: ${JSON.stringify(fresh)}`);
    const selected = after.filter((o) => o.selected).map((o) => o.text);
    assert(JSON.stringify(selected) === JSON.stringify([EXPECTED[1].text]), `the active claim stays: ${JSON.stringify(selected)}`);
  });

  await step('the Markdown export button saves a checklist through the save dialog', async () => {
    await frame.locator('button[data-export="md"]').click();
    // The web workbench's save dialog is a quick input holding the proposed path: accept it.
    const input = page.locator('.quick-input-widget input').first();
    await input.waitFor({ state: 'visible' });
    // The dialog fills in the folder first and the proposed name a moment later.
    let proposed = '';
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await page.waitForTimeout(100)) {
      proposed = await input.inputValue();
      if (proposed.endsWith('hostile.claims.md')) break;
    }
    assert(proposed.endsWith('hostile.claims.md'), `proposed file: ${proposed}`);
    await page.keyboard.press('Enter');
    const file = path.join(workspaceDir, 'hostile.claims.md');
    const deadline = Date.now() + 10_000;
    while (!fs.existsSync(file) && Date.now() < deadline) await page.waitForTimeout(100);
    assert(fs.existsSync(file), `no file at ${file}`);
    const text = fs.readFileSync(file, 'utf8');
    assert(text.startsWith('# Claims in hostile.txt'), text.slice(0, 200));
    assert(text.includes('Fine &lt;img src=x onerror="document.body.dataset.pwned=1"&gt; words,'), `the tag is escaped: ${text}`);
    assert((text.match(/^- \[ \] /gm) ?? []).length === EXPECTED.length + 1, `one box per claim: ${text}`);
  });

  await step('hidden and shown again, the panel comes back with its search (webview state)', async () => {
    await frame.locator('#search').fill('Brekke');
    await page.waitForTimeout(300);
    assert((await options.count()) === 1, 'the search narrows the list to one claim');
    // Move the panel into the story's editor group, show the story's tab (the panel's page is
    // dropped: no retainContextWhenHidden), then the panel's tab again (a fresh page).
    await runCommand(page, 'View: Move Editor into Previous Group');
    await page.locator('.tab').filter({ hasText: HOSTILE_STORY.file }).first().click();
    await page.locator('iframe.webview.ready').first().waitFor({ state: 'hidden' });
    await page.locator('.tab').filter({ hasText: 'Attest: Claims' }).first().click();
    await options.first().waitFor({ state: 'visible' });
    await page.waitForTimeout(300);
    const search = await frame.locator('#search').inputValue();
    assert(search === 'Brekke' && (await options.count()) === 1, `after being hidden: search ${JSON.stringify(search)}, ${await options.count()} claims`);
  });

  return outcomes;
}

async function main(): Promise<number> {
  ensureHost(ROOT);
  fs.rmSync(RESULTS_FILE, { force: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-webview-'));
  const workspace = path.join(scratch, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(path.join(workspace, HOSTILE_STORY.file), HOSTILE_STORY.text);

  console.log('webview: the claims panel in Chromium');
  const server = await startServer({
    root: ROOT,
    settings: { 'editor.minimap.enabled': false, 'workbench.colorTheme': 'Default Dark Modern', 'editor.wordWrap': 'off' },
  });
  let workbench: Awaited<ReturnType<typeof openWorkbench>> | undefined;
  let outcomes: Outcome[] = [];
  const timer = setTimeout(() => {
    console.error(`webview: no result within ${RUN_TIMEOUT_MS / 1000} s`);
    fs.writeFileSync(RESULTS_FILE, JSON.stringify({ passed: 0, failed: 1 }));
    void server.stop().finally(() => process.exit(1));
  }, RUN_TIMEOUT_MS);
  try {
    const url = workbenchUrl(server, {
      folder: workspace,
      openFile: path.join(workspace, HOSTILE_STORY.file),
      extensionDevelopmentPaths: [path.resolve(process.env.ATTEST_EXTENSION_DEVELOPMENT_PATH || ROOT)],
    });
    workbench = await openWorkbench(url, { root: ROOT, viewport: { width: 1280, height: 800 } });
    workbench.page.setDefaultTimeout(STEP_TIMEOUT_MS);
    outcomes = await checks(workbench.page, workspace);
  } catch (error) {
    outcomes.push({ name: 'start the workbench', error });
    console.log(`  ✘ start the workbench: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    clearTimeout(timer);
    await workbench?.close();
    await server.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const failed = outcomes.filter((o) => o.error !== undefined).length;
  const passed = outcomes.length - failed;
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  fs.writeFileSync(RESULTS_FILE, JSON.stringify({ passed, failed }));
  console.log(`webview: ${passed} passed, ${failed} failed`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    fs.writeFileSync(RESULTS_FILE, JSON.stringify({ passed: 0, failed: 1 }));
    process.exit(1);
  },
);

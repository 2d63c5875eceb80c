/**
 * `npm run screenshots`: what a writer sees, as PNGs in media/screenshots/.
 *
 * Starts the offline VS Code host (see host.mjs) with the extension loaded in
 * development mode and, in a dark and a light colour theme, saves:
 *
 *   workbench-THEME.png  report.md's unmatched quotation mark: squiggle, hover, Problems panel
 *   hover-THEME.png      damaged.txt's ocr/garbled squiggles and the hover of one
 *   quickfix-THEME.png   the quick-fix menu (Ctrl+.) on a damaged word
 *   problems-THEME.png   the Problems panel listing the findings of several rules
 *   panel-THEME.png      the claims panel (Attest: Show Claims) beside a story with attributed,
 *                        unattributed, title and scare quotes
 *
 * Environment:
 *   ATTEST_EXTENSION_DEVELOPMENT_PATH  the extension to show (default: this repository)
 *   ATTEST_SCREENSHOTS                 which sets to take, comma-separated: quote, ocr, panel (default: all)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PANEL_SOURCE, PANEL_STORY } from './claims-documents.js';
import { ensureHost, hostVersions, openWorkbench, startServer, workbenchUrl } from './host.mjs';
import { claimsFrame, runCommand as runPaletteCommand } from './workbench-steps.js';

/** out/test/screenshots.js → the repository root. */
const ROOT = path.resolve(__dirname, '..', '..');
const OUT_DIR = path.join(ROOT, 'media', 'screenshots');
/** The fixture with an unmatched quotation mark (the README's picture). */
const QUOTE_FIXTURE = 'report.md';
/** The fixture with words damaged by OCR. */
const OCR_FIXTURE = 'damaged.txt';

/**
 * A note with damage of other kinds, written into the screenshots' workspace
 * only, so that the Problems panel lists several rules.
 */
const MIXED_NOTE = {
  file: 'ferry.txt',
  text: [
    'Ferry timetable for the islands',
    '',
    'The new timetable starts on 31 April, the harbour master said. Boats will leave the pier every hour and thecouncil will pay for the extra crossings.',
    '',
    '"We want the islands to feel close, said the harbour master, Ines Varga. Residents can buy tickets at the the kiosk on the quay.',
    '',
  ].join('\n'),
};

const THEMES = [
  { name: 'dark', theme: 'Default Dark Modern' },
  { name: 'light', theme: 'Default Light Modern' },
];

/** Settings that make a tidy picture: no minimap, no chat or welcome clutter. */
const SETTINGS = {
  'editor.minimap.enabled': false,
  'editor.fontSize': 14,
  'editor.wordWrap': 'on',
  'breadcrumbs.enabled': false,
  'workbench.layoutControl.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  // Hover only when the mouse says so, and keep it up while the picture is taken.
  'editor.hover.delay': 200,
  'editor.hover.sticky': true,
  'editor.lightbulb.enabled': 'on',
};

/** Waits this long at most for each thing to appear in the workbench. */
const STEP_TIMEOUT_MS = 60_000;

type Page = Awaited<ReturnType<typeof openWorkbench>>['page'];

/** Starts a workbench on a fresh copy of the fixtures, runs `steps`, and cleans up. */
async function withWorkbench(
  extensionPath: string,
  theme: string,
  openFile: string,
  steps: (page: Page) => Promise<void>,
  extraFiles: readonly { file: string; text: string }[] = [],
): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-shots-'));
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'integration'), workspace, { recursive: true });
  fs.writeFileSync(path.join(workspace, MIXED_NOTE.file), MIXED_NOTE.text);
  for (const extra of extraFiles) {
    fs.mkdirSync(path.dirname(path.join(workspace, extra.file)), { recursive: true });
    fs.writeFileSync(path.join(workspace, extra.file), extra.text);
  }

  const server = await startServer({ root: ROOT, settings: { ...SETTINGS, 'workbench.colorTheme': theme } });
  let workbench: Awaited<ReturnType<typeof openWorkbench>> | undefined;
  try {
    const url = workbenchUrl(server, {
      folder: workspace,
      openFile: path.join(workspace, openFile),
      extensionDevelopmentPaths: [extensionPath],
    });
    workbench = await openWorkbench(url, { root: ROOT, viewport: { width: 1280, height: 760 } });
    workbench.page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await steps(workbench.page);
  } finally {
    await workbench?.close();
    await server.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

async function save(page: Page, file: string, what: string): Promise<void> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const target = path.join(OUT_DIR, file);
  await page.screenshot({ path: target });
  console.log(`[screenshots] ${path.relative(ROOT, target)}: ${what}`);
}

/** The editor's text area (a click there focuses the editor). */
const editorLines = (page: Page) => page.locator('.monaco-editor .view-lines').first();

/** Moves the mouse away and closes whatever hover or menu is open. */
async function dismiss(page: Page): Promise<void> {
  await page.mouse.move(2, 300);
  await page.keyboard.press('Escape');
  await page.locator('.monaco-hover:visible').first().waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
}

/** Hovers the centre of an element and waits for a hover that contains `text`. */
async function hover(page: Page, target: ReturnType<Page['locator']>, text: string): Promise<void> {
  // The workbench may still be laying out (a panel just opened): give the target a moment to be drawn.
  await target.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => undefined);
  const box = await target.boundingBox();
  if (!box) {
    await page.screenshot({ path: path.join(os.tmpdir(), 'attest-screenshot-failure.png') });
    throw new Error(`the squiggle is not on screen (the workbench as it was: ${path.join(os.tmpdir(), 'attest-screenshot-failure.png')})`);
  }
  await page.mouse.move(box.x + box.width / 2 - 3, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('.monaco-hover').filter({ hasText: text }).first().waitFor({ state: 'visible' });
  // Let the hover finish rendering (its actions bar arrives a moment later).
  await page.waitForTimeout(500);
}

/** Opens a workspace file through Quick Open, as a user would. */
async function openByName(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator('.tab.active').filter({ hasText: name }).waitFor({ state: 'visible' });
}

/** Runs a command by its title through the Command Palette. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** The README's picture: the unmatched quotation mark in report.md, with the Problems panel and the hover. */
async function shootQuote(page: Page, name: string): Promise<void> {
  // The squiggle: Monaco draws each warning as a `.squiggly-warning` overlay.
  const squiggle = page.locator('.monaco-editor .view-overlays .squiggly-warning').first();
  await squiggle.waitFor({ state: 'visible' });
  // Focus the editor (a click in its text), then open the Problems panel.
  await editorLines(page).click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row').first().waitFor({ state: 'visible' });
  // The panel moved the editor's lines: find the squiggle again, then hover it.
  await hover(page, squiggle, 'quotation mark');
  await save(page, `workbench-${name}.png`, `${QUOTE_FIXTURE}: quote/unbalanced squiggle, its hover, and the Problems panel`);
}

/** damaged.txt: the hover of a garbled word, the quick-fix menu, then the Problems panel with several rules. */
async function shootOcr(page: Page, name: string): Promise<void> {
  const squiggles = page.locator('.monaco-editor .view-overlays .squiggly-warning');
  await squiggles.first().waitFor({ state: 'visible' });
  await page.waitForTimeout(500);

  // (a) The first squiggle is the first damaged word, “clecision”.
  await hover(page, squiggles.first(), 'looks garbled');
  await save(page, `hover-${name}.png`, `${OCR_FIXTURE}: ocr/garbled squiggles and the hover of “clecision”`);
  await dismiss(page);

  // (b) The quick-fix menu on the first “rnarket” (the second squiggle): click into the word, Ctrl+.
  const box = await squiggles.nth(1).boundingBox();
  if (!box) throw new Error('the second squiggle is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.move(2, 300);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget').filter({ hasText: 'Change to' }).first();
  await menu.waitFor({ state: 'visible' });
  if (!(await menu.innerText()).includes('rnarket')) throw new Error(`the quick-fix menu is not about “rnarket”: ${await menu.innerText()}`);
  await page.waitForTimeout(300);
  await save(page, `quickfix-${name}.png`, `${OCR_FIXTURE}: the quick-fix menu (Ctrl+.) on “rnarket”`);
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden' });

  // (c) Open the other notes too, then the Problems panel: every rule's findings, file by file.
  for (const file of [QUOTE_FIXTURE, 'notes.txt', MIXED_NOTE.file]) await openByName(page, file);
  await page.locator('.monaco-editor .view-overlays .squiggly-info').first().waitFor({ state: 'visible' });
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  await rows.first().waitFor({ state: 'visible' });
  // Give the panel most of the window, so that every file's findings fit.
  await runCommand(page, 'View: Toggle Maximized Panel');
  try {
    await rows.filter({ hasText: 'run together' }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await rows.filter({ hasText: 'looks garbled' }).first().waitFor({ state: 'visible', timeout: 5_000 });
  } catch (error) {
    await save(page, `problems-${name}-FAILED.png`, 'what the workbench showed instead');
    throw error;
  }
  await page.waitForTimeout(300);
  await save(page, `problems-${name}.png`, 'the Problems panel: ocr/garbled, ocr/run-together, date/impossible, text/dropped, quote/unbalanced');
}

/** The claims panel beside a story, with one claim selected from the list (which selects it in the editor). */
async function shootPanel(page: Page, name: string): Promise<void> {
  await editorLines(page).waitFor({ state: 'visible' });
  await page.locator('.statusbar-item').filter({ hasText: 'unattributed' }).first().waitFor({ state: 'visible' });
  await runPaletteCommand(page, 'Attest: Show Claims');
  const frame = claimsFrame(page);
  const options = frame.locator('[role="option"]');
  await options.first().waitFor({ state: 'visible' });
  // Brekke's quote: a click selects it in the editor; the list keeps the focus, so the row shows as focused.
  await options.nth(2).click();
  await page.locator('.monaco-editor .view-overlays .selected-text').first().waitFor({ state: 'visible' });
  await page.mouse.move(2, 300);
  await page.waitForTimeout(500);
  await save(page, `panel-${name}.png`, `${PANEL_STORY.file}: the claims panel beside the story, one claim selected`);
}

/** Whether to take a set of screenshots (ATTEST_SCREENSHOTS lists the sets; unset: all). */
function wanted(set: string): boolean {
  const only = process.env.ATTEST_SCREENSHOTS;
  return !only || only.split(',').map((s) => s.trim()).includes(set);
}

async function main(): Promise<void> {
  ensureHost(ROOT);
  const versions = hostVersions(ROOT);
  console.log(`[screenshots] VS Code ${versions.vscode} (code-server ${versions.codeServer})`);
  const extensionPath = path.resolve(process.env.ATTEST_EXTENSION_DEVELOPMENT_PATH || ROOT);
  for (const { name, theme } of THEMES) {
    if (wanted('quote')) await withWorkbench(extensionPath, theme, QUOTE_FIXTURE, (page) => shootQuote(page, name));
    if (wanted('ocr')) await withWorkbench(extensionPath, theme, OCR_FIXTURE, (page) => shootOcr(page, name));
    if (wanted('panel')) await withWorkbench(extensionPath, theme, PANEL_STORY.file, (page) => shootPanel(page, name), [PANEL_STORY, PANEL_SOURCE]);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * `npm run screenshots`: what a writer sees, as PNGs in media/screenshots/.
 *
 * Starts the offline VS Code host (see host.mjs) with the extension loaded in
 * development mode, opens the Markdown fixture (it has an unmatched quotation
 * mark), waits for the squiggle, opens the Problems panel, hovers the squiggle
 * and saves one screenshot per colour theme.
 *
 * Environment:
 *   ATTEST_EXTENSION_DEVELOPMENT_PATH  the extension to show (default: this repository)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureHost, hostVersions, openWorkbench, startServer, workbenchUrl } from './host.mjs';

/** out/test/screenshots.js → the repository root. */
const ROOT = path.resolve(__dirname, '..', '..');
const OUT_DIR = path.join(ROOT, 'media', 'screenshots');
const FIXTURE = 'report.md';

const SHOTS = [
  { file: 'workbench-dark.png', theme: 'Default Dark Modern' },
  { file: 'workbench-light.png', theme: 'Default Light Modern' },
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
};

/** Waits this long at most for each thing to appear in the workbench. */
const STEP_TIMEOUT_MS = 60_000;

/** Takes one screenshot with the given colour theme. */
async function shoot(extensionPath: string, theme: string, file: string): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-shots-'));
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'integration'), workspace, { recursive: true });

  const server = await startServer({ root: ROOT, settings: { ...SETTINGS, 'workbench.colorTheme': theme } });
  let workbench: Awaited<ReturnType<typeof openWorkbench>> | undefined;
  try {
    const url = workbenchUrl(server, {
      folder: workspace,
      openFile: path.join(workspace, FIXTURE),
      extensionDevelopmentPaths: [extensionPath],
    });
    workbench = await openWorkbench(url, { root: ROOT, viewport: { width: 1280, height: 760 } });
    const { page } = workbench;
    page.setDefaultTimeout(STEP_TIMEOUT_MS);

    // The squiggle: Monaco draws each warning as a `.squiggly-warning` overlay.
    const squiggle = page.locator('.monaco-editor .view-overlays .squiggly-warning').first();
    await squiggle.waitFor({ state: 'visible' });

    // Focus the editor (a click in its text), then open the Problems panel.
    await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row').first().waitFor({ state: 'visible' });

    // The panel moved the editor's lines: find the squiggle again, then hover it.
    const box = await squiggle.boundingBox();
    if (!box) throw new Error('the squiggle is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.monaco-hover').filter({ hasText: 'quotation mark' }).first().waitFor({ state: 'visible' });

    fs.mkdirSync(OUT_DIR, { recursive: true });
    const target = path.join(OUT_DIR, file);
    await page.screenshot({ path: target });
    console.log(`[screenshots] ${path.relative(ROOT, target)} (${theme})`);
  } finally {
    await workbench?.close();
    await server.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  ensureHost(ROOT);
  const versions = hostVersions(ROOT);
  console.log(`[screenshots] VS Code ${versions.vscode} (code-server ${versions.codeServer})`);
  const extensionPath = path.resolve(process.env.ATTEST_EXTENSION_DEVELOPMENT_PATH || ROOT);
  for (const { file, theme } of SHOTS) await shoot(extensionPath, theme, file);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

/**
 * Steps in the VS Code workbench page shared by the webview test and the
 * screenshots of the claims panel: running a command as a user would, and
 * reaching into the panel's webview.
 */
import type { openWorkbench } from './host.mjs';

export type Page = Awaited<ReturnType<typeof openWorkbench>>['page'];

/**
 * Runs a command by its title through the Command Palette (F1). Tries a few
 * times: just after start-up the palette may open before the extensions'
 * commands are registered with it.
 */
export async function runCommand(page: Page, title: string, attempts = 3): Promise<void> {
  const input = page.locator('.quick-input-widget input').first();
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 10_000 });
    } catch (error) {
      await page.keyboard.press('Escape');
      if (attempt >= attempts) throw error;
      continue;
    }
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden' });
    return;
  }
}

/**
 * The claims panel's page. VS Code hosts a webview in an iframe
 * (`iframe.webview`, `ready` once loaded) whose own inner frame
 * (`#active-frame`) holds the extension's HTML. The panel is the only
 * webview these runs open.
 */
export function claimsFrame(page: Page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

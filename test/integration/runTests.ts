/**
 * `npm run test:integration`: runs the mocha suite in test/integration/suite
 * inside a real VS Code extension host, and exits non-zero when a test fails.
 *
 * `@vscode/test-electron`'s runTests() launches the executable it is given.
 * Offline, that is test/host/code-shim.mjs, which runs VS Code's server
 * (code-server, installed into .vscode-test/ by test/host/install-host.sh)
 * with the workbench in headless Chromium. On a machine that can run desktop
 * VS Code, set ATTEST_VSCODE_EXECUTABLE to its binary and the same call uses it.
 *
 * Environment:
 *   ATTEST_VSCODE_EXECUTABLE            a VS Code binary to use instead of the code-server shim
 *   ATTEST_EXTENSION_DEVELOPMENT_PATH   the extension to test (default: this repository)
 *   ATTEST_TEST_SETTINGS, ATTEST_TEST_TIMEOUT, ATTEST_HOST_VERBOSE: see code-shim.mjs
 */
import { runTests } from '@vscode/test-electron';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureHost } from '../host/host.mjs';

/** out/test/runTests.js → the repository root. */
const ROOT = path.resolve(__dirname, '..', '..');

async function main(): Promise<number> {
  const desktop = process.env.ATTEST_VSCODE_EXECUTABLE;
  const shim = path.join(ROOT, 'test', 'host', 'code-shim.mjs');
  if (!desktop) {
    ensureHost(ROOT);
    // runTests spawns the shim directly; a checkout may have lost the executable bit.
    fs.chmodSync(shim, 0o755);
  }

  // A fresh copy of the fixtures each run: the tests edit and save them.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-it-'));
  const workspace = path.join(scratch, 'workspace');
  fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'integration'), workspace, { recursive: true });
  // Outside the workspace, so the tests never see it as a document.
  const resultsFile = path.join(scratch, 'results.json');
  // The totals `npm test` sums up; removed first so a stale file never counts.
  const summaryFile = path.join(ROOT, 'out', 'integration-results.json');
  fs.rmSync(summaryFile, { force: true });

  let exitCode: number;
  try {
    exitCode = await runTests({
      vscodeExecutablePath: desktop || shim,
      extensionDevelopmentPath: path.resolve(process.env.ATTEST_EXTENSION_DEVELOPMENT_PATH || ROOT),
      extensionTestsPath: path.join(ROOT, 'out', 'test', 'suite', 'index.js'),
      // Desktop VS Code: no other extensions. The shim ignores the flag (its profile is empty anyway).
      launchArgs: [workspace, '--disable-extensions'],
      extensionTestsEnv: { ATTEST_TEST_RESULTS: resultsFile, ...(process.env.ATTEST_TEST_GREP ? { ATTEST_TEST_GREP: process.env.ATTEST_TEST_GREP } : {}) },
    });
  } catch (error) {
    // TestRunFailedError carries the host's exit code; anything else is a launch failure.
    const code = (error as { code?: unknown }).code;
    exitCode = typeof code === 'number' && code !== 0 ? code : 1;
    console.error(error instanceof Error ? error.message : String(error));
  }

  // Repeat the counts as the run's closing line (CI reads it), after test-electron's "Exit code:".
  if (fs.existsSync(resultsFile)) {
    const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as { passed: number; failed: number; skipped: number };
    console.log(`integration: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
    fs.writeFileSync(summaryFile, JSON.stringify(r));
    if (r.failed > 0 || r.passed === 0) exitCode ||= 1;
  } else {
    console.log('integration: the extension host ended before the tests reported any result');
    exitCode ||= 1;
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

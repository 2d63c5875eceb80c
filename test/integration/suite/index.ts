/**
 * The extension-tests entry point: VS Code loads this module in the extension
 * host (`--extensionTestsPath`) and awaits its `run()`.
 *
 * esbuild bundles this file and the test files into one module, so mocha
 * cannot load test files itself. Instead `run()` sets up mocha's TDD globals
 * (`suite`, `test`, …) and then `require`s the test modules: esbuild keeps a
 * `require()` of a bundled module lazy, so their `suite(...)` calls run only
 * now, with the globals in place.
 */
import * as fs from 'node:fs';
import Mocha from 'mocha';

/** Each test module, required in this order. */
function loadTests(): void {
  require('./activation.test');
  require('./markdown.test');
  require('./plaintext.test');
  require('./quickfix.test');
  require('./attribution.test');
  require('./claims-panel.test');
  require('./sources.test');
}

/**
 * Runs the integration tests and resolves when they all pass; rejects (which
 * makes the run exit non-zero) when any fails.
 *
 * Prints mocha's spec report and then `N passed, N failed` on its own line.
 * If `ATTEST_TEST_RESULTS` names a file, the counts are also written there as
 * JSON, so that the launcher (runTests.ts) can repeat them as the run's last line.
 */
export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    // Output is relayed from the extension host as plain lines; no escape codes.
    color: false,
    timeout: 30_000,
    // `ATTEST_TEST_GREP=hover npm run test:integration` runs only the matching tests (while working on them).
    ...(process.env.ATTEST_TEST_GREP ? { grep: process.env.ATTEST_TEST_GREP } : {}),
  });
  mocha.suite.emit('pre-require', globalThis, 'integration-suite', mocha);
  loadTests();

  const stats = await new Promise<{ passes: number; failures: number; pending: number }>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats ?? { passes: 0, failures: 1, pending: 0 }));
  });
  const { passes, failures, pending } = stats;
  const line = `${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`;
  console.log(line);

  const resultsFile = process.env.ATTEST_TEST_RESULTS;
  if (resultsFile) fs.writeFileSync(resultsFile, JSON.stringify({ passed: passes, failed: failures, skipped: pending }));

  if (failures > 0) throw new Error(`${failures} integration test(s) failed`);
  if (passes === 0) throw new Error('no integration test ran');
}

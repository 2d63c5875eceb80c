#!/usr/bin/env node
// @ts-check
/**
 * A stand-in for the `code` executable that runs extension tests on the
 * offline code-server host (see host.mjs and /work/shared/docs/vscode-testing.md).
 *
 * It takes VS Code's own command-line flags, so `@vscode/test-electron`'s
 * `runTests({ vscodeExecutablePath: <this file>, … })` works unchanged:
 *   --extensionDevelopmentPath=<dir>   (required, repeatable)
 *   --extensionTestsPath=<module>      (required: the module whose run() runs the tests)
 *   <folder> | <file>                  (workspace folder to open, or a file to open)
 * Every other flag (--no-sandbox, --user-data-dir=…, …) is ignored: each run
 * gets a fresh profile in a temp folder instead.
 *
 * Exits with the code the workbench reports through codeAutomationExit
 * (0 = tests passed), or 1 on a timeout or a host failure.
 *
 * Environment:
 *   ATTEST_TEST_SETTINGS   JSON object of user settings for the run
 *   ATTEST_TEST_TIMEOUT    overall limit in seconds (default 300)
 *   ATTEST_HOST_VERBOSE=1  also relay the workbench page's own console and the server log path
 *   ATTEST_HOST_KEEP_TMP=1 keep the temp profile (server.log is in it)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as util from 'node:util';
import { hostPaths, hostVersions, openWorkbench, startServer, workbenchUrl } from './host.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const verbose = !!process.env.ATTEST_HOST_VERBOSE;
const say = (/** @type {string} */ msg) => console.log(`[code-shim] ${msg}`);

/**
 * The workbench's own log lines reach codeAutomationLog too, mixed with the
 * extension host's console. These ones are start-up chatter, or errors that
 * only mean "offline" (marketplace, GitHub sign-in); hidden unless verbose.
 */
const NOISE = [
  /^Resolving connection token|^Resolved connection token|^Creating a socket|^\[reconnection-grace-time\]/,
  /^Updating additional builtin extensions cache|^\[Service Worker\]|^\[AgentHost|^\[AccountPolicyGate\]/,
  /^Creation of workbench contribution .* took \d+ms/,
  /^\[DefaultAccount\]/,
  /ENOTFOUND|EAI_AGAIN|Timed out waiting for authentication provider/,
];
const isNoise = (/** @type {string} */ line) => !verbose && NOISE.some((re) => re.test(line));

/** Picks out the flags this host understands from a VS Code command line. */
function parseArgs(/** @type {string[]} */ argv) {
  /** @type {string[]} */
  const extensionDevelopmentPaths = [];
  /** @type {string | undefined} */
  let extensionTestsPath;
  /** @type {string[]} */
  const paths = [];
  for (const arg of argv) {
    const m = /^--([^=]+)=(.*)$/s.exec(arg);
    if (m?.[1] === 'extensionDevelopmentPath') extensionDevelopmentPaths.push(path.resolve(m[2]));
    else if (m?.[1] === 'extensionTestsPath') extensionTestsPath = path.resolve(m[2]);
    else if (!arg.startsWith('-')) paths.push(path.resolve(arg));
    // else: a flag for desktop VS Code; meaningless here.
  }
  let folder;
  let openFile;
  for (const p of paths) {
    if (fs.statSync(p, { throwIfNoEntry: false })?.isDirectory()) folder ??= p;
    else openFile ??= p;
  }
  return { extensionDevelopmentPaths, extensionTestsPath, folder, openFile };
}

/** The settings from ATTEST_TEST_SETTINGS, or a clear error. */
function settingsFromEnv() {
  const raw = process.env.ATTEST_TEST_SETTINGS;
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
  } catch {
    /* reported below */
  }
  throw new Error(`ATTEST_TEST_SETTINGS must be a JSON object, got: ${raw}`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!args.extensionTestsPath) {
    throw new Error('--extensionTestsPath=<module> is required: this host only runs extension tests');
  }
  if (args.extensionDevelopmentPaths.length === 0) {
    // Without one the workbench silently never runs the tests (as desktop VS Code refuses to).
    throw new Error('--extensionDevelopmentPath=<dir> is required with --extensionTestsPath');
  }
  const versions = hostVersions(ROOT);
  say(`VS Code ${versions.vscode} (code-server ${versions.codeServer}, commit ${versions.commit.slice(0, 10)}), Chromium ${hostPaths(ROOT).chromium}`);
  const timeoutS = Number(process.env.ATTEST_TEST_TIMEOUT || 300);

  const server = await startServer({ root: ROOT, settings: settingsFromEnv() });
  if (verbose) say(`server ${server.url}, log ${server.logFile}`);
  /** @type {Awaited<ReturnType<typeof openWorkbench>> | undefined} */
  let workbench;
  // Ctrl+C (or runTests forwarding SIGINT) must not leave the server running.
  const onSignal = async (/** @type {string} */ sig) => {
    say(`${sig}: stopping`);
    await workbench?.close();
    await server.stop();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  /** @type {(code: number) => void} */
  let finish = () => {};
  const finished = new Promise((/** @type {(code: number) => void} */ resolve) => (finish = resolve));
  // Whether the workbench reported the tests' end (else the host itself failed).
  let reported = false;

  const timer = setTimeout(() => {
    say(`timed out after ${timeoutS} s (ATTEST_TEST_TIMEOUT)`);
    finish(1);
  }, timeoutS * 1000);
  const opening = openWorkbench(workbenchUrl(server, args), {
    root: ROOT,
    onExit: (c) => {
      reported = true;
      finish(c);
    },
    onLog: (level, logArgs) => {
      // After the tests end, the workbench only logs its own shutdown (cancelled requests).
      if (reported && !verbose) return;
      const line = util.format(...logArgs);
      if (isNoise(line)) return;
      (level === 'error' ? process.stderr : process.stdout).write(line + '\n');
    },
  }).then((wb) => {
    workbench = wb;
    wb.page.on('crash', () => {
      say('the workbench page crashed');
      finish(1);
    });
    if (verbose) wb.page.on('console', (msg) => say(`[page ${msg.type()}] ${msg.text()}`));
    return wb;
  });

  let code = 1;
  try {
    code = await Promise.race([finished, opening.then(() => finished)]);
  } finally {
    clearTimeout(timer);
    // Even when the run ended (timed out) while the browser was still starting, close it.
    // (If opening failed, that error is what main() rejects with.)
    const wb = await opening.catch(() => undefined);
    await wb?.close();
    if (!reported && !verbose) {
      const tail = server.logTail().trim();
      if (tail) say(`last lines of the server log:\n${tail}`);
    }
    await server.stop();
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[code-shim] ${err instanceof Error ? err.stack || err.message : err}`);
    process.exit(1);
  },
);

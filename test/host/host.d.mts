/**
 * Types for host.mjs (plain ESM so that code-shim.mjs runs without a build);
 * see that file for what each function does.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface HostPaths {
  cacheDir: string;
  installScript: string;
  node: string;
  codeServerDir: string;
  entry: string;
  chromium: string;
}

/** Where install-host.sh puts the host, for a repository root. */
export function hostPaths(root: string): HostPaths;

/** Runs install-host.sh (installs what is missing; quick when nothing is). Throws if it fails. */
export function ensureHost(root: string): void;

/** The versions of the installed host. */
export function hostVersions(root: string): { vscode: string; commit: string; codeServer: string };

export interface Server {
  url: string;
  port: number;
  tmp: string;
  userData: string;
  logFile: string;
  logTail(): string;
  /** Ends the server's process group and removes its temp folder. */
  stop(): Promise<void>;
}

/** Starts code-server on loopback with a fresh profile and waits for /healthz. */
export function startServer(opts: {
  root: string;
  settings?: Record<string, unknown>;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
}): Promise<Server>;

/** The workbench URL with the development/test payload. */
export function workbenchUrl(
  server: { url: string; port: number },
  opts: { folder?: string; openFile?: string; extensionDevelopmentPaths?: string[]; extensionTestsPath?: string },
): string;

/** Opens the workbench in headless Chromium. */
export function openWorkbench(
  url: string,
  opts?: {
    root?: string;
    onExit?: (code: number) => void;
    onLog?: (level: string, args: unknown[]) => void;
    viewport?: { width: number; height: number };
    deviceScaleFactor?: number;
  },
): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }>;

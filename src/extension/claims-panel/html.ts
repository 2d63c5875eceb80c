/**
 * The claims panel's page. It holds no document text at all: the list
 * arrives later by `postMessage` and is drawn with `textContent`. The
 * Content-Security-Policy allows only the extension's own stylesheet, font
 * and one script (by nonce): no inline script, no inline event handler, no
 * inline style, no network.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** The folder (under the extension's root) the webview may load files from. */
export const MEDIA_FOLDER = 'media';

/** The webview options: scripts on, files only from `media/`. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, MEDIA_FOLDER)] };
}

/** A fresh nonce per page (128 random bits, base64). */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

/** The page's HTML for a webview. */
export function panelHtml(webview: vscode.Webview, extensionUri: vscode.Uri, nonce = makeNonce()): string {
  const media = (...parts: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, MEDIA_FOLDER, ...parts)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('vendor', 'codicons', 'codicon.css')}">
<link rel="stylesheet" href="${media('claims-panel.css')}">
<title>Attest: Claims</title>
</head>
<body>
<header class="toolbar">
  <div class="summary" id="summary" role="status" aria-live="polite" aria-atomic="true"></div>
  <div class="filters" role="search" aria-label="Filter claims">
    <div class="search">
      <span class="codicon codicon-search" aria-hidden="true"></span>
      <input id="search" type="search" placeholder="Search claims" aria-label="Search claims by words, speaker or cue" spellcheck="false">
    </div>
    <select id="filter-status" aria-label="Filter by status"><option value="">All statuses</option></select>
    <select id="filter-kind" aria-label="Filter by kind"><option value="">All kinds</option></select>
    <select id="filter-source" aria-label="Filter by source"><option value="">All sources</option></select>
  </div>
  <div class="exports" role="group" aria-label="Export claims">
    <span class="exports-label">Export</span>
    <button type="button" data-export="md" title="Export a Markdown checklist"><span class="codicon codicon-checklist" aria-hidden="true"></span>Markdown</button>
    <button type="button" data-export="csv" title="Export CSV for a spreadsheet"><span class="codicon codicon-table" aria-hidden="true"></span>CSV</button>
    <button type="button" data-export="json" title="Export JSON"><span class="codicon codicon-json" aria-hidden="true"></span>JSON</button>
  </div>
</header>
<p class="notice" id="notice" hidden></p>
<div class="claims" id="claims" role="listbox" tabindex="0" aria-label="Claims"></div>
<p class="empty" id="empty" hidden>No claims match the filters.</p>
<script nonce="${nonce}" src="${media('claims-panel.js')}"></script>
</body>
</html>`;
}

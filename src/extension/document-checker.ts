/**
 * Decides when each open document is checked and publishes the results.
 *
 * - A document is checked when it opens, and again `debounceMs` after the
 *   writer stops typing; typing itself never runs the checker.
 * - Each document keeps a chunk cache, so a re-check only parses the blocks
 *   that changed (see `core/engine/chunk-cache.ts`).
 * - A document larger than `maxLiveCheckSizeMB` is checked on save only, and
 *   the writer is told so once.
 */
import * as vscode from 'vscode';
import { check, createChunkCache, mergeConfig, type ChunkCache, type CheckResult, type Format } from '../core/index.js';
import { toDiagnostic } from './diagnostics.js';
import type { ProjectConfig } from './project-config.js';
import type { SourceLibrary } from './sources.js';
import { readSettings, type ClientSettings } from './settings.js';

/** The URI schemes of documents a writer edits (not git's or the output panel's). */
const CHECKED_SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote']);

interface DocumentState {
  cache: ChunkCache;
  timer?: ReturnType<typeof setTimeout>;
  /** The version the current diagnostics were computed from. */
  checkedVersion?: number;
  result?: CheckResult;
  toldTooLarge?: boolean;
  /** Words the writer chose to ignore in this document ("Ignore in this document"), for this session. */
  ignoredWords: string[];
}

/** How the core reads a document: Markdown for the `markdown` language, plain text for every other. */
export function formatOf(document: vscode.TextDocument): Format {
  return document.languageId === 'markdown' ? 'markdown' : 'plaintext';
}

export class DocumentChecker implements vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  private readonly disposables: vscode.Disposable[] = [];
  private settings: ClientSettings = readSettings();
  private readonly didCheck = new vscode.EventEmitter<vscode.TextDocument>();
  /**
   * Fires after a document was checked (its result changed) or forgotten
   * (closed, or no longer checked). Listeners read the result with
   * {@link resultFor}; the claims panel, the status bar and semantic tokens
   * all follow this one event.
   */
  readonly onDidCheck = this.didCheck.event;

  constructor(
    private readonly diagnostics: vscode.DiagnosticCollection,
    private readonly projectConfig: ProjectConfig,
    private readonly log: vscode.OutputChannel,
    /** The writer's sources, when quotes are checked against them. */
    private readonly sources?: SourceLibrary,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.checkNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.onSave(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('attest')) this.recheckAll();
      }),
      projectConfig.onDidChange(() => this.recheckAll()),
    );
  }

  /** Checks every open document now (after settings change, and at start-up). */
  recheckAll(): void {
    this.settings = readSettings();
    for (const document of vscode.workspace.textDocuments) {
      if (this.isChecked(document)) this.checkNow(document);
      else this.forget(document);
    }
  }

  /** The last result for a document, with the version it was computed from. */
  resultFor(document: vscode.TextDocument): { version: number; result: CheckResult } | undefined {
    const state = this.states.get(document.uri.toString());
    return state?.result && state.checkedVersion !== undefined ? { version: state.checkedVersion, result: state.result } : undefined;
  }

  /**
   * A result for the document exactly as it is now: re-checks first if the
   * text changed since the last check (cheap: only edited blocks are redone).
   * Edits built from it therefore never overwrite newer text.
   */
  currentResult(document: vscode.TextDocument): CheckResult | undefined {
    if (!this.isChecked(document)) return undefined;
    const state = this.stateFor(document);
    if (state.checkedVersion !== document.version) {
      clearTimeout(state.timer);
      state.timer = undefined;
      this.run(document, state);
    }
    return state.checkedVersion === document.version ? state.result : undefined;
  }

  /** Stops reporting a word in one document (until it is closed). */
  ignoreWord(document: vscode.TextDocument, word: string): void {
    const state = this.stateFor(document);
    state.ignoredWords.push(word);
    this.checkNow(document, { evenIfLarge: true });
  }

  /** Checks a document immediately, unless it is too large for live checking. */
  checkNow(document: vscode.TextDocument, options: { evenIfLarge?: boolean } = {}): void {
    if (!this.isChecked(document)) return;
    const state = this.stateFor(document);
    clearTimeout(state.timer);
    state.timer = undefined;
    if (!options.evenIfLarge && this.isTooLargeForLive(document, state)) return;
    this.run(document, state);
  }

  private schedule(document: vscode.TextDocument): void {
    if (!this.isChecked(document)) return;
    const state = this.stateFor(document);
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      // The document may have closed while we waited.
      if (!document.isClosed) this.checkNow(document);
    }, this.settings.debounceMs);
  }

  private onSave(document: vscode.TextDocument): void {
    if (!this.isChecked(document)) return;
    const state = this.stateFor(document);
    if (this.isTooLargeForLive(document, state)) this.run(document, state);
  }

  private run(document: vscode.TextDocument, state: DocumentState): void {
    const format = formatOf(document);
    const config = mergeConfig(this.settings.core, this.projectConfig.forDocument(document.uri), { words: state.ignoredWords });
    const version = document.version;
    let result: CheckResult;
    try {
      result = check(document.getText(), format, { config, cache: state.cache, sources: this.sources?.indexFor(document.uri) });
    } catch (error) {
      // The core is built never to throw; if it does, say so instead of failing silently.
      this.log.appendLine(`Checking ${document.uri.toString()} failed: ${(error as Error).stack ?? error}`);
      return;
    }
    state.checkedVersion = version;
    state.result = result;
    const sourceUri = (id: string): vscode.Uri | undefined => this.sources?.uriOf(id);
    this.diagnostics.set(document.uri, result.findings.map((f) => toDiagnostic(document, f, sourceUri)));
    this.didCheck.fire(document);
  }

  private isTooLargeForLive(document: vscode.TextDocument, state: DocumentState): boolean {
    // getText().length would copy the text; the offset of the end is free.
    const size = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    if (size <= this.settings.maxLiveCheckSize) return false;
    if (!state.toldTooLarge) {
      state.toldTooLarge = true;
      const mb = (this.settings.maxLiveCheckSize / (1024 * 1024)).toFixed(0);
      void vscode.window.showInformationMessage(
        `Attest: ${vscode.workspace.asRelativePath(document.uri)} is larger than ${mb} MB, so it is checked when you save it, not as you type (setting attest.maxLiveCheckSizeMB).`,
      );
    }
    return true;
  }

  private isChecked(document: vscode.TextDocument): boolean {
    return (
      this.settings.enable &&
      CHECKED_SCHEMES.has(document.uri.scheme) &&
      this.settings.languages.includes(document.languageId) &&
      !document.isClosed
    );
  }

  private stateFor(document: vscode.TextDocument): DocumentState {
    const key = document.uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = { cache: createChunkCache(), ignoredWords: [] };
      this.states.set(key, state);
    }
    return state;
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const state = this.states.get(key);
    if (state) clearTimeout(state.timer);
    const had = this.states.delete(key);
    this.diagnostics.delete(document.uri);
    if (had) this.didCheck.fire(document);
  }

  dispose(): void {
    for (const state of this.states.values()) clearTimeout(state.timer);
    this.states.clear();
    for (const d of this.disposables) d.dispose();
    this.didCheck.dispose();
  }
}

/**
 * The writer's sources in the editor: the files the `attest.sources`
 * setting and `attest.json`'s `"sources"` name in each workspace folder,
 * plus any open document marked "Use This Document as a Source" (its live
 * text, as typed).
 *
 * - Files are found with `workspace.findFiles` and read with
 *   `workspace.fs.readFile` (so remote and virtual workspaces work), decoded
 *   with the core's `decodeDocument` (binary and undecodable files are
 *   skipped and logged), and kept current by file-system watchers.
 * - The index is rebuilt off the typing path: changes are collected and the
 *   rebuild runs once, REBUILD_DELAY_MS after the last one. A large source
 *   set shows its progress in the status bar.
 * - When the index changes, listeners (the document checker) re-check the
 *   open documents.
 */
import * as vscode from 'vscode';
import { buildSourceIndex, decodeDocument, documentFormatOf, type SourceDocument, type SourceIndex } from '../core/index.js';
import { formatOf } from './document-checker.js';
import type { ProjectConfig } from './project-config.js';

/** The setting, and its default (package.json says the same). */
export const SOURCES_SETTING = 'sources';
export const DEFAULT_SOURCE_GLOBS = ['sources/**/*.{md,markdown,txt}'];

/** Commands. */
export const SOURCE_COMMANDS = {
  useAsSource: 'attest.useAsSource',
  stopUsingAsSource: 'attest.stopUsingAsSource',
} as const;

/** Wait after the last change before rebuilding (typing in a marked document, files saved in bursts). */
const REBUILD_DELAY_MS = 400;
/** Source sets at least this large (files to read, or UTF-16 units to index) show their indexing progress. */
const PROGRESS_FILES = 20;
const PROGRESS_BYTES = 2 * 1024 * 1024;
/** Source files larger than this are skipped (the CLI's default limit). */
const MAX_SOURCE_BYTES = 20 * 1024 * 1024;
/** Folders never searched for sources. */
const EXCLUDE = '{**/node_modules/**,**/.git/**}';

export class SourceLibrary implements vscode.Disposable {
  /** The index each workspace folder's documents are checked against (by folder URI), and the one for documents outside folders. */
  private indexes = new Map<string, SourceIndex>();
  private looseIndex: SourceIndex | undefined;
  /** Read source files, by URI (dropped when a watcher says the file changed). */
  private readonly files = new Map<string, SourceDocument>();
  /** Source ids (as messages name them) back to their URIs, for "open the source here". */
  private readonly uris = new Map<string, vscode.Uri>();
  /** Documents marked as sources, by URI. */
  private readonly marked = new Map<string, vscode.TextDocument>();
  private watchers: vscode.FileSystemWatcher[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private rescan = true;
  /**
   * Each folder's source files as last found (by folder URI). Found again only on a rescan (globs,
   * folders or the set of files changed), not when a file's content or a marked document changes,
   * so typing in a marked document does not search the workspace again at every pause.
   */
  private readonly found = new Map<string, vscode.Uri[]>();
  /** Each folder's globs (as JSON) when its source files were last found: see {@link globsChanged}. */
  private readonly foundBy = new Map<string, string>();
  private building: Promise<void> = Promise.resolve();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the sources changed and the index was rebuilt. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly projectConfig: ProjectConfig,
    private readonly log: vscode.OutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`attest.${SOURCES_SETTING}`)) this.schedule(true);
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.schedule(true)),
      // attest.json also holds rules and dictionaries: only a change to its "sources" re-finds the files.
      projectConfig.onDidChange(() => {
        if (this.globsChanged()) this.schedule(true);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && this.marked.has(e.document.uri.toString())) this.schedule(false);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.marked.delete(d.uri.toString())) this.schedule(false);
      }),
    );
  }

  /** The index to check `uri` against, or undefined when there are no sources for it. */
  indexFor(uri: vscode.Uri): SourceIndex | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.indexes.get(folder.uri.toString()) : this.looseIndex;
  }

  /** The URI of a source, by the id findings name it with. */
  uriOf(id: string): vscode.Uri | undefined {
    return this.uris.get(id);
  }

  /** Whether a document is marked as a source. */
  isMarked(document: vscode.TextDocument): boolean {
    return this.marked.has(document.uri.toString());
  }

  /** "Use This Document as a Source": its live text joins every folder's sources. */
  async useAsSource(document: vscode.TextDocument): Promise<void> {
    this.marked.set(document.uri.toString(), document);
    await this.rebuildNow(false);
  }

  /** "Stop Using This Document as a Source". */
  async stopUsingAsSource(document: vscode.TextDocument): Promise<void> {
    if (this.marked.delete(document.uri.toString())) await this.rebuildNow(false);
  }

  /** Finds, reads and indexes the sources now (at start-up; tests wait on it). */
  async load(): Promise<void> {
    await this.rebuildNow(true);
  }

  /** Waits for any rebuild under way. */
  whenIdle(): Promise<void> {
    return this.building;
  }

  private schedule(rescan: boolean): void {
    this.rescan ||= rescan;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.rebuildNow(false);
    }, REBUILD_DELAY_MS);
  }

  private rebuildNow(rescan: boolean): Promise<void> {
    this.rescan ||= rescan;
    clearTimeout(this.timer);
    this.timer = undefined;
    // One rebuild at a time, in order.
    this.building = this.building.then(() => this.rebuild()).catch((error) => {
      this.log.appendLine(`Indexing the sources failed: ${(error as Error).stack ?? error}`);
    });
    return this.building;
  }

  private async rebuild(): Promise<void> {
    const rescan = this.rescan;
    this.rescan = false;
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (rescan) {
      this.watch(folders);
      this.found.clear();
      this.foundBy.clear();
    }
    for (const folder of folders) {
      const key = folder.uri.toString();
      if (!this.found.has(key)) this.found.set(key, await this.findSources(folder));
    }
    const toRead = [...this.found.values()].flat().filter((uri) => !this.files.has(uri.toString()));
    const build = async (): Promise<void> => {
      for (const uri of toRead) await this.readSource(uri);
      const marked = [...this.marked.values()].filter((d) => !d.isClosed).map((d) => this.markedSource(d));
      const indexes = new Map<string, SourceIndex>();
      for (const folder of folders) {
        const documents: SourceDocument[] = [];
        for (const uri of this.found.get(folder.uri.toString()) ?? []) {
          const doc = this.files.get(uri.toString());
          if (doc && !this.marked.has(uri.toString())) documents.push(doc);
        }
        documents.push(...marked);
        if (documents.length > 0) indexes.set(folder.uri.toString(), buildSourceIndex(documents));
      }
      this.indexes = indexes;
      this.looseIndex = marked.length > 0 ? buildSourceIndex(marked) : undefined;
    };
    // Many files to read, or much text to index: show it in the status bar.
    let knownBytes = 0;
    for (const doc of this.files.values()) knownBytes += doc.text.length;
    if (toRead.length >= PROGRESS_FILES || knownBytes >= PROGRESS_BYTES) {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: toRead.length > 0 ? `Attest: indexing ${toRead.length} sources` : 'Attest: indexing sources' },
        build,
      );
    } else {
      await build();
    }
    this.changed.fire();
  }

  /** The source files of a folder, by its globs (the setting's and attest.json's). */
  private async findSources(folder: vscode.WorkspaceFolder): Promise<vscode.Uri[]> {
    const found = new Map<string, vscode.Uri>();
    const globs = this.globsOf(folder);
    this.foundBy.set(folder.uri.toString(), JSON.stringify(globs));
    for (const glob of globs) {
      try {
        for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), EXCLUDE)) found.set(uri.toString(), uri);
      } catch (error) {
        this.log.appendLine(`Source glob "${glob}" in ${folder.name}: ${(error as Error).message}`);
      }
    }
    return [...found.values()].sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
  }

  /** Whether any folder's globs differ from those the files were last found by. */
  private globsChanged(): boolean {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length !== this.foundBy.size) return true;
    return folders.some((folder) => this.foundBy.get(folder.uri.toString()) !== JSON.stringify(this.globsOf(folder)));
  }

  private globsOf(folder: vscode.WorkspaceFolder): string[] {
    const setting = vscode.workspace.getConfiguration('attest', folder.uri).get<string[]>(SOURCES_SETTING, DEFAULT_SOURCE_GLOBS) ?? [];
    const project = this.projectConfig.forDocument(folder.uri)?.sources ?? [];
    return [...new Set([...setting, ...project].filter((g) => typeof g === 'string' && g.trim() !== ''))];
  }

  /** Watches every folder's globs; a change forgets that file and schedules a rebuild. */
  private watch(folders: readonly vscode.WorkspaceFolder[]): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const folder of folders) {
      for (const glob of this.globsOf(folder)) {
        const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, glob));
        const changed = (uri: vscode.Uri): void => {
          this.files.delete(uri.toString());
          this.schedule(false);
        };
        watcher.onDidChange(changed);
        watcher.onDidDelete((uri) => {
          this.files.delete(uri.toString());
          this.schedule(true);
        });
        watcher.onDidCreate(() => this.schedule(true));
        this.watchers.push(watcher);
      }
    }
  }

  private async readSource(uri: vscode.Uri): Promise<void> {
    const id = vscode.workspace.asRelativePath(uri);
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_SOURCE_BYTES) {
        this.log.appendLine(`Source ${id} is larger than ${MAX_SOURCE_BYTES / (1024 * 1024)} MB; skipped.`);
        return;
      }
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch (error) {
      this.log.appendLine(`Source ${id} cannot be read: ${(error as Error).message}`);
      return;
    }
    const decoded = decodeDocument(bytes);
    if (!decoded.ok) {
      this.log.appendLine(`Source ${id}: ${decoded.reason}; skipped.`);
      return;
    }
    this.files.set(uri.toString(), { id, text: decoded.text, format: documentFormatOf(uri.path) ?? 'plaintext' });
    this.uris.set(id, uri);
  }

  private markedSource(document: vscode.TextDocument): SourceDocument {
    const id = document.uri.scheme === 'untitled' ? document.uri.toString() : vscode.workspace.asRelativePath(document.uri);
    this.uris.set(id, document.uri);
    return { id, text: document.getText(), format: formatOf(document) };
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const w of this.watchers) w.dispose();
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}

/** Registers the library's two commands. */
export function registerSourceCommands(library: SourceLibrary): vscode.Disposable[] {
  const active = (uri?: vscode.Uri): vscode.TextDocument | undefined =>
    uri instanceof vscode.Uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : vscode.window.activeTextEditor?.document;
  return [
    vscode.commands.registerCommand(SOURCE_COMMANDS.useAsSource, async (uri?: vscode.Uri) => {
      const document = active(uri);
      if (!document) {
        void vscode.window.showInformationMessage('Attest: open the document to use as a source first.');
        return;
      }
      await library.useAsSource(document);
      void vscode.window.setStatusBarMessage(`Attest: quotes are now checked against ${vscode.workspace.asRelativePath(document.uri)}`, 5000);
    }),
    vscode.commands.registerCommand(SOURCE_COMMANDS.stopUsingAsSource, async (uri?: vscode.Uri) => {
      const document = active(uri);
      if (document) await library.stopUsingAsSource(document);
    }),
  ];
}

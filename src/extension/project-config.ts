/**
 * The project's `attest.json`, read from each workspace folder's root through
 * `vscode.workspace.fs` (so it works in remote and virtual workspaces too) and
 * re-read whenever it changes.
 */
import * as vscode from 'vscode';
import { parseConfigText, rules, type PartialConfig } from '../core/index.js';

export const PROJECT_CONFIG_FILE = 'attest.json';

export class ProjectConfig implements vscode.Disposable {
  private readonly byFolder = new Map<string, PartialConfig>();
  private readonly watcher: vscode.FileSystemWatcher;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after a project configuration file was created, changed or deleted and re-read. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.OutputChannel) {
    this.watcher = vscode.workspace.createFileSystemWatcher(`**/${PROJECT_CONFIG_FILE}`);
    const reload = () => void this.load().then(() => this.changed.fire());
    this.watcher.onDidCreate(reload);
    this.watcher.onDidChange(reload);
    this.watcher.onDidDelete(reload);
  }

  /** Reads every workspace folder's file. Problems go to the output channel and a warning. */
  async load(): Promise<void> {
    this.byFolder.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, PROJECT_CONFIG_FILE);
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(uri);
      } catch {
        continue; // No file: nothing to apply.
      }
      const parsed = parseConfigText(new TextDecoder().decode(bytes), rules.map((r) => r.id));
      if (parsed.problems.length > 0) {
        for (const problem of parsed.problems) this.log.appendLine(`${uri.fsPath}: ${problem}`);
        void vscode.window.showWarningMessage(`Attest: ${PROJECT_CONFIG_FILE} has problems: ${parsed.problems[0]}`);
      }
      this.byFolder.set(folder.uri.toString(), parsed.config);
    }
  }

  /** The project configuration that applies to a document, if its folder has one. */
  forDocument(uri: vscode.Uri): PartialConfig | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.byFolder.get(folder.uri.toString()) : undefined;
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }
}

/**
 * The project's `attest.json` and workspace dictionary (`attest-words.txt`),
 * read from each workspace folder's root through `vscode.workspace.fs` (so
 * it works in remote and virtual workspaces too) and re-read whenever they
 * change. The CLI reads the same two files.
 */
import * as vscode from 'vscode';
import { DICTIONARY_FILE, parseConfigText, parseWordList, rules, type PartialConfig } from '../core/index.js';

export const PROJECT_CONFIG_FILE = 'attest.json';

export class ProjectConfig implements vscode.Disposable {
  private readonly byFolder = new Map<string, PartialConfig>();
  private readonly watchers: vscode.FileSystemWatcher[];
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after a project configuration file was created, changed or deleted and re-read. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.OutputChannel) {
    const reload = () => void this.load().then(() => this.changed.fire());
    this.watchers = [PROJECT_CONFIG_FILE, DICTIONARY_FILE].map((name) => {
      const watcher = vscode.workspace.createFileSystemWatcher(`**/${name}`);
      watcher.onDidCreate(reload);
      watcher.onDidChange(reload);
      watcher.onDidDelete(reload);
      return watcher;
    });
  }

  /** Reads every workspace folder's file. Problems go to the output channel and a warning. */
  async load(): Promise<void> {
    this.byFolder.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const config: PartialConfig = {};
      const uri = vscode.Uri.joinPath(folder.uri, PROJECT_CONFIG_FILE);
      const text = await readText(uri);
      if (text !== undefined) {
        const parsed = parseConfigText(text, rules.map((r) => r.id));
        if (parsed.problems.length > 0) {
          for (const problem of parsed.problems) this.log.appendLine(`${uri.fsPath}: ${problem}`);
          void vscode.window.showWarningMessage(`Attest: ${PROJECT_CONFIG_FILE} has problems: ${parsed.problems[0]}`);
        }
        Object.assign(config, parsed.config);
      }
      const words = await readText(dictionaryUri(folder));
      if (words !== undefined) config.words = [...(config.words ?? []), ...parseWordList(words)];
      this.byFolder.set(folder.uri.toString(), config);
    }
  }

  /** The project configuration that applies to a document, if its folder has one. */
  forDocument(uri: vscode.Uri): PartialConfig | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.byFolder.get(folder.uri.toString()) : undefined;
  }

  dispose(): void {
    for (const watcher of this.watchers) watcher.dispose();
    this.changed.dispose();
  }
}

/** The workspace dictionary of a folder. */
export function dictionaryUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, DICTIONARY_FILE);
}

/** A file's text, or undefined when it does not exist or cannot be read. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

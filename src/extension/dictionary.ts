/**
 * "Add to workspace dictionary": appends a word to the workspace folder's
 * `attest-words.txt` (created when missing), a plain word list the CLI reads
 * too.
 */
import * as vscode from 'vscode';
import { parseWordList } from '../core/index.js';
import { dictionaryUri } from './project-config.js';

/** Adds `word` to the dictionary of the folder holding `document`. Returns false when there is no folder. */
export async function addToWorkspaceDictionary(documentUri: vscode.Uri, word: string): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(documentUri) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return false;
  const uri = dictionaryUri(folder);
  let existing = '';
  try {
    existing = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    // No dictionary yet: this creates it.
  }
  if (parseWordList(existing).includes(word)) return true;
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${existing}${separator}${word}\n`));
  return true;
}

/**
 * Which format a file is checked as, by its name: the one mapping the CLI
 * (files and folders it walks, `--sources`) and the extension (source files)
 * share, so a source reads the same in both.
 */
import type { Format } from '../types.js';

/** File name extensions Attest reads as documents, lower case with the dot. */
const FORMAT_BY_EXTENSION: Readonly<Record<string, Format>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'plaintext',
};

/** The extensions a folder walk picks up, for messages ("no .md, .markdown or .txt documents"). */
export const DOCUMENT_FILE_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

/**
 * The format of a file named `path` (a path or a URI path: only the part
 * after the last `/` counts), or `undefined` when its extension is not one
 * Attest reads as a document.
 */
export function documentFormatOf(path: string): Format | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const extension = name.slice(dot).toLowerCase();
  return Object.hasOwn(FORMAT_BY_EXTENSION, extension) ? FORMAT_BY_EXTENSION[extension] : undefined;
}

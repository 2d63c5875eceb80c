/**
 * Finds and reads the documents the user named: files, folders (walked for
 * Markdown and text files) and standard input. Every problem is one clear
 * message; the other inputs are still read.
 */
import { readFileSync, readdirSync, readSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodeDocument, DOCUMENT_FILE_EXTENSIONS, documentFormatOf, type Format } from '../core/index.js';

/** Folders never worth walking into. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.vscode-test', 'dist', 'out']);

export interface InputDocument {
  path: string;
  format: Format;
  text: string;
}

export interface ReadInputs {
  documents: InputDocument[];
  /** One message per input that could not be checked, already prefixed with its path. */
  errors: string[];
}

/**
 * Resolves every PATH (relative to `cwd`) and reads the documents. Paths are
 * reported as the user wrote them.
 */
export function readInputs(paths: readonly string[], maxFileSize: number, readStdin: () => Uint8Array, cwd: string): ReadInputs {
  const documents: InputDocument[] = [];
  const errors: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      addDocument('<stdin>', 'plaintext', readStdin(), maxFileSize, documents, errors);
      continue;
    }
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      errors.push(`${path}: no such file or folder`);
      continue;
    }
    if (stats.isDirectory()) {
      const found = walk(absolute);
      if (found.length === 0) errors.push(`${path}: folder contains no ${listOfExtensions()} documents`);
      for (const file of found) readFile(join(path, file.slice(absolute.length)), file, maxFileSize, documents, errors);
    } else {
      readFile(path, absolute, maxFileSize, documents, errors);
    }
  }
  return { documents, errors };
}

/** Markdown and plain text files under a folder, sorted so output is stable. */
function walk(folder: string): string[] {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(entry.name)) pending.push(full);
      } else if (entry.isFile() && documentFormatOf(entry.name) !== undefined) {
        found.push(full);
      }
    }
  }
  return found.sort();
}

/**
 * Reads one file with every check a document gets (size, binary, encoding).
 * `path` is how messages name it.
 */
export function readDocumentFile(
  path: string,
  absolute: string,
  maxFileSize: number,
): { ok: true; document: InputDocument } | { ok: false; error: string } {
  const documents: InputDocument[] = [];
  const errors: string[] = [];
  readFile(path, absolute, maxFileSize, documents, errors);
  return documents.length > 0 ? { ok: true, document: documents[0] } : { ok: false, error: errors[0] ?? `${path}: cannot be read` };
}

function readFile(path: string, absolute: string, maxFileSize: number, documents: InputDocument[], errors: string[]): void {
  let size: number;
  try {
    size = statSync(absolute).size;
  } catch {
    errors.push(`${path}: cannot be read`);
    return;
  }
  if (size > maxFileSize) {
    errors.push(`${path}: ${formatMB(size)} is over the ${formatMB(maxFileSize)} limit (raise it with --max-size or maxFileSizeMB); not checked`);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    errors.push(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    return;
  }
  const format = documentFormatOf(path.split('\\').join('/')) ?? 'plaintext';
  addDocument(path, format, bytes, maxFileSize, documents, errors);
}

function addDocument(path: string, format: Format, bytes: Uint8Array, maxFileSize: number, documents: InputDocument[], errors: string[]): void {
  if (bytes.length > maxFileSize) {
    errors.push(`${path}: ${formatMB(bytes.length)} is over the ${formatMB(maxFileSize)} limit; not checked`);
    return;
  }
  const decoded = decodeDocument(bytes);
  if (decoded.ok) documents.push({ path, format, text: decoded.text });
  else errors.push(`${path}: ${decoded.reason}`);
}

function formatMB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Reads all of standard input synchronously (works for pipes and files). */
export function readStdinSync(): Uint8Array {
  const chunks: Buffer[] = [];
  const buffer = Buffer.alloc(65536);
  const fd = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, 0, buffer.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

/** Reads a config file as text, or explains why it can't. */
export function readConfigFile(path: string): { ok: true; text: string } | { ok: false; reason: string } {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch {
    return { ok: false, reason: `${path}: configuration file cannot be read` };
  }
}

/** ".md, .markdown or .txt" */
function listOfExtensions(): string {
  const all = DOCUMENT_FILE_EXTENSIONS;
  return all.length === 1 ? all[0] : `${all.slice(0, -1).join(', ')} or ${all[all.length - 1]}`;
}

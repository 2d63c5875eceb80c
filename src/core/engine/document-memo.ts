/**
 * Per-check memory for work several rules share.
 *
 * One check builds one `Document` object and hands it to every rule, so a
 * result computed from the document alone (the quotations, their
 * attribution) can be remembered on that object: the second rule that asks
 * gets it for free, and the memory goes when the document does.
 */
import type { Document } from '../document.js';

const memory = new WeakMap<Document, Map<string, unknown>>();

/** Returns `compute(doc)`, computed once per document object and `key`. */
export function perDocument<T>(doc: Document, key: string, compute: (doc: Document) => T): T {
  let entries = memory.get(doc);
  if (!entries) {
    entries = new Map();
    memory.set(doc, entries);
  }
  if (entries.has(key)) return entries.get(key) as T;
  const value = compute(doc);
  entries.set(key, value);
  return value;
}

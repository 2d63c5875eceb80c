/**
 * micromark's `combineExtensions`, computed once per list of extensions.
 *
 * Why: micromark's `parse()` combines its default constructs with the
 * configured extensions (GFM, front matter) on EVERY call, and remark calls
 * it once per parse. Attest parses a Markdown document chunk by chunk (one
 * chunk is about a paragraph, so that an edit re-parses only its chunk), and
 * that combining then costs more than parsing a short paragraph does: about
 * two thirds of the time of a one-line parse, measured with GFM and front
 * matter on. The result depends only on the extension objects, which a frozen
 * processor never changes, and micromark only reads it, so one result per
 * list of objects serves every parse.
 *
 * The build (`scripts/build.mjs`) points micromark's own import of
 * `micromark-util-combine-extensions` at this module in the bundles the
 * extension, the CLI and the benchmarks run. Unbundled code (vitest) keeps
 * micromark's uncached function; the output is the same object structure
 * either way.
 */
import type { Extension, HtmlExtension, NormalizedExtension } from 'micromark-util-types';
import * as micromarkCombine from 'micromark-util-combine-extensions';

/**
 * A trie over the identities of the extension objects: one level per list
 * position, and at the end of a path the combined result.
 * Weak maps, so extensions of a discarded processor can be collected.
 */
interface TrieNode {
  next: WeakMap<object, TrieNode>;
  result?: NormalizedExtension;
}

const root: TrieNode = { next: new WeakMap() };

/**
 * Combines syntax extensions into one, like micromark's function, but returns
 * the same (read-only) result for a list of the same extension objects in
 * the same order.
 */
export function combineExtensions(extensions: readonly Extension[]): NormalizedExtension {
  let node = root;
  for (const extension of extensions) {
    let next = node.next.get(extension);
    if (next === undefined) {
      next = { next: new WeakMap() };
      node.next.set(extension, next);
    }
    node = next;
  }
  node.result ??= micromarkCombine.combineExtensions(extensions);
  return node.result;
}

/** HTML extensions are combined only by micromark's HTML compiler, which Attest never runs: passed through. */
export function combineHtmlExtensions(htmlExtensions: readonly HtmlExtension[]): HtmlExtension {
  return micromarkCombine.combineHtmlExtensions(htmlExtensions);
}

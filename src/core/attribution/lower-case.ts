/**
 * Lower case without a copy when there is nothing to lower.
 *
 * `String.prototype.toLowerCase` returns a new string even when its input
 * is already in lower case, and the attribution lowers every word of the
 * windows it reads around each quotation (most of them lowercase already):
 * that was tens of thousands of throwaway strings per check of a long,
 * quote-dense document, and garbage collection is a large share of a check.
 */

/** `text.toLowerCase()`, but `text` itself when it has no ASCII capital and no non-ASCII character. */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Anything beyond ASCII goes to the full Unicode mapping (İ, Σ, ligatures…).
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) return text.toLowerCase();
  }
  return text;
}

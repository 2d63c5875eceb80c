/**
 * Turns a file's bytes into text, or says in one sentence why it can't.
 *
 * Shared by the CLI and the extension so both refuse the same files for the
 * same reasons. UTF-8 (with or without BOM) and UTF-16 with a BOM are read;
 * anything with NUL bytes is treated as binary; invalid UTF-8 is refused
 * rather than silently replaced, because replacement characters would shift
 * every offset the user is shown.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

/** How many leading bytes are inspected for NUL bytes (as git does). */
const BINARY_SNIFF_BYTES = 8000;

export function decodeDocument(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2));
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) return { ok: false, reason: 'looks like a binary file (contains NUL bytes); not checked' };
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  return decodeWith('utf-8', body);
}

function decodeWith(encoding: string, bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
  } catch {
    const label = encoding === 'utf-8' ? 'UTF-8' : encoding.toUpperCase();
    return { ok: false, reason: `is not valid ${label} text; convert it to UTF-8 and check again` };
  }
}

/**
 * Writes the sectioned binary files the build makes (dist/lexicon.bin,
 * dist/context.bin): a 4-byte magic, the format version, the section count,
 * then one (id, offset, length) entry per section, then the sections, each
 * 4-byte aligned so the loader can view them as typed arrays without copying.
 * Written to a temporary file and renamed, so a reader (or a parallel build)
 * never sees half a file. Returns the file's size in bytes.
 *
 * @param {string} path where to write
 * @param {string} magic four latin-1 characters naming the format
 * @param {number} version the format version
 * @param {[number, ArrayBufferView][]} sections section id and contents, in order
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const alignUp = (n) => (n + 3) & ~3;

export function writeSectionFile(path, magic, version, sections) {
  let offset = alignUp(12 + sections.length * 12);
  const placed = sections.map(([id, arr]) => {
    const bytes = new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
    const at = offset;
    offset = alignUp(offset + bytes.byteLength);
    return { id, bytes, at };
  });
  const out = Buffer.alloc(offset);
  out.write(magic, 0, 'latin1');
  out.writeUInt32LE(version, 4);
  out.writeUInt32LE(sections.length, 8);
  placed.forEach(({ id, bytes, at }, i) => {
    out.writeUInt32LE(id, 12 + i * 12);
    out.writeUInt32LE(at, 16 + i * 12);
    out.writeUInt32LE(bytes.byteLength, 20 + i * 12);
    out.set(bytes, at);
  });
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, out);
  renameSync(tmp, path);
  return out.byteLength;
}

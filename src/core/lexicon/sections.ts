/**
 * Reading the section table shared by `dist/lexicon.bin` and
 * `dist/context.bin` (written by scripts/section-file.mjs): a four-byte
 * magic, a u32 format version, a u32 section count, then (id, offset,
 * length) u32 triples. The views are typed arrays on the file's bytes, with
 * no copy unless the bytes are not 4-byte aligned.
 */

/** Typed-array views of one file's sections; each throws when the section is missing. */
export interface SectionViews {
  has(id: number): boolean;
  raw(id: number): Uint8Array;
  /** Where the section starts in the file (its byte offset). */
  position(id: number): number;
  u32(id: number): Uint32Array;
  u16(id: number): Uint16Array;
}

/** Where a section lies in its file, in bytes. */
export interface SectionBounds {
  at: number;
  length: number;
}

/** Bytes of the header (magic, version, count), and of each section-table entry. */
const HEADER_BYTES = 12;
const ENTRY_BYTES = 12;

/** How many bytes the header and section table take, given at least the file's first {@link HEADER_BYTES} bytes. */
export function sectionTableBytes(head: Uint8Array): number {
  return HEADER_BYTES + ENTRY_BYTES * new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(8, true);
}

/** The section table, by section id, from at least the file's first {@link sectionTableBytes} bytes. */
export function readSectionTable(head: Uint8Array): Map<number, SectionBounds> {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const count = view.getUint32(8, true);
  const sections = new Map<number, SectionBounds>();
  for (let i = 0; i < count; i++) {
    const entry = HEADER_BYTES + i * ENTRY_BYTES;
    sections.set(view.getUint32(entry, true), { at: view.getUint32(entry + 4, true), length: view.getUint32(entry + 8, true) });
  }
  return sections;
}

/**
 * Checks the magic and version of a section file and returns views of its
 * sections. `name` ("lexicon", "context") goes into the error messages.
 */
export function openSections(input: Uint8Array, name: string, magic: string, formatVersion: number): SectionViews {
  // Typed-array views need 4-byte alignment; Node's pooled small buffers may not have it.
  const bytes = input.byteOffset % 4 === 0 ? input : new Uint8Array(input);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]) !== magic) throw new Error(`not a ${name} file (bad magic)`);
  const version = view.getUint32(4, true);
  if (version !== formatVersion) throw new Error(`${name} format ${version}, expected ${formatVersion}: run \`npm run build\``);
  const sections = readSectionTable(bytes);
  const section = (id: number): SectionBounds => {
    const s = sections.get(id);
    if (!s) throw new Error(`${name} file lacks section ${id}: run \`npm run build\``);
    return s;
  };
  const raw = (id: number): Uint8Array => {
    const s = section(id);
    return bytes.subarray(s.at, s.at + s.length);
  };
  return {
    has: (id) => sections.has(id),
    raw,
    position: (id) => section(id).at,
    u32(id) {
      const b = raw(id);
      return new Uint32Array(b.buffer, b.byteOffset, b.byteLength >>> 2);
    },
    u16(id) {
      const b = raw(id);
      return new Uint16Array(b.buffer, b.byteOffset, b.byteLength >>> 1);
    },
  };
}

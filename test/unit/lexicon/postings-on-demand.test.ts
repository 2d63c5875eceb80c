/**
 * A lexicon whose suggestion-index postings are read bucket by bucket as
 * look-ups need them (what the CLI does) suggests exactly what one loaded
 * from all its bytes suggests, while reading a small part of the file.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Section } from '../../../src/core/lexicon/format.js';
import { findLexiconFile, loadLexiconFile, readPostingsOnDemand } from '../../../src/core/lexicon/load-node.js';
import { Lexicon } from '../../../src/core/lexicon/lexicon.js';
import { Suggester } from '../../../src/core/lexicon/suggest.js';
import { BUILD_TIMEOUT_MS, testLexicon } from './lexicon-file.js';

let file: Uint8Array;
let whole: Lexicon;
beforeAll(() => {
  testLexicon(); // builds the file when missing
  file = readFileSync(findLexiconFile()!);
  whole = new Lexicon(file);
}, BUILD_TIMEOUT_MS);

/** Damaged words of several kinds (one edit, table confusions, far ones, run-together). */
const DAMAGED = ['tbe', 'govemment', 'RuCeia', 'aggbement', 'FoFrrSing', 'ofthe', 'annourced', 'Iiberty', 'cbuld', 'wiil', 'tlie', 'cornmittee', 'rn', 'neceCeitated'];

/** Where the postings section lies in the file. */
function postingsBounds(bytes: Uint8Array): { at: number; length: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < view.getUint32(8, true); i++) {
    if (view.getUint32(12 + i * 12, true) === Section.SYM_POSTINGS) return { at: view.getUint32(16 + i * 12, true), length: view.getUint32(20 + i * 12, true) };
  }
  throw new Error('no postings section');
}

describe('postings read on demand', () => {
  it('suggests the same as a lexicon read whole, reading a small part of the postings', () => {
    const { at, length } = postingsBounds(file);
    // The file's bytes with the postings left out (zero), as the loader leaves them.
    const partial = new Uint8Array(file);
    partial.fill(0, at, at + length);
    let read = 0;
    let lastSeen = false;
    const lazy = new Lexicon(partial, {
      readPostings(target, position, last) {
        target.set(file.subarray(position, position + target.byteLength));
        read += target.byteLength;
        lastSeen ||= last;
      },
    });
    const eager = new Suggester(whole);
    const onDemand = new Suggester(lazy);
    for (const word of DAMAGED) {
      expect(onDemand.suggest(word, { cache: false }), word).toEqual(eager.suggest(word, { cache: false }));
    }
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(length / 20);
    expect(lastSeen).toBe(false);
    expect(lazy.postingsPending).toBe(true);
  });

  it('reads all the rest at once after many bucket reads, and suggests the same after', () => {
    const { at, length } = postingsBounds(file);
    const partial = new Uint8Array(file);
    partial.fill(0, at, at + length);
    let wholeReads = 0;
    const lazy = new Lexicon(partial, {
      readPostings(target, position, last) {
        target.set(file.subarray(position, position + target.byteLength));
        if (last) wholeReads++;
      },
    });
    const buckets = lazy.symStarts.length - 1;
    // Far more buckets than any one check reads.
    for (let b = 0; b < buckets && lazy.postingsPending; b += 7) lazy.loadBucket(b);
    expect(wholeReads).toBe(1);
    expect(lazy.postingsPending).toBe(false);
    const bytesOf = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    expect(bytesOf(lazy.symPostings).equals(bytesOf(whole.symPostings))).toBe(true);
    const eager = new Suggester(whole);
    const after = new Suggester(lazy);
    for (const word of DAMAGED) expect(after.suggest(word, { cache: false }), word).toEqual(eager.suggest(word, { cache: false }));
  });

  it('is how loadLexiconFile reads the file once asked to', () => {
    readPostingsOnDemand(true);
    try {
      const lazy = loadLexiconFile(findLexiconFile());
      expect(lazy.postingsPending).toBe(true);
      const eager = new Suggester(whole);
      const onDemand = new Suggester(lazy);
      for (const word of DAMAGED) expect(onDemand.suggest(word, { cache: false }), word).toEqual(eager.suggest(word, { cache: false }));
    } finally {
      readPostingsOnDemand(false);
    }
    expect(loadLexiconFile(findLexiconFile()).postingsPending).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { documentFormatOf } from '../../../src/core/index.js';

describe('documentFormatOf', () => {
  it.each([
    ['notes.md', 'markdown'],
    ['Draft.MARKDOWN', 'markdown'],
    ['sources/press/brief.txt', 'plaintext'],
    ['/home/a/b.c/interview.Md', 'markdown'],
  ])('reads %s as %s', (path, format) => {
    expect(documentFormatOf(path)).toBe(format);
  });

  it.each(['photo.png', 'notes', '.md', 'dir.md/notes', 'archive.md.gz', 'toString', '__proto__'])('does not read %s as a document', (path) => {
    expect(documentFormatOf(path)).toBeUndefined();
  });
});

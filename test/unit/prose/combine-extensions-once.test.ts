import { describe, expect, it } from 'vitest';
import { combineExtensions as micromarkCombine } from 'micromark-util-combine-extensions';
import { gfm } from 'micromark-extension-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { combineExtensions } from '../../../src/core/prose/combine-extensions-once.js';

describe('combineExtensions, computed once per list of extensions', () => {
  const extensions = [gfm(), frontmatter(['yaml', 'toml'])];

  it('gives what micromark itself would combine', () => {
    expect(combineExtensions(extensions)).toEqual(micromarkCombine(extensions));
  });

  it('returns the same object for the same extension objects, even in a new array', () => {
    expect(combineExtensions([...extensions])).toBe(combineExtensions(extensions));
  });

  it('combines afresh for other objects or another order', () => {
    const first = combineExtensions(extensions);
    expect(combineExtensions([gfm(), extensions[1]])).not.toBe(first);
    expect(combineExtensions([extensions[1], extensions[0]])).not.toBe(first);
    expect(combineExtensions(extensions.slice(0, 1))).not.toBe(first);
  });
});

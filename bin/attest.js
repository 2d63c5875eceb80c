#!/usr/bin/env node
// The `attest` command. The CLI is bundled by `npm run build` into dist/cli.js.
//
// Start-up matters for a command run once per file or per commit: compiling
// the bundle's functions is a good part of it. `npm run build` therefore
// writes dist/cli.js.cache, V8's code cache of the bundle after one check.
// V8 only checks a cache against the source's length, so the cache file
// carries the exact bundle it belongs to in front of the cache data:
//
//   u32 (little-endian) byte length n of the bundle | the bundle's n bytes | V8 cache data
//
// When those bytes equal dist/cli.js, the bundle is compiled with the cache;
// otherwise (no cache, a rebuilt bundle, another Node) it is loaded the
// ordinary way. A byte comparison is a memcmp of under a megabyte: cheaper
// than hashing, and loading node:crypto alone cost ~10 ms of start-up.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
const cacheFile = `${bundle}.cache`;
/** Bytes of the length field in front of the bundle copy. */
const LENGTH_BYTES = 4;

/** Runs the bundle, compiled with `cachedData` when given; returns the compiled script. */
function runBundle(source, cachedData) {
  const vm = require('node:vm');
  const Module = require('node:module');
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const mod = { exports: {}, filename: bundle, id: bundle, loaded: false };
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
  mod.exports.runFromProcess();
  return script;
}

/**
 * The bundle's text. esbuild escapes non-ASCII characters in code, so a
 * bundle without non-ASCII comments (a minified one) is ASCII, and an ASCII
 * buffer read as Latin-1 is the same string, copied without UTF-8 decoding;
 * anything else is decoded as UTF-8.
 */
function bundleText(bytes) {
  const { isAscii } = require('node:buffer');
  return typeof isAscii === 'function' && isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

const writeCache = process.env.ATTEST_WRITE_CODE_CACHE === '1'; // set by scripts/build.mjs
let bytes;
let cache;
try {
  cache = writeCache ? undefined : fs.readFileSync(cacheFile);
  bytes = fs.readFileSync(bundle);
} catch {
  bytes = undefined;
}
if (bytes !== undefined && writeCache) {
  const length = Buffer.alloc(LENGTH_BYTES);
  length.writeUInt32LE(bytes.length, 0);
  const script = runBundle(bundleText(bytes), undefined);
  // A short run turns V8's optimising compiler off (src/cli/short-run.ts),
  // and V8 accepts a cache only under the flags it was made with: make it
  // under the default ones, which every run starts with.
  require('node:v8').setFlagsFromString('--turbofan');
  fs.writeFileSync(cacheFile, Buffer.concat([length, bytes, script.createCachedData()]));
} else if (
  bytes !== undefined &&
  cache !== undefined &&
  cache.length > LENGTH_BYTES + bytes.length &&
  cache.readUInt32LE(0) === bytes.length &&
  bytes.equals(cache.subarray(LENGTH_BYTES, LENGTH_BYTES + bytes.length))
) {
  runBundle(bundleText(bytes), cache.subarray(LENGTH_BYTES + bytes.length));
} else {
  require(bundle).runFromProcess();
}

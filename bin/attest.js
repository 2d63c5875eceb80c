#!/usr/bin/env node
// The `attest` command. The CLI is bundled by `npm run build` into dist/cli.js.
//
// Start-up matters for a command run once per file or per commit: compiling
// the bundle's functions is a good part of it. `npm run build` therefore
// writes dist/cli.js.cache, V8's code cache of the bundle after one check,
// with the SHA-1 of the bundle it belongs to in front. When the digest
// matches, the bundle is compiled with that cache; otherwise (no cache, a
// rebuilt bundle, another Node) it is loaded the ordinary way. V8 only checks
// a cache against the source's length, hence the digest.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
const cacheFile = `${bundle}.cache`;
/** Length of the SHA-1 digest in front of the cache data. */
const DIGEST_BYTES = 20;

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

const writeCache = process.env.ATTEST_WRITE_CODE_CACHE === '1'; // set by scripts/build.mjs
let source;
let cache;
try {
  cache = writeCache ? undefined : fs.readFileSync(cacheFile);
  source = fs.readFileSync(bundle, 'utf8');
} catch {
  source = undefined;
}
if (source !== undefined && (writeCache || cache)) {
  const digest = require('node:crypto').createHash('sha1').update(source).digest();
  const fits = cache !== undefined && cache.length > DIGEST_BYTES && digest.equals(cache.subarray(0, DIGEST_BYTES));
  if (writeCache) {
    const script = runBundle(source, undefined);
    fs.writeFileSync(cacheFile, Buffer.concat([digest, script.createCachedData()]));
  } else if (fits) {
    runBundle(source, cache.subarray(DIGEST_BYTES));
  } else {
    require(bundle).runFromProcess();
  }
} else {
  require(bundle).runFromProcess();
}

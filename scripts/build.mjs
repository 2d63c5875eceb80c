#!/usr/bin/env node
/**
 * Bundles the extension, the CLI, the benchmark and the integration tests with
 * esbuild. One file per entry point; `vscode` stays external (the host
 * provides it). Pass `--watch` to rebuild on change.
 */
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

await import('./build-lexicon.mjs'); // dist/lexicon.bin (word list, frequencies, suggestion index)
await import('./build-context.mjs'); // dist/context.bin (word pairs and names for ocr/real-word)

copyWebviewVendorFiles(); // media/vendor/: what the claims panel's webview loads from packages

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** Entry points that exist (later capabilities add theirs here). */
const entries = [
  { in: 'src/extension/extension.ts', out: 'dist/extension' },
  { in: 'src/cli/main.ts', out: 'dist/cli' },
  { in: 'bench/bench.ts', out: 'dist/bench' },
  { in: 'bench/bench-lexicon.ts', out: 'dist/bench-lexicon' },
  { in: 'bench/eval-suggest.ts', out: 'dist/eval-suggest' },
  { in: 'bench/eval.ts', out: 'dist/eval' },
  { in: 'test/integration/runTests.ts', out: 'out/test/runTests' },
  { in: 'test/integration/suite/index.ts', out: 'out/test/suite/index' },
  { in: 'test/host/screenshots.ts', out: 'out/test/screenshots' },
  { in: 'test/host/webview-test.ts', out: 'out/test/webview-test' },
].filter((e) => existsSync(e.in));

const options = {
  entryPoints: entries,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild rewrites regular expressions with \p{…} escapes into `new RegExp(…)` calls (for engines
  // without them), and one written inside a function is then compiled again on every call. Node 20
  // and VS Code's Node have them: keep them literals.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  outdir: '.',
  external: ['vscode', 'playwright-core', '@vscode/test-electron', 'mocha', 'esbuild', 'cspell-lib', 'nspell', 'dictionary-en'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // Some ESM dependencies (tinyglobby's fdir) call createRequire(import.meta.url); in a CJS bundle
  // import.meta is empty, so give it this file's URL.
  define: { ATTEST_VERSION: JSON.stringify(version), 'import.meta.url': '__attestImportMetaUrl' },
  banner: { js: "var __attestImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
  // unified's ESM code reads import.meta nowhere we rely on; keep the build quiet about it.
  logOverride: { 'empty-import-meta': 'silent' },
  plugins: [combineExtensionsOnce()],
};

if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  console.log('watching…');
} else {
  await esbuild.build(options);
  writeCliCodeCache();
}

/**
 * Points every import of `micromark-util-combine-extensions` (micromark's
 * parser combines its constructs with it on each parse) at
 * src/core/prose/combine-extensions-once.ts, which combines a list of
 * extensions once; that module itself gets the real package. Why: see the
 * module's comment (it makes parsing a paragraph-sized chunk about three
 * times faster).
 */
function combineExtensionsOnce() {
  const once = resolve('src/core/prose/combine-extensions-once.ts');
  return {
    name: 'combine-extensions-once',
    setup(build) {
      build.onResolve({ filter: /^micromark-util-combine-extensions$/ }, (args) =>
        args.importer === once ? undefined : { path: once },
      );
    },
  };
}

/**
 * dist/cli.js.cache: V8's code cache of the CLI bundle after it checked the
 * examples (so the functions a check runs are in it), which bin/attest.js
 * uses to start faster. Best effort: without it the CLI just compiles as usual.
 */
function writeCliCodeCache() {
  if (!existsSync('dist/cli.js') || !existsSync('examples')) return;
  const run = spawnSync(process.execPath, ['bin/attest.js', 'check', 'examples'], {
    env: { ...process.env, ATTEST_WRITE_CODE_CACHE: '1' },
    stdio: 'ignore',
  });
  if (run.error || !existsSync('dist/cli.js.cache')) console.warn('build: could not write dist/cli.js.cache (the CLI still works, it starts slower)');
}

/**
 * The claims panel's webview may load files from media/ only
 * (localResourceRoots), so the package files it needs are copied there:
 * the codicon font and its stylesheet from @vscode/codicons.
 */
function copyWebviewVendorFiles() {
  const files = [{ from: 'node_modules/@vscode/codicons/dist', to: 'media/vendor/codicons', names: ['codicon.css', 'codicon.ttf'] }];
  for (const { from, to, names } of files) {
    mkdirSync(to, { recursive: true });
    for (const name of names) copyFileSync(`${from}/${name}`, `${to}/${name}`);
  }
}

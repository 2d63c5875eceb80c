/**
 * `bin/attest.js`, the command itself: it compiles the CLI bundle with V8's
 * code cache (dist/cli.js.cache) only when the cache was made from exactly
 * that bundle. V8 checks no more than the source's length, so a cache kept
 * from another build of the same length would run that build's code.
 *
 * Runs the built bundle in a copy of bin/ and dist/ (the tests cannot rebuild
 * the repository's dist/ while other work uses it); skips with a message when
 * `npm run build` has not been run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const BUNDLE = join(ROOT, 'dist', 'cli.js');
const built = existsSync(BUNDLE) && existsSync(join(ROOT, 'dist', 'lexicon.bin'));
if (!built) console.warn('bin.test.ts: dist/cli.js not built (npm run build): skipping the command tests');

/** Version string the bundle prints; a same-length stand-in marks a different build. */
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const otherVersion = version.replace(/\d/g, '9') === version ? version.replace(/\d/g, '8') : version.replace(/\d/g, '9');

let dir: string;

/** Runs the copied command; the lexicon and context come from the repository's dist/. */
function attest(args: string[]) {
  const r = spawnSync(process.execPath, [join(dir, 'bin', 'attest.js'), ...args], {
    env: { ...process.env, ATTEST_LEXICON: join(ROOT, 'dist', 'lexicon.bin'), ATTEST_CONTEXT: join(ROOT, 'dist', 'context.bin') },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!built)('bin/attest.js', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'attest-bin-'));
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist'));
    copyFileSync(join(ROOT, 'bin', 'attest.js'), join(dir, 'bin', 'attest.js'));
    copyFileSync(BUNDLE, join(dir, 'dist', 'cli.js'));
    writeFileSync(join(dir, 'doc.txt'), 'The mayor said, “We will rebuild the pier.” Then she left. The vvater rose.\n');
    // Writes the code cache the way the build does.
    execFileSync(process.execPath, [join(dir, 'bin', 'attest.js'), '--version'], { env: { ...process.env, ATTEST_WRITE_CODE_CACHE: '1' } });
  }, 60_000);

  it('prints the same with and without its code cache', () => {
    const cached = attest(['check', join(dir, 'doc.txt')]);
    expect(cached.stdout).toMatch(/1 file checked/);
    const cache = readFileSync(join(dir, 'dist', 'cli.js.cache'));
    writeFileSync(join(dir, 'dist', 'cli.js.cache'), Buffer.alloc(0));
    const plain = attest(['check', join(dir, 'doc.txt')]);
    writeFileSync(join(dir, 'dist', 'cli.js.cache'), cache);
    expect(cached).toEqual(plain);
  }, 60_000);

  it('writes, after a check, a cache that a fresh process accepts', () => {
    // The build makes the cache after checking the examples; a short check
    // turns V8's optimising compiler off, and V8 rejects a cache made under
    // other flags than its own.
    execFileSync(process.execPath, [join(dir, 'bin', 'attest.js'), 'check', join(dir, 'doc.txt')], {
      env: { ...process.env, ATTEST_WRITE_CODE_CACHE: '1', ATTEST_LEXICON: join(ROOT, 'dist', 'lexicon.bin'), ATTEST_CONTEXT: join(ROOT, 'dist', 'context.bin') },
    }).toString();
    const probe = `
      const fs = require('fs'), vm = require('vm'), Module = require('module');
      const bytes = fs.readFileSync(process.argv[1]);
      const cache = fs.readFileSync(process.argv[1] + '.cache');
      const n = cache.readUInt32LE(0);
      const source = require('buffer').isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
      const script = new vm.Script(Module.wrap(source), { filename: process.argv[1], cachedData: cache.subarray(4 + n) });
      console.log(n === bytes.length && !script.cachedDataRejected ? 'accepted' : 'rejected');
    `;
    expect(execFileSync(process.execPath, ['-e', probe, join(dir, 'dist', 'cli.js')]).toString().trim()).toBe('accepted');
    expect(attest(['check', join(dir, 'doc.txt')]).stdout).toMatch(/1 file checked/);
  }, 60_000);

  it('ignores a cache made from another build of the same length', () => {
    expect(attest(['--version']).stdout).toBe(`${version}\n`);
    // Another build: the same bundle but for its version, same length.
    const source = readFileSync(BUNDLE, 'utf8');
    const other = source.replace(`"${version}"`, `"${otherVersion}"`);
    expect(other.length).toBe(source.length);
    writeFileSync(join(dir, 'dist', 'cli.js'), other);
    try {
      expect(attest(['--version']).stdout).toBe(`${otherVersion}\n`);
    } finally {
      copyFileSync(BUNDLE, join(dir, 'dist', 'cli.js'));
    }
  }, 60_000);
});

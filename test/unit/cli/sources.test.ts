/**
 * `attest check --sources GLOB` and `attest.json`'s `"sources"`: quotes are
 * checked against the files the globs find, the JSON report carries the
 * verification, and a glob that finds nothing is said so.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { BUILD_TIMEOUT_MS, testLexicon } from '../lexicon/lexicon-file.js';
import { PRESS_RELEASE } from '../sources/fixtures.js';

function run(argv: string[], cwd: string) {
  return runCli(argv, { cwd });
}

const DRAFT = [
  '“We have worked through the winter to make the quay safe,” Ellison said.',
  '',
  'The authority said it would use “all the resources at its disposal to keep the port running.”',
  '',
].join('\n');

let dir: string;
beforeAll(() => {
  testLexicon();
}, BUILD_TIMEOUT_MS);
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'attest-sources-'));
  mkdirSync(join(dir, 'sources', 'press'), { recursive: true });
  writeFileSync(join(dir, 'sources', 'press', 'release.txt'), PRESS_RELEASE);
  writeFileSync(join(dir, 'draft.md'), DRAFT);
});

describe('attest check --sources', () => {
  it('reports a misquote with the source line, relative to the working folder', () => {
    const r = run(['check', '--sources', 'sources/**/*.txt', 'draft.md'], dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('draft.md:3:');
    expect(r.stdout).toContain('warning quote/misquoted Quote differs from sources/press/release.txt:5: “at its disposal” → source has “in its possession”');
    expect(r.stdout).not.toContain('quote/not-in-sources');
  });

  it('puts the verification on the claims and the source on the findings of the JSON report', () => {
    const r = run(['check', '--format', 'json', '--sources', 'sources/**/*.txt', 'draft.md'], dir);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.claims.map((c: { verification?: { status: string } }) => c.verification?.status)).toEqual(['verified', 'near-match']);
    expect(file.claims[0].verification.location.source).toBe('sources/press/release.txt');
    const misquote = file.findings.find((f: { rule: string }) => f.rule === 'quote/misquoted');
    expect(misquote.data.source.source).toBe('sources/press/release.txt');
    expect(misquote.data.source.line).toBe(4);
    expect(misquote.data.diff.length).toBeGreaterThan(0);
  });

  it('without sources, claims carry no verification', () => {
    const r = run(['check', '--format', 'json', 'draft.md'], dir);
    const file = JSON.parse(r.stdout).files[0];
    expect(file.claims.every((c: object) => !('verification' in c))).toBe(true);
  });

  it('reads "sources" from attest.json, relative to its folder', () => {
    writeFileSync(join(dir, 'attest.json'), JSON.stringify({ sources: ['sources/press/*.txt'] }));
    const r = run(['check', 'draft.md'], dir);
    expect(r.stdout).toContain('quote/misquoted');
  });

  it('says clearly when a glob matches nothing, and exits 2', () => {
    const r = run(['check', '--sources', 'interviews/*.md', 'draft.md'], dir);
    expect(r.stderr).toContain('attest: --sources interviews/*.md: matches no file');
    expect(r.code).toBe(2);
  });

  it('puts source files through the same binary and size checks as documents', () => {
    writeFileSync(join(dir, 'sources', 'scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
    const r = run(['check', '--sources', 'sources/*.txt', 'draft.md'], dir);
    expect(r.stderr).toMatch(/attest: source sources\/scan\.txt: .+/);
    const big = run(['check', '--max-size', '0.0001', '--sources', 'sources/**/*.txt', 'draft.md'], dir);
    expect(big.stderr).toMatch(/source sources\/press\/release\.txt: .*over the .* limit/);
  });

  it('rejects --sources without a glob', () => {
    expect(run(['check', 'draft.md', '--sources'], dir).code).toBe(2);
  });

  it('reports a bad "sources" key in attest.json', () => {
    writeFileSync(join(dir, 'attest.json'), JSON.stringify({ sources: 'sources' }));
    const r = run(['check', 'draft.md'], dir);
    expect(r.stderr).toContain('"sources" must be an array of glob patterns');
  });
});

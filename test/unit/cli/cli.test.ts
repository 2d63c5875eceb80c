import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** Runs the CLI in-process and captures what it prints. */
const run = runCli;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'attest-cli-'));
});

const balanced = 'The mayor said, “We will rebuild the pier.” Then she left.\n';
const unbalanced = 'Line one.\n\nThe mayor said, “We will rebuild the pier. Then she left.\n';

describe('attest check', () => {
  it('exits 0 and prints a summary for a clean file', () => {
    writeFileSync(join(dir, 'a.txt'), balanced);
    const r = run(['check', join(dir, 'a.txt')]);
    expect(r.code).toBe(0);
    // The attributed quote is a hint: counted, not listed (an editor keeps hints off its Problems panel too).
    expect(r.stdout).toMatch(/^1 file checked: 0 errors, 0 warnings, 0 information, 1 hint \(not listed\); 1 claim$/m);
    expect(r.stdout).not.toMatch(/quote\/attributed/);
  });

  it('reports findings compiler-style with 1-based line and column', () => {
    const path = join(dir, 'b.txt');
    writeFileSync(path, unbalanced);
    const r = run(['check', path]);
    const column = unbalanced.split('\n')[2].indexOf('“') + 1;
    expect(r.stdout).toContain(`${path}:3:${column} warning quote/unbalanced `);
    // A warning does not fail by default (failOn: error) …
    expect(r.code).toBe(0);
    // … but does with --fail-on warning.
    expect(run(['check', '--fail-on', 'warning', path]).code).toBe(1);
  });

  it('prints the JSON contract with UTF-16 offsets into the BOM-stripped text', () => {
    const path = join(dir, 'c.md');
    const text = '“Quoted words,” Ana said 🙂, and then “an open one\n';
    writeFileSync(path, '\uFEFF' + text);
    const r = run(['check', '--format', 'json', path]);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.files).toHaveLength(1);
    const file = report.files[0];
    expect(file.path).toBe(path);
    expect(file.format).toBe('markdown');
    const open = text.lastIndexOf('“');
    expect(file.findings).toEqual([
      // JSON lists every finding, hints too: the first quote is Ana's.
      expect.objectContaining({ rule: 'quote/attributed', severity: 'hint', start: text.indexOf('“'), end: text.indexOf('”') + 1 }),
      expect.objectContaining({ rule: 'quote/unbalanced', severity: 'warning', start: open, end: open + 1, line: 1, column: open + 1, text: '“' }),
    ]);
    expect(file.claims).toEqual([
      expect.objectContaining({ kind: 'quote', start: text.indexOf('“'), end: text.indexOf('”') + 1, text: 'Quoted words,', speaker: expect.objectContaining({ name: 'Ana' }) }),
    ]);
    expect(typeof file.claims[0].id).toBe('string');
  });

  it('reads standard input for -', () => {
    const r = run(['check', '--format', 'json', '-'], { stdin: unbalanced });
    const report = JSON.parse(r.stdout);
    expect(report.files[0].path).toBe('<stdin>');
    expect(report.files[0].findings).toHaveLength(1);
  });

  it('walks folders for .md, .markdown and .txt only, skipping node_modules', () => {
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'sub', 'one.md'), balanced);
    writeFileSync(join(dir, 'two.markdown'), balanced);
    writeFileSync(join(dir, 'three.txt'), balanced);
    writeFileSync(join(dir, 'skip.js'), unbalanced);
    writeFileSync(join(dir, 'node_modules', 'x.md'), unbalanced);
    const report = JSON.parse(run(['check', '--format', 'json', dir]).stdout);
    const names = report.files.map((f: { path: string }) => f.path.slice(dir.length + 1)).sort();
    expect(names).toEqual(['sub/one.md', 'three.txt', 'two.markdown']);
  });

  it('says clearly what it could not check, checks the rest, and exits 2', () => {
    writeFileSync(join(dir, 'good.txt'), unbalanced);
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2 * 1024 * 1024));
    mkdirSync(join(dir, 'empty'));
    const r = run([
      'check', '--max-size', '1',
      join(dir, 'good.txt'), join(dir, 'missing.md'), join(dir, 'binary.txt'), join(dir, 'latin1.txt'), join(dir, 'big.txt'), join(dir, 'empty'),
    ]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(r.stderr).toContain('missing.md: no such file or folder');
    expect(r.stderr).toContain('binary.txt: looks like a binary file');
    expect(r.stderr).toContain('latin1.txt: is not valid UTF-8');
    expect(r.stderr).toContain('big.txt: 2.0 MB is over the 1.0 MB limit');
    expect(r.stderr).toContain('empty: folder contains no .md, .markdown or .txt documents');
    expect(r.stdout).toContain('good.txt:3:');
  });

  it('reads UTF-16 files that carry a byte-order mark', () => {
    const path = join(dir, 'utf16.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(unbalanced, 'utf16le')]));
    const report = JSON.parse(run(['check', '--format', 'json', path]).stdout);
    expect(report.files[0].findings[0].start).toBe(unbalanced.indexOf('“'));
  });

  it('rejects bad usage with exit 2 and the usage text', () => {
    for (const argv of [[], ['check'], ['check', '--format', 'xml', 'a.md'], ['lint', 'a.md'], ['check', '--bogus', 'a.md']]) {
      const r = run(argv);
      if (argv.length === 0) {
        expect(r.code).toBe(0); // bare `attest` prints help
        expect(r.stdout).toContain('Usage:');
      } else {
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/^attest: .+\nUsage:/);
      }
    }
  });
});

describe('attest.json', () => {
  it('is read from the working folder and can switch a rule off or change its severity', () => {
    writeFileSync(join(dir, 'doc.txt'), unbalanced);
    writeFileSync(join(dir, 'attest.json'), JSON.stringify({ rules: { 'quote/unbalanced': 'error' } }));
    const r = run(['check', 'doc.txt'], { cwd: dir });
    expect(r.stdout).toContain('error quote/unbalanced');
    expect(r.code).toBe(1);
    writeFileSync(join(dir, 'attest.json'), JSON.stringify({ rules: { 'quote/unbalanced': 'off' } }));
    expect(run(['check', '--format', 'json', 'doc.txt'], { cwd: dir }).stdout).toContain('"findings": []');
  });

  it('--config names another file; problems in it are reported', () => {
    writeFileSync(join(dir, 'doc.txt'), balanced);
    writeFileSync(join(dir, 'cfg.json'), '{ "rules": { "quote/nonexistent": "off" }, "failOn": "loud" }');
    const r = run(['check', '--config', join(dir, 'cfg.json'), join(dir, 'doc.txt')]);
    expect(r.stderr).toContain('unknown rule "quote/nonexistent"');
    expect(r.stderr).toContain('"failOn" must be one of');
    writeFileSync(join(dir, 'broken.json'), '{ rules: ');
    const broken = run(['check', '--config', join(dir, 'broken.json'), join(dir, 'doc.txt')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('not valid JSON');
  });
});

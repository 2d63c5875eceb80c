/**
 * A run of the CLI tells its host how much text it is about to check, before
 * checking it: documents and sources together (the command uses it to run
 * small inputs without V8's optimising compiler, see src/cli/short-run.ts).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { SHORT_RUN_CHARS, tuneCompilerForRun } from '../../../src/cli/short-run.js';

/** Runs the CLI in-process; returns what `beforeChecking` was told (in order) and whether it came before any output. */
function run(argv: string[], cwd: string): { told: number[]; toldBeforeOutput: boolean; code: number } {
  const told: number[] = [];
  let printed = false;
  let toldBeforeOutput = false;
  const code = main(argv, {
    stdout: () => (printed = true),
    stderr: () => undefined,
    stdin: () => new Uint8Array(),
    cwd,
    beforeChecking: (chars) => {
      told.push(chars);
      toldBeforeOutput = !printed;
    },
  });
  return { told, toldBeforeOutput, code };
}

describe('beforeChecking', () => {
  const doc = 'The mayor said, “We will rebuild the pier.” Then she left.\n';
  const source = 'We will rebuild the pier, the mayor told the council on Monday.\n';

  it('is told the characters of the documents, once, before the report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attest-short-'));
    writeFileSync(join(dir, 'a.txt'), doc);
    writeFileSync(join(dir, 'b.md'), doc + doc);
    const r = run(['check', 'a.txt', 'b.md'], dir);
    expect(r.told).toEqual([3 * doc.length]);
    expect(r.toldBeforeOutput).toBe(true);
  });

  it('counts the sources too, for check and for claims', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attest-short-'));
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'sources', 's.txt'), source);
    writeFileSync(join(dir, 'a.txt'), doc);
    expect(run(['check', '--sources', 'sources/*.txt', 'a.txt'], dir).told).toEqual([doc.length + source.length]);
    expect(run(['claims', '--sources', 'sources/*.txt', 'a.txt'], dir).told).toEqual([doc.length + source.length]);
  });

  it('is not told anything when there is nothing to check', () => {
    const dir = mkdtempSync(join(tmpdir(), 'attest-short-'));
    expect(run(['--version'], dir).told).toEqual([]);
  });
});

describe('tuneCompilerForRun', () => {
  // Only the large case can run here: the small one changes a flag of this whole test process.
  it('leaves the compiler alone for inputs above the bound', () => {
    expect(tuneCompilerForRun(SHORT_RUN_CHARS + 1)).toBe(false);
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/** Runs the CLI in-process and captures what it prints. */
const run = runCli;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'attest-claims-'));
});

/** An unattributed quote first (a later one would read as her quote running on), then an attributed one. */
const story = [
  '“Nobody asked the islanders.”',
  '',
  'Ferry fares will rise in June, the operator announced on Monday.',
  '',
  '“We held prices for three years, and fuel has doubled since,” said Ines Varga, chief executive of Island Lines.',
  '',
].join('\n');

describe('attest claims', () => {
  it('prints a Markdown checklist by default, grouped by source', () => {
    writeFileSync(join(dir, 'story.md'), story);
    const r = run(['claims', 'story.md'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^# Claims in story\.md/);
    expect(r.stdout).toContain('## Ines Varga');
    expect(r.stdout).toMatch(/- \[ \] .*We held prices for three years/);
    expect(r.stdout).toContain('## Unattributed');
    expect(r.stdout).toContain('no sources configured');
  });

  it('exports CSV with a header and one row per claim, and JSON with the claims', () => {
    writeFileSync(join(dir, 'story.txt'), story);
    const csv = run(['claims', '--format', 'csv', 'story.txt'], { cwd: dir });
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^id,source,/);
    expect(lines).toHaveLength(3);
    expect(lines.some((l) => l.includes('Ines Varga'))).toBe(true);

    const json = run(['claims', '--format=json', 'story.txt'], { cwd: dir });
    const report = JSON.parse(json.stdout) as { claims: { text: string; source: string; status: string }[] };
    expect(report.claims.map((c) => c.source).sort()).toEqual(['Ines Varga', 'Unattributed']);
    expect(report.claims.every((c) => c.status === 'no-sources')).toBe(true);
  });

  it('checks the quotes against --sources, like attest check', () => {
    mkdirSync(join(dir, 'sources'));
    writeFileSync(
      join(dir, 'sources', 'interview.txt'),
      'Interview with Ines Varga, 3 May.\n\nWe held prices for three years, and fuel has doubled since. That is the whole story.\n',
    );
    writeFileSync(join(dir, 'story.txt'), story);
    const r = run(['claims', '--format', 'json', '--sources', 'sources/*.txt', 'story.txt'], { cwd: dir });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { claims: { source: string; status: string }[] };
    expect(report.claims.find((c) => c.source === 'Ines Varga')?.status).toBe('verified');
    expect(report.claims.find((c) => c.source === 'Unattributed')?.status).toBe('not-found');
  });

  it('reads standard input', () => {
    const r = run(['claims', '--format', 'csv', '-'], { stdin: story });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Ines Varga');
  });

  it.each([
    [['claims'], /attest claims needs a PATH/],
    [['claims', 'a.md', 'b.md'], /one document at a time/],
    [['claims', '--format', 'xml', 'a.md'], /--format must be md, csv or json/],
    [['claims', '--fail-on', 'error', 'a.md'], /--fail-on belongs to attest check/],
  ])('rejects %j with a usage error (exit 2)', (argv, message) => {
    const r = run(argv, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('refuses a folder of several documents, and a missing file, with exit 2', () => {
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'a.md'), story);
    writeFileSync(join(dir, 'drafts', 'b.md'), story);
    const folder = run(['claims', 'drafts'], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/holds 2 documents/);
    const missing = run(['claims', 'nope.md'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.md: no such file/);
  });
});

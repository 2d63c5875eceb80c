/**
 * exportClaims: the Markdown checklist, the CSV and the JSON, including quotes
 * that try to break out of them (HTML, Markdown, spreadsheet formulas).
 */
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { check, exportClaims } from '../../../src/core/index.js';
import { csvField, defuseFormula } from '../../../src/core/claims/index.js';
import type { Claim, Finding } from '../../../src/core/types.js';
import { claim, finding, HOSTILE_TEXTS } from './fixtures.js';

const STORY = [
  '“We will reopen the pier,” said Mara Ellison, of the port authority.',
  '',
  'The ferry timetable changes in May.',
  '',
  '“Nobody warned us.”',
  '',
  'The council adopted the “Harbour Renewal Act” last week.',
].join('\n');

/** A mdast node, loosely. */
interface MdNode {
  type: string;
  value?: string;
  checked?: boolean | null;
  children?: MdNode[];
}

function parseMarkdown(md: string): MdNode {
  return unified().use(remarkParse).use(remarkGfm).parse(md) as unknown as MdNode;
}

function walk(node: MdNode, visit: (n: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** The text a reader sees in a node. */
function plain(node: MdNode): string {
  let text = '';
  walk(node, (n) => {
    if (n.type === 'text' || n.type === 'inlineCode') text += n.value ?? '';
  });
  return text;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF records). */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  while (i < csv.length) {
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (csv[i] === '"' && csv[i + 1] === '"') (field += '"'), (i += 2);
        else if (csv[i] === '"') {
          i++;
          break;
        } else if (i >= csv.length) throw new Error('unterminated quoted field');
        else field += csv[i++];
      }
    } else if (csv[i] === ',') record.push(field), (field = ''), i++;
    else if (csv.startsWith('\r\n', i)) record.push(field), records.push(record), (record = []), (field = ''), (i += 2);
    else if (csv[i] === '\r' || csv[i] === '\n' || csv[i] === '"') throw new Error(`bare ${JSON.stringify(csv[i])} at ${i}`);
    else field += csv[i++];
  }
  if (field !== '' || record.length > 0) throw new Error('the last record must end with CRLF');
  return records;
}

describe('exportClaims: Markdown checklist', () => {
  const { claims, findings } = check(STORY, 'plaintext');
  const md = exportClaims(claims, findings, { format: 'md', documentName: 'pier.txt', text: STORY });

  it('has one unticked box per claim, grouped under a heading per source', () => {
    const tree = parseMarkdown(md);
    const items: MdNode[] = [];
    const headings: string[] = [];
    walk(tree, (n) => {
      if (n.type === 'listItem' && n.checked !== null && n.checked !== undefined) items.push(n);
      if (n.type === 'heading') headings.push(plain(n));
    });
    expect(items.map((i) => i.checked)).toEqual(claims.map(() => false));
    expect(headings).toEqual(['Claims in pier.txt', 'Mara Ellison — of the port authority', 'Unattributed', 'Titles']);
  });

  it('gives kind, line, excerpt, cue, status and findings', () => {
    expect(md).toContain('**Quotation** (line 1): “We will reopen the pier,”');
    expect(md).toContain('Cue: said');
    expect(md).toContain('Status: No sources configured');
    expect(md).toContain('Finding: Quotation with no identifiable source (quote/unattributed)');
    expect(md).toContain('**Title (not speech)** (line 7)');
  });

  it('shows a near match’s difference and where the source has the quote', () => {
    const c = claim('quote', 0, 'we waited long', {
      speaker: 'Ines Varga',
      verification: {
        status: 'near-match',
        location: { source: 'interview.txt', start: 0, end: 10, line: 3, character: 0, text: 'we have waited long' },
        diff: [
          { op: 'same', text: 'we' },
          { op: 'removed', text: 'have' },
          { op: 'same', text: 'waited long' },
        ],
      },
    });
    const out = exportClaims([c], [], { format: 'md', documentName: 'x.md' });
    expect(out).toContain('Status: Near match in interview.txt, line 4');
    expect(out).toContain('Difference: we ~~have~~ (removed) waited long');
    expect(out).toContain('0 verified · 1 near match · 0 not found');
  });

  for (const hostile of HOSTILE_TEXTS) {
    it(`keeps hostile text inert and on its own item: ${JSON.stringify(hostile)}`, () => {
      const c = claim('quote', 0, hostile, { speaker: hostile, cue: hostile });
      const f: Finding = finding('quote/misquoted', 0, c.end, hostile);
      const tree = parseMarkdown(exportClaims([c], [f], { format: 'md', documentName: hostile }));
      const kinds = new Set<string>();
      let boxes = 0;
      walk(tree, (n) => {
        kinds.add(n.type);
        if (n.type === 'listItem' && typeof n.checked === 'boolean') boxes++;
      });
      expect(kinds.has('html')).toBe(false);
      // GFM renderers autolink a bare URL in the text itself; any link must show its own target.
      walk(tree, (n) => {
        if (n.type === 'link') expect((n as MdNode & { url: string }).url).toContain(plain(n));
      });
      expect(kinds.has('inlineCode')).toBe(false);
      expect(boxes).toBe(1);
      // The reader sees the words as written (whitespace folded to one line). Inside a
      // GFM autolink the source shows as is, escapes included, so those are dropped here.
      const seen = plain(tree).replace(/\\([)\]|])/g, '$1');
      expect(seen).toContain(hostile.replace(/\s+/g, ' ').trim());
    });
  }
});

describe('exportClaims: CSV', () => {
  it('writes a header and one record per claim, in checklist order', () => {
    const { claims, findings } = check(STORY, 'plaintext');
    const rows = parseCsv(exportClaims(claims, findings, { format: 'csv', documentName: 'pier.txt', text: STORY }));
    expect(rows[0].slice(0, 7)).toEqual(['id', 'source', 'source description', 'kind', 'text', 'cue', 'status']);
    expect(rows.slice(1).map((r) => [r[1], r[4]])).toEqual([
      ['Mara Ellison', 'We will reopen the pier,'],
      ['Unattributed', 'Nobody warned us.'],
      ['Titles', 'Harbour Renewal Act'],
    ]);
    expect(rows[2][10]).toBe('quote/unattributed: Quotation with no identifiable source');
  });

  /** [cell, as written] */
  const FIELDS: [string, string][] = [
    ['plain words', 'plain words'],
    ['a, b', '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['=A1,"x"', `"'=A1,""x"""`],
    ['a=b', 'a=b'],
  ];
  for (const [cell, written] of FIELDS) {
    it(`writes ${JSON.stringify(cell)} as ${JSON.stringify(written)}`, () => {
      expect(csvField(cell)).toBe(written);
    });
  }

  it('round-trips any quote text through an RFC 4180 parser, with formulas defused', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...HOSTILE_TEXTS)), fc.string(), (text, name) => {
        const c: Claim = { id: 'q1', kind: 'quote', start: 0, end: 10, text, speaker: { name, mentions: [] } };
        const rows = parseCsv(exportClaims([c], [], { format: 'csv', documentName: 'x' }));
        expect(rows).toHaveLength(2);
        expect(rows[1][4]).toBe(defuseFormula(text));
        expect(rows[1][1]).toBe(defuseFormula(name));
        for (const cell of rows[1]) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

describe('exportClaims: JSON', () => {
  it('lists the claims with status, source and findings, and the counts', () => {
    const { claims, findings } = check(STORY, 'plaintext');
    const report = JSON.parse(exportClaims(claims, findings, { format: 'json', documentName: 'pier.txt', text: STORY }));
    expect(report.document).toBe('pier.txt');
    expect(report.counts).toEqual({ claims: 3, verified: 0, 'near-match': 0, 'not-found': 0, 'no-sources': 3 });
    expect(report.claims.map((c: { text: string; source: string; status: string; line: number }) => [c.text, c.source, c.status, c.line])).toEqual([
      ['We will reopen the pier,', 'Mara Ellison', 'no-sources', 1],
      ['Nobody warned us.', 'Unattributed', 'no-sources', 5],
      ['Harbour Renewal Act', 'Titles', 'no-sources', 7],
    ]);
    expect(report.claims[1].findings.map((f: Finding) => f.rule)).toEqual(['quote/unattributed']);
  });

  it('keeps hostile text exactly (JSON escaping is enough)', () => {
    for (const hostile of HOSTILE_TEXTS) {
      const report = JSON.parse(exportClaims([claim('quote', 0, hostile)], [], { format: 'json', documentName: hostile }));
      expect(report.claims[0].text).toBe(hostile);
      expect(report.document).toBe(hostile);
    }
  });
});

describe('exportClaims with sources', () => {
  const location = { source: 'sources/interview.txt', start: 0, end: 24, line: 0, character: 0, text: 'we will reopen the pier' };
  const claims: Claim[] = [
    claim('quote', 0, 'We will reopen the pier,', { verification: { status: 'verified', location, similarity: 1 } }),
    claim('title', 60, 'Harbour Renewal Act'),
  ];

  it('calls a claim the sources were not asked about "not checked", never "no sources configured"', () => {
    const md = exportClaims(claims, [], { format: 'md', documentName: 'story.md' });
    expect(md).toContain('Status: Not checked against sources');
    expect(md).toContain('1 verified');
    expect(md).toContain('1 not checked');
    expect(md).not.toMatch(/no sources configured/i);

    const csv = exportClaims(claims, [], { format: 'csv', documentName: 'story.md' });
    expect(csv).toContain('Not checked against sources');
    expect(csv).not.toContain('No sources configured');

    const json = JSON.parse(exportClaims(claims, [], { format: 'json', documentName: 'story.md' })) as { claims: { status: string }[] };
    expect(json.claims.map((c) => c.status)).toEqual(['verified', 'not-checked']);
  });

  it('without sources, says once that none are configured', () => {
    const none = claims.map(({ verification: _v, ...rest }) => rest);
    const md = exportClaims(none, [], { format: 'md', documentName: 'story.md' });
    expect(md).toContain('no sources configured');
    expect(md).not.toContain('not checked');
    const json = JSON.parse(exportClaims(none, [], { format: 'json', documentName: 'story.md' })) as { claims: { status: string }[] };
    expect(json.claims.every((c) => c.status === 'no-sources')).toBe(true);
  });
});

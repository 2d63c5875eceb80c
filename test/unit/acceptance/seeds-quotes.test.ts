/**
 * Acceptance on the seed documents in ../shared/seeds (outside the
 * repository): how many quotations of KEY.md's "Quotes and their sources"
 * table get the source the key names, and whether the quoted words the key
 * calls "not speech" are kept apart as titles and scare quotes. The table is
 * parsed at test time; no seed text is written in code.
 *
 * The figure is printed; the assertion is only the floor reached so far, so
 * the test guards against regressions without pretending to more.
 *
 * When the seeds are absent the suite is SKIPPED (reported as skipped, not
 * passed), and says why.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeQuotations } from '../../../src/core/attribution/attribute.js';
import { buildDocument } from '../../../src/core/engine/build-document.js';
import { findQuotations } from '../../../src/core/rules/quote-spans.js';
import type { Claim } from '../../../src/core/types.js';

const SEEDS = resolve(__dirname, '../../../../shared/seeds');
const KEY = join(SEEDS, 'KEY.md');
const present = existsSync(KEY);

if (!present) {
  console.warn(`seeds-quotes: SKIPPED — the seed key is not at ${KEY} (the seeds live beside the repository, in shared/seeds).`);
}

/** Rows the key's table gives: the document's prefix, the quoted fragments, the source. */
interface Row {
  doc: string;
  fragments: string[];
  source: string;
}

/** The quoted fragments of a cell (“…”, “…”), without marks and trailing ellipses. */
function fragments(cell: string): string[] {
  return [...cell.matchAll(/“([^”]+)”/g)].map((m) => m[1].replace(/…$/, '').trim()).filter(Boolean);
}

function parseQuoteTable(md: string): Row[] {
  const section = md.split(/^## /m).find((s) => /quotes/i.test(s.split('\n')[0]));
  if (!section) return [];
  const rows: Row[] = [];
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 5 || !/^\d+$/.test(cells[1])) continue;
    rows.push({ doc: cells[1], fragments: fragments(cells[2]), source: cells[3] });
  }
  return rows;
}

/** The words that must appear in the speaker's name: the last capitalised word of the source's head. */
function keyWord(source: string): string {
  const head = source.split('(')[0].split(',')[0].trim();
  const capitals = head.match(/\p{Lu}[\p{L}\d-]*/gu) ?? [head];
  return capitals[capitals.length - 1];
}

function claimsOf(prefix: string): Claim[] {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt'));
  if (!file) return [];
  const doc = buildDocument(readFileSync(join(SEEDS, file), 'utf8'), 'plaintext');
  return attributeQuotations(doc, findQuotations(doc).quotes);
}

describe.skipIf(!present)('acceptance: seed documents (who said it)', () => {
  it('names the source the key gives for its quotations (figure printed)', () => {
    const md = readFileSync(KEY, 'utf8');
    const rows = parseQuoteTable(md);
    expect(rows.length).toBeGreaterThan(0);
    const byDoc = new Map<string, Claim[]>();
    let total = 0;
    let right = 0;
    let rowsRight = 0;
    const misses: string[] = [];
    for (const row of rows) {
      if (!byDoc.has(row.doc)) byDoc.set(row.doc, claimsOf(row.doc));
      const claims = byDoc.get(row.doc) ?? [];
      const want = keyWord(row.source);
      let all = true;
      for (const f of row.fragments) {
        total++;
        const c = claims.find((x) => x.text.trim().startsWith(f));
        const name = c?.speaker?.name ?? '∅';
        if (c && name.includes(want)) right++;
        else {
          all = false;
          misses.push(`${row.doc} “${f.slice(0, 30)}” → ${c ? `${c.kind}:${name}` : 'no quotation'} (want ${want})`);
        }
      }
      if (all) rowsRight++;
    }
    console.info(
      `seeds-quotes: ${rowsRight}/${rows.length} rows right (${right}/${total} quoted fragments)` +
        (misses.length ? `; missed: ${misses.join('; ')}` : ''),
    );
    // The floor reached by this first pass; raise it as attribution improves.
    expect(rowsRight).toBeGreaterThanOrEqual(FLOOR_ROWS);
  });

  it('keeps the quoted words the key calls "not speech" apart as titles and scare quotes', () => {
    const md = readFileSync(KEY, 'utf8');
    const line = md.split('\n').find((l) => /not speech/i.test(l)) ?? '';
    const wanted = [...line.matchAll(/“([^”]+)”\s*\(([^)]*)\)/g)].map((m) => ({
      words: m[1],
      kind: /title/i.test(m[2]) ? 'title' : 'scare',
    }));
    const claims = [...claimsOf('000'), ...claimsOf('004')];
    const got = wanted.map((w) => claims.find((c) => c.text.trim() === w.words)?.kind ?? 'missing');
    console.info(`seeds-quotes: not speech: ${wanted.map((w, k) => `${w.words} → ${got[k]} (want ${w.kind})`).join('; ')}`);
    expect(got).toEqual(wanted.map((w) => w.kind));
  });
});

/** Rows of the key's quote table this pass gets fully right (see the printed figure). */
const FLOOR_ROWS = 18;

/**
 * The CSV export: one row per claim, for a spreadsheet. Quoting follows
 * RFC 4180 (fields with a comma, quote or line break are quoted, quotes
 * doubled, CRLF between records). A quote is untrusted text that may start
 * with `=`, so every cell that a spreadsheet could read as a formula is
 * defused with a leading apostrophe (OWASP's advice on CSV injection).
 */
import { CLAIM_KIND_LABELS } from './labels.js';
import { diffToText, type ClaimRow } from './rows.js';

/** The columns, in order. */
export const CSV_COLUMNS = [
  'id',
  'source',
  'source description',
  'kind',
  'text',
  'cue',
  'status',
  'similarity',
  'found in',
  'difference',
  'findings',
  'line',
  'start',
  'end',
] as const;

/** Characters that make a spreadsheet treat a cell as a formula (or split it) when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text, never evaluates. */
export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field: quoted when it holds a comma, a double quote, CR or LF. */
export function csvField(value: string): string {
  const safe = defuseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV for a document's claims, with a header row. */
export function claimsToCsv(rows: readonly ClaimRow[]): string {
  const records = [CSV_COLUMNS.map(csvField).join(',')];
  for (const { claim, group, status, statusLabel, line } of rows) {
    const location = status.location ? `${status.location.source}:${status.location.line + 1}` : '';
    const cells: string[] = [
      claim.id,
      group.label,
      group.kind === 'speaker' ? (claim.speaker?.description ?? '') : '',
      CLAIM_KIND_LABELS[claim.kind],
      claim.text,
      claim.cue ?? '',
      statusLabel,
      status.similarity !== undefined ? String(Math.round(status.similarity * 100) / 100) : '',
      location,
      status.diff ? diffToText(status.diff) : '',
      status.findings.map((f) => `${f.rule}: ${f.message}`).join('; '),
      line !== undefined ? String(line) : '',
      String(claim.start),
      String(claim.end),
    ];
    records.push(cells.map(csvField).join(','));
  }
  return `${records.join('\r\n')}\r\n`;
}

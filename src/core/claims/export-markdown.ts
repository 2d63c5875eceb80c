/**
 * The Markdown export: a checklist a desk can sign off, one `- [ ]` item per
 * claim, grouped by source. Document text is untrusted, so every piece of it
 * is escaped: a quote can neither tick a box, open a link, nor inject HTML
 * into whatever renders the checklist.
 */
import type { DiffPart } from '../types.js';
import { CLAIM_KIND_LABELS } from './labels.js';
import { excerpt, type ClaimRow } from './rows.js';
import { countStatuses } from './status.js';

/**
 * Makes text inert in Markdown (and in the HTML Markdown may contain), on one
 * line: backslash-escapes the punctuation that means something mid-line
 * (emphasis, code, links, tables, a heading's closing `#`) and turns `<`,
 * `>`, `&` into entities, so no emphasis, link, code span or tag can come
 * from a quote. Line-start markers (`-`, `1.`) need nothing: the text never
 * starts a line, and line breaks are folded into spaces. (A bare URL in a quote may still be autolinked by GFM renderers,
 * which recognise URLs in the text itself; its target is then what is shown.)
 */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#|~<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`));
}

/** A near match's difference: removed source words struck through, added quote words in bold. */
function diffToMarkdown(diff: readonly DiffPart[]): string {
  return diff
    .map((p) => {
      const words = escapeMarkdownText(p.text.trim());
      if (!words) return '';
      return p.op === 'same' ? words : p.op === 'added' ? `**${words}** (added)` : `~~${words}~~ (removed)`;
    })
    .filter(Boolean)
    .join(' ');
}

/** The checklist for one document. */
export function claimsToMarkdown(rows: readonly ClaimRow[], documentName: string): string {
  const out: string[] = [];
  const counts = countStatuses(rows.map((r) => r.status));
  out.push(`# Claims in ${escapeMarkdownText(documentName)}`, '');
  const summary = [`${rows.length} claim${rows.length === 1 ? '' : 's'}`];
  if (counts['no-sources'] === rows.length) summary.push('no sources configured');
  else {
    summary.push(`${counts.verified} verified`, `${counts['near-match']} near match`, `${counts['not-found']} not found`);
    if (counts['no-sources'] > 0) summary.push(`${counts['no-sources']} not checked`);
  }
  out.push(summary.join(' · '), '');
  if (rows.length === 0) out.push('No quotations or reported speech found.', '');

  let groupKey: string | undefined;
  for (const row of rows) {
    const { claim, group, status, line } = row;
    if (group.key !== groupKey) {
      if (groupKey !== undefined) out.push('');
      groupKey = group.key;
      const description = group.description ? ` — ${escapeMarkdownText(group.description)}` : '';
      out.push(`## ${escapeMarkdownText(group.label)}${description}`, '');
    }
    const where = line !== undefined ? ` (line ${line})` : '';
    out.push(`- [ ] **${CLAIM_KIND_LABELS[claim.kind]}**${where}: “${escapeMarkdownText(excerpt(claim.text))}”`);
    if (claim.cue) out.push(`  - Cue: ${escapeMarkdownText(claim.cue)}`);
    let statusLine = `  - Status: ${row.statusLabel}`;
    if (status.location) statusLine += ` in ${escapeMarkdownText(status.location.source)}, line ${status.location.line + 1}`;
    out.push(statusLine);
    if (status.diff && status.diff.some((p) => p.op !== 'same')) out.push(`  - Difference: ${diffToMarkdown(status.diff)}`);
    for (const f of status.findings) out.push(`  - Finding: ${escapeMarkdownText(f.message)} (${escapeMarkdownText(f.rule)})`);
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/**
 * The two output formats of `attest check`.
 *
 * JSON is a public contract (`version: 1`): later versions add fields, never
 * rename or remove them.
 */
import { createLineIndex, type CheckResult, type DiffPart, type Format, type Severity, type SourceLocation } from '../core/index.js';

export interface CheckedFile {
  path: string;
  format: Format;
  text: string;
  result: CheckResult;
}

export interface JsonFinding {
  rule: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
  suggestions?: string[];
  /** Findings about quotes checked against the sources: `data`, with `source` (the passage) and `diff`. */
  data?: { source?: SourceLocation; diff?: DiffPart[] };
}

export interface JsonReport {
  version: 1;
  files: {
    path: string;
    format: Format;
    findings: JsonFinding[];
    claims: { id: string; kind: string; start: number; end: number; text: string; speaker?: unknown }[];
  }[];
}

/** Builds the JSON report object. */
export function toJsonReport(files: readonly CheckedFile[]): JsonReport {
  return {
    version: 1,
    files: files.map(({ path, format, text, result }) => {
      const lines = createLineIndex(text);
      return {
        path,
        format,
        findings: result.findings.map((f) => {
          const { line, column } = lines.position(f.start);
          const finding: JsonFinding = {
            rule: f.rule,
            severity: f.severity,
            message: f.message,
            start: f.start,
            end: f.end,
            line,
            column,
            text: text.slice(f.start, f.end),
          };
          if (f.suggestions && f.suggestions.length > 0) finding.suggestions = f.suggestions;
          if (f.data?.source !== undefined) finding.data = { source: f.data.source as SourceLocation, diff: f.data.diff as DiffPart[] | undefined };
          return finding;
        }),
        claims: result.claims.map((c) => ({ ...c })),
      };
    }),
  };
}

/**
 * Compiler-style lines, `path:line:col severity rule message`, and a summary
 * line. Hints are counted but not listed: they are what an editor shows
 * faintly and keeps off its Problems panel (such as `quote/attributed`,
 * which names the speaker of every attributed quote); `--format json` has
 * them all.
 */
export function toTextReport(files: readonly CheckedFile[]): string {
  const out: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  let claims = 0;
  for (const { path, text, result } of files) {
    const lines = createLineIndex(text);
    for (const f of result.findings) {
      counts[f.severity]++;
      if (f.severity === 'hint') continue;
      const { line, column } = lines.position(f.start);
      // Name the fix unless the rule's message already does.
      const best = f.suggestions?.[0];
      const fix = best !== undefined && !f.message.includes(best) ? ` (fix: "${best}")` : '';
      out.push(`${path}:${line}:${column} ${f.severity} ${f.rule} ${f.message}${fix}`);
    }
    claims += result.claims.length;
  }
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  out.push(
    `${plural(files.length, 'file')} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ` +
      `${counts.information} information, ${plural(counts.hint, 'hint')}${counts.hint > 0 ? ' (not listed)' : ''}; ${plural(claims, 'claim')}`,
  );
  return out.join('\n') + '\n';
}

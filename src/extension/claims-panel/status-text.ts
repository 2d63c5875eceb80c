/**
 * The words of the claims status bar item (src/extension/status-bar.ts), kept
 * apart from VS Code so that they are unit-tested.
 */
import type { Finding } from '../../core/index.js';

/** The rules the item counts. */
export const UNATTRIBUTED_RULE = 'quote/unattributed';
export const MISQUOTED_RULE = 'quote/misquoted';

export interface ClaimProblemCounts {
  unattributed: number;
  misquoted: number;
}

/** Counts the findings the item reports. */
export function countClaimProblems(findings: readonly Finding[]): ClaimProblemCounts {
  let unattributed = 0;
  let misquoted = 0;
  for (const f of findings) {
    if (f.rule === UNATTRIBUTED_RULE) unattributed++;
    else if (f.rule === MISQUOTED_RULE) misquoted++;
  }
  return { unattributed, misquoted };
}

/** The item's text, tooltip and screen-reader label for the counts. */
export function statusBarContent(counts: ClaimProblemCounts, claims: number): { text: string; tooltip: string; label: string } {
  const parts: string[] = [];
  const spoken: string[] = [];
  if (counts.unattributed > 0) {
    parts.push(`${counts.unattributed} unattributed`);
    spoken.push(`${counts.unattributed} unattributed quote${counts.unattributed === 1 ? '' : 's'}`);
  }
  if (counts.misquoted > 0) {
    parts.push(`${counts.misquoted} misquote${counts.misquoted === 1 ? '' : 's'}`);
    spoken.push(`${counts.misquoted} misquotation${counts.misquoted === 1 ? '' : 's'}`);
  }
  const claimsText = `${claims} claim${claims === 1 ? '' : 's'}`;
  if (parts.length === 0) {
    return {
      text: '$(check) claims ok',
      tooltip: `Attest: ${claimsText}, none unattributed or misquoted. Click to show the claims.`,
      label: `Attest: ${claimsText}, none unattributed or misquoted. Show claims`,
    };
  }
  return {
    text: `$(quote) ${parts.join(' · ')}`,
    tooltip: `Attest: ${claimsText}; ${spoken.join(', ')}. Click to show the claims.`,
    label: `Attest: ${spoken.join(', ')}. Show claims`,
  };
}

/**
 * Groups a document's claims by their source, the way a fact-checker works
 * through a story: everything one person said together, then what nobody is
 * named for, then quoted titles and scare quotes (which are nobody's words).
 */
import type { Claim } from '../types.js';
import { NOT_SPEECH_KINDS } from './labels.js';

/** What kind of source a group stands for. */
export type ClaimGroupKind = 'speaker' | 'unattributed' | 'title' | 'scare';

export interface ClaimGroup {
  /** Stable within a document: `speaker:<name>`, `unattributed`, `title` or `scare`. */
  key: string;
  kind: ClaimGroupKind;
  /** The speaker's name, or "Unattributed", "Titles", "Scare quotes". */
  label: string;
  /** The speaker's role or affiliation, from the first claim that gives one. */
  description?: string;
  /** In document order. */
  claims: Claim[];
}

/** The labels of the groups that are not a speaker. */
export const GROUP_LABELS: Readonly<Record<Exclude<ClaimGroupKind, 'speaker'>, string>> = {
  unattributed: 'Unattributed',
  title: 'Titles',
  scare: 'Scare quotes',
};

/** The group key of one claim (see {@link ClaimGroup.key}). */
export function groupKeyOf(claim: Claim): string {
  if (claim.kind === 'title' || claim.kind === 'scare') return claim.kind;
  return claim.speaker ? `speaker:${claim.speaker.name}` : 'unattributed';
}

/**
 * Groups claims by source. Speakers come first, in the order the document
 * first quotes them; then "Unattributed", "Titles" and "Scare quotes" (each
 * only when it has claims). A title or scare quote goes to its own group even
 * if the attribution gave it a speaker: it is not speech. Claims keep
 * document order within their group. Never throws; empty input, empty output.
 */
export function groupClaimsBySource(claims: readonly Claim[]): ClaimGroup[] {
  const ordered = [...claims].sort((a, b) => a.start - b.start || a.end - b.end);
  const speakers = new Map<string, ClaimGroup>();
  const others = new Map<Exclude<ClaimGroupKind, 'speaker'>, ClaimGroup>();
  for (const claim of ordered) {
    if (NOT_SPEECH_KINDS.has(claim.kind) || !claim.speaker) {
      const kind = claim.kind === 'title' || claim.kind === 'scare' ? claim.kind : 'unattributed';
      let group = others.get(kind);
      if (!group) others.set(kind, (group = { key: kind, kind, label: GROUP_LABELS[kind], claims: [] }));
      group.claims.push(claim);
      continue;
    }
    const { name, description } = claim.speaker;
    const key = `speaker:${name}`;
    let group = speakers.get(key);
    if (!group) speakers.set(key, (group = { key, kind: 'speaker', label: name, claims: [] }));
    if (group.description === undefined && description) group.description = description;
    group.claims.push(claim);
  }
  const tail = (['unattributed', 'title', 'scare'] as const).flatMap((k) => others.get(k) ?? []);
  return [...speakers.values(), ...tail];
}

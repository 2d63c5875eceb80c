/**
 * Hovers over quotations and over the people they are attributed to: what
 * kind of quote it is, who said it, the cue, how a pronoun or surname was
 * resolved to the speaker, how sure Attest is, and links to the speaker's
 * other quotes in the document.
 *
 * Everything shown comes from the check of the document's current version
 * (`DocumentChecker.currentResult`), so a hover never describes stale text.
 * Document text is untrusted: it is always escaped before it goes into the
 * Markdown (see `escapeMarkdown`), and the only command a hover may run is
 * {@link REVEAL_RANGE_COMMAND}.
 */
import * as vscode from 'vscode';
import { CLAIM_KIND_LABELS, NOT_SPEECH_KINDS } from '../core/claims/index.js';
// The speaker types are not re-exported by core/index.ts; they are plain data, so importing them directly is safe.
import type { Claim, ClaimSpeaker, SpeakerMention } from '../core/types.js';
import type { DocumentChecker } from './document-checker.js';

/** Selects and reveals `[uri, start, end]` (document offsets); the target of a hover's links. */
export const REVEAL_RANGE_COMMAND = 'attest.revealRange';

/** How many characters of a quote a link shows before an ellipsis. */
const LINK_TEXT_MAX = 60;

export class QuoteHoverProvider implements vscode.HoverProvider {
  constructor(private readonly checker: DocumentChecker) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const claims = this.checker.currentResult(document)?.claims;
    if (!claims || claims.length === 0) return undefined;
    const offset = document.offsetAt(position);

    // The innermost claim wins, so a nested quote describes itself rather than its parent.
    const claim = claims
      .filter((c) => c.start <= offset && offset < c.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (claim) return new vscode.Hover(claimHover(document, claim, claims), spanRange(document, claim));

    const mention = mentionAt(claims, offset);
    if (mention) return new vscode.Hover(speakerHover(document, mention.speaker, mention.mention, claims), spanRange(document, mention.mention));
    return undefined;
  }
}

/**
 * Runs {@link REVEAL_RANGE_COMMAND}: opens the document (if need be) and
 * selects the range. `uri` arrives as a string because hover links carry
 * JSON arguments.
 */
export async function revealRange(uri: string | vscode.Uri, start: number, end: number): Promise<void> {
  if (typeof start !== 'number' || typeof end !== 'number') return;
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  const document = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(document);
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The hover of one claim. */
function claimHover(document: vscode.TextDocument, claim: Claim, claims: readonly Claim[]): vscode.MarkdownString {
  const md = newMarkdown();
  md.appendMarkdown(`**Attest: ${CLAIM_KIND_LABELS[claim.kind]}**\n\n`);
  const speaker = claim.speaker;
  if (!speaker) {
    if (!NOT_SPEECH_KINDS.has(claim.kind)) md.appendMarkdown('No identifiable source\n\n');
    return md;
  }
  md.appendMarkdown(`Speaker: **${escapeMarkdown(speaker.name)}**`);
  if (speaker.description) md.appendMarkdown(`, ${escapeMarkdown(speaker.description)}`);
  md.appendMarkdown('\n\n');
  if (claim.cue) md.appendMarkdown(`Cue: “${escapeMarkdown(claim.cue)}”\n\n`);
  const resolution = describeResolution(document, speaker);
  if (resolution) md.appendMarkdown(`Resolved: ${resolution}\n\n`);
  if (claim.confidence !== undefined) md.appendMarkdown(`Confidence: ${Math.round(claim.confidence * 100)}%\n\n`);

  const others = claimsBy(claims, speaker.name).filter((c) => c !== claim);
  if (others.length > 0) {
    md.appendMarkdown(`Other quotes by ${escapeMarkdown(speaker.name)}:\n\n`);
    appendClaimLinks(md, document, others);
  }
  return md;
}

/** The hover of a mention of a speaker: who it refers to and everything they are quoted as saying. */
function speakerHover(
  document: vscode.TextDocument,
  speaker: ClaimSpeaker,
  mention: SpeakerMention,
  claims: readonly Claim[],
): vscode.MarkdownString {
  const md = newMarkdown();
  const theirs = claimsBy(claims, speaker.name);
  // A pronoun or surname says who it stands for; the full name needs no arrow.
  const who = mention.text === speaker.name ? '' : `“${escapeMarkdown(mention.text)}” → `;
  md.appendMarkdown(`**${who}${escapeMarkdown(speaker.name)} — ${theirs.length} claim${theirs.length === 1 ? '' : 's'}**\n\n`);
  if (speaker.description) md.appendMarkdown(`${escapeMarkdown(speaker.description)}\n\n`);
  appendClaimLinks(md, document, theirs);
  return md;
}

/**
 * How the claim's own attribution reached the speaker, e.g.
 * `“she” → Mara Ellison, named earlier`. The first mention is the one that
 * attributes this claim; a name mention elsewhere is where it was resolved to.
 */
function describeResolution(document: vscode.TextDocument, speaker: ClaimSpeaker): string | undefined {
  const [attributing] = speaker.mentions;
  if (!attributing) return undefined;
  const name = escapeMarkdown(speaker.name);
  if (attributing.via === 'name') return `named in the attribution (“${escapeMarkdown(attributing.text)}”)`;
  const named = speaker.mentions.find((m) => m.via === 'name');
  const where = named ? `, ${link(document, named.start < attributing.start ? 'named earlier' : 'named later', named)}` : '';
  if (attributing.via === 'continuation') return `continues the quote before it, by ${name}${where}`;
  return `“${escapeMarkdown(attributing.text)}” → ${name}${where} (${attributing.via})`;
}

/** A bulleted list of links, one per claim, each showing the start of its text. */
function appendClaimLinks(md: vscode.MarkdownString, document: vscode.TextDocument, claims: readonly Claim[]): void {
  for (const c of claims) {
    const line = document.positionAt(c.start).line + 1;
    md.appendMarkdown(`- ${link(document, `“${truncate(c.text)}”`, c)} (line ${line})\n`);
  }
  md.appendMarkdown('\n');
}

/** A Markdown link running {@link REVEAL_RANGE_COMMAND} on `span`; `label` is document text and is escaped here. */
function link(document: vscode.TextDocument, label: string, span: { start: number; end: number }): string {
  const args = encodeURIComponent(JSON.stringify([document.uri.toString(), span.start, span.end]));
  return `[${escapeMarkdown(label)}](command:${REVEAL_RANGE_COMMAND}?${args})`;
}

/** A MarkdownString that may run only the reveal command, and never renders HTML. */
function newMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.isTrusted = { enabledCommands: [REVEAL_RANGE_COMMAND] };
  md.supportHtml = false;
  return md;
}

/**
 * Makes document text inert in Markdown: backslash-escapes Markdown's
 * punctuation and turns `<`, `>` and `&` into entities, so neither a link,
 * emphasis, nor an HTML tag can come from what the writer typed.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|~]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s+/g, ' ');
}

/** The claims attributed to the speaker with this name, in document order. */
function claimsBy(claims: readonly Claim[], name: string): Claim[] {
  return claims.filter((c) => c.speaker?.name === name);
}

/** The speaker mention under `offset`, if any (mentions are shared between claims; any copy will do). */
function mentionAt(claims: readonly Claim[], offset: number): { speaker: ClaimSpeaker; mention: SpeakerMention } | undefined {
  for (const claim of claims) {
    const speaker = claim.speaker;
    const mention = speaker?.mentions.find((m) => m.start <= offset && offset < m.end);
    if (speaker && mention) return { speaker, mention };
  }
  return undefined;
}

/** The first {@link LINK_TEXT_MAX} characters of a quote, cut at a word where possible. */
function truncate(text: string): string {
  if (text.length <= LINK_TEXT_MAX) return text;
  const cut = text.slice(0, LINK_TEXT_MAX);
  const space = cut.lastIndexOf(' ');
  return `${space > LINK_TEXT_MAX / 2 ? cut.slice(0, space) : cut}…`;
}

function spanRange(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

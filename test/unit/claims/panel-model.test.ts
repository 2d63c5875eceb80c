/**
 * The claims panel's data, built on the extension side (no VS Code needed):
 * the model the page draws, the validation of the page's messages, and how a
 * clicked claim is found again after the text changed.
 */
import { describe, expect, it } from 'vitest';
import { check, createLineIndex } from '../../../src/core/index.js';
import { parseWebviewMessage } from '../../../src/extension/claims-panel/messages.js';
import { buildPanelModel, modelClaimIds, type PanelDocument } from '../../../src/extension/claims-panel/model.js';
import { findClaimAgain } from '../../../src/extension/claims-panel/relocate.js';
import { claim, HOSTILE_TEXTS } from './fixtures.js';

const STORY = [
  '“We will reopen the pier,” said Mara Ellison, of the port authority.',
  '',
  'The ferry timetable changes in May.',
  '',
  '“Nobody warned us.”',
].join('\n');

function panelDocument(text: string, version = 1): PanelDocument {
  const lines = createLineIndex(text);
  return { uri: 'file:///story.md', name: 'story.md', version, lineAt: (o) => lines.position(o).line - 1 };
}

describe('buildPanelModel', () => {
  const { claims, findings } = check(STORY, 'plaintext');
  const model = buildPanelModel(panelDocument(STORY), claims, findings);

  it('groups claims by source with their kind, cue, line, status and findings', () => {
    expect(model.groups.map((g) => [g.label, g.description, g.claims.map((c) => [c.excerpt, c.kindLabel, c.cue, c.line, c.status])])).toEqual([
      ['Mara Ellison', 'of the port authority', [['We will reopen the pier,', 'Quotation', 'said', 1, 'no-sources']]],
      ['Unattributed', undefined, [['Nobody warned us.', 'Quotation', undefined, 5, 'no-sources']]],
    ]);
    expect(model.groups[1].claims[0].findings.map((f) => f.rule)).toEqual(['quote/unattributed']);
  });

  it('counts the statuses and says no sources were configured', () => {
    expect(model.counts).toEqual({ total: 2, verified: 0, 'near-match': 0, 'not-found': 0, 'no-sources': 2 });
    expect(model.sourcesConfigured).toBe(false);
    expect(model.kinds.map((k) => k.id)).toEqual(['quote']);
  });

  it('shows a near match’s difference and where the source has it', () => {
    const near = claim('quote', 0, 'we waited', {
      speaker: 'Ines Varga',
      verification: {
        status: 'near-match',
        location: { source: 'notes.txt', start: 0, end: 9, line: 4, character: 0, text: 'we have waited' },
        diff: [
          { op: 'same', text: 'we' },
          { op: 'removed', text: 'have' },
          { op: 'same', text: 'waited' },
        ],
      },
    });
    const m = buildPanelModel(panelDocument('x'.repeat(20)), [near], []);
    expect(m.sourcesConfigured).toBe(true);
    expect(m.groups[0].claims[0]).toMatchObject({ status: 'near-match', statusLabel: 'Near match', foundIn: { source: 'notes.txt', line: 5 } });
    expect(m.groups[0].claims[0].diff?.map((p) => p.op)).toEqual(['same', 'removed', 'same']);
  });

  it('keeps hostile text as data, exactly (the page renders it as text)', () => {
    const hostile = HOSTILE_TEXTS.map((text, i) => claim('quote', i * 100, text, { speaker: text }));
    const m = buildPanelModel(panelDocument(' '.repeat(2000)), hostile, []);
    expect(m.groups.map((g) => g.label)).toEqual([...HOSTILE_TEXTS]);
    expect(m.groups.map((g) => g.claims[0].excerpt)).toEqual(HOSTILE_TEXTS.map((t) => t.replace(/\s+/g, ' ').trim()));
    expect(modelClaimIds(m).size).toBe(HOSTILE_TEXTS.length);
  });
});

describe('parseWebviewMessage', () => {
  const VALID: [unknown, unknown][] = [
    [{ type: 'ready' }, { type: 'ready' }],
    [{ type: 'reveal', id: 'q1', version: 3 }, { type: 'reveal', id: 'q1', version: 3, focusEditor: false }],
    [{ type: 'reveal', id: 'q1', version: 3, focusEditor: true, extra: '<img>' }, { type: 'reveal', id: 'q1', version: 3, focusEditor: true }],
    [{ type: 'export', format: 'csv' }, { type: 'export', format: 'csv' }],
  ];
  for (const [raw, parsed] of VALID) {
    it(`accepts ${JSON.stringify(raw)}`, () => expect(parseWebviewMessage(raw)).toEqual(parsed));
  }

  const INVALID: unknown[] = [
    null,
    'reveal',
    42,
    [],
    { type: 'reveal' },
    { type: 'reveal', id: 1, version: 1 },
    { type: 'reveal', id: '', version: 1 },
    { type: 'reveal', id: 'q'.repeat(65), version: 1 },
    { type: 'reveal', id: 'q1', version: '1' },
    { type: 'reveal', id: 'q1', version: 1.5 },
    { type: 'reveal', id: 'q1', version: 1, focusEditor: 'yes' },
    { type: 'reveal', id: { toString: () => 'q1' }, version: 1 },
    { type: 'export', format: 'html' },
    { type: 'export' },
    { type: 'runCommand', command: 'workbench.action.terminal.new' },
    { type: '__proto__' },
  ];
  for (const raw of INVALID) {
    it(`rejects ${JSON.stringify(raw)}`, () => expect(parseWebviewMessage(raw)).toBeUndefined());
  }

  it('never passes on a range or a file the page sent', () => {
    expect(parseWebviewMessage({ type: 'reveal', id: 'q1', version: 1, start: 0, end: 99 })).toEqual({ type: 'reveal', id: 'q1', version: 1, focusEditor: false });
    expect(parseWebviewMessage({ type: 'export', format: 'md', target: 'file:///etc/passwd' })).toEqual({ type: 'export', format: 'md' });
  });
});

describe('findClaimAgain', () => {
  it('finds the same words of the same kind after an edit moved them, nearest first', () => {
    const before = check(STORY, 'plaintext').claims[1];
    const edited = `A new first line.\n\n${STORY}\n\n“Nobody warned us.”`;
    const after = check(edited, 'plaintext').claims;
    const found = findClaimAgain(before, after);
    expect(found && edited.slice(found.start, found.end)).toBe('“Nobody warned us.”');
    expect(found?.start).toBe(STORY.indexOf('“Nobody') + 'A new first line.\n\n'.length);
  });

  it('finds nothing when the words were edited away', () => {
    const before = check(STORY, 'plaintext').claims[1];
    expect(findClaimAgain(before, check(STORY.replace('Nobody', 'No one'), 'plaintext').claims)).toBeUndefined();
  });
});

// @ts-check
/**
 * The claims panel's page (runs in the webview; loaded by nonce, see
 * src/extension/claims-panel/html.ts).
 *
 * It receives the panel model (src/extension/claims-panel/model.ts) by
 * postMessage and draws it. Document text is untrusted: every piece of it
 * goes into the page through `textContent` or `setAttribute`, never as HTML.
 *
 * Redrawing after each check must not flicker or lose the writer's place:
 * claim rows are kept by id and reused when unchanged, the list element and
 * its focus stay, the scroll position is restored, and the filters, search
 * and active claim are kept with the webview state (getState/setState) so a
 * hidden and re-shown panel comes back as it was.
 *
 * Keyboard: the list is a listbox with aria-activedescendant. Up/Down,
 * Home/End, PageUp/PageDown move between claims; Enter (or a click) selects
 * the claim's words in the editor, Shift+Enter (or a double click) also
 * moves the focus there. Tab goes between the search, the filters, the
 * export buttons and the list.
 */
(function () {
  // @ts-ignore: provided by VS Code inside webviews.
  const vscode = acquireVsCodeApi();

  /** @typedef {{ rule: string, severity: string, message: string }} PanelFinding */
  /** @typedef {{ op: 'same' | 'added' | 'removed', text: string }} DiffPart */
  /**
   * @typedef {{ id: string, kind: string, kindLabel: string, excerpt: string, cue?: string, line: number,
   *   status: string, statusLabel: string, foundIn?: { source: string, line: number }, diff?: DiffPart[],
   *   findings: PanelFinding[] }} PanelClaim
   */
  /** @typedef {{ key: string, kind: string, label: string, description?: string, claims: PanelClaim[] }} PanelGroup */
  /**
   * @typedef {{ document?: { uri: string, name: string, version: number }, notice?: string, sourcesConfigured: boolean,
   *   counts: Record<string, number>, statuses: { id: string, label: string }[], kinds: { id: string, label: string }[],
   *   groups: PanelGroup[] }} PanelModel
   */
  /** @typedef {{ search: string, status: string, kind: string, source: string, activeId?: string, scrollTop: number, documentUri?: string }} ViewState */

  /** @type {ViewState} */
  const state = Object.assign({ search: '', status: '', kind: '', source: '', scrollTop: 0 }, vscode.getState() || {});

  /** @type {PanelModel | undefined} */
  let model;
  /** Rows by claim id, with the JSON they were drawn from, so an unchanged claim keeps its element. */
  /** @type {Map<string, { json: string, element: HTMLElement }>} */
  let rows = new Map();
  /** Group headers by key. */
  /** @type {Map<string, { json: string, element: HTMLElement }>} */
  let headers = new Map();
  /** The visible option elements, in order (what the arrow keys move through). */
  /** @type {HTMLElement[]} */
  let visible = [];

  const byId = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
  const list = byId('claims');
  const summary = byId('summary');
  const notice = byId('notice');
  const empty = byId('empty');
  const search = /** @type {HTMLInputElement} */ (byId('search'));
  const statusFilter = /** @type {HTMLSelectElement} */ (byId('filter-status'));
  const kindFilter = /** @type {HTMLSelectElement} */ (byId('filter-kind'));
  const sourceFilter = /** @type {HTMLSelectElement} */ (byId('filter-source'));

  /** Codicon and CSS class for each status. */
  const STATUS_ICONS = /** @type {Record<string, string>} */ ({
    verified: 'pass',
    'near-match': 'warning',
    'not-found': 'error',
    'no-sources': 'circle-slash',
  });
  /** Codicon for each kind of group. */
  const GROUP_ICONS = /** @type {Record<string, string>} */ ({ speaker: 'person', unattributed: 'question', title: 'book', scare: 'quote' });

  /**
   * An element with classes and, optionally, text (always as textContent).
   * @param {string} tag
   * @param {string} [className]
   * @param {string} [text]
   */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** @param {string} name */
  function icon(name) {
    const node = el('span', `codicon codicon-${name}`);
    node.setAttribute('aria-hidden', 'true');
    return node;
  }

  function saveState() {
    vscode.setState(state);
  }

  // ---- drawing -------------------------------------------------------------

  /** @param {PanelModel} next */
  function update(next) {
    const documentChanged = next.document?.uri !== state.documentUri;
    model = next;
    if (documentChanged) {
      // Another document: its claims, from the top; the filters stay (they are the desk's way of working).
      state.documentUri = next.document?.uri;
      state.activeId = undefined;
      state.scrollTop = 0;
      list.scrollTop = 0;
      if (state.source && !next.groups.some((g) => g.key === state.source)) state.source = '';
    }
    fillFilters(next);
    drawSummary(next);
    notice.hidden = !next.notice;
    notice.textContent = next.notice || '';
    drawList(next);
    saveState();
  }

  /**
   * Keeps a select's options in step with `choices` without recreating it
   * (recreating would drop focus from a select the writer is using).
   * @param {HTMLSelectElement} select
   * @param {string} allLabel
   * @param {{ id: string, label: string }[]} choices
   * @param {string} value
   */
  function fillSelect(select, allLabel, choices, value) {
    const wanted = [{ id: '', label: allLabel }, ...choices];
    // The current value stays choosable even if no claim has it now, so a filter never silently resets.
    if (value && !wanted.some((c) => c.id === value)) wanted.push({ id: value, label: `${value} (none now)` });
    const same =
      select.options.length === wanted.length &&
      wanted.every((c, i) => select.options[i].value === c.id && select.options[i].textContent === c.label);
    if (!same) {
      select.replaceChildren(
        ...wanted.map((c) => {
          const option = /** @type {HTMLOptionElement} */ (el('option', undefined, c.label));
          option.value = c.id;
          return option;
        }),
      );
    }
    select.value = value;
  }

  /** @param {PanelModel} m */
  function fillFilters(m) {
    fillSelect(statusFilter, 'All statuses', m.statuses, state.status);
    fillSelect(kindFilter, 'All kinds', m.kinds, state.kind);
    const sources = m.groups.map((g) => ({ id: g.key, label: g.label }));
    if (state.source && !sources.some((s) => s.id === state.source)) state.source = '';
    fillSelect(sourceFilter, 'All sources', sources, state.source);
    if (search.value !== state.search) search.value = state.search;
  }

  /** The counts per status, also announced to screen readers (the element is a polite live region). */
  /** @param {PanelModel} m */
  function drawSummary(m) {
    const parts = [];
    const total = el('span', 'count total');
    total.append(icon('quote'), el('span', undefined, `${m.counts.total} claim${m.counts.total === 1 ? '' : 's'}`));
    parts.push(total);
    if (!m.sourcesConfigured) {
      // Nothing was checked against sources: one note, not a count per claim.
      const none = el('span', 'count status-no-sources');
      none.append(icon(STATUS_ICONS['no-sources']), el('span', undefined, 'no sources configured'));
      if (m.counts.total > 0) parts.push(none);
    } else {
      for (const s of m.statuses) {
        // "No sources" within a checked document: claims the sources were not asked about (titles…), shown only when there are some.
        if (s.id === 'no-sources' && !m.counts[s.id]) continue;
        const label = s.id === 'no-sources' ? 'not checked' : s.label.toLowerCase();
        const count = el('span', `count status-${s.id}`);
        count.append(icon(STATUS_ICONS[s.id] || 'circle'), el('span', undefined, `${m.counts[s.id] ?? 0} ${label}`));
        parts.push(count);
      }
    }
    if (m.document) parts.push(el('span', 'document', m.document.name));
    // Only touch the live region when the words change, so typing does not make it speak.
    const text = parts.map((p) => p.textContent).join(', ');
    if (summary.dataset.text !== text) {
      summary.dataset.text = text;
      summary.replaceChildren(...parts);
    }
  }

  /**
   * Whether a claim passes the filters and the search (words, speaker, cue, kind, status, findings).
   * @param {PanelClaim} claim
   * @param {PanelGroup} group
   */
  function matches(claim, group) {
    if (state.status && claim.status !== state.status) return false;
    if (state.kind && claim.kind !== state.kind) return false;
    if (state.source && group.key !== state.source) return false;
    const q = state.search.trim().toLowerCase();
    if (!q) return true;
    const haystack = [claim.excerpt, group.label, group.description || '', claim.cue || '', claim.kindLabel, claim.statusLabel, ...claim.findings.map((f) => f.message)]
      .join('\n')
      .toLowerCase();
    return q.split(/\s+/).every((word) => haystack.includes(word));
  }

  /** @param {PanelModel} m */
  function drawList(m) {
    const scrollTop = list.scrollTop || state.scrollTop;
    /** @type {HTMLElement[]} */
    const children = [];
    /** @type {Map<string, { json: string, element: HTMLElement }>} */
    const nextRows = new Map();
    /** @type {Map<string, { json: string, element: HTMLElement }>} */
    const nextHeaders = new Map();
    visible = [];
    let index = 0;
    for (const group of m.groups) {
      const shown = group.claims.filter((c) => matches(c, group));
      if (shown.length === 0) continue;
      const groupElement = reuse(headers, nextHeaders, group.key, { label: group.label, description: group.description, kind: group.kind, n: shown.length }, () =>
        drawGroup(group, shown.length),
      );
      const items = /** @type {HTMLElement} */ (groupElement.querySelector('.group-items'));
      const options = shown.map((claim) => {
        const row = reuse(rows, nextRows, claim.id, claim, () => drawClaim(claim));
        row.id = `claim-${index++}`;
        visible.push(row);
        return row;
      });
      // Reorder or replace only what differs, so unchanged rows are not touched.
      if (items.children.length !== options.length || options.some((o, i) => items.children[i] !== o)) items.replaceChildren(...options);
      children.push(groupElement);
    }
    if (list.children.length !== children.length || children.some((c, i) => list.children[i] !== c)) list.replaceChildren(...children);
    rows = nextRows;
    headers = nextHeaders;
    empty.hidden = !(m.counts.total > 0 && visible.length === 0);
    if (!m.notice && m.counts.total === 0) {
      notice.hidden = false;
      notice.textContent = 'No quotations or reported speech in this document.';
    }
    const active = visible.find((r) => r.dataset.claimId === state.activeId) || undefined;
    setActive(active, { scroll: false });
    list.scrollTop = scrollTop;
  }

  /**
   * The element for `key`: the previous one if it was drawn from equal data, else a new one.
   * @param {Map<string, { json: string, element: HTMLElement }>} previous
   * @param {Map<string, { json: string, element: HTMLElement }>} next
   * @param {string} key
   * @param {unknown} data
   * @param {() => HTMLElement} draw
   */
  function reuse(previous, next, key, data, draw) {
    const json = JSON.stringify(data);
    const old = previous.get(key);
    const entry = old && old.json === json ? old : { json, element: draw() };
    next.set(key, entry);
    return entry.element;
  }

  /**
   * @param {PanelGroup} group
   * @param {number} count
   */
  function drawGroup(group, count) {
    const section = el('div', `group group-${group.kind}`);
    section.setAttribute('role', 'group');
    const header = el('div', 'group-header');
    header.id = `group-${Math.random().toString(36).slice(2)}`;
    header.append(icon(GROUP_ICONS[group.kind] || 'person'), el('span', 'group-label', group.label));
    if (group.description) header.append(el('span', 'group-description', group.description));
    header.append(el('span', 'group-count badge', String(count)));
    section.setAttribute('aria-labelledby', header.id);
    section.append(header, el('div', 'group-items'));
    return section;
  }

  /** @param {PanelClaim} claim */
  function drawClaim(claim) {
    const row = el('div', `claim status-${claim.status}`);
    row.setAttribute('role', 'option');
    row.setAttribute('aria-selected', 'false');
    row.dataset.claimId = claim.id;

    const head = el('div', 'claim-head');
    const status = el('span', `claim-status status-${claim.status}`);
    status.append(icon(STATUS_ICONS[claim.status] || 'circle'), el('span', undefined, claim.statusLabel));
    head.append(status, el('span', 'claim-kind', claim.kindLabel));
    if (claim.cue) head.append(el('span', 'claim-cue', claim.cue));
    head.append(el('span', 'claim-line', `line ${claim.line}`));

    const text = el('div', 'claim-text');
    text.append(el('span', 'mark', '“'), el('span', 'words', claim.excerpt), el('span', 'mark', '”'));
    row.append(head, text);

    if (claim.diff) {
      const diff = el('div', 'claim-diff');
      diff.append(el('span', 'diff-label', 'Difference from source:'));
      for (const part of claim.diff) {
        const tag = part.op === 'added' ? 'ins' : part.op === 'removed' ? 'del' : 'span';
        const piece = el(tag, `diff-${part.op}`, part.text);
        if (part.op !== 'same') piece.title = part.op === 'added' ? 'In the quote, not in the source' : 'In the source, not in the quote';
        diff.append(' ', piece);
      }
      row.append(diff);
    }
    if (claim.foundIn) {
      const where = el('div', 'claim-source');
      where.append(icon('file'), el('span', undefined, `${claim.foundIn.source}, line ${claim.foundIn.line}`));
      row.append(where);
    }
    for (const finding of claim.findings) {
      const f = el('div', `claim-finding severity-${finding.severity}`);
      f.append(icon(finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : 'info'), el('span', undefined, finding.message), el('span', 'rule', finding.rule));
      row.append(f);
    }
    // An accessible name that reads well: status, kind, words, then the rest.
    row.setAttribute('aria-label', [claim.statusLabel, claim.kindLabel, claim.excerpt, claim.cue ? `cue: ${claim.cue}` : '', `line ${claim.line}`, ...claim.findings.map((f) => f.message)].filter(Boolean).join('. '));
    return row;
  }

  // ---- the active claim and the editor ------------------------------------

  /**
   * @param {HTMLElement | undefined} row
   * @param {{ scroll?: boolean }} [options]
   */
  function setActive(row, { scroll = true } = {}) {
    for (const r of list.querySelectorAll('[aria-selected="true"]')) if (r !== row) r.setAttribute('aria-selected', 'false');
    if (!row) {
      list.removeAttribute('aria-activedescendant');
      state.activeId = undefined;
      return;
    }
    row.setAttribute('aria-selected', 'true');
    list.setAttribute('aria-activedescendant', row.id);
    state.activeId = row.dataset.claimId;
    if (scroll) row.scrollIntoView({ block: 'nearest' });
    saveState();
  }

  /**
   * Asks the extension to select the claim in the editor (it checks the id and finds the range itself).
   * @param {HTMLElement} row
   * @param {boolean} focusEditor
   */
  function reveal(row, focusEditor) {
    if (!model?.document || !row.dataset.claimId) return;
    vscode.postMessage({ type: 'reveal', id: row.dataset.claimId, version: model.document.version, focusEditor });
  }

  function activeRow() {
    return visible.find((r) => r.dataset.claimId === state.activeId);
  }

  list.addEventListener('keydown', (event) => {
    if (visible.length === 0) return;
    const current = activeRow();
    const at = current ? visible.indexOf(current) : -1;
    const page = Math.max(1, Math.floor(list.clientHeight / 60));
    /** @type {number | undefined} */
    let to;
    switch (event.key) {
      case 'ArrowDown':
        to = at < 0 ? 0 : Math.min(visible.length - 1, at + 1);
        break;
      case 'ArrowUp':
        to = at < 0 ? 0 : Math.max(0, at - 1);
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = visible.length - 1;
        break;
      case 'PageDown':
        to = Math.min(visible.length - 1, Math.max(0, at) + page);
        break;
      case 'PageUp':
        to = Math.max(0, at - page);
        break;
      case 'Enter':
      case ' ':
        if (current) reveal(current, event.key === 'Enter' && event.shiftKey);
        event.preventDefault();
        return;
      default:
        return;
    }
    event.preventDefault();
    setActive(visible[to]);
  });

  list.addEventListener('focus', () => {
    // Focus always lands on a claim, so the arrow keys have somewhere to start.
    if (!activeRow() && visible.length > 0) setActive(visible[0]);
  });

  list.addEventListener('click', (event) => {
    const row = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('[role="option"]'));
    if (!row) return;
    setActive(row, { scroll: false });
    list.focus();
    reveal(row, false);
  });

  list.addEventListener('dblclick', (event) => {
    const row = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('[role="option"]'));
    if (row) reveal(row, true);
  });

  let scrollTimer = 0;
  list.addEventListener('scroll', () => {
    clearTimeout(scrollTimer);
    scrollTimer = window.setTimeout(() => {
      state.scrollTop = list.scrollTop;
      saveState();
    }, 100);
  });

  // ---- filters, search, exports --------------------------------------------

  function refilter() {
    saveState();
    if (model) drawList(model);
  }

  search.addEventListener('input', () => {
    state.search = search.value;
    refilter();
  });
  /** @type {[HTMLSelectElement, 'status' | 'kind' | 'source'][]} */
  const filters = [
    [statusFilter, 'status'],
    [kindFilter, 'kind'],
    [sourceFilter, 'source'],
  ];
  for (const [select, key] of filters) {
    select.addEventListener('change', () => {
      state[key] = select.value;
      refilter();
    });
  }

  for (const button of document.querySelectorAll('button[data-export]')) {
    button.addEventListener('click', () => {
      vscode.postMessage({ type: 'export', format: /** @type {HTMLElement} */ (button).dataset.export });
    });
  }

  // ---- messages from the extension -----------------------------------------

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'update' || typeof message.model !== 'object' || message.model === null) return;
    update(message.model);
  });

  vscode.postMessage({ type: 'ready' });
})();

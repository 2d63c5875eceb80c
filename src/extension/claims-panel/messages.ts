/**
 * The messages between the claims panel's webview and the extension, and the
 * validation of everything the webview sends. A webview is a web page: its
 * messages are treated like input from the network, checked for shape and
 * types here, and then for meaning (the claim must exist in the current
 * result) by the panel before anything happens.
 */
import { isClaimExportFormat, type ClaimExportFormat } from '../../core/index.js';
import type { PanelModel } from './model.js';

/** Extension → webview. */
export type ToWebview = { type: 'update'; model: PanelModel };

/** Webview → extension. */
export type FromWebview =
  /** The page has loaded (again): send the model. */
  | { type: 'ready' }
  /** Select a claim's range in the editor; `focusEditor` moves the keyboard focus there too. */
  | { type: 'reveal'; id: string; version: number; focusEditor: boolean }
  /** Export the claims of the panel's document. */
  | { type: 'export'; format: ClaimExportFormat };

/** Longer ids than this are not ids the core made. */
const MAX_ID_LENGTH = 64;

/**
 * The message, if it is exactly one of {@link FromWebview}; otherwise
 * `undefined`. Unknown fields are dropped, so nothing unexpected travels on.
 */
export function parseWebviewMessage(raw: unknown): FromWebview | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const m = raw as Record<string, unknown>;
  switch (m.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal':
      if (typeof m.id !== 'string' || m.id.length === 0 || m.id.length > MAX_ID_LENGTH) return undefined;
      if (typeof m.version !== 'number' || !Number.isSafeInteger(m.version)) return undefined;
      if (m.focusEditor !== undefined && typeof m.focusEditor !== 'boolean') return undefined;
      return { type: 'reveal', id: m.id, version: m.version, focusEditor: m.focusEditor === true };
    case 'export':
      return isClaimExportFormat(m.format) ? { type: 'export', format: m.format } : undefined;
    default:
      return undefined;
  }
}

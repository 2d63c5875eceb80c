/**
 * Semantic colouring of quotations and speaker names, in Markdown and plain
 * text alike (the TextMate grammar in `syntaxes/` only reaches Markdown, and
 * only the quotation marks it can see on one line).
 *
 * The token types are contributed in package.json (`semanticTokenTypes`,
 * with TextMate scope fallbacks in `semanticTokenScopes`), so any theme
 * colours them and a writer can restyle them with
 * `editor.semanticTokenColorCustomizations`.
 */
import * as vscode from 'vscode';
import { claimHighlights, type HighlightModifier, type HighlightType } from '../core/index.js';
import type { DocumentChecker } from './document-checker.js';

const TOKEN_TYPES: readonly HighlightType[] = ['quotation', 'speaker'];
const TOKEN_MODIFIERS: readonly HighlightModifier[] = ['unattributed', 'notSpeech'];

export const SEMANTIC_LEGEND = new vscode.SemanticTokensLegend([...TOKEN_TYPES], [...TOKEN_MODIFIERS]);

export class ClaimSemanticTokens implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly checker: DocumentChecker) {
    // A new result means new spans: ask VS Code to request tokens again.
    this.subscription = checker.onDidCheck(() => this.changed.fire());
  }

  /**
   * Tokens from the last check. If the text changed since, the check is still
   * pending (debounced): throwing CancellationError tells VS Code to keep the
   * previous tokens, shifted by the edits, rather than clear them; the
   * `onDidCheck` event then asks again. The checker is never run from here.
   */
  provideDocumentSemanticTokens(document: vscode.TextDocument): vscode.SemanticTokens {
    const last = this.checker.resultFor(document);
    if (!last) return new vscode.SemanticTokens(new Uint32Array(0));
    if (last.version !== document.version) throw new vscode.CancellationError();

    const builder = new vscode.SemanticTokensBuilder(SEMANTIC_LEGEND);
    for (const span of claimHighlights(last.result.claims)) {
      const type = TOKEN_TYPES.indexOf(span.type);
      let modifiers = 0;
      for (const m of span.modifiers) modifiers |= 1 << TOKEN_MODIFIERS.indexOf(m);
      // A semantic token lies on one line; a quotation running over lines becomes one token per line.
      const start = document.positionAt(span.start);
      const end = document.positionAt(span.end);
      for (let line = start.line; line <= end.line; line++) {
        const from = line === start.line ? start.character : 0;
        const to = line === end.line ? end.character : document.lineAt(line).range.end.character;
        if (to > from) builder.push(line, from, to - from, type, modifiers);
      }
    }
    return builder.build();
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/**
 * The one interface every rule implements, and the context the engine gives it.
 */
import type { Document } from './document.js';
import type { SourceIndex } from './sources/source-index.js';
import type { Claim, Finding, Severity } from './types.js';

/** What the engine hands a rule for one run. */
export interface RuleContext {
  /** The severity the configuration gives this rule's findings. */
  severity: Severity;
  /** The writer's sources, when the check was given any (`CheckOptions.sources`). */
  sources?: SourceIndex;
}

/** What a rule returns: findings with document offsets, and optionally claims. */
export interface RuleResult {
  findings: Finding[];
  claims?: Claim[];
}

/**
 * A rule: one check, switchable by configuration.
 *
 * Rules are plain objects registered in `rules/index.ts`. They must never
 * throw on any input and must run in time linear in the document's size.
 */
export interface Rule {
  /** Stable id, `area/name`, used in configuration and as the diagnostic code. */
  id: string;
  /** One sentence for the settings UI and `attest rules`. */
  description: string;
  /** Severity when the configuration says nothing. */
  defaultSeverity: Severity;
  run(doc: Document, ctx: RuleContext): RuleResult;
}

/**
 * The engine's one entry point: text and format in, findings and claims out.
 */
import type { AttestConfig } from '../config/config.js';
import { DEFAULT_CONFIG } from '../config/config.js';
import type { Document } from '../document.js';
import type { Rule } from '../rule.js';
import { rules as registeredRules } from '../rules/index.js';
import type { SourceIndex } from '../sources/source-index.js';
import { verifyQuotations } from '../sources/verify.js';
import type { Claim, Finding, Format } from '../types.js';
import { buildDocument } from './build-document.js';
import type { ChunkCache } from './chunk-cache.js';

export interface CheckOptions {
  config?: AttestConfig;
  /** Reuses unchanged chunks between checks of the same document. */
  cache?: ChunkCache;
  /** The rules to run; the registry by default (tests pass their own). */
  rules?: readonly Rule[];
  /**
   * The writer's sources (`buildSourceIndex`): the claims then carry
   * `verification`, and `quote/misquoted` / `quote/not-in-sources` run.
   */
  sources?: SourceIndex;
}

export interface CheckResult {
  /** Sorted by start offset, then by rule id. */
  findings: Finding[];
  /** Sorted by start offset. */
  claims: Claim[];
}

/** Checks one document. Never throws on any text. */
export function check(text: string, format: Format, options: CheckOptions = {}): CheckResult {
  return runRules(buildDocument(text, format, options.cache), options);
}

/** Runs the enabled rules over an already built document. */
export function runRules(doc: Document, options: CheckOptions = {}): CheckResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const findings: Finding[] = [];
  const claims: Claim[] = [];
  const accepted = acceptedWords(config.words);
  for (const rule of options.rules ?? registeredRules) {
    const setting = config.rules[rule.id] ?? 'default';
    if (setting === 'off') continue;
    const severity = setting === 'default' ? rule.defaultSeverity : setting;
    const result = rule.run(doc, { severity, sources: options.sources });
    for (const finding of result.findings) {
      if (!isAccepted(finding, accepted)) findings.push(finding);
    }
    if (result.claims) for (const claim of result.claims) claims.push(claim);
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  claims.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, claims: options.sources ? withVerification(doc, claims, options.sources) : claims };
}

/** Accepted words, compared without regard to case or apostrophe style. */
function acceptedWords(words: readonly string[]): Set<string> {
  return new Set(words.map(normalizeWord));
}

function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/\u2019/g, "'");
}

/** Findings about a single word (garbled, run-together…) name it in `data.word`; the writer may have accepted it. */
function isAccepted(finding: Finding, accepted: ReadonlySet<string>): boolean {
  if (accepted.size === 0) return false;
  const word = finding.data?.word;
  return typeof word === 'string' && accepted.has(normalizeWord(word));
}

/** Puts each checked claim's verification against the sources on a copy of it. */
function withVerification(doc: Document, claims: Claim[], sources: SourceIndex): Claim[] {
  const verified = verifyQuotations(doc, sources);
  return claims.map((claim) => {
    const v = verified.get(claim.id);
    return v ? { ...claim, verification: v.match.verification } : claim;
  });
}

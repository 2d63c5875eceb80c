/**
 * The registry: every rule Attest runs, in one list.
 *
 * A new rule goes in its own file in this folder, implements `Rule`
 * (see `../rule.ts`), and is added to this list. Its id then works in
 * `attest.json`, in the `attest.rules` setting and as the diagnostic code.
 */
import type { Rule } from '../rule.js';
import { droppedTextRule } from './dropped-text.js';
import { garbledWordRule } from './garbled-word.js';
import { impossibleDateRule } from './impossible-date.js';
import { misquotedRule } from './quote-misquoted.js';
import { notInSourcesRule } from './quote-not-in-sources.js';
import { quoteSpansRule } from './quote-spans.js';
import { realWordRule } from './real-word-rule.js';
import { runTogetherRule } from './run-together.js';
import { unattributedQuoteRule } from './unattributed-quote.js';
import { attributedQuoteRule } from './attributed-quote.js';

export const rules: readonly Rule[] = [
  quoteSpansRule,
  unattributedQuoteRule,
  attributedQuoteRule,
  misquotedRule,
  notInSourcesRule,
  garbledWordRule,
  runTogetherRule,
  realWordRule,
  droppedTextRule,
  impossibleDateRule,
];

/** Looks a rule up by id. */
export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}

import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { analyzeBlock } from '../../../src/core/text/analyze.js';
import { CODE_PLACEHOLDER } from '../../../src/core/types.js';
import { plainBlock } from '../helpers/block.js';

/** The text of each sentence. */
function sentences(text: string): string[] {
  const block = plainBlock(text);
  const tokens = tokenize(block);
  return splitSentences(block, tokens).map((s) => text.slice(tokens[s.firstToken].start, tokens[s.endToken - 1].end));
}

/** Texts that are exactly one sentence. */
const ONE_SENTENCE: string[] = [
  'Gen. Marta Ruiz inspected the new barracks on Thursday.',
  'Sen. Okafor and Rep. Lindqvist met Gov. Baptiste at St. Anselm church.',
  'Lt. Col. Harlan Voss and Sgt. Ames reached Mt. Kerrow by noon.',
  'The motion passed at No. 4 Harbour Road on Oct. 12 with Dr. Pell absent.',
  'The U.S. ambassador met U.N. officials at 9 a.m. on Friday.',
  'Relief flights, e.g. the ones from Oslo, landed first.',
  'Jens H. Stoltenberg spoke after George W. Bush.',
  'The ministry blamed J.R. Hallam Ltd. Corporation for the delay.',
  'The case, Hale vs. Mercer Shipping, went to appeal.',
  '"Is it over?" he asked the clerk.',
  '“Stop!” she shouted at the driver.',
  '“Are you sure?” asked Ms. Adeyemi.',
  'Wait… what happened to the ferry?',
  'The ministry said the figure was 3.5 per cent.',
];

describe('splitSentences', () => {
  it.each(ONE_SENTENCE)('keeps one sentence: %s', (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('splits at . ! ? followed by an uppercase word', () => {
    expect(sentences('The storm passed. Boats returned! Was anyone hurt? Nobody was.')).toEqual([
      'The storm passed.',
      'Boats returned!',
      'Was anyone hurt?',
      'Nobody was.',
    ]);
  });

  it('splits after a digit, an opening quote or bracket, and an atom', () => {
    expect(sentences(`It rained. 40 boats stayed. “We waited,” he said. (Nobody left.) ${CODE_PLACEHOLDER} failed.`)).toEqual([
      'It rained.',
      '40 boats stayed.',
      '“We waited,” he said.',
      '(Nobody left.)',
      `${CODE_PLACEHOLDER} failed.`,
    ]);
  });

  it('keeps closing quotes and brackets with the sentence they end', () => {
    expect(sentences('“The pier is closed.” The mayor agreed. (It was.) Fine.')).toEqual([
      '“The pier is closed.”',
      'The mayor agreed.',
      '(It was.)',
      'Fine.',
    ]);
  });

  it('does not split at a ?/! inside a quote followed by a lowercase word', () => {
    expect(sentences('"Is it safe?" he asked. "Yes!" she replied.')).toEqual(['"Is it safe?" he asked.', '"Yes!" she replied.']);
  });

  it('ends a sentence at an acronym or initial only before a common starter', () => {
    expect(sentences('The talks moved to the U.S. The delegates followed.')).toEqual([
      'The talks moved to the U.S.',
      'The delegates followed.',
    ]);
    expect(sentences('The talks moved to the U.S. Embassy in Oslo.')).toEqual(['The talks moved to the U.S. Embassy in Oslo.']);
    expect(sentences('The vote was won by Plan B. It passed easily.')).toEqual(['The vote was won by Plan B.', 'It passed easily.']);
  });

  it('lets Jr., Inc. and etc. end a sentence before a common starter', () => {
    expect(sentences('The award went to Tomas Reyes Jr. He accepted it. Pens, paper, etc. But not ink.')).toEqual([
      'The award went to Tomas Reyes Jr.',
      'He accepted it.',
      'Pens, paper, etc.',
      'But not ink.',
    ]);
    expect(sentences('Tomas Reyes Jr. Memorial Hall opened.')).toEqual(['Tomas Reyes Jr. Memorial Hall opened.']);
  });

  it('ends "No." as a word but not before a number', () => {
    expect(sentences('“No.” Then she left. It was No. 7 of 9.')).toEqual(['“No.”', 'Then she left.', 'It was No. 7 of 9.']);
  });

  it('splits on an ellipsis before an uppercase word', () => {
    expect(sentences('He paused... Then he spoke.')).toEqual(['He paused...', 'Then he spoke.']);
  });

  it('splits CJK full-width terminals without spaces', () => {
    expect(sentences('雨が降った。船は戻った。')).toEqual(['雨が降った。', '船は戻った。']);
  });

  it('excludes surrounding whitespace and handles empty and unterminated blocks', () => {
    expect(sentences('  The tide turned.  And then   ')).toEqual(['The tide turned.', 'And then']);
    expect(sentences('   \n ')).toEqual([]);
    expect(sentences('')).toEqual([]);
  });

  it('treats a title before a capitalised name as never final', () => {
    expect(sentences('They asked Mr. Haddad. He declined.')).toEqual(['They asked Mr. Haddad.', 'He declined.']);
  });

  it('known limit: a quoted question before a capitalised name splits', () => {
    expect(sentences('“Are you sure?” Adeyemi asked.')).toEqual(['“Are you sure?”', 'Adeyemi asked.']);
  });
});

describe('analyzeBlock', () => {
  it('adds tokens and sentences to the block', () => {
    const block = analyzeBlock(plainBlock('One. Two.'));
    expect(block.text).toBe('One. Two.');
    expect(block.tokens.map((t) => t.text)).toEqual(['One', '.', ' ', 'Two', '.']);
    expect(block.sentences).toEqual([
      { firstToken: 0, endToken: 2 },
      { firstToken: 3, endToken: 5 },
    ]);
  });
});

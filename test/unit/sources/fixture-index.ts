/** The source index most sources tests match against: the press release (plain text) and the interview (Markdown). */
import { buildSourceIndex, type SourceIndex } from '../../../src/core/sources/index.js';
import { testLexicon } from '../lexicon/lexicon-file.js';
import { INTERVIEW, PRESS_RELEASE } from './fixtures.js';

/** Builds it (after loading the test lexicon the suggester needs). */
export function fixtureIndex(): SourceIndex {
  testLexicon();
  return buildSourceIndex([
    { id: 'sources/press.txt', text: PRESS_RELEASE, format: 'plaintext' },
    { id: 'sources/interview.md', text: INTERVIEW, format: 'markdown' },
  ]);
}

/**
 * Generates news-like test documents of any size, deterministically, from a
 * small vocabulary written for this project. Used by the benchmark (and by
 * tests that need big inputs), so figures are comparable run to run.
 */
import { rng } from './damage.js';

const SUBJECTS = ['The council', 'A spokesperson for the port authority', 'The mayor', 'Residents of the valley', 'The regional hospital', 'Two inspectors', 'The ferry operator', 'A retired engineer', 'The committee chair', 'Local farmers'];
const VERBS = ['announced', 'disputed', 'reviewed', 'postponed', 'approved', 'questioned', 'welcomed', 'criticised', 'examined', 'described'];
const OBJECTS = ['the new budget for road repairs', 'a plan to widen the harbour', 'the results of the water survey', 'last winter’s flood defences', 'an audit of the school meals contract', 'the timetable for the night buses', 'a proposal to close the old library', 'the report on air quality'];
const TAILS = ['on Tuesday', 'after a long meeting', 'in a statement', 'despite objections', 'for the third time this year', 'without a vote', 'before the summer recess', 'at the town hall'];
const SPEAKERS = ['Mara Ellison', 'Tomas Reyes', 'Priya Natarajan', 'Owen Hartley', 'Lucia Brandt', 'Kofi Mensah'];
const QUOTES = ['We were never shown the full figures', 'This is the safest option we have', 'Nobody in the village was asked', 'The numbers simply do not add up', 'We will keep pressing for answers', 'It is too early to say what went wrong'];


const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];

function sentence(r: () => number): string {
  const kind = r();
  if (kind < 0.2) return `“${pick(r, QUOTES)},” said ${pick(r, SPEAKERS)}, who has followed the case for years.`;
  if (kind < 0.3) return `${pick(r, SPEAKERS)} said: "${pick(r, QUOTES)}."`;
  return `${pick(r, SUBJECTS)} ${pick(r, VERBS)} ${pick(r, OBJECTS)} ${pick(r, TAILS)}.`;
}

/** Counts words the way the benchmark reports them (runs of letters, digits and apostrophes). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}’']+/gu)?.length ?? 0;
}

/**
 * Makes a document of about `words` words.
 * @param format Markdown adds headings, emphasis, links, lists and code blocks.
 */
export function generateDocument(words: number, format: 'markdown' | 'plaintext', seed = 1): string {
  // Seeded, so every run makes the same text.
  const r = rng(seed);
  const paragraphs: string[] = [];
  let count = 0;
  let n = 0;
  while (count < words) {
    n++;
    const sentences: string[] = [];
    const length = 2 + Math.floor(r() * 4);
    for (let i = 0; i < length; i++) sentences.push(sentence(r));
    let paragraph = sentences.join(' ');
    if (format === 'markdown') {
      if (n % 12 === 1) paragraphs.push(`## Section ${n}`);
      if (n % 5 === 0) paragraph = paragraph.replace(' the ', ' the *local* ').replace(' a ', ' a [linked](https://example.org/report) ');
      if (n % 9 === 0) paragraph = `- ${paragraph}\n- ${sentence(r)}`;
      if (n % 17 === 0) paragraphs.push('```\nconst quote = "not prose";\n```');
    }
    paragraphs.push(paragraph);
    count += countWords(paragraph);
  }
  return paragraphs.join('\n\n') + '\n';
}

/**
 * `npm run bench`, quotes against sources: 50 source documents of 5,000
 * words each (cut from the corpora of ./corpora.ts, or generated text when
 * none is installed), then
 * - indexing time (`buildSourceIndex`), target < 1 s;
 * - time to verify every quote of a 5,000-word quote-dense draft after
 *   indexing (`verifyQuotations`, the work `quote/misquoted`,
 *   `quote/not-in-sources` and the claims' verification share), target
 *   < 50 ms. The quotations themselves are found first, as every check does
 *   for the quote rules anyway, so the figure is the matching alone.
 * Medians of several runs, printed beside their targets.
 */
import { buildDocument } from '../src/core/engine/build-document.js';
import { quotationsWithClaims } from '../src/core/rules/quote-spans.js';
import { buildSourceIndex, type SourceDocument } from '../src/core/sources/index.js';
import { verifyQuotations } from '../src/core/sources/verify.js';
import { brownDocuments, factbookDocuments, sotuDocuments } from './corpora.js';
import { rng } from './damage.js';
import { generateDocument } from './generate.js';
import { median } from './timing.js';

const SOURCES = 50;
const WORDS_PER_SOURCE = 5_000;
const DRAFT_WORDS = 5_000;
const RUNS = 7;

/** 50 sources of 5,000 words: consecutive windows of the corpora's running text. */
function sourceDocuments(): SourceDocument[] {
  const words = [...sotuDocuments(1900, 2100), ...brownDocuments(), ...factbookDocuments()]
    .map((d) => d.text)
    .join('\n\n')
    .split(/ +/);
  const text = words.length >= SOURCES * WORDS_PER_SOURCE ? words : generateDocument(SOURCES * WORDS_PER_SOURCE, 'plaintext', 3).split(/ +/);
  return Array.from({ length: SOURCES }, (_, k) => ({
    id: `sources/${String(k + 1).padStart(2, '0')}.txt`,
    text: text.slice(k * WORDS_PER_SOURCE, (k + 1) * WORDS_PER_SOURCE).join(' '),
    format: 'plaintext' as const,
  }));
}

/**
 * A draft of quotes and little else: each paragraph quotes 10–25 words of a
 * source (most verbatim, some with a word changed) or a sentence no source
 * has, with a speaker.
 */
function quoteDenseDraft(sources: readonly SourceDocument[]): { text: string; quotes: number } {
  const random = rng(42);
  const paragraphs: string[] = [];
  let words = 0;
  let quotes = 0;
  while (words < DRAFT_WORDS) {
    const source = sources[Math.floor(random() * sources.length)].text.split(/\s+/);
    const length = 10 + Math.floor(random() * 16);
    const from = Math.floor(random() * (source.length - length));
    const quoted = source.slice(from, from + length);
    const kind = random();
    if (kind < 0.2) quoted[Math.floor(length / 2)] = 'remarkably';
    const quote = kind > 0.9 ? 'We will never accept a settlement that leaves the valley without water for a single summer' : quoted.join(' ').replace(/["“”]/g, '');
    paragraphs.push(`“${quote},” the minister said on ${['Monday', 'Tuesday', 'Friday'][quotes % 3]}.`);
    words += quote.split(/\s+/).length + 5;
    quotes++;
  }
  return { text: paragraphs.join('\n\n') + '\n', quotes };
}

/** Runs the benchmark and prints its lines. */
export function benchSources(): void {
  const sources = sourceDocuments();
  const t0 = performance.now();
  const index = buildSourceIndex(sources);
  const cold = performance.now() - t0;
  const indexing = median(RUNS, () => buildSourceIndex(sources));
  console.log(
    `\nsources: ${SOURCES} documents × ${WORDS_PER_SOURCE.toLocaleString('en-US')} words (${index.size.toLocaleString('en-US')} indexed): indexing median ${indexing.toFixed(0)} ms (target < 1000 ms; first build ${cold.toFixed(0)} ms, before the suggester's answers for unknown words were cached)`,
  );

  const { text, quotes } = quoteDenseDraft(sources);
  // A fresh document per run (verification is memoised per document), with its quotations found, as in any check.
  const docs = Array.from({ length: RUNS + 1 }, () => {
    const doc = buildDocument(text, 'plaintext');
    quotationsWithClaims(doc);
    return doc;
  });
  let next = 0;
  let checked = 0;
  const verifying = median(RUNS, () => {
    checked = verifyQuotations(docs[next++], index).size;
  });
  console.log(
    `sources: verifying every quote of a ${DRAFT_WORDS.toLocaleString('en-US')}-word quote-dense draft (${quotes} quotations, ${checked} checked): median ${verifying.toFixed(1)} ms (target < 50 ms)`,
  );
}

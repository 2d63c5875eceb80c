/**
 * The damage table of the noisy channel: how a correct letter group tends to
 * come out of OCR or a broken scrape. DATA only; ./channel.ts compiles it.
 *
 * Costs are −log10 of a relative probability, on the same scale as Zipf
 * frequencies, so a suggestion's score is `zipf(word) − cost(damage)`: one
 * unit of cost is worth a tenfold difference in word frequency.
 *
 * Where the weights come from. There is no free confusion-count corpus on the
 * package registries we can reach, so these are hand-set in three bands and
 * then checked against the synthetic evaluation (bench/eval-suggest.ts):
 * - 0.4–0.7: the confusions that dominate published analyses of OCR'd
 *   historical newspapers (Tesseract/ABBYY output in the ICDAR 2017/2019
 *   post-OCR competitions, Chronicling America and Trove studies): rn↔m,
 *   li↔h, cl↔d, vv↔w, e↔c, 1/l/I, 0/O, long s read as f, and the
 *   two letter-pair substitutions of broken font encodings named in the
 *   product brief (ss→Ce, re→gb). Other pairs a document repeats are learned
 *   per document at run time rather than listed here, so the table is not
 *   tuned to any one sample text.
 * - 0.8–1.2: frequent single-glyph confusions (o→b, h→b, n↔u, a→o, e→3,
 *   F for l …).
 * - everything else: the generic costs below (any substitution 2.0, any
 *   insertion or deletion 2.2, a swap of neighbours 1.6).
 * A document's own repeated damage lowers these further at run time
 * (`createChannel().observe`, see ./channel.ts).
 *
 * `correct` is lower case (the lexicon's keys); `damaged` is matched exactly,
 * and case-insensitively for CASE_MISMATCH more.
 */

/** One way a correct group of letters gets damaged. */
export interface Confusion {
  /** What the text should say (lower case; may be empty for pure noise). */
  correct: string;
  /** What the damaged text says instead (case matters). */
  damaged: string;
  /** −log10 relative probability. */
  cost: number;
}

/** Generic costs for edits the table does not list. */
export const GENERIC = {
  /** Any letter read as any other. */
  substitute: 2.0,
  /** A letter read as a digit or symbol (or back). */
  substituteSymbol: 2.0,
  /** An extra letter in the damaged text. */
  insert: 2.2,
  /** A letter missing from the damaged text. */
  delete: 2.2,
  /** Two neighbouring letters swapped. */
  transpose: 1.6,
  /** A table entry that matches only when case is ignored ("ruceia" for "RuCeia"). */
  caseMismatch: 0.3,
  /** A capital inside a lower-case word kept as that same letter ("hiS"): case is itself damage. */
  oddCapital: 0.8,
} as const;

/** Characters that OCR and scraping sprinkle into words; inserting one is cheap. */
export const NOISE_INSERT: Readonly<Record<string, number>> = {
  "'": 1.0, '’': 1.0, '‘': 1.0, '`': 0.9, '.': 1.0, ',': 1.0, '-': 1.1, '^': 0.9, '~': 0.9,
  '"': 1.0, ':': 1.1, ';': 1.1, '|': 1.0, '*': 1.1, '_': 1.1, '•': 1.0, '·': 0.9,
};

/** Characters that OCR tends to drop; deleting one is cheaper than a generic letter. */
export const CHEAP_DELETE: Readonly<Record<string, number>> = {
  "'": 0.9, '-': 1.0, i: 1.6, l: 1.6, t: 1.8, e: 1.8, r: 1.8,
};

/** Pairs listed once and applied both ways (each direction gets the same cost). */
const SYMMETRIC: ReadonlyArray<readonly [string, string, number]> = [
  // Letter shapes that OCR merges or splits.
  ['m', 'rn', 0.5],
  ['m', 'in', 0.9],
  ['m', 'ni', 1.0],
  ['m', 'nn', 1.0],
  ['d', 'cl', 0.6],
  ['h', 'li', 0.6],
  ['h', 'lr', 1.0],
  ['w', 'vv', 0.5],
  ['n', 'ri', 0.8],
  ['n', 'ii', 0.9],
  ['u', 'ii', 0.9],
  ['k', 'lc', 0.9],
  ['k', 'ic', 1.0],
  ['b', 'li', 1.1],
  // Single glyphs.
  ['e', 'c', 0.6],
  ['n', 'u', 0.8],
  ['h', 'b', 0.8],
  ['o', 'b', 0.8],
  ['i', 'l', 0.8],
  ['t', 'f', 0.9],
  ['v', 'y', 0.9],
  ['c', 'o', 1.0],
  ['e', 'o', 0.9],
  ['a', 'o', 0.9],
  ['a', 'e', 1.1],
  ['a', 's', 1.2],
  ['r', 't', 1.1],
  ['i', 'j', 1.1],
  ['f', 'l', 1.2],
  ['g', 'q', 1.1],
  ['h', 'n', 1.1],
  ['b', 'd', 1.2],
  ['s', 'z', 1.3],
  ['u', 'v', 1.1],
  ['y', 'x', 1.4],
];

/** One-directional entries: correct → damaged. */
const DIRECTED: ReadonlyArray<readonly [string, string, number]> = [
  // Long s (ſ) read as f in pre-1830s type, and its ligatures.
  ['s', 'f', 0.7],
  ['ss', 'ff', 0.8],
  ['ss', 'fs', 0.9],
  ['st', 'ft', 0.7],
  ['sh', 'fh', 0.8],
  ['si', 'fi', 0.8],
  // Ligatures lost or split.
  ['fi', 'f', 1.0],
  ['fl', 'f', 1.1],
  ['ff', 'f', 1.1],
  ['fi', 'h', 1.1],
  ['th', 'tb', 0.7],
  ['the', 'tbe', 0.5],
  ['and', 'aud', 0.5],
  ['and', 'nnd', 0.7],
  // Digits and symbols for letters.
  ['h', 'Ii', 0.8],
  ['l', '1', 0.5],
  ['i', '1', 0.9],
  ['l', '|', 0.8],
  ['i', '!', 1.0],
  ['l', 'I', 0.5],
  ['o', '0', 0.5],
  ['s', '5', 0.8],
  ['b', '8', 1.0],
  ['s', '8', 1.2],
  ['g', '9', 1.0],
  ['q', '9', 1.2],
  ['z', '2', 1.1],
  ['e', '3', 1.0],
  ['a', '4', 1.3],
  ['t', '7', 1.3],
  ['i', 'í', 1.0],
  ['e', 'é', 1.1],
  ['c', 'ç', 1.1],
  // Capitals for letters (upper-case glyphs the recogniser or encoding substitutes).
  // (A capital of the same letter, "hiS", is costed by GENERIC.oddCapital, not here.)
  ['l', 'F', 0.9],
  ['l', 'L', 1.1],
  ['s', 'C', 0.9],
  ['o', 'Q', 1.2],
  ['o', 'D', 1.2],
  // Single glyphs, one way.
  ['l', 'r', 1.1],
  ['c', 'e', 0.7],
  ['u', 'a', 1.2],
  ['y', 'j', 1.2],
  ['r', 'n', 1.1],
  ['n', 'r', 1.2],
  ['s', 'a', 1.3],
  // Letter pairs broken together by font-encoding damage (the two the brief names). Other
  // pairs and single letters of such damage (e→b, i→d …) are learned per document
  // (./channel.ts): listed here, they would turn clean names into "corrections", and the
  // evaluation's planted damage (bench/damage.ts) would only be scoring the table against itself.
  ['ss', 'Ce', 0.4],
  ['re', 'gb', 0.5],
  // Pure noise: a letter group swallowed whole.
  ['ri', 'n', 0.9],
  ['in', 'm', 0.9],
  ['rn', 'm', 0.6],
  ['cl', 'd', 0.7],
  ['li', 'h', 0.7],
  ['iu', 'm', 1.0],
];

/** The full table: symmetric pairs in both directions, then the directed ones. */
export const CONFUSIONS: readonly Confusion[] = [
  ...SYMMETRIC.flatMap(([a, b, cost]) => [
    { correct: a, damaged: b, cost },
    { correct: b, damaged: a, cost },
  ]),
  ...DIRECTED.map(([correct, damaged, cost]) => ({ correct, damaged, cost })),
];

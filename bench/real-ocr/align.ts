/**
 * The truth for real OCR output: which words of an OCR'd page are damaged,
 * and what each should have been.
 *
 * The original passage and the OCR text are cut into whitespace-separated
 * tokens and aligned by dynamic programming (a Needleman–Wunsch over tokens)
 * whose moves are the ways OCR changes words: one word read as another
 * (1:1, cheap when the two are near-equal), a word lost or a speck read as a
 * word (1:0, 0:1), a word broken by a stray space (1:2) and two words run
 * together by a lost space (2:1). Each OCR token ends up in exactly one
 * {@link AlignedUnit}, which says whether it is damaged and how.
 *
 * Differences that are not damage a reader or a checker should care about
 * are clean: punctuation at a word's edges, quotation-mark and dash shapes,
 * and a word hyphenated at a line end ("inter-\nnational") when the
 * original has it whole (kept apart as `hyphen`, since a checker may still
 * trip over it).
 */

/** A whitespace-separated token of a text, with its offsets. */
export interface TextToken {
  text: string;
  start: number;
  end: number;
  /** True when a line break follows it (a hyphenated line end is only possible there). */
  lineEnd: boolean;
}

/**
 * How an aligned unit differs from its original.
 * - `clean`: same word (edge punctuation and quote shapes aside);
 * - `hyphen`: a word broken at a line end by a hyphen, otherwise intact;
 * - `punct`: the same letters with punctuation inside (wo.rd, th,e);
 * - `case`: the same letters in another case (Were for were: a real word too);
 * - `real-word`: read as another English word (as judged by `isWord`);
 * - `garble`: read as a non-word;
 * - `split`: one word read as two tokens (a stray space);
 * - `joined`: two words read as one token (a lost space);
 * - `spurious`: an OCR token with letters or digits that stands for nothing (specks, rules);
 * - `moved`: a word OCR put elsewhere, intact (a line read out of order): its
 *   OCR token and its place in the original are both `moved`; not damage;
 * - `number`: a token without letters (figures, dates) read differently;
 * - `deleted`: an original word with no OCR token (a lost word; nothing to flag).
 */
export type UnitKind = 'clean' | 'hyphen' | 'moved' | 'punct' | 'case' | 'real-word' | 'garble' | 'split' | 'joined' | 'spurious' | 'number' | 'deleted';

/** The kinds that are damage a word checker could flag. */
export const DAMAGE_KINDS: readonly UnitKind[] = ['punct', 'case', 'real-word', 'garble', 'split', 'joined', 'spurious'];

/** One step of the alignment: original tokens and the OCR tokens they became. */
export interface AlignedUnit {
  kind: UnitKind;
  /** The original words, joined by one space ('' for `spurious`). */
  original: string;
  /** The OCR text of the unit, as in the OCR output ('' for `deleted`). */
  ocr: string;
  /** OCR-text offsets of the unit (start === end for `deleted`, placed where the word was lost). */
  start: number;
  end: number;
}

/** Whitespace-separated tokens of `text`. */
export function tokenize(text: string): TextToken[] {
  const out: TextToken[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = /^[ \t]*(\r?\n|$)/.exec(text.slice(end, end + 80));
    out.push({ text: m[0], start, end, lineEnd: after !== null && after[1] !== '' });
  }
  return out;
}

/** Unicode compatibility form (ligatures ﬁ → fi) with quotation marks and dashes in ASCII. */
export function normalizeShapes(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[‘’‚‛′`´]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-');
}

/** Memoises a string function (the alignment asks about the same tokens many times). */
function memo(f: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size > 200_000) cache.clear();
      v = f(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** The token without punctuation at its edges (shapes normalised). */
export const core = memo((token) => normalizeShapes(token).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));

/** Only the letters and digits of a token. */
const letters = memo((token) => normalizeShapes(token).replace(/[^\p{L}\p{N}]/gu, ''));
/** Letters and digits, lower-cased. */
const lowerLetters = memo((token) => letters(token).toLowerCase());
const hasLetter = (s: string): boolean => /\p{L}/u.test(s);

/** Rows reused by {@link editDistance} (tokens are short; a longer one grows them). */
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (b.length + 1 > rowA.length) {
    rowA = new Int32Array(2 * (b.length + 1));
    rowB = new Int32Array(2 * (b.length + 1));
  }
  let prev = rowA;
  let row = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j] + 1;
      const ins = row[j - 1] + 1;
      row[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    const t = prev;
    prev = row;
    row = t;
  }
  return prev[b.length];
}

/**
 * Cost of reading `original` as `ocr`: 0 when the cores agree, a little when
 * only inner punctuation or case differs, up to 1.9 for unrelated words (so
 * that two unrelated words cost about as much as a loss plus an insertion).
 */
export function substitutionCost(original: string, ocr: string): number {
  if (core(original) === core(ocr)) return 0;
  // The pronoun read as a bare stroke ("| have"): a misread, not a lost word and a stray mark.
  if (original === 'I' && STROKES.has(ocr)) return 0.5;
  const a = lowerLetters(original);
  const b = lowerLetters(ocr);
  if (a === b) return 0.05;
  return 0.1 + (1.8 * editDistance(a, b)) / Math.max(a.length, b.length, 1);
}

/** Marks OCR reads for a capital I (a vertical stroke). */
const STROKES: ReadonlySet<string> = new Set(['|', '¦', '!', ']', '[']);

/** Cost of an unmatched token: pure punctuation is nearly free (OCR adds and drops it freely). */
const gapCost = (token: string): number => (/[\p{L}\p{N}]/u.test(token) ? 1 : 0.2);
/** Extra cost of a split or a join over its parts, so that a plain match wins a tie. */
const SPLIT_JOIN = 0.3;
/** A part of a split or join must be this near its counterpart (edit distance over length). */
const NEAR = 0.5;

/** Normalised edit distance of two letter strings (0 same, 1 nothing in common). */
function distanceRatio(a: string, b: string): number {
  return editDistance(a, b) / Math.max(a.length, b.length, 1);
}

/**
 * Cost of one word `whole` standing for two tokens `left` and `right` (a
 * split when `whole` is the original, a join when it is the OCR token): the
 * best cut of `whole` into two parts each near its token, or Infinity when
 * no cut makes both parts near (unrelated words are a loss plus a misread,
 * not a split or a join).
 */
export function pairCost(whole: string, left: string, right: string): number {
  const w = lowerLetters(whole);
  const l = lowerLetters(left);
  const r = lowerLetters(right);
  if (l === '' || r === '' || Math.abs(w.length - l.length - r.length) > 3) return Infinity;
  if (distanceRatio(w, l + r) > NEAR) return Infinity;
  let best = Infinity;
  // A part within NEAR of its token is within a few letters of its length: cut only there.
  for (let k = Math.max(1, l.length - 3); k < Math.min(w.length, l.length + 4); k++) {
    const dl = distanceRatio(w.slice(0, k), l);
    const dr = distanceRatio(w.slice(k), r);
    if (dl <= NEAR && dr <= NEAR) best = Math.min(best, 1.8 * (dl + dr));
  }
  return best === Infinity ? best : best + SPLIT_JOIN;
}

/** True when `a` (ending in a hyphen at a line end) and `b` rejoined without the hyphen are `original`. */
function hyphenRejoins(original: string, a: TextToken, b: string): boolean {
  if (!a.lineEnd || !/[-‐‑–]$/.test(a.text)) return false;
  const whole = core(a.text.replace(/[-‐‑–]$/, '') + b);
  return whole === core(original) || core(a.text + b) === core(original);
}

type Move = 'match' | 'del' | 'ins' | 'split' | 'join';

/**
 * Aligns the original text with its OCR text; returns the units in OCR-text
 * order (deleted words placed where they were lost). `isWord` tells a real
 * word from a non-word, to sort substitutions into `real-word` and `garble`.
 */
export function alignOcr(originalText: string, ocrText: string, isWord: (word: string) => boolean): AlignedUnit[] {
  const a = tokenize(originalText);
  const b = tokenize(ocrText);
  const n = a.length;
  const m = b.length;
  const W = m + 1;
  const cost = new Float64Array((n + 1) * W).fill(Infinity);
  const move: Move[] = new Array((n + 1) * W);
  cost[0] = 0;
  const relax = (i: number, j: number, c: number, mv: Move): void => {
    const k = i * W + j;
    if (c < cost[k]) {
      cost[k] = c;
      move[k] = mv;
    }
  };
  // OCR keeps the order of words: cells far off the diagonal are never on the best path.
  const band = Math.max(40, Math.ceil(0.12 * Math.max(n, m)));
  for (let i = 0; i <= n; i++) {
    const diagonal = n === 0 ? 0 : Math.round((i * m) / n);
    for (let j = Math.max(0, diagonal - band); j <= Math.min(m, diagonal + band); j++) {
      const here = cost[i * W + j];
      if (here === Infinity) continue;
      if (i < n) relax(i + 1, j, here + gapCost(a[i].text), 'del');
      if (j < m) relax(i, j + 1, here + gapCost(b[j].text), 'ins');
      if (i < n && j < m) relax(i + 1, j + 1, here + substitutionCost(a[i].text, b[j].text), 'match');
      if (i < n && j + 1 < m) {
        const c = hyphenRejoins(a[i].text, b[j], b[j + 1].text) ? 0.01 : pairCost(a[i].text, b[j].text, b[j + 1].text);
        if (c < Infinity) relax(i + 1, j + 2, here + c, 'split');
      }
      if (i + 1 < n && j < m) {
        const c = pairCost(b[j].text, a[i].text, a[i + 1].text);
        if (c < Infinity) relax(i + 2, j + 1, here + c, 'join');
      }
    }
  }
  const units: AlignedUnit[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const mv = move[i * W + j];
    if (mv === 'del') {
      i--;
      const at = j < m ? b[j].start : ocrText.length;
      units.push({ kind: 'deleted', original: a[i].text, ocr: '', start: at, end: at });
    } else if (mv === 'ins') {
      j--;
      const t = b[j];
      const kind: UnitKind = /[\p{L}\p{N}]/u.test(t.text) ? 'spurious' : 'clean';
      units.push({ kind, original: '', ocr: t.text, start: t.start, end: t.end });
    } else if (mv === 'match') {
      i--;
      j--;
      const t = b[j];
      units.push({ kind: classify(a[i].text, t.text, isWord), original: a[i].text, ocr: t.text, start: t.start, end: t.end });
    } else if (mv === 'split') {
      i--;
      j -= 2;
      const whole = ocrText.slice(b[j].start, b[j + 1].end);
      const kind: UnitKind = hyphenRejoins(a[i].text, b[j], b[j + 1].text) ? 'hyphen' : 'split';
      units.push({ kind, original: a[i].text, ocr: whole, start: b[j].start, end: b[j + 1].end });
    } else {
      i -= 2;
      j--;
      units.push({ kind: 'joined', original: `${a[i].text} ${a[i + 1].text}`, ocr: b[j].text, start: b[j].start, end: b[j].end });
    }
  }
  units.reverse();
  pairMovedWords(units, isWord);
  return units;
}

/** How near a spurious token must be to a lost word to be that word, moved and misread. */
const MOVED_NEAR = 0.7;

/**
 * Tesseract sometimes reads a line out of order: the alignment then sees
 * its words lost in one place and spurious in another. Pairs each spurious
 * token with a lost word it is (or nearly is), nearest pairs first: an
 * exact pair is `moved` (not damage), a near one is the lost word misread
 * (garble, real-word…) with the lost word `moved`.
 */
function pairMovedWords(units: AlignedUnit[], isWord: (word: string) => boolean): void {
  const lost = units.filter((u) => u.kind === 'deleted' && /\p{L}/u.test(u.original));
  const spurious = units.filter((u) => u.kind === 'spurious');
  if (lost.length === 0 || spurious.length === 0) return;
  const pairs: { cost: number; s: AlignedUnit; l: AlignedUnit }[] = [];
  for (const s of spurious) {
    for (const l of lost) {
      const cost = substitutionCost(l.original, s.ocr);
      if (cost <= MOVED_NEAR) pairs.push({ cost, s, l });
    }
  }
  pairs.sort((x, y) => x.cost - y.cost);
  const used = new Set<AlignedUnit>();
  for (const { s, l } of pairs) {
    if (used.has(s) || used.has(l)) continue;
    used.add(s);
    used.add(l);
    l.kind = 'moved';
    const read = classify(l.original, s.ocr, isWord);
    s.original = l.original;
    s.kind = read === 'clean' ? 'moved' : read;
  }
}

/** How `original` was read as `ocr`: clean, or which kind of damage. */
function classify(original: string, ocr: string, isWord: (word: string) => boolean): UnitKind {
  const want = core(original);
  const got = core(ocr);
  if (want === got) return 'clean';
  if (!hasLetter(want)) return hasLetter(got) || /\p{N}/u.test(got) ? 'number' : 'clean';
  if (letters(original) === letters(ocr)) return 'punct';
  if (letters(original).toLowerCase() === letters(ocr).toLowerCase()) return 'case';
  return got !== '' && isWord(got) ? 'real-word' : 'garble';
}

/** Compares two word sequences as a reader would: case, edge punctuation, quote shapes and spacing aside. */
export function sameWords(a: string, b: string): boolean {
  const words = (s: string): string =>
    s
      .split(/\s+/)
      .map((w) => core(w).toLowerCase())
      .filter((w) => w !== '')
      .join(' ');
  return words(a) === words(b);
}

/**
 * Reads the answer key of the seed documents (`../shared/seeds/KEY.md`): the
 * table of garbled words and their corrections. Parsed at run time so the
 * words never appear in code (bench/eval.ts and the acceptance test use it).
 */

/** One garbled form in the key. */
export interface KeyEntry {
  /** What the text should say. */
  correct: string;
  /** How often the form occurs, as the key says. */
  count: number;
}

/**
 * The garbled-word table of KEY.md (the section whose heading mentions
 * garbled words): rows `| a (2), b | x, y |` pair the i-th garbled form with
 * the i-th correction (or the last one, when fewer corrections are listed).
 */
export function parseKeyTable(md: string): Map<string, KeyEntry> {
  const out = new Map<string, KeyEntry>();
  const section = md.split(/^## /m).find((s) => /garbled/i.test(s.split('\n')[0]));
  if (!section) return out;
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 4 || cells[1] === '' || /^-+$/.test(cells[1]) || /^garbled/i.test(cells[1])) continue;
    const correct = cells[2].split(',').map((c) => c.trim());
    cells[1].split(',').forEach((g, i) => {
      const m = /^(.*?)\s*(?:\((\d+)\))?$/.exec(g.trim());
      const word = (m?.[1] ?? g).trim();
      if (word) out.set(word, { correct: correct[Math.min(i, correct.length - 1)], count: Number(m?.[2] ?? 1) });
    });
  }
  return out;
}

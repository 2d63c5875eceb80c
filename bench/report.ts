/** Small formatting helpers the eval sections share, so their figures read alike. */

/** `a` as a share of `b`, in percent with one decimal ("97.2%"); 0 of 0 is 0.0%. */
export function percent(a: number, b: number): string {
  return `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
}

/** The `count` commonest strings of a tally, commonest first, as "text×n" ("text" when once), two spaces apart. */
export function commonest(tally: ReadonlyMap<string, number>, count: number): string {
  return [...tally]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([w, n]) => `${w}${n > 1 ? `×${n}` : ''}`)
    .join('  ');
}

/**
 * Shared pieces of the property tests: hostile text made of a rule's own
 * troublesome fragments mixed with arbitrary code units (lone surrogates
 * included), and the code-point boundary check every offset must pass.
 */
import fc from 'fast-check';

/**
 * Random strings built from `pieces`, raw binary strings and single UTF-16
 * code units.
 * @param pieces fragments that stress the code under test (quote marks, determiners, dates…)
 * @param options how often pieces are drawn against random units, how many parts, and which code units
 */
export function hostileText(
  pieces: readonly string[],
  options: { pieceWeight?: number; maxParts?: number; maxBinary?: number; units?: { min: number; max: number } } = {},
): fc.Arbitrary<string> {
  const { pieceWeight = 4, maxParts = 150, maxBinary = 4, units = { min: 0xd800, max: 0xdfff } } = options;
  return fc
    .array(
      fc.oneof(
        { weight: pieceWeight, arbitrary: fc.constantFrom(...pieces) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: maxBinary }) },
        { weight: 1, arbitrary: fc.integer(units).map((c) => String.fromCharCode(c)) },
      ),
      { maxLength: maxParts },
    )
    .map((parts) => parts.join(''));
}

/** Whether offset `i` does not fall between the halves of a surrogate pair. */
export function onCodePointBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  return !(a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff);
}

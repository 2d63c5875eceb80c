/**
 * V8 compiles a function that runs hot with TurboFan, its optimising
 * compiler, on background threads. In a long run that pays for itself many
 * times over; in a short one it does not: checking a 1,000-word file from
 * start to exit spent more CPU compiling optimised code (~150 ms, mostly
 * for code that then ran for a few milliseconds more) than running the
 * check, and on a busy machine the compiler threads take cores from the
 * check itself. So a run whose input is small goes without TurboFan (the
 * interpreter and the baseline compiler, Sparkplug, still run everything;
 * results are the same, only the speed differs).
 *
 * Measured with the CLI on generated news text with OCR damage, start to
 * exit: 1,000 words ~40% faster without TurboFan, 10,000 words ~10%, and
 * 30,000 words (about 180,000 characters) break even in wall time while
 * still using less CPU; bigger inputs are faster with it. The bound below
 * sits well inside the range where going without wins.
 */
import type * as V8 from 'node:v8';

/** Input (documents and sources, in characters) up to which a run goes without TurboFan. */
export const SHORT_RUN_CHARS = 100_000;

/**
 * Turns TurboFan off for the rest of this process when `inputChars` is at
 * most {@link SHORT_RUN_CHARS}. Call once, before the checking starts, and
 * only from a process of its own (the `attest` command): the flag is
 * process-wide. V8 reads it whenever it decides whether to optimise a
 * function, so setting it after start-up takes effect at once.
 */
export function tuneCompilerForRun(inputChars: number): boolean {
  if (inputChars > SHORT_RUN_CHARS) return false;
  // Loaded here, not imported: loading node:v8 costs ~2 ms, which `attest --version` need not pay.
  (require('node:v8') as typeof V8).setFlagsFromString('--no-turbofan');
  return true;
}

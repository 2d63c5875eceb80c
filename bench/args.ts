/** Command-line options of the bench and eval scripts. */

/** The number after `--name` in `args`, or `fallback`. */
export function numberArg(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

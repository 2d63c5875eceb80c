/** Command-line options of the bench and eval scripts. */

/** The number after `--name` in `args`, or `fallback`. */
export function numberArg(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

/** The comma-separated numbers after `--name` in `args` ("--sections 2,6"), or undefined when the option is absent. */
export function numberListArg(args: readonly string[], name: string): number[] | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? '').split(',').map(Number) : undefined;
}

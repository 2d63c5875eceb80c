/** Runs the `attest` CLI in-process, as the CLI tests do. */
import { main } from '../../../src/cli/main.js';

/** What one run printed and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `attest argv` in `cwd` (default: this process's) with `stdin` as standard input, capturing what it prints. */
export function runCli(argv: string[], options: { cwd?: string; stdin?: string } = {}): CliRun {
  let stdout = '';
  let stderr = '';
  const code = main(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    stdin: () => new TextEncoder().encode(options.stdin ?? ''),
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}

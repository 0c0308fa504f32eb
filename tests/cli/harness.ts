import { runCli } from '../../src/cli/run.js';

/** Runs the CLI in-process with buffered streams and a fixed clock. */
export async function cli(args: string[], options: { tty?: boolean; clock?: string; version?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false },
    clock: () => new Date(options.clock ?? '2027-03-09T17:00:00Z'),
    ...(options.version === undefined ? {} : { version: options.version }),
  });
  return { code, stdout, stderr };
}

/** The JSON lines `score` wrote. */
export interface ScoreLine {
  readonly source: string;
  readonly ok: boolean;
  readonly error?: string;
  readonly score?: number;
  readonly band?: string;
  readonly readiness?: { readonly score: number };
}

export function jsonLines(stdout: string): ScoreLine[] {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

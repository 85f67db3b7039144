// A claimtrail command run in this process (src/cli/main.ts), as a user runs it but without starting
// Node: its input, output, folder and environment are its own, so nothing it does reaches the test
// process's streams, exit code or environment, and cases can run side by side. Tests of the process
// itself (exit codes through bin/claimtrail.js, pipes, signals, two processes at once) spawn it instead.
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.ts';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

interface CliOptions {
  /** Standard input; none (an empty stream) when left out. */
  input?: string;
  /** Variables added to (or, as undefined, removed from) the test process's environment. */
  env?: Record<string, string | undefined>;
  cwd?: string;
}

export async function runCli(
  args: string[],
  { input, env = {}, cwd = process.cwd() }: CliOptions = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    stdin: Readable.from(input === undefined ? [] : [input]),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd,
    env: { ...process.env, ...env },
  });
  return { status, stdout, stderr };
}

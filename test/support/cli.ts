import type { CliIo } from '../../src/cli/io';
import { runCli } from '../../src/cli/run';

/** Runs `jalon <args>` in-process and returns its exit code and what it wrote. */
export async function jalon(
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => (out += t), stderr: (t) => (err += t) };
  const code = await runCli(args, io);
  return { code, out, err };
}

import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

/** What the benchmark's site process says of itself once it serves. */
export interface SiteDescription {
  readonly url: string;
  readonly issuesOnSite: number;
  /** The issues of the benchmarked contract's projects, in key order. */
  readonly issuesInScope: number;
  /** History entries of each slice of 1,000 of those issues. */
  readonly historiesBySlice: readonly number[];
}

export interface SiteProcess extends SiteDescription {
  stop(): Promise<void>;
}

/** Starts the demo site of `size` issues in a child process and waits until it serves. */
export async function startSiteProcess(
  size: number,
  seed: number,
  now: number,
): Promise<SiteProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(__dirname, 'sandbox-site.ts'),
      String(size),
      String(seed),
      String(now),
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      resolve();
    }),
  );
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => {
      reject(new Error(`the benchmark's site process ended (code ${String(code)}) before serving`));
    });
  });
  const description = JSON.parse(first) as SiteDescription;
  return {
    ...description,
    stop: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * `npm run bench -- publish`: the publication of one month of DEMAT'ADS from the sandbox, for
 * growing sites; requests and Atlassian points per run against the minimum the APIs allow.
 *
 * Each size runs in a process of its own, as a Forge function would: the site (Jira and
 * Confluence) in another process over HTTP, so that the peak RSS is Jalon's alone, and Jalon
 * with the heap of a 512 MB function. V8 sizes its heap from the memory it is given: on this
 * 24 GB machine it would let garbage pile up to gigabytes before collecting, which a function
 * never sees.
 */
const SIZES = [1_000, 10_000, 50_000] as const;
/** The manifest's `runtime.memoryMB` (512) less a quarter for code, young space and buffers. */
export const FORGE_HEAP_MB = 384;

export interface PublishFigures {
  readonly issuesOnSite: number;
  readonly issuesRead: number;
  readonly historyEntries: number;
  readonly requests: number;
  readonly points: number;
  /** ⌈N/100⌉ search pages + ⌈histories / 10,000⌉ changelog pages per slice of 1,000 + page writes. */
  readonly minimumRequests: number;
  readonly requestsOverMinimum: number;
  readonly pagesDuplicated: number;
  readonly wallMs: number;
  readonly peakRssMb: number;
}

export interface PublishBenchReport {
  readonly benchmark: 'publish';
  readonly node: string;
  readonly contract: 'demat-ads';
  readonly month: '2026-09';
  /** Jalon's V8 old-space limit in each run (`--max-old-space-size`). */
  readonly heapLimitMb: number;
  readonly runs: readonly PublishFigures[];
  readonly targets: readonly { name: string; target: string; value: number; pass: boolean }[];
}

/** Runs one size in a child process with a Forge function's heap; its figures. */
async function runInChild(size: number): Promise<PublishFigures> {
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${String(FORGE_HEAP_MB)}`,
      '--import',
      'tsx',
      join(__dirname, 'support', 'publish-run.ts'),
      String(size),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    output += chunk;
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0)
    throw new Error(`the ${String(size)}-issue publication failed (exit ${String(code)})`);
  return JSON.parse(output) as PublishFigures;
}

export async function runPublishBench(): Promise<PublishBenchReport> {
  const runs: PublishFigures[] = [];
  for (const size of SIZES) runs.push(await runInChild(size));
  const worst = Math.max(...runs.map((r) => r.requestsOverMinimum));
  const largest = runs.at(-1);
  return {
    benchmark: 'publish',
    node: process.version,
    contract: 'demat-ads',
    month: '2026-09',
    heapLimitMb: FORGE_HEAP_MB,
    runs,
    targets: [
      { name: 'requestsOverMinimum', target: '<= 1.2', value: worst, pass: worst <= 1.2 },
      {
        name: 'pagesDuplicated',
        target: '= 0',
        value: runs.reduce((n, r) => n + r.pagesDuplicated, 0),
        pass: runs.every((r) => r.pagesDuplicated === 0),
      },
      {
        name: 'peakRssMb (50,000)',
        target: '< 512',
        value: largest?.peakRssMb ?? 0,
        pass: (largest?.peakRssMb ?? 0) < 512,
      },
    ],
  };
}

export function formatPublishBench(report: PublishBenchReport): string {
  const rows = report.runs.map(
    (r) =>
      `${String(r.issuesOnSite).padStart(7)} ${String(r.issuesRead).padStart(7)} ${String(r.historyEntries).padStart(8)} ${String(r.requests).padStart(6)} ${String(r.minimumRequests).padStart(6)} ${r.requestsOverMinimum.toFixed(2).padStart(6)} ${String(r.points).padStart(9)} ${Math.round(r.wallMs).toString().padStart(8)} ${r.peakRssMb.toFixed(0).padStart(6)}`,
  );
  return [
    `Jalon publish benchmark — node ${report.node}, ${report.contract}, month ${report.month}, from the sandbox`,
    `Jalon runs with --max-old-space-size=${String(report.heapLimitMb)} (a 512 MB Forge function); the site in its own process.`,
    '',
    '   site    read  history  reqs.   min.  ratio    points  wall ms    RSS',
    ...rows,
    '',
    'Targets / objectifs:',
    ...report.targets.map(
      (t) =>
        `  ${t.pass ? 'PASS' : 'MISS'}  ${t.name.padEnd(22)} ${t.target.padEnd(8)} ${t.value.toFixed(2)}`,
    ),
  ].join('\n');
}

export function missedPublishTargets(report: PublishBenchReport): string | null {
  const missed = report.targets.filter((t) => !t.pass);
  return missed.length === 0
    ? null
    : `!! OBJECTIF MANQUÉ / TARGET MISSED: ${missed.map((t) => t.name).join(', ')}`;
}

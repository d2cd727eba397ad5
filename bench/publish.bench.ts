import { publishMonth } from '../src/app';
import { pagesByTitleRequest, spaceByKeyRequest } from '../src/confluence/confluence-requests';
import { compileContract } from '../src/core/contract';
import { createHttpClient, fetchTransport, type RunAccount } from '../src/platform/http';
import { demoContract } from '../src/sandbox/demo';
import { startSiteProcess } from './support/site-process';

/**
 * `npm run bench -- publish`: the publication of one month of DEMAT'ADS from the sandbox, for
 * growing sites; requests and Atlassian points per run against the minimum the APIs allow. The
 * site runs in a child process over HTTP, as Jira and Confluence would: Jalon's peak RSS is this
 * process's alone.
 */
const SIZES = [1_000, 10_000, 50_000] as const;
const SEED = 0x50554231;
const NOW = Date.parse('2026-10-05T09:00:00+02:00');
const MB = 1024 * 1024;

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
  readonly runs: readonly PublishFigures[];
  readonly targets: readonly { name: string; target: string; value: number; pass: boolean }[];
}

function minimum(historiesBySlice: readonly number[], issues: number, pageWrites: number): number {
  return (
    Math.ceil(issues / 100) +
    historiesBySlice.reduce((sum, h) => sum + Math.max(1, Math.ceil(h / 10_000)), 0) +
    pageWrites
  );
}

/** Titles that more than one page of the space bears, read directly from the site. */
async function duplicatedTitles(url: string, spaceKey: string, titles: readonly string[]) {
  const site = fetchTransport(url, undefined);
  const read = async (path: string) =>
    JSON.parse((await site.send({ method: 'GET', path })).body) as { results: { id: string }[] };
  const space = (await read(spaceByKeyRequest(spaceKey).path)).results[0];
  if (space === undefined) throw new Error(`space ${spaceKey} missing after the publication`);
  let duplicated = 0;
  for (const title of titles)
    duplicated += Math.max(
      0,
      (await read(pagesByTitleRequest(space.id, title).path)).results.length - 1,
    );
  return duplicated;
}

async function run(size: number): Promise<PublishFigures> {
  const site = await startSiteProcess(size, SEED, NOW);
  try {
    const client = createHttpClient(fetchTransport(site.url, undefined), {
      sleep: () => Promise.resolve(),
      random: Math.random,
      now: () => NOW,
    });
    const compiled = compileContract(demoContract('demat-ads'));
    if (!compiled.ok) throw new Error(compiled.message);
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 50);
    const start = process.hrtime.bigint();
    const result = await publishMonth(
      { jira: client, confluence: client, now: () => NOW },
      { contract: compiled.value, month: '2026-09', spaceKey: 'DEMAT' },
    );
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (!result.ok) throw new Error(result.message);
    // The page writes: one create (or update) and its content property per page.
    const min = minimum(site.historiesBySlice, site.issuesInScope, result.value.pages.length * 2);
    const account: RunAccount = client.account();
    return {
      issuesOnSite: site.issuesOnSite,
      issuesRead: site.issuesInScope,
      historyEntries: site.historiesBySlice.reduce((a, b) => a + b, 0),
      requests: account.requests,
      points: account.points,
      minimumRequests: min,
      requestsOverMinimum: account.requests / min,
      pagesDuplicated: await duplicatedTitles(
        site.url,
        'DEMAT',
        result.value.pages.map((p) => p.title),
      ),
      wallMs,
      peakRssMb: peak / MB,
    };
  } finally {
    await site.stop();
  }
}

export async function runPublishBench(): Promise<PublishBenchReport> {
  const runs: PublishFigures[] = [];
  for (const size of SIZES) runs.push(await run(size));
  const worst = Math.max(...runs.map((r) => r.requestsOverMinimum));
  const largest = runs.at(-1);
  return {
    benchmark: 'publish',
    node: process.version,
    contract: 'demat-ads',
    month: '2026-09',
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

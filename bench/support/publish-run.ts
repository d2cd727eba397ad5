// One publication of the publish benchmark, in a process of its own started with the heap a
// Forge function has (see `FORGE_HEAP_MB`): prints its figures as one JSON line.
import { publishMonth } from '../../src/app';
import { pagesByTitleRequest, spaceByKeyRequest } from '../../src/confluence/confluence-requests';
import { compileContract } from '../../src/core/contract';
import { createHttpClient, fetchTransport, type RunAccount } from '../../src/platform/http';
import { demoContract } from '../../src/sandbox/demo';
import type { PublishFigures } from '../publish.bench';
import { startSiteProcess } from './site-process';

const SEED = 0x50554231;
const NOW = Date.parse('2026-10-05T09:00:00+02:00');
const MB = 1024 * 1024;

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

const size = Number(process.argv[2]);
run(size).then(
  (figures) => {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  },
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);

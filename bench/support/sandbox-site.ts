// The Jira and Confluence site of the publish benchmark, in a process of its own: the site's
// memory is Atlassian's, so it must not count in Jalon's peak RSS. Started by
// `startSiteProcess`; prints one JSON line describing the site, then serves until stdin closes.
import { createSandbox, startSandboxServer } from '../../src/sandbox';
import { demoState } from '../../src/sandbox/demo';
import type { SiteDescription } from './site-process';

const [size, seed, now] = process.argv.slice(2).map(Number);
const PER_SCALE = 530;
const SCOPE = new Set(['DEM', 'INC']);

async function main(): Promise<void> {
  if (size === undefined || seed === undefined || now === undefined)
    throw new Error('usage: sandbox-site.ts <issues> <seed> <now-ms>');
  const state = demoState({ seed, from: '2026-07-01', months: 3, scale: size / PER_SCALE });
  const sandbox = createSandbox(state, { now: () => now });
  const server = await startSandboxServer({ port: 0, handler: sandbox.transport });
  const inScope = state.issues.filter((i) => SCOPE.has(i.project));
  const historiesBySlice: number[] = [];
  for (let i = 0; i < inScope.length; i += 1000)
    historiesBySlice.push(
      inScope.slice(i, i + 1000).reduce((sum, issue) => sum + issue.histories.length, 0),
    );
  const description: SiteDescription = {
    url: server.url,
    issuesOnSite: state.issues.length,
    issuesInScope: inScope.length,
    historiesBySlice,
  };
  process.stdout.write(`${JSON.stringify(description)}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    void server.close().then(() => process.exit(0));
  });
}

void main();

// `npm start`: the local Atlassian sandbox with a quarter of demo data, and Jalon's own Forge
// handlers on it through the local runtime (store in .jalon/forge-store.json, queue in
// process): the demo contracts are saved as the admin page would, then queued jobs recompute
// the issues' fields and publish the last complete month's pages. It prints the local addresses,
// the Custom UI pages' among them (port + 1), and keeps serving (`-- --once`: publish and exit).
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { contractJql } from '../src/app';
import { PAGE_ACTIONS, runJob } from '../src/forge/jobs/run-job';
import { fileStore, LOCAL_STORE_FILE } from '../src/forge/local/file-store';
import { localRuntime, type LocalRuntime } from '../src/forge/local/local-runtime';
import { SANDBOX_APP_ACCOUNT, sandboxAs } from '../src/forge/local/sandbox-site';
import { startUiServer } from '../src/forge/local/ui-server';
import { makeResolvers } from '../src/forge/resolvers';
import { loadContract } from '../src/forge/store/contracts';
import { listPublications } from '../src/forge/store/reports';
import { createSandbox, sandboxStore, startSandboxServer, type SandboxState } from '../src/sandbox';
import { DEMO_CONTRACTS, demoContract, demoState } from '../src/sandbox/demo';
import { ensureUiBuild } from './build-static';

/** Who saves the demo contracts: the sandbox declares no accounts, so anyone administers. */
const DEMO_ADMIN = '712020:administrateur-demo';

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      once: { type: 'boolean', default: false },
      reset: { type: 'boolean', default: false },
      port: { type: 'string', default: '4747' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    process.stderr.write(
      `npm start : --port attend un numéro de port (0 à 65535), pas « ${values.port} ».\n`,
    );
    return 2;
  }
  const now = DateTime.now().setZone('Europe/Paris');
  const lastMonth = now.startOf('month').minus({ months: 1 });
  const month = lastMonth.toFormat('yyyy-MM');
  const store = sandboxStore();
  if (values.reset) {
    if (await store.reset()) say('Bac à sable réinitialisé.');
    await rm(LOCAL_STORE_FILE, { force: true });
  }
  const saved = await store.load();
  if (!saved.ok) {
    process.stderr.write(`npm start : ${saved.message}\n`);
    return 1;
  }
  let state: SandboxState;
  if (saved.value === null) {
    const from = lastMonth.minus({ months: 2 }).toISODate() ?? '';
    say(`Génération des données de démonstration (${from}, trois mois)…`);
    state = demoState({ seed: 2026, from, months: 3 });
  } else {
    say(
      `Bac à sable repris de ${store.file} (--reset pour repartir des données de démonstration).`,
    );
    state = saved.value;
  }
  say(`${String(state.issues.length)} tickets dans le Jira local.`);
  const sandbox = createSandbox(state, {
    now: Date.now,
    onChange: (changed) => {
      void store.save(changed);
    },
  });
  const runtime = localRuntime({
    transport: sandboxAs(sandbox),
    appAccountId: SANDBOX_APP_ACCOUNT,
    store: fileStore(),
    now: Date.now,
    consumer: async (self, job) => {
      const done = await runJob(self, job);
      say(`  ${done.ok ? done.value : `Échec : ${done.message}`}`);
    },
  });
  for (const demo of DEMO_CONTRACTS) {
    const contract = await saveDemoContract(runtime, demo.contract);
    say(`\n${contract.label}`);
    await runtime.queue.push([
      { kind: 'recompute', contractId: contract.id, jql: contract.jql },
      { kind: 'publish', contractId: contract.id, month, spaceKey: demo.space },
    ]);
    await runtime.drain();
    const published = await listPublications(runtime.store, contract.id);
    if (!published.ok) throw new Error(published.message);
    const record = published.value.find((p) => p.month === month);
    if (record === undefined) {
      process.stderr.write(`npm start : le rapport de ${month} n’a pas été publié.\n`);
      return 1;
    }
    say(`  ${record.verdict.headline}`);
    for (const page of record.pages)
      say(
        `  Page « ${page.title} » : ${PAGE_ACTIONS[page.action]} (version ${String(page.version)}).`,
      );
  }
  await store.save(sandbox.state());
  const account = runtime.account();
  say(`\n${String(account.requests)} requêtes, ${String(account.points)} points Atlassian.`);
  if (values.once) return 0;
  const server = await startSandboxServer({ port, handler: sandbox.transport, viewer: sandbox });
  say(`\nJira et Confluence locaux : ${server.url}`);
  say(`  tickets et pages publiées : ${server.url}/`);
  say(`  API Jira : ${server.url}/rest/api/3/…   API Confluence : ${server.url}/wiki/api/v2/…`);
  // The Custom UI pages on the next port, their resolver calls answered by the same runtime.
  if ((await ensureUiBuild(join(__dirname, '..'))) === 'built') say('Pages Jalon construites.');
  const ui = await startUiServer({
    port: port === 0 ? 0 : port + 1,
    runtime,
    staticRoot: join(__dirname, '..', 'static'),
    accountId: DEMO_ADMIN,
    siteUrl: server.url,
    examples: {
      issueKey: sandbox.state().issues.find((i) => i.project === 'DEM')?.key ?? 'DEM-1',
      projectKey: 'ATIH',
    },
  });
  say(`\nPages Jalon (Custom UI) : ${ui.url}/ui/`);
  for (const page of ui.pages) say(`  ${page.label} : ${page.url}`);
  say('Ctrl+C pour arrêter.');
  return new Promise<number>(() => undefined);
}

/**
 * Saves a demo contract as the admin page would (validated, audited) when the store does not
 * hold this very configuration yet; its id, label and the JQL of its issues.
 */
async function saveDemoContract(
  runtime: LocalRuntime,
  id: (typeof DEMO_CONTRACTS)[number]['contract'],
) {
  const input: unknown = JSON.parse(JSON.stringify(demoContract(id)));
  const stored = await loadContract(runtime.store, id);
  if (!stored.ok) throw new Error(stored.message);
  let loaded = stored.value;
  if (loaded === null || !isDeepStrictEqual(loaded.revision.contract, input)) {
    const saved = await makeResolvers(runtime)['contract/save']?.({
      payload: { contract: input, reason: 'Contrat de démonstration (npm start).' },
      context: { accountId: DEMO_ADMIN },
    });
    if (saved?.ok !== true) throw new Error(saved?.message ?? 'contract/save manquant');
    const reloaded = await loadContract(runtime.store, id);
    if (!reloaded.ok || reloaded.value === null) throw new Error(`contrat ${id} non enregistré`);
    loaded = reloaded.value;
  }
  const { compiled } = loaded;
  const nextMonth = DateTime.now().setZone('Europe/Paris').plus({ months: 1 }).toFormat('yyyy-MM');
  return { id, label: compiled.contract.label, jql: contractJql(compiled, nextMonth) };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`npm start : ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

// `npm start`: the local Atlassian sandbox with a quarter of demo data; Jalon recomputes the
// issues' fields as its Forge triggers would, publishes the last complete month's page for each
// demo contract, prints the local addresses and keeps serving (`-- --once`: publish and exit).
import { setTimeout as wait } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { contractJql, publishMonth, recomputeIssues } from '../src/app';
import { compileContract } from '../src/core/contract';
import { createHttpClient } from '../src/platform/http';
import { createSandbox, sandboxStore, startSandboxServer, type SandboxState } from '../src/sandbox';
import { DEMO_CONTRACTS, demoContract, demoState } from '../src/sandbox/demo';

const ACTIONS = { created: 'créée', updated: 'mise à jour', unchanged: 'inchangée' } as const;

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
  if (values.reset && (await store.reset())) say('Bac à sable réinitialisé.');
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
  const progress = (message: string): void => {
    say(`  ${message}`);
  };
  const client = createHttpClient(sandbox.transport, {
    sleep: async (ms) => {
      await wait(ms);
    },
    random: Math.random,
    now: Date.now,
  });
  for (const demo of DEMO_CONTRACTS) {
    const compiled = compileContract(demoContract(demo.contract));
    if (!compiled.ok) throw new Error(compiled.message);
    const contract = compiled.value;
    say(`\n${contract.contract.label}`);
    const recomputed = await recomputeIssues(
      { jira: client, now: Date.now, progress },
      contract,
      contractJql(contract, now.plus({ months: 1 }).toFormat('yyyy-MM')),
    );
    if (!recomputed.ok) say(`  Recalcul impossible : ${recomputed.message}`);
    const published = await publishMonth(
      { jira: client, confluence: client, now: Date.now, progress },
      { contract, month, spaceKey: demo.space },
    );
    if (!published.ok) {
      process.stderr.write(`npm start : ${published.message}\n`);
      return 1;
    }
    say(`  ${published.value.report.summary.headline}`);
    for (const page of published.value.pages)
      say(`  Page « ${page.title} » : ${ACTIONS[page.action]} (version ${String(page.version)}).`);
  }
  await store.save(sandbox.state());
  const account = client.account();
  say(`\n${String(account.requests)} requêtes, ${String(account.points)} points Atlassian.`);
  if (values.once) return 0;
  const server = await startSandboxServer({ port, handler: sandbox.transport, viewer: sandbox });
  say(`\nJira et Confluence locaux : ${server.url}`);
  say(`  tickets et pages publiées : ${server.url}/`);
  say(`  API Jira : ${server.url}/rest/api/3/…   API Confluence : ${server.url}/wiki/api/v2/…`);
  say('Ctrl+C pour arrêter.');
  return new Promise<number>(() => undefined);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`npm start : ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

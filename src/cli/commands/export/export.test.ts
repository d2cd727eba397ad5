import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jalon } from '../../../../test/support/cli';
import { fileStore } from '../../../forge/local/file-store';
import { localRuntime } from '../../../forge/local/local-runtime';
import { SANDBOX_APP_ACCOUNT, sandboxAs } from '../../../forge/local/sandbox-site';
import { makeResolvers } from '../../../forge/resolvers';
import { createSandbox, startSandboxServer, type SandboxServer } from '../../../sandbox';
import { demoContract, demoState } from '../../../sandbox/demo';

const NOW = Date.parse('2026-10-05T09:00:00+02:00');
const sandbox = createSandbox(demoState({ seed: 5, from: '2026-09-01', months: 1 }), {
  now: () => NOW,
});
const folder = mkdtempSync(join(tmpdir(), 'jalon-export-'));
const storeFile = join(folder, 'forge-store.json');
let server: SandboxServer;

/** What `npm start` leaves behind: a contract saved from the admin page, its issues recomputed. */
beforeAll(async () => {
  const runtime = localRuntime({
    transport: sandboxAs(sandbox),
    appAccountId: SANDBOX_APP_ACCOUNT,
    store: fileStore(storeFile),
    now: () => NOW,
  });
  const saved = await makeResolvers(runtime)['contract/save']?.({
    payload: { contract: demoContract('demat-ads'), reason: 'Mise en service' },
    context: { accountId: '712020:admin' },
  });
  if (saved?.ok !== true) throw new Error('contract not saved');
  await runtime.queue.push([
    { kind: 'recompute', contractId: 'demat-ads', jql: 'project = INC ORDER BY key ASC' },
  ]);
  await runtime.drain();
  server = await startSandboxServer({ port: 0, handler: sandbox.transport });
});
afterAll(async () => {
  await server.close();
});

describe('jalon export', () => {
  test('writes the JSON export and the two CSV files from the local store and the site', async () => {
    const out = join(folder, 'export');
    const run = await jalon('export', '--site', server.url, '--store', storeFile, '--out', out);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^1 contrat\(s\), 1 entrée\(s\) du journal, [1-9]\d* ticket\(s\) : jalon-export\.json, journal-audit\.csv, valeurs-jalon\.csv écrits dans /,
    );
    const data = JSON.parse(readFileSync(join(out, 'jalon-export.json'), 'utf8')) as {
      configuration: { contracts: { id: string }[] };
    };
    expect(data.configuration.contracts.map((c) => c.id)).toEqual(['demat-ads']);
    expect(readFileSync(join(out, 'journal-audit.csv'), 'utf8')).toContain(
      ';configuration;demat-ads;',
    );
    expect(existsSync(join(out, 'valeurs-jalon.csv'))).toBe(true);
  });

  test('a store that does not exist is a command-line error that says what to do', async () => {
    const run = await jalon(
      'export',
      '--site',
      server.url,
      '--store',
      join(folder, 'nope.json'),
      '--out',
      folder,
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain('introuvable : lancez d’abord « npm start » ou indiquez --store.');
  });
});

import { jalon, inputFiles } from '../../../../test/support/cli';
import { createSandbox, startSandboxServer, type SandboxServer } from '../../../sandbox';
import { demoContract, demoState } from '../../../sandbox/demo';

/** A quarter of demo data behind a real local HTTP server, as a Jira Cloud site would answer. */
const sandbox = createSandbox(demoState({ seed: 7, from: '2026-07-01', months: 3 }), {
  now: () => Date.parse('2026-10-05T09:00:00+02:00'),
});
let server: SandboxServer;
const file = inputFiles('jalon-publish-');
const contract = file('atih.json', demoContract('atih-2025'));

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, handler: sandbox.transport });
});
afterAll(async () => {
  await server.close();
});

const run = (...extra: string[]) =>
  jalon(
    'publish',
    '--site',
    server.url,
    '--contract',
    contract,
    '--month',
    '2026-09',
    '--space',
    'ATIH',
    ...extra,
  );

describe('jalon publish', () => {
  test('--dry-run computes the month and writes nothing', async () => {
    const r = await run('--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /indicateur\(s\) conforme\(s\).*\n\(simulation : rien n’a été publié\)\n$/,
    );
    expect(sandbox.state().pages).toEqual([]);
  });

  test('publishes the page once, then finds it unchanged', async () => {
    const first = await run();
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/rapport de septembre 2026 : créée \(page \d+, version 1\)/);
    expect(first.err).toMatch(/\d+ requête\(s\), \d+ point\(s\) Atlassian/);
    const second = await run();
    expect(second.out).toMatch(/: inchangée \(page \d+, version 1\)/);
    expect(sandbox.state().pages).toHaveLength(1);
  });

  test('an unknown space is an Atlassian-side failure with what to check', async () => {
    const r = await jalon(
      'publish',
      '--site',
      server.url,
      '--contract',
      contract,
      '--month',
      '2026-09',
      '--space',
      'NOPE',
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('L’espace Confluence « NOPE » est introuvable');
  });

  test('a site that is not an address is refused', async () => {
    const r = await jalon(
      'publish',
      '--site',
      'mon-site',
      '--contract',
      contract,
      '--month',
      '2026-09',
      '--space',
      'ATIH',
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('--site attend l’adresse du site');
  });
});

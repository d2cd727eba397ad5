import { inputFiles, jalon } from '../../../../test/support/cli';
import { createSandbox, startSandboxServer, type SandboxServer } from '../../../sandbox';
import { demoContract, demoState } from '../../../sandbox/demo';

/** The demo quarter behind a real local HTTP server, as a Jira Cloud site would answer. */
const sandbox = createSandbox(demoState({ seed: 11, from: '2026-07-01', months: 3 }), {
  now: () => Date.parse('2026-10-05T09:00:00+02:00'),
});
let server: SandboxServer;
const contract = inputFiles('jalon-recompute-')('demat.json', demoContract('demat-ads'));

beforeAll(async () => {
  server = await startSandboxServer({ port: 0, handler: sandbox.transport });
});
afterAll(async () => {
  await server.close();
});

const run = () =>
  jalon(
    'recompute',
    '--site',
    server.url,
    '--contract',
    contract,
    '--jql',
    'project = INC ORDER BY key ASC',
  );

describe('jalon recompute', () => {
  test('writes Jalon’s fields where they change, then nothing on a second run', async () => {
    const first = await run();
    expect(first.code).toBe(0);
    expect(first.out).toMatch(
      /^\d+ ticket\(s\) recalculé\(s\), [1-9]\d* modifié\(s\), [1-9]\d* écriture\(s\)\.\n$/,
    );
    const state = sandbox.state().issues.find((i) => i.project === 'INC');
    expect(Object.keys(state?.fields ?? {}).some((id) => id.startsWith('customfield_'))).toBe(true);
    const second = await run();
    expect(second.out).toMatch(/, 0 modifié\(s\), 0 écriture\(s\)\.\n$/);
  });

  test('a JQL Jira refuses is an Atlassian-side failure with Jira’s words', async () => {
    const r = await jalon(
      'recompute',
      '--site',
      server.url,
      '--contract',
      contract,
      '--jql',
      'project = (',
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /jalon recompute : POST \/rest\/api\/3\/search\/jql a échoué : HTTP 400.*Error in (the )?JQL Query/,
    );
  });
});

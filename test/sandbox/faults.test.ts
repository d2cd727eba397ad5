import { publishPage, type OwnedPage } from '../../src/confluence/publish-page';
import { searchAllPages } from '../../src/jira/jira-rest';
import { TransportError, type HttpTransport } from '../../src/platform/http';
import { seededRandom, type FaultOptions } from '../../src/sandbox/faults';
import { createSandbox } from '../../src/sandbox/handler';
import type { SandboxState } from '../../src/sandbox/state';
import { openApiCheck } from './openapi';
import { call, clientOver, driveIssue, EMPTY_SITE, manualClock } from './site';

const report = (body: string): OwnedPage => ({
  spaceKey: 'MARCHE',
  title: "DEMAT'ADS — rapport de mars 2026",
  body,
  property: { key: 'jalon-rapport', value: { contract: 'demat-ads', month: '2026-03' } },
});

/** 20 % of requests fail: 429 and 503 everywhere, 409 on page updates. */
const TWENTY_PERCENT: FaultOptions = { rateLimited: 0.08, unavailable: 0.06, pageConflicts: 0.06 };

/** A transport that remembers every status it passed on. */
function counting(transport: HttpTransport) {
  const statuses: number[] = [];
  const wrapped: HttpTransport = {
    async send(request) {
      const response = await transport.send(request);
      statuses.push(response.status);
      return response;
    },
  };
  return { wrapped, statuses };
}

/** A month published three times (create, nothing new, a change), and a search of the issues. */
async function publishMonth(state: SandboxState, faults?: FaultOptions, seed = 1) {
  const clock = manualClock('2026-04-01T07:00:00Z');
  const openApi = openApiCheck();
  const sandbox = createSandbox(state, {
    now: clock.now,
    validate: openApi.validate,
    random: seededRandom(seed),
    ...(faults === undefined ? {} : { faults }),
  });
  const { wrapped, statuses } = counting(sandbox.transport);
  const { client } = clientOver(wrapped, clock.now);
  const results = [
    await publishPage(client, report('<p>v1</p>')),
    await publishPage(client, report('<p>v1</p>')),
    await publishPage(client, report('<p>v2</p>')),
  ];
  const keys: string[] = [];
  const searched = await searchAllPages(
    client,
    { jql: 'project = DEM ORDER BY key', fields: ['status'], expand: ['changelog'] },
    (page) => {
      keys.push(...(page as { issues: { key: string }[] }).issues.map((i) => i.key));
    },
  );
  return { sandbox, results, keys, searched, statuses, openApi };
}

async function seededSite(): Promise<SandboxState> {
  const clock = manualClock('2026-03-02T08:00:00Z');
  const sandbox = createSandbox(EMPTY_SITE, { now: clock.now });
  for (let n = 1; n <= 5; n++)
    await driveIssue(
      sandbox.transport,
      clock,
      `2026-03-0${String(n)}T08:00:00Z`,
      { summary: `A${String(n)}` },
      [[`2026-03-0${String(n)}T09:00:00Z`, 'En cours']],
    );
  return sandbox.state();
}

describe('faults: a busy Atlassian site, and a client that retries', () => {
  test('with 20 % of 429, 503 and 409, the same publication gives the same page, never a second one', async () => {
    const state = await seededSite();
    const calm = await publishMonth(state);
    expect(calm.results.map((r) => r.ok && r.value.action)).toEqual([
      'created',
      'unchanged',
      'updated',
    ]);
    const seen = new Set<number>();
    for (let seed = 1; seed <= 30; seed++) {
      const busy = await publishMonth(state, TWENTY_PERCENT, seed);
      busy.statuses.forEach((status) => seen.add(status));
      expect(busy.results.map((r) => r.ok && r.value.id)).toEqual(['300001', '300001', '300001']);
      expect(busy.results.at(-1)).toMatchObject({ ok: true, value: { action: 'updated' } });
      const pages = busy.sandbox
        .state()
        .pages.map(({ id, title, body, properties }) => ({ id, title, body, properties }));
      expect(pages).toEqual(
        calm.sandbox
          .state()
          .pages.map(({ id, title, body, properties }) => ({ id, title, body, properties })),
      );
      expect(busy.keys).toEqual(calm.keys);
      expect(busy.openApi.mismatches).toEqual([]);
    }
    expect([...seen].filter((status) => status >= 400).sort()).toEqual([409, 429, 503]);
  });

  test('a 429 carries Retry-After, RateLimit-Reason and the reset instant, in the product’s error shape', async () => {
    const clock = manualClock('2026-04-01T07:00:00Z');
    const sandbox = createSandbox(EMPTY_SITE, {
      now: clock.now,
      faults: { rateLimited: 1, retryAfterSeconds: 3 },
    });
    const jira = await call(sandbox.transport, 'GET', '/rest/api/3/field');
    expect(jira).toMatchObject({
      status: 429,
      headers: {
        'retry-after': '3',
        'ratelimit-reason': 'jira-burst-based',
        'x-ratelimit-reset': '2026-04-01T07:00:03.000Z',
      },
      json: { errorMessages: ['Rate limit exceeded.'] },
    });
    const confluence = await call(sandbox.transport, 'GET', '/wiki/api/v2/spaces?keys=MARCHE');
    expect(confluence).toMatchObject({ status: 429, json: { errors: [{ status: 429 }] } });
  });

  test('a fault never hits the same request twice in a row', async () => {
    const sandbox = createSandbox(EMPTY_SITE, { now: () => 0, faults: { unavailable: 1 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await call(sandbox.transport, 'GET', '/rest/api/3/field')).status);
    expect(statuses).toEqual([503, 200, 503, 200]);
  });

  test('a dropped connection throws TransportError, and the retry gets through', async () => {
    const clock = manualClock('2026-04-01T07:00:00Z');
    const sandbox = createSandbox(EMPTY_SITE, { now: clock.now, faults: { dropped: 1 } });
    await expect(
      sandbox.transport.send({ method: 'GET', path: '/rest/api/3/field' }),
    ).rejects.toBeInstanceOf(TransportError);
    const { client, waits } = clientOver(sandbox.transport, clock.now);
    const sent = await client.send({ method: 'GET', path: '/wiki/api/v2/spaces?keys=MARCHE' });
    expect(sent.ok).toBe(true);
    expect(waits).toHaveLength(1);
  });

  test('latency is waited through the injected sleep, never a real timer', async () => {
    const slept: number[] = [];
    const sandbox = createSandbox(EMPTY_SITE, {
      now: () => 0,
      faults: {
        latencyMs: 250,
        sleep: (ms) => {
          slept.push(ms);
          return Promise.resolve();
        },
      },
    });
    await call(sandbox.transport, 'GET', '/rest/api/3/field');
    await call(sandbox.transport, 'GET', '/wiki/api/v2/spaces');
    expect(slept).toEqual([250, 250]);
  });

  test('rates that are not shares are a programmer error', () => {
    expect(() =>
      createSandbox(EMPTY_SITE, { now: () => 0, faults: { rateLimited: 0.7, unavailable: 0.6 } }),
    ).toThrow(RangeError);
    expect(() => createSandbox(EMPTY_SITE, { now: () => 0, faults: { dropped: -0.1 } })).toThrow(
      RangeError,
    );
  });
});

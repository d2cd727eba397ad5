/**
 * The binding to the real platform, with `@forge/api`, `@forge/kvs` and `@forge/events` mocked
 * here only (the handlers' tests use the local runtime): what it asks of each Forge API.
 */
const requestJira = jest.fn();
const requestConfluence = jest.fn();
const userRequestJira = jest.fn();
const asUser = jest.fn(() => ({ requestJira: userRequestJira }));
jest.mock('@forge/api', () => {
  const actual = jest.requireActual<typeof import('@forge/api')>('@forge/api');
  return {
    ...actual,
    __esModule: true,
    default: { asApp: () => ({ requestJira, requestConfluence }), asUser },
  };
});
const getMany = jest.fn();
const query = { where: jest.fn(), limit: jest.fn(), cursor: jest.fn(), getMany };
const kvs = {
  get: jest.fn(),
  set: jest.fn(),
  delete: jest.fn(),
  getSecret: jest.fn(),
  query: jest.fn(() => query),
};
jest.mock('@forge/kvs', () => ({
  ...jest.requireActual<typeof import('@forge/kvs')>('@forge/kvs'),
  kvs,
}));
const push = jest.fn();
jest.mock('@forge/events', () => ({
  ...jest.requireActual<typeof import('@forge/events')>('@forge/events'),
  Queue: jest.fn(() => ({ push })),
}));

import { forgeRuntime, WEB_TRIGGER_SECRET_ENV } from '../../src/forge/forge-runtime';
import { WhereConditions } from '@forge/kvs';
import type { JobEvent } from '../../src/forge/jobs/job-event';

const response = (status: number, body: string) => ({
  status,
  headers: new Map([['Content-Type', 'application/json']]),
  text: () => Promise.resolve(body),
});

beforeEach(() => {
  jest.clearAllMocks();
  query.where.mockReturnValue(query);
  query.limit.mockReturnValue(query);
  query.cursor.mockReturnValue(query);
});

describe('the Forge runtime binding', () => {
  test('Jira requests go to requestJira as trusted routes, with JSON headers and the body', async () => {
    requestJira.mockResolvedValue(response(200, '{"ok":true}'));
    const sent = await forgeRuntime().asApp().jira.send({
      method: 'POST',
      path: '/rest/api/3/search/jql?x=1',
      body: '{"jql":"key = DEM-1"}',
    });
    expect(sent).toMatchObject({ ok: true, value: { status: 200, body: '{"ok":true}' } });
    const [route, init] = requestJira.mock.calls[0] as [{ value_: string }, unknown];
    expect(route.value_).toBe('/rest/api/3/search/jql?x=1');
    expect(init).toEqual({
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: '{"jql":"key = DEM-1"}',
    });
    expect(requestConfluence).not.toHaveBeenCalled();
  });

  test('the invoking user is asked as themselves; another account by impersonation', async () => {
    userRequestJira.mockResolvedValue(response(200, '{}'));
    const runtime = forgeRuntime({ invoker: '712020:me' });
    await runtime.asUser('712020:me').send({ method: 'GET', path: '/rest/api/3/myself' });
    await runtime.asUser('712020:other').send({ method: 'GET', path: '/rest/api/3/myself' });
    expect(asUser.mock.calls).toEqual([[], ['712020:other']]);
  });

  test('a key prefix query is a beginsWith query with Forge’s page size and the cursor', async () => {
    getMany.mockResolvedValue({ results: [{ key: 'audit:1', value: { a: 1 } }], nextCursor: 'c2' });
    const page = await forgeRuntime().store.query('audit:', { cursor: 'c1' });
    expect(page).toEqual({ results: [{ key: 'audit:1', value: { a: 1 } }], nextCursor: 'c2' });
    expect(query.where).toHaveBeenCalledWith('key', WhereConditions.beginsWith('audit:'));
    expect(query.limit).toHaveBeenCalledWith(20);
    expect(query.cursor).toHaveBeenCalledWith('c1');
  });

  test('a value too large never reaches Forge’s store', async () => {
    await expect(forgeRuntime().store.set('k', 'x'.repeat(300 * 1024))).rejects.toThrow(/Kio/);
    expect(kvs.set).not.toHaveBeenCalled();
  });

  test('the queue pushes at most 50 events a push and returns each push’s job id', async () => {
    push.mockResolvedValueOnce({ jobId: 'j1' }).mockResolvedValueOnce({ jobId: 'j2' });
    const events: JobEvent[] = Array.from({ length: 60 }, () => ({
      kind: 'recompute',
      contractId: 'demat-ads',
      jql: 'project = DEM',
    }));
    expect(await forgeRuntime().queue.push(events)).toEqual(['j1', 'j2']);
    expect(push.mock.calls.map(([chunk]) => (chunk as unknown[]).length)).toEqual([50, 10]);
  });

  test('the web trigger secret comes from the KVS secret store, else from the environment', async () => {
    kvs.getSecret.mockResolvedValueOnce('du coffre');
    expect(await forgeRuntime().webTriggerSecret()).toBe('du coffre');
    kvs.getSecret.mockResolvedValueOnce(undefined);
    process.env[WEB_TRIGGER_SECRET_ENV] = 'de l’environnement';
    expect(await forgeRuntime().webTriggerSecret()).toBe('de l’environnement');
    kvs.getSecret.mockResolvedValueOnce(undefined);
    process.env[WEB_TRIGGER_SECRET_ENV] = '';
    expect(await forgeRuntime().webTriggerSecret()).toBeNull();
  });
});

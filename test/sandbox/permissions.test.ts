import { currentAccountId, hasPermission } from '../../src/jira/permissions';
import { APP_USER, createSandbox, type SandboxAccount } from '../../src/sandbox';
import { openApiCheck } from './openapi';
import { call, clientOver, driveIssue, EMPTY_SITE, manualClock } from './site';

const ADMIN: SandboxAccount = {
  accountId: '712020:admin',
  displayName: 'Agnès',
  admin: true,
  browse: [],
};
const AGENT: SandboxAccount = {
  accountId: '712020:agent',
  displayName: 'Paul',
  admin: false,
  browse: ['DEM'],
};

async function site(accounts?: readonly SandboxAccount[]) {
  const clock = manualClock('2026-03-02T08:00:00Z');
  const check = openApiCheck();
  const sandbox = createSandbox(accounts === undefined ? EMPTY_SITE : { ...EMPTY_SITE, accounts }, {
    now: clock.now,
    validate: check.validate,
  });
  const key = await driveIssue(sandbox.transport, clock, '2026-03-02T08:00:00Z', {
    summary: 'Anomalie',
  });
  const as = (accountId: string) => ({
    send: (request: Parameters<typeof sandbox.transport.send>[0]) =>
      sandbox.transport.send({
        ...request,
        headers: { ...request.headers, 'X-Sandbox-Account': accountId },
      }),
  });
  return { sandbox, check, key, as, clock };
}

describe('the sandbox’s permissions, asked as a user', () => {
  test('an administrator has ADMINISTER; an agent browses their project’s issues only', async () => {
    const { as, key, check, clock } = await site([ADMIN, AGENT]);
    const client = (account: SandboxAccount) => clientOver(as(account.accountId), clock.now).client;
    expect(await hasPermission(client(ADMIN), 'ADMINISTER', { global: true })).toEqual({
      ok: true,
      value: true,
    });
    expect(await hasPermission(client(AGENT), 'ADMINISTER', { global: true })).toEqual({
      ok: true,
      value: false,
    });
    expect(await hasPermission(client(AGENT), 'BROWSE_PROJECTS', { issueKey: key })).toEqual({
      ok: true,
      value: true,
    });
    // The administrator may administer Jira without browsing this project: no.
    expect(await hasPermission(client(ADMIN), 'BROWSE_PROJECTS', { issueKey: key })).toEqual({
      ok: true,
      value: false,
    });
    expect(await hasPermission(client(AGENT), 'BROWSE_PROJECTS', { projectKey: 'DEM' })).toEqual({
      ok: true,
      value: true,
    });
    expect(check.mismatches).toEqual([]);
    expect(check.checked).toContain('GET /rest/api/3/mypermissions 200');
  });

  test('an issue the user cannot see answers 404 like one that does not exist', async () => {
    const { as, key } = await site([ADMIN, AGENT]);
    const hidden = await call(
      as(ADMIN.accountId),
      'GET',
      `/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&issueKey=${key}`,
    );
    const missing = await call(
      as(ADMIN.accountId),
      'GET',
      '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS&issueKey=DEM-999',
    );
    expect(hidden).toMatchObject({ status: 404 });
    expect(missing.json).toEqual(hidden.json);
  });

  test('a request without permissions, or with an unknown key, is a 400 in Jira’s shape', async () => {
    const { as } = await site([ADMIN]);
    const empty = await call(as(ADMIN.accountId), 'GET', '/rest/api/3/mypermissions');
    expect(empty).toMatchObject({ status: 400 });
    const unknown = await call(
      as(ADMIN.accountId),
      'GET',
      '/rest/api/3/mypermissions?permissions=FLY',
    );
    expect(unknown).toMatchObject({
      status: 400,
      json: { errorMessages: ["The permission key 'FLY' is not valid."] },
    });
  });

  test('myself is the account the request is made as; without accounts everyone may do all', async () => {
    const { as, clock, check } = await site();
    const app = clientOver(as(APP_USER.accountId), clock.now).client;
    expect(await currentAccountId(app)).toEqual({ ok: true, value: APP_USER.accountId });
    const anyone = clientOver(as('712020:quelqu-un'), clock.now).client;
    expect(await hasPermission(anyone, 'ADMINISTER', { global: true })).toEqual({
      ok: true,
      value: true,
    });
    expect(check.mismatches).toEqual([]);
    expect(check.checked).toContain('GET /rest/api/3/myself 200');
  });
});

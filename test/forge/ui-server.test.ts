import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startUiServer, type UiServer } from '../../src/forge/local/ui-server';
import { ADMIN, AGENT, localSite, withDematContract } from './local-site';

describe('the local UI server', () => {
  let root = '';
  let server: UiServer;
  const site = localSite();

  beforeAll(async () => {
    await withDematContract(site);
    root = mkdtempSync(join(tmpdir(), 'jalon-ui-'));
    mkdirSync(join(root, 'issue-panel', 'build', 'assets'), { recursive: true });
    writeFileSync(
      join(root, 'issue-panel', 'build', 'index.html'),
      '<!doctype html><title>x</title>',
    );
    writeFileSync(join(root, 'issue-panel', 'build', 'assets', 'a.js'), 'export {};');
    writeFileSync(join(root, 'secret.txt'), 'not served');
    server = await startUiServer({
      port: 0,
      runtime: site.runtime,
      staticRoot: root,
      accountId: ADMIN.accountId,
      siteUrl: 'http://127.0.0.1:9',
    });
  });

  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  const invoke = (body: unknown) =>
    fetch(`${server.url}/ui/invoke`, { method: 'POST', body: JSON.stringify(body) });

  test('answers a resolver call as the named account, on the page’s issue', async () => {
    const issueKey = site.sandbox.state().issues.find((i) => i.project === 'DEM')?.key;
    const answer = await invoke({
      key: 'clocks/get',
      payload: {},
      context: { accountId: AGENT.accountId, issueKey },
    });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({
      ok: true,
      value: { issueKey, contract: { id: 'demat-ads' } },
    });
    const refused = await invoke({
      key: 'contract/list',
      payload: {},
      context: { accountId: AGENT.accountId },
    });
    expect(await refused.json()).toMatchObject({ ok: false, code: 'ACCESS.DENIED' });
  });

  test('acts as its default account when the page names none, and refuses unknown keys', async () => {
    expect(await (await invoke({ key: 'contract/list', payload: {} })).json()).toMatchObject({
      ok: true,
    });
    const unknown = await invoke({ key: 'nothing/here' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ ok: false, code: 'UI.UNKNOWN_RESOLVER' });
  });

  test('serves a page’s build and nothing outside it; published pages lead to the site', async () => {
    const page = await fetch(`${server.url}/ui/issue-panel/?issue=DEM-1`);
    expect([page.status, page.headers.get('content-type')]).toEqual([
      200,
      'text/html; charset=utf-8',
    ]);
    expect(
      (await fetch(`${server.url}/ui/issue-panel/assets/a.js`)).headers.get('content-type'),
    ).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${server.url}/ui/issue-panel/..%2F..%2Fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${server.url}/ui/other/`)).status).toBe(404);
    const link = await fetch(`${server.url}/wiki/spaces/DEMAT/pages/42`, { redirect: 'manual' });
    expect([link.status, link.headers.get('location')]).toEqual([
      302,
      'http://127.0.0.1:9/pages/42',
    ]);
  });
});

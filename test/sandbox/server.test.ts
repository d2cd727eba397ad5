import { publishPage } from '../../src/confluence/publish-page';
import { fetchTransport, TransportError } from '../../src/platform/http';
import { renderStorage } from '../../src/render';
import { createSandbox } from '../../src/sandbox/handler';
import { startSandboxServer, type SandboxServer } from '../../src/sandbox/server';
import { dematReport } from '../support/report-fixtures';
import { call, clientOver, driveIssue, EMPTY_SITE, manualClock } from './site';

describe('the sandbox over HTTP, with its French viewer', () => {
  const servers: SandboxServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  async function started(faults?: { dropped: number }) {
    const clock = manualClock('2026-04-01T07:00:00Z');
    const sandbox = createSandbox(EMPTY_SITE, {
      now: clock.now,
      ...(faults === undefined ? {} : { faults }),
    });
    const server = await startSandboxServer({
      port: 0,
      handler: sandbox.transport,
      viewer: sandbox,
    });
    servers.push(server);
    return { clock, sandbox, server, http: fetchTransport(server.url, undefined) };
  }

  test('port 0 gives a free port on 127.0.0.1; the APIs answer through fetch', async () => {
    const { server, http } = await started();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const fields = await call(http, 'GET', '/rest/api/3/field');
    expect(fields.status).toBe(200);
    expect(fields.headers['content-type']).toBe('application/json;charset=UTF-8');
    const missing = await call(http, 'GET', '/wiki/api/v2/pages/1');
    expect(missing.status).toBe(404);
  });

  test('the viewer lists the issues with Jalon’s fields and the published pages, and shows a page', async () => {
    const { server, http, clock } = await started();
    await driveIssue(http, clock, '2026-03-02T09:00:00Z', { summary: 'Dépôt <impossible>' }, [
      ['2026-03-02T10:00:00Z', 'En cours'],
    ]);
    await call(http, 'POST', '/rest/api/3/app/field/value', {
      updates: [{ customField: 'customfield_10100', issueIds: [10001], value: 'En retard' }],
    });
    const report = renderStorage(dematReport()).pages[0];
    if (report === undefined) throw new Error('no page');
    const { client } = clientOver(http, clock.now);
    const published = await publishPage(client, {
      spaceKey: 'MARCHE',
      title: report.title,
      body: report.body,
      property: { key: 'jalon-rapport', value: { contract: 'demat-ads', month: '2026-03' } },
    });
    if (!published.ok) throw new Error(published.message);

    const index = await fetch(`${server.url}/`);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const home = await index.text();
    expect(home).toContain('<html lang="fr">');
    expect(home).toContain('<th>Jalon : état</th>');
    expect(home).toContain(
      '<td>DEM-1</td><td>Anomalie</td><td>En cours</td><td>Dépôt &lt;impossible&gt;</td><td>En retard</td>',
    );
    expect(home).toContain(
      `<a href="/pages/${published.value.id}">DEMAT&#39;ADS — rapport de mars 2026</a>`,
    );

    const page = await fetch(`${server.url}/pages/${published.value.id}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('<h1>DEMAT&#39;ADS — rapport de mars 2026</h1>');
    expect(html).toContain('<table>');
    expect(html).toMatch(/<span class="statut statut-(green|red|grey)">/);
    expect(html).not.toMatch(/<\/?(ac|ri):/);

    const unknown = await fetch(`${server.url}/pages/999`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Introuvable');
  });

  test('a dropped-connection fault closes the socket: the client sees a TransportError', async () => {
    const { http } = await started({ dropped: 1 });
    await expect(http.send({ method: 'GET', path: '/rest/api/3/field' })).rejects.toBeInstanceOf(
      TransportError,
    );
    expect((await call(http, 'GET', '/rest/api/3/field')).status).toBe(200);
  });
});

import { publishPage, type OwnedPage } from '../../src/confluence/publish-page';
import { createSandbox } from '../../src/sandbox/handler';
import { openApiCheck } from './openapi';
import { call, clientOver, EMPTY_SITE, manualClock } from './site';

const march = (body: string, extra: Partial<OwnedPage> = {}): OwnedPage => ({
  spaceKey: 'MARCHE',
  title: "DEMAT'ADS — rapport de mars 2026",
  body,
  property: { key: 'jalon-rapport', value: { contract: 'demat-ads', month: '2026-03' } },
  ...extra,
});

function site() {
  const clock = manualClock('2026-04-01T07:00:00Z');
  const openApi = openApiCheck();
  const sandbox = createSandbox(EMPTY_SITE, { now: clock.now, validate: openApi.validate });
  const { client } = clientOver(sandbox.transport, clock.now);
  return { clock, sandbox, openApi, client };
}

describe('publishPage against the sandbox, every message checked against the Confluence v2 document', () => {
  test('a first publication creates the page and marks it; the same one again writes nothing', async () => {
    const { sandbox, client, openApi } = site();
    expect(await publishPage(client, march('<p>v1</p>'))).toEqual({
      ok: true,
      value: { id: '300001', action: 'created', version: 1 },
    });
    const before = sandbox.state();
    expect(await publishPage(client, march('<p>v1</p>'))).toMatchObject({
      ok: true,
      value: { action: 'unchanged', version: 1 },
    });
    expect(sandbox.state()).toBe(before);
    expect(before.pages[0]).toMatchObject({
      spaceId: '98304',
      body: '<p>v1</p>',
      createdAt: '2026-04-01T07:00:00.000Z',
      properties: { 'jalon-rapport': { contract: 'demat-ads', month: '2026-03' } },
    });
    expect(openApi.mismatches).toEqual([]);
  });

  test('a change updates the same page with the next version', async () => {
    const { sandbox, client, clock, openApi } = site();
    await publishPage(client, march('<p>v1</p>'));
    clock.at('2026-04-02T07:00:00Z');
    expect(await publishPage(client, march('<p>v2</p>'))).toEqual({
      ok: true,
      value: { id: '300001', action: 'updated', version: 2 },
    });
    expect(sandbox.state().pages).toEqual([
      expect.objectContaining({
        body: '<p>v2</p>',
        version: 2,
        updatedAt: '2026-04-02T07:00:00.000Z',
        versionMessage: 'Mise à jour par Jalon',
      }),
    ]);
    expect([...openApi.checked].filter((c) => c.startsWith('PUT'))).toEqual([
      'PUT /wiki/api/v2/pages/{id} request',
      'PUT /wiki/api/v2/pages/{id} 200',
    ]);
  });

  test('a stale version gets 409 with a Confluence error body', async () => {
    const { sandbox } = site();
    const created = await call(sandbox.transport, 'POST', '/wiki/api/v2/pages', {
      spaceId: '98304',
      status: 'current',
      title: 'Comité',
      body: { representation: 'storage', value: '<p>a</p>' },
    });
    const id = (created.json as { id: string }).id;
    const stale = await call(sandbox.transport, 'PUT', `/wiki/api/v2/pages/${id}`, {
      id,
      status: 'current',
      title: 'Comité',
      body: { representation: 'storage', value: '<p>b</p>' },
      version: { number: 1 },
    });
    expect(stale).toMatchObject({
      status: 409,
      json: {
        errors: [
          {
            status: 409,
            code: 'CONFLICT',
            title: 'Version must be incremented on update. Current version is: 1',
          },
        ],
      },
    });
  });

  test('pages are found by space and title, read with their storage body, listed under their parent', async () => {
    const { sandbox } = site();
    const parent = await call(sandbox.transport, 'POST', '/wiki/api/v2/pages', {
      spaceId: '98304',
      title: 'Rapports',
      body: { storage: { representation: 'storage', value: '<p>index</p>' } },
    });
    const parentId = (parent.json as { id: string }).id;
    await call(sandbox.transport, 'POST', '/wiki/api/v2/pages', {
      spaceId: '98304',
      title: 'Mars',
      parentId,
      body: { representation: 'storage', value: '<p>mars</p>' },
    });
    const found = await call(
      sandbox.transport,
      'GET',
      '/wiki/api/v2/pages?space-id=98304&title=Mars&status=current',
    );
    expect(found.json).toMatchObject({ results: [{ title: 'Mars', parentId, body: {} }] });
    const children = await call(
      sandbox.transport,
      'GET',
      `/wiki/api/v2/pages/${parentId}/children`,
    );
    expect(children.json).toMatchObject({ results: [{ title: 'Mars', childPosition: 0 }] });
    const read = await call(
      sandbox.transport,
      'GET',
      `/wiki/api/v2/pages/${parentId}?body-format=storage`,
    );
    expect(read.json).toMatchObject({
      body: { storage: { representation: 'storage', value: '<p>index</p>' } },
    });
    const none = await call(sandbox.transport, 'GET', '/wiki/api/v2/spaces?keys=NOPE');
    expect(none.json).toMatchObject({ results: [] });
  });

  test('a list longer than its limit continues with a cursor, in _links.next and the Link header', async () => {
    const { sandbox } = site();
    for (const title of ['A', 'B', 'C'])
      await call(sandbox.transport, 'POST', '/wiki/api/v2/pages', {
        spaceId: '98304',
        title,
        body: { representation: 'storage', value: '' },
      });
    const first = await call(sandbox.transport, 'GET', '/wiki/api/v2/pages?space-id=98304&limit=2');
    const next = (first.json as { _links: { next: string } })._links.next;
    expect(first.headers.link).toBe(`<${next}>; rel="next"`);
    const second = await call(sandbox.transport, 'GET', next);
    expect((second.json as { results: { title: string }[] }).results.map((p) => p.title)).toEqual([
      'C',
    ]);
  });

  test('Confluence keeps page titles unique in a space: a second page of one title is refused', async () => {
    const { sandbox, client } = site();
    await publishPage(client, march('<p>v1</p>'));
    const twin = await call(sandbox.transport, 'POST', '/wiki/api/v2/pages', {
      spaceId: '98304',
      title: "DEMAT'ADS — rapport de mars 2026",
      body: { representation: 'storage', value: '<p>à la main</p>' },
    });
    expect(twin).toMatchObject({
      status: 400,
      json: {
        errors: [{ status: 400, title: expect.stringContaining('already exists') as unknown }],
      },
    });
  });

  test('an unknown page is a Confluence 404, an unknown space makes publishPage say what to check', async () => {
    const { sandbox, client } = site();
    const missing = await call(
      sandbox.transport,
      'GET',
      '/wiki/api/v2/pages/42?body-format=storage',
    );
    expect(missing).toMatchObject({
      status: 404,
      json: { errors: [{ status: 404, code: 'NOT_FOUND', title: 'Not Found' }] },
    });
    expect(await publishPage(client, march('<p>v1</p>', { spaceKey: 'NOPE' }))).toMatchObject({
      ok: false,
      code: 'CONFLUENCE.NO_SPACE',
    });
  });

  test('the validator refuses what Confluence would not send or take', () => {
    const { validate } = openApiCheck();
    expect(() => {
      validate('/wiki/api/v2/pages/{id}', 'GET', 200, { id: '1', version: { number: 'deux' } });
    }).toThrow(/must be integer/);
    expect(() => {
      validate('/wiki/api/v2/pages', 'POST', null, { title: 'Sans espace' });
    }).toThrow(/must have required property 'spaceId'/);
  });
});

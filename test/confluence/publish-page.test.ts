import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { fail, succeed } from '../../src/core/result';
import type { ConfluenceRequest } from '../../src/confluence/confluence-requests';
import {
  publishPage,
  type ConfluenceHttp,
  type OwnedPage,
} from '../../src/confluence/publish-page';

/** The request body schemas of the Confluence v2 document, by operation. */
const document = JSON.parse(
  readFileSync(
    path.join(__dirname, '..', '..', '..', 'shared', 'openapi', 'confluence-v2.json'),
    'utf8',
  ),
) as {
  components: {
    schemas: Record<string, unknown>;
    requestBodies: Record<string, { content: { 'application/json': { schema: unknown } } }>;
  };
};
// Two deviations from the published document, both about its own inconsistencies: the page
// body is `oneOf` two schemas that any object satisfies (so `oneOf` rejects every body; read as
// `anyOf`), and `format: "string"` is not a format.
for (const name of ['PageCreateRequest', 'PageUpdateRequest']) {
  const schema = document.components.requestBodies[name]?.content['application/json'].schema as {
    properties: { body: { oneOf?: unknown; anyOf?: unknown } };
  };
  schema.properties.body = { anyOf: schema.properties.body.oneOf };
}
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addFormat('string', true);
ajv.addSchema({ $id: 'confluence', components: document.components });
const requestSchema = (name: string) =>
  ajv.compile({
    $ref: `confluence#/components/requestBodies/${name}/content/application~1json/schema`,
  });
const BODIES: Readonly<Record<string, ReturnType<typeof requestSchema>>> = {
  'POST /wiki/api/v2/pages': requestSchema('PageCreateRequest'),
  'PUT /wiki/api/v2/pages/{id}': requestSchema('PageUpdateRequest'),
};

interface StoredPage {
  id: string;
  spaceId: string;
  title: string;
  body: string;
  version: number;
  properties: Record<string, unknown>;
}

/** An in-memory Confluence answering the v2 requests Jalon makes; `conflicts` 409s the next updates. */
function fakeConfluence(options: { conflicts?: number } = {}) {
  const pages: StoredPage[] = [];
  const writes: string[] = [];
  let conflicts = options.conflicts ?? 0;
  const ok = (value: unknown) =>
    Promise.resolve(succeed({ status: 200, body: JSON.stringify(value) }));
  const http: ConfluenceHttp = {
    send(request: ConfluenceRequest) {
      const [route = '', search = ''] = request.path.split('?');
      const params = new URLSearchParams(search);
      const template = `${request.method} ${route.replace(/\/pages\/[^/]+/, '/pages/{id}')}`;
      const validate = BODIES[template];
      if (validate !== undefined && !validate(JSON.parse(request.body ?? 'null')))
        throw new Error(`${template}: ${JSON.stringify(validate.errors)}`);
      if (request.method !== 'GET') writes.push(template);
      const id = /\/pages\/([^/]+)/.exec(route)?.[1];
      const stored = pages.find((p) => p.id === id);
      if (template === 'GET /wiki/api/v2/spaces')
        return ok({ results: params.get('keys') === 'MARCHE' ? [{ id: '98304' }] : [] });
      if (template === 'GET /wiki/api/v2/pages')
        return ok({
          results: pages.filter((p) => p.title === params.get('title')).map((p) => ({ id: p.id })),
        });
      if (template === 'GET /wiki/api/v2/pages/{id}/properties')
        return ok({
          results: Object.entries(stored?.properties ?? {}).map(([key, value]) => ({ key, value })),
        });
      if (template === 'GET /wiki/api/v2/pages/{id}' && stored !== undefined)
        return ok({
          id: stored.id,
          title: stored.title,
          version: { number: stored.version },
          body: { storage: { value: stored.body } },
        });
      const body = JSON.parse(request.body ?? '{}') as {
        spaceId: string;
        title: string;
        body: { value: string };
        version?: { number: number };
        key?: string;
        value?: unknown;
      };
      if (template === 'POST /wiki/api/v2/pages') {
        const created = {
          id: String(100 + pages.length),
          spaceId: body.spaceId,
          title: body.title,
          body: body.body.value,
          version: 1,
          properties: {},
        };
        pages.push(created);
        return ok({ id: created.id, title: created.title, version: { number: 1 } });
      }
      if (template === 'POST /wiki/api/v2/pages/{id}/properties' && stored !== undefined) {
        stored.properties[body.key ?? ''] = body.value;
        return ok({ key: body.key, value: body.value });
      }
      if (template === 'PUT /wiki/api/v2/pages/{id}' && stored !== undefined) {
        if (conflicts > 0) {
          conflicts -= 1;
          stored.version += 1; // someone else saved meanwhile
          return Promise.resolve({
            ...fail('HTTP.CLIENT_ERROR', 'PUT /wiki/api/v2/pages/{id} a échoué : HTTP 409'),
            status: 409,
          });
        }
        if (body.version?.number !== stored.version + 1)
          return Promise.resolve({ ...fail('HTTP.CLIENT_ERROR', 'HTTP 409 version'), status: 409 });
        Object.assign(stored, {
          title: body.title,
          body: body.body.value,
          version: stored.version + 1,
        });
        return ok({ id: stored.id, version: { number: stored.version } });
      }
      return Promise.resolve({
        ...fail('HTTP.CLIENT_ERROR', `${template} : HTTP 404`),
        status: 404,
      });
    },
  };
  return { http, pages, writes };
}

const march = (body: string, extra: Partial<OwnedPage> = {}): OwnedPage => ({
  spaceKey: 'MARCHE',
  title: "DEMAT'ADS — rapport de mars 2026",
  body,
  property: { key: 'jalon-rapport', value: { contract: 'demat-ads', month: '2026-03' } },
  ...extra,
});

describe('publishing a page Jalon owns', () => {
  test('the first publication creates the page and marks it with its content property', async () => {
    const confluence = fakeConfluence();
    expect(await publishPage(confluence.http, march('<p>v1</p>'))).toEqual({
      ok: true,
      value: { id: '100', action: 'created', version: 1 },
    });
    expect(confluence.pages[0]?.properties).toEqual({
      'jalon-rapport': { contract: 'demat-ads', month: '2026-03' },
    });
  });

  test('publishing again with nothing changed writes nothing', async () => {
    const confluence = fakeConfluence();
    await publishPage(confluence.http, march('<p>v1</p>'));
    const before = confluence.writes.length;
    expect(await publishPage(confluence.http, march('<p>v1</p>'))).toMatchObject({
      value: { action: 'unchanged' },
    });
    expect(confluence.writes.length).toBe(before);
  });

  test('a change updates the same page with the next version, never a second page', async () => {
    const confluence = fakeConfluence();
    await publishPage(confluence.http, march('<p>v1</p>'));
    expect(await publishPage(confluence.http, march('<p>v2</p>'))).toEqual({
      ok: true,
      value: { id: '100', action: 'updated', version: 2 },
    });
    expect(confluence.pages).toHaveLength(1);
  });

  test('a version conflict is re-read and retried', async () => {
    const confluence = fakeConfluence({ conflicts: 1 });
    await publishPage(confluence.http, march('<p>v1</p>'));
    expect(await publishPage(confluence.http, march('<p>v2</p>'))).toMatchObject({
      ok: true,
      value: { action: 'updated', version: 3 },
    });
    expect(confluence.pages[0]?.body).toBe('<p>v2</p>');
  });

  test('a page of the same title that is not Jalon’s is left alone, and the conflict explained', async () => {
    const confluence = fakeConfluence();
    confluence.pages.push({
      id: '7',
      spaceId: '98304',
      title: "DEMAT'ADS — rapport de mars 2026",
      body: '<p>à la main</p>',
      version: 4,
      properties: {},
    });
    expect(await publishPage(confluence.http, march('<p>v1</p>'))).toMatchObject({
      ok: false,
      code: 'CONFLUENCE.TITLE_TAKEN',
    });
    expect(confluence.pages).toHaveLength(1);
    expect(confluence.writes).toEqual([]);
  });

  test('an unknown space says what to check', async () => {
    const result = await publishPage(
      fakeConfluence().http,
      march('<p>v1</p>', { spaceKey: 'NOPE' }),
    );
    expect(result).toMatchObject({ ok: false, code: 'CONFLUENCE.NO_SPACE' });
  });
});

import { createHttpClient } from './client';
import { TransportError, type HttpRequest, type HttpResponse } from './transport';

const SEARCH: HttpRequest = { method: 'POST', path: '/rest/api/3/search/jql', body: '{}' };
const ISSUE: HttpRequest = { method: 'GET', path: '/rest/api/3/issue/DEM-12?expand=changelog' };
const respond = (status: number, body: unknown = {}): HttpResponse => ({
  status,
  headers: {},
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
const dropped = () => new TransportError('POST', '/rest/api/3/search/jql', 'ECONNRESET');

/** A client whose transport answers each call with the next step, and that never waits. */
function harness(steps: readonly (HttpResponse | TransportError)[]) {
  const queue = [...steps];
  const transport = {
    send: () => {
      const step = queue.shift();
      if (step === undefined) throw new Error('no scripted response left');
      return step instanceof TransportError ? Promise.reject(step) : Promise.resolve(step);
    },
  };
  const client = createHttpClient(transport, {
    sleep: () => Promise.resolve(),
    random: () => 0.5,
    now: () => 0,
  });
  return { client };
}

describe('run account', () => {
  const issuesOf = (json: unknown) =>
    typeof json === 'object' && json !== null && 'issues' in json && Array.isArray(json.issues)
      ? json.issues.length
      : 0;
  const fifty = { issues: Array.from({ length: 50 }, (_, i) => ({ key: `DEM-${i + 1}` })) };

  it('counts a search returning 50 issues as 51 points', async () => {
    const { client } = harness([respond(200, fifty)]);
    await client.send(SEARCH, { objects: issuesOf });
    expect(client.account()).toMatchObject({ requests: 1, retries: 0, points: 51 });
  });

  it('counts a write as 1 point whatever it returns', async () => {
    const write: HttpRequest = { method: 'PUT', path: '/rest/api/3/issue/DEM-12/properties/jalon' };
    const { client } = harness([respond(200, fifty), respond(201, fifty)]);
    await client.send(write);
    await client.send(SEARCH, { objects: issuesOf, write: true });
    expect(client.account().points).toBe(2);
  });

  it('counts every attempt as a request but charges points for the successful one only', async () => {
    const { client } = harness([respond(429), dropped(), respond(503), respond(200, fifty)]);
    await client.send(SEARCH, { objects: issuesOf });
    expect(client.account()).toMatchObject({ requests: 4, retries: 3, rateLimited: 1, points: 51 });
  });

  it('charges no points for a client error, and 1 for a read whose body is not JSON', async () => {
    const { client } = harness([respond(404), respond(200, 'plain')]);
    await client.send(ISSUE, { objects: issuesOf });
    await client.send(ISSUE, { objects: issuesOf });
    expect(client.account()).toMatchObject({ requests: 2, points: 1 });
  });

  it('groups by method and path template, ids and issue keys replaced', async () => {
    const { client } = harness([respond(200), respond(200), respond(429), respond(200)]);
    await client.send({ method: 'GET', path: '/rest/api/3/issue/DEM-12?expand=changelog' });
    await client.send({ method: 'GET', path: '/rest/api/3/issue/10042' });
    await client.send({ method: 'PUT', path: '/wiki/api/v2/pages/98765' });
    expect(client.account()).toEqual({
      requests: 4,
      retries: 1,
      rateLimited: 1,
      points: 3,
      byEndpoint: {
        'GET /rest/api/3/issue/{id}': { requests: 2, retries: 0, rateLimited: 0, points: 2 },
        'PUT /wiki/api/v2/pages/{id}': { requests: 2, retries: 1, rateLimited: 1, points: 1 },
      },
    });
  });
});

import { inspect } from 'node:util';
import { TransportError, fetchTransport, type FetchInit, type FetchResponse } from './transport';

const EMAIL = 'chef.projet@example.fr';
const TOKEN = 'ATATT3xFfGF0-secret-token-value';
const CREDENTIAL = Buffer.from(`${EMAIL}:${TOKEN}`).toString('base64');

function okResponse(status: number, body: string, headers: Record<string, string>): FetchResponse {
  return {
    status,
    headers: {
      forEach: (callback) => {
        for (const [name, value] of Object.entries(headers)) callback(value, name);
      },
    },
    text: () => Promise.resolve(body),
  };
}

function recordingFetch(response: FetchResponse) {
  const calls: { url: string; init: FetchInit }[] = [];
  const fetchImpl = (url: string, init: FetchInit) => {
    calls.push({ url, init });
    return Promise.resolve(response);
  };
  return { calls, fetchImpl };
}

async function thrownBy(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error: unknown) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('fetchTransport', () => {
  it('sends Basic auth and JSON headers to the site URL and lower-cases response headers', async () => {
    const { calls, fetchImpl } = recordingFetch(
      okResponse(200, '{"issues":[]}', { 'Retry-After': '3', 'X-RateLimit-Limit': '100' }),
    );
    const transport = fetchTransport(
      'https://demo.atlassian.net/',
      { email: EMAIL, token: TOKEN },
      fetchImpl,
    );
    const response = await transport.send({
      method: 'POST',
      path: '/rest/api/3/search/jql',
      body: '{"jql":"project = DEM"}',
    });
    expect(response).toEqual({
      status: 200,
      headers: { 'retry-after': '3', 'x-ratelimit-limit': '100' },
      body: '{"issues":[]}',
    });
    expect(calls).toEqual([
      {
        url: 'https://demo.atlassian.net/rest/api/3/search/jql',
        init: {
          method: 'POST',
          headers: {
            Accept: 'application/json',
            'Content-Type': 'application/json',
            Authorization: `Basic ${CREDENTIAL}`,
          },
          body: '{"jql":"project = DEM"}',
        },
      },
    ]);
  });

  it('sends no Authorization without credentials (the local sandbox)', async () => {
    const { calls, fetchImpl } = recordingFetch(okResponse(404, '', {}));
    const transport = fetchTransport('http://localhost:8080', undefined, fetchImpl);
    const response = await transport.send({ method: 'GET', path: '/rest/api/3/issue/DEM-1' });
    expect(response.status).toBe(404);
    expect(calls[0]?.init).toEqual({ method: 'GET', headers: { Accept: 'application/json' } });
  });

  it('maps a reset connection to a TransportError that never shows the token', async () => {
    const fetchImpl = () =>
      Promise.reject(
        new TypeError(`fetch failed: Authorization: Basic ${CREDENTIAL} (token ${TOKEN})`, {
          cause: Object.assign(new Error(`socket hang up, token=${TOKEN}`), { code: 'ECONNRESET' }),
        }),
      );
    const transport = fetchTransport(
      'https://demo.atlassian.net',
      { email: EMAIL, token: TOKEN },
      fetchImpl,
    );
    const error = await thrownBy(
      transport.send({ method: 'GET', path: '/rest/api/3/issue/DEM-12?expand=changelog' }),
    );
    expect(error).toBeInstanceOf(TransportError);
    expect(error).toMatchObject({ endpoint: '/rest/api/3/issue/DEM-12', detail: 'ECONNRESET' });
    expect(String(error)).toBe(
      'TransportError: Connexion interrompue pendant GET /rest/api/3/issue/DEM-12 (ECONNRESET) : ' +
        'aucune réponse du site.',
    );
    const everything = [
      String(error),
      error instanceof Error ? (error.stack ?? '') : '',
      inspect(error, { depth: null, showHidden: true }),
      JSON.stringify(error),
    ].join('\n');
    for (const secret of [TOKEN, CREDENTIAL, 'Basic ']) expect(everything).not.toContain(secret);
  });

  it('maps a body cut off mid-read to a TransportError', async () => {
    const response: FetchResponse = {
      ...okResponse(200, '', {}),
      text: () => Promise.reject(new Error(`terminated ${TOKEN}`)),
    };
    const transport = fetchTransport(
      'https://demo.atlassian.net',
      { email: EMAIL, token: TOKEN },
      () => Promise.resolve(response),
    );
    const error = await thrownBy(
      transport.send({ method: 'GET', path: '/wiki/api/v2/pages?title=x' }),
    );
    expect(error).toBeInstanceOf(TransportError);
    expect(String(error)).toBe(
      'TransportError: Connexion interrompue pendant GET /wiki/api/v2/pages : aucune réponse du site.',
    );
  });

  it('refuses a base URL that is not a URL, at creation', () => {
    expect(() => fetchTransport('demo.atlassian.net', { email: EMAIL, token: TOKEN })).toThrow(
      'Adresse de site invalide : « demo.atlassian.net » (attendu : https://…).',
    );
  });
});

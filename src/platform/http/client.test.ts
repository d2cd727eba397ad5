import { createRandom } from '../../../test/support/seeded-random';
import { createHttpClient, type HttpClientOptions, type HttpEvent } from './client';
import { TransportError, type HttpRequest, type HttpResponse } from './transport';

const NOW = Date.UTC(2026, 3, 2, 10, 0, 0);
const SEARCH: HttpRequest = {
  method: 'POST',
  path: '/rest/api/3/search/jql?fields=status',
  body: '{"jql":"project = DEM"}',
};
const ISSUE: HttpRequest = { method: 'GET', path: '/rest/api/3/issue/DEM-12?expand=changelog' };

type Step = HttpResponse | TransportError | Error;

/** A transport that answers each call with the next scripted step. */
function scripted(steps: readonly Step[]) {
  const sent: HttpRequest[] = [];
  const queue = [...steps];
  return {
    sent,
    transport: {
      send(request: HttpRequest): Promise<HttpResponse> {
        sent.push(request);
        const step = queue.shift();
        if (step === undefined) throw new Error('no scripted response left');
        return step instanceof Error ? Promise.reject(step) : Promise.resolve(step);
      },
    },
  };
}

const respond = (
  status: number,
  body: unknown = {},
  headers: Record<string, string> = {},
): HttpResponse => ({
  status,
  headers,
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

function harness(steps: readonly Step[], options: Partial<HttpClientOptions> = {}) {
  const { sent, transport } = scripted(steps);
  const delays: number[] = [];
  const events: HttpEvent[] = [];
  const client = createHttpClient(transport, {
    sleep: (ms) => {
      delays.push(ms);
      return Promise.resolve();
    },
    random: createRandom(20260402),
    now: () => NOW,
    onEvent: (event) => events.push(event),
    ...options,
  });
  return { client, sent, delays, events };
}

const dropped = () => new TransportError('POST', '/rest/api/3/search/jql', 'ECONNRESET');

describe('retries on rate limits and overload', () => {
  it('waits at least Retry-After seconds after a 429, then succeeds', async () => {
    const limited = respond(
      429,
      {},
      { 'retry-after': '3', 'ratelimit-reason': 'jira-burst-based' },
    );
    const { client, delays, events, sent } = harness([limited, respond(200, { issues: [] })]);
    const result = await client.send(SEARCH);
    expect(result.ok).toBe(true);
    expect(sent).toHaveLength(2);
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeGreaterThanOrEqual(3000);
    expect(delays[0]).toBeLessThan(4000);
    expect(events).toEqual([
      {
        kind: 'rate-limited',
        method: 'POST',
        endpoint: '/rest/api/3/search/jql',
        attempt: 1,
        delayMs: delays[0],
        status: 429,
        reason: 'jira-burst-based',
        rateLimit: {
          reason: 'jira-burst-based',
          limit: null,
          remaining: null,
          reset: null,
          nearLimit: false,
        },
      },
    ]);
  });

  it('reads Retry-After as an HTTP date relative to the injected now', async () => {
    const at = new Date(NOW + 7000).toUTCString();
    const { client, delays } = harness([respond(503, '', { 'retry-after': at }), respond(200)]);
    await client.send(ISSUE);
    expect(delays[0]).toBeGreaterThanOrEqual(7000);
    expect(delays[0]).toBeLessThan(8000);
  });

  it('falls back on X-RateLimit-Reset when a 429 has no Retry-After', async () => {
    const reset = new Date(NOW + 5000).toISOString();
    const { client, delays } = harness([
      respond(429, '', { 'x-ratelimit-reset': reset }),
      respond(200),
    ]);
    await client.send(ISSUE);
    expect(delays[0]).toBeGreaterThanOrEqual(5000);
  });

  it('doubles the backoff ceiling after each failure and never exceeds maxDelayMs', async () => {
    const { client, delays } = harness(
      Array.from({ length: 8 }, () => respond(503)),
      {
        random: () => 0.999,
        maxAttempts: 8,
        maxDelayMs: 10_000,
      },
    );
    await client.send(ISSUE);
    expect(delays).toEqual([999, 1998, 3996, 7992, 9990, 9990, 9990]);
  });

  it('draws each wait uniformly below the ceiling (full jitter)', async () => {
    const { client, delays } = harness(
      Array.from({ length: 10 }, () => respond(502)),
      {
        maxAttempts: 10,
        maxDelayMs: 30_000,
      },
    );
    await client.send(ISSUE);
    expect(delays).toHaveLength(9);
    delays.forEach((delay, index) => {
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(Math.min(30_000, 1000 * 2 ** index));
    });
    expect(new Set(delays).size).toBeGreaterThan(1);
  });

  it.each([500, 502, 503, 504])('retries a %i', async (status) => {
    const { client, sent } = harness([respond(status), respond(200)]);
    expect((await client.send(ISSUE)).ok).toBe(true);
    expect(sent).toHaveLength(2);
  });

  it('retries a dropped connection', async () => {
    const { client, events } = harness([dropped(), respond(200, { issues: [] })]);
    expect((await client.send(SEARCH)).ok).toBe(true);
    expect(events.map((event) => [event.kind, event.status])).toEqual([['retry', null]]);
  });

  it('gives up after maxAttempts, naming the endpoint, the attempts and the reason', async () => {
    const limited = respond(429, '', {
      'retry-after': '1',
      'ratelimit-reason': 'jira-burst-based',
      'x-ratelimit-limit': '100',
      'x-ratelimit-remaining': '0',
    });
    const { client, sent, delays, events } = harness(Array.from({ length: 5 }, () => limited));
    const result = await client.send(SEARCH);
    expect(sent).toHaveLength(5);
    expect(delays).toHaveLength(4);
    expect(events.at(-1)).toMatchObject({ kind: 'failed', attempt: 5, delayMs: 0, status: 429 });
    expect(result).toEqual({
      ok: false,
      code: 'HTTP.RETRIES_EXHAUSTED',
      message:
        'Abandon de POST /rest/api/3/search/jql après 5 tentatives : dernière réponse HTTP 429 ' +
        '(jira-burst-based, 0 restant sur 100).',
      status: 429,
      retryAfterMs: 1000,
    });
  });

  it('gives up on dropped connections with the system error code', async () => {
    const { client } = harness([dropped(), dropped()], { maxAttempts: 2 });
    const result = await client.send(SEARCH);
    expect(result.ok ? '' : result.message).toBe(
      'Abandon de POST /rest/api/3/search/jql après 2 tentatives : ' +
        'dernière erreur : connexion interrompue (ECONNRESET).',
    );
  });

  it('stops without waiting when the server asks for longer than maxDelayMs', async () => {
    const quota = respond(429, '', {
      'retry-after': '1800',
      'ratelimit-reason': 'jira-quota-global-based',
    });
    const { client, delays, sent } = harness([quota]);
    const result = await client.send(ISSUE);
    expect(sent).toHaveLength(1);
    expect(delays).toEqual([]);
    expect(result).toMatchObject({
      ok: false,
      code: 'HTTP.RETRY_AFTER_TOO_LONG',
      status: 429,
      retryAfterMs: 1_800_000,
    });
    expect(result.ok ? '' : result.message).toBe(
      "Le site demande d'attendre 1800 s avant de rappeler GET /rest/api/3/issue/DEM-12, " +
        "au-delà de l'attente maximale de 60 s ; dernière réponse HTTP 429 " +
        '(jira-quota-global-based). Relancez plus tard.',
    );
  });

  it('lets a programmer error from the transport through', async () => {
    const { client } = harness([new RangeError('bug')]);
    await expect(client.send(ISSUE)).rejects.toThrow('bug');
  });

  it('refuses options that cannot work', () => {
    expect(() => harness([], { maxAttempts: 0 })).toThrow(RangeError);
    expect(() => harness([], { baseDelayMs: 5000, maxDelayMs: 1000 })).toThrow(RangeError);
  });
});

describe('client errors fail at once', () => {
  it('quotes Jira errorMessages and field errors in a French message', async () => {
    const body = {
      errorMessages: ["Le champ 'statut' n'existe pas."],
      errors: { customfield_10042: 'Option invalide' },
    };
    const { client, sent, delays } = harness([respond(400, body)]);
    const result = await client.send(SEARCH);
    expect(sent).toHaveLength(1);
    expect(delays).toEqual([]);
    expect(result).toEqual({
      ok: false,
      code: 'HTTP.CLIENT_ERROR',
      message:
        'POST /rest/api/3/search/jql a échoué : HTTP 400, requête invalide. Atlassian : ' +
        "Le champ 'statut' n'existe pas. ; customfield_10042 : Option invalide",
      issues: [{ path: 'customfield_10042', message: 'Option invalide' }],
      status: 400,
      retryAfterMs: null,
    });
  });

  it('reads the Confluence v2 error shape', async () => {
    const body = {
      errors: [
        { status: 409, code: 'CONFLICT', title: 'Version conflict', detail: 'Expected 4, got 3' },
        { status: 409, code: 'CONFLICT', title: 'Stale', detail: null },
      ],
    };
    const request: HttpRequest = { method: 'PUT', path: '/wiki/api/v2/pages/98765', body: '{}' };
    const { client } = harness([respond(409, body)]);
    const result = await client.send(request);
    expect(result).toMatchObject({ code: 'HTTP.CLIENT_ERROR', status: 409 });
    expect(result.ok ? '' : result.message).toBe(
      'PUT /wiki/api/v2/pages/98765 a échoué : HTTP 409, conflit, la ressource a changé ' +
        'entre-temps. Atlassian : Version conflict : Expected 4, got 3 ; Stale',
    );
  });

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><body>Oops</body></html>', '.'],
    ['a plain text', 'Not   Found\n', '. Atlassian : Not Found'],
    ['an empty body', '', '.'],
  ])('handles a 404 with %s as body', async (_, body, tail) => {
    const { client } = harness([respond(404, body)]);
    const result = await client.send(ISSUE);
    expect(result.ok ? '' : result.message).toBe(
      `GET /rest/api/3/issue/DEM-12 a échoué : HTTP 404, introuvable ou invisible pour ce compte${tail}`,
    );
  });

  it('fails a non-retried 5xx with its own code', async () => {
    const { client, sent } = harness([respond(501, { message: 'Not implemented' })]);
    expect(await client.send(ISSUE)).toMatchObject({ code: 'HTTP.UNEXPECTED_STATUS', status: 501 });
    expect(sent).toHaveLength(1);
  });
});

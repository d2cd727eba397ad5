import { endpointPath } from './endpoint';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface HttpRequest {
  readonly method: HttpMethod;
  /** Path and query relative to the site: `/rest/api/3/search/jql?fields=status`. */
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface HttpResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/**
 * The port every Atlassian adapter sends through: `fetchTransport` for a site reached with an
 * API token, a Forge transport (`requestJira`/`requestConfluence`) inside Forge, fakes in tests.
 * A transport resolves with any HTTP status; it throws `TransportError` when no response came
 * (connection refused, reset, dropped), and anything else it throws is a programmer error.
 */
export interface HttpTransport {
  send(request: HttpRequest): Promise<HttpResponse>;
}

/**
 * No response: the connection failed or dropped. Its message names the endpoint and at most a
 * system error code (`ECONNRESET`), never the underlying error's text, which may quote headers.
 */
export class TransportError extends Error {
  override readonly name = 'TransportError';
  readonly method: HttpMethod;
  readonly endpoint: string;
  /** A system error code such as `ECONNRESET` or `UND_ERR_SOCKET`, when one was given. */
  readonly detail: string | null;

  constructor(method: HttpMethod, endpoint: string, detail: string | null) {
    const suffix = detail === null ? '' : ` (${detail})`;
    super(`Connexion interrompue pendant ${method} ${endpoint}${suffix} : aucune réponse du site.`);
    this.method = method;
    this.endpoint = endpoint;
    this.detail = detail;
  }
}

export interface ApiTokenAuth {
  readonly email: string;
  readonly token: string;
}

export interface FetchInit {
  readonly method: HttpMethod;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/** The part of a WHATWG `Response` the transport reads. */
export interface FetchResponse {
  readonly status: number;
  readonly headers: { forEach(callback: (value: string, name: string) => void): void };
  text(): Promise<string>;
}

export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;

const defaultFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

/**
 * A transport to a real site (`https://example.atlassian.net`) with an API token sent as Basic
 * auth, or without auth (the local sandbox). The token only ever goes into the request header.
 */
export function fetchTransport(
  baseUrl: string,
  auth: ApiTokenAuth | undefined,
  fetchImpl: FetchLike = defaultFetch,
): HttpTransport {
  const base = siteBase(baseUrl);
  const authorization =
    auth === undefined
      ? undefined
      : `Basic ${Buffer.from(`${auth.email}:${auth.token}`).toString('base64')}`;

  return {
    async send(request) {
      const headers: Record<string, string> = {
        Accept: 'application/json',
        ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...request.headers,
        ...(authorization === undefined ? {} : { Authorization: authorization }),
      };
      const init: FetchInit =
        request.body === undefined
          ? { method: request.method, headers }
          : { method: request.method, headers, body: request.body };
      try {
        const response = await fetchImpl(`${base}${request.path}`, init);
        const body = await response.text();
        return { status: response.status, headers: lowerCaseHeaders(response), body };
      } catch (error: unknown) {
        // Whatever fetch threw may quote the request (headers included): keep only its code.
        throw new TransportError(request.method, endpointPath(request.path), systemCode(error));
      }
    },
  };
}

function siteBase(baseUrl: string): string {
  if (!URL.canParse(baseUrl)) {
    throw new Error(`Adresse de site invalide : « ${baseUrl} » (attendu : https://…).`);
  }
  return baseUrl.replace(/\/+$/, '');
}

function lowerCaseHeaders(response: FetchResponse): Record<string, string> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  return headers;
}

const SYSTEM_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/** `ECONNRESET` from the error or its cause (undici wraps socket errors in `fetch failed`). */
function systemCode(error: unknown): string | null {
  for (let current = error, depth = 0; depth < 3; depth++) {
    if (typeof current !== 'object' || current === null) return null;
    if ('code' in current && typeof current.code === 'string' && SYSTEM_CODE.test(current.code)) {
      return current.code;
    }
    if ('name' in current && (current.name === 'AbortError' || current.name === 'TimeoutError')) {
      return current.name;
    }
    current = 'cause' in current ? current.cause : undefined;
  }
  return null;
}

import { fail, succeed, type Failure, type Success } from '../../core/result';
import { createLedger, pointsOf, type RunAccount } from './account';
import { readErrorBody } from './atlassian-error';
import { endpointPath, endpointTemplate } from './endpoint';
import {
  isRetryable,
  readRateLimit,
  retryDelayMs,
  serverWaitMs,
  type RateLimitInfo,
} from './retry-policy';
import {
  TransportError,
  type HttpMethod,
  type HttpRequest,
  type HttpResponse,
  type HttpTransport,
} from './transport';

export interface HttpEvent {
  /** `rate-limited`: a 429, waiting; `retry`: another retryable failure, waiting; `failed`: gave up. */
  readonly kind: 'retry' | 'rate-limited' | 'failed';
  readonly method: HttpMethod;
  /** The path without its query string. */
  readonly endpoint: string;
  /** The attempt that just failed, from 1. */
  readonly attempt: number;
  /** The wait before the next attempt; 0 when `failed`. */
  readonly delayMs: number;
  /** Null when no response came (connection dropped). */
  readonly status: number | null;
  /** `RateLimit-Reason`, when the response gave one. */
  readonly reason: string | null;
  readonly rateLimit: RateLimitInfo | null;
}

export interface HttpClientOptions {
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  readonly now: () => number;
  /** Attempts in all, the first included. */
  readonly maxAttempts?: number;
  readonly baseDelayMs?: number;
  /** No single wait is longer; a server asking for more ends the request. */
  readonly maxDelayMs?: number;
  readonly onEvent?: (event: HttpEvent) => void;
}

export interface SendOptions {
  /** Counts the objects a successful read returned, for the points (see `pointsOf`). */
  readonly objects?: (json: unknown) => number;
  readonly write?: boolean;
}

/** A failure with what a caller may branch on (409 on a page version, 404 on a lookup…). */
export interface HttpFailure extends Failure {
  /** The last HTTP status, null when the last attempt got no response. */
  readonly status: number | null;
  /** The wait the server last asked for, e.g. to reschedule a Forge event; null if none. */
  readonly retryAfterMs: number | null;
}

export type HttpResult = Success<HttpResponse> | HttpFailure;

export interface HttpClient {
  send(request: HttpRequest, options?: SendOptions): Promise<HttpResult>;
  /** What this client has sent so far: one client per run. */
  account(): RunAccount;
}

export const HTTP_CLIENT_ERROR = 'HTTP.CLIENT_ERROR';
/** Not retried and not a 4xx: 501, 505, an unfollowed redirect… */
export const HTTP_UNEXPECTED_STATUS = 'HTTP.UNEXPECTED_STATUS';
export const HTTP_RETRIES_EXHAUSTED = 'HTTP.RETRIES_EXHAUSTED';
export const HTTP_RETRY_AFTER_TOO_LONG = 'HTTP.RETRY_AFTER_TOO_LONG';

/** The outcome of one attempt: a response, or a dropped connection. */
type Attempt = { readonly response: HttpResponse } | { readonly dropped: TransportError };

export function createHttpClient(transport: HttpTransport, options: HttpClientOptions): HttpClient {
  const { sleep, random, now, onEvent } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxDelayMs = options.maxDelayMs ?? 60_000;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError(`maxAttempts must be an integer ≥ 1, got ${maxAttempts}`);
  }
  if (!(baseDelayMs >= 0 && maxDelayMs >= baseDelayMs)) {
    throw new RangeError(`need 0 ≤ baseDelayMs ≤ maxDelayMs, got ${baseDelayMs}, ${maxDelayMs}`);
  }
  const ledger = createLedger();

  async function attemptOnce(request: HttpRequest): Promise<Attempt> {
    try {
      return { response: await transport.send(request) };
    } catch (error: unknown) {
      if (error instanceof TransportError) return { dropped: error };
      throw error;
    }
  }

  async function send(request: HttpRequest, sendOptions: SendOptions = {}): Promise<HttpResult> {
    const { method } = request;
    const endpoint = endpointPath(request.path);
    const key = endpointTemplate(method, request.path);
    for (let attempt = 1; ; attempt++) {
      if (attempt > 1) ledger.add(key, 'retries');
      ledger.add(key, 'requests');
      const outcome = await attemptOnce(request);
      const response = 'response' in outcome ? outcome.response : null;
      if (response !== null) {
        const { status } = response;
        if (status >= 200 && status < 300) {
          ledger.add(key, 'points', pointsOf(method, response.body, sendOptions));
          return succeed(response);
        }
        if (status === 429) ledger.add(key, 'rateLimited');
        if (!isRetryable(status)) return failAtOnce(method, endpoint, response);
      }

      const rateLimit = response === null ? null : readRateLimit(response.headers);
      const serverWait = response === null ? null : serverWaitMs(response, now());
      const last = {
        status: response?.status ?? null,
        reason: rateLimit?.reason ?? null,
        rateLimit,
      };
      const event = { method, endpoint, attempt, ...last };
      const why = lastOutcome(outcome, rateLimit);
      if (attempt >= maxAttempts || (serverWait !== null && serverWait > maxDelayMs)) {
        onEvent?.({ kind: 'failed', ...event, delayMs: 0 });
        const failure = { status: last.status, retryAfterMs: serverWait };
        if (attempt >= maxAttempts) {
          const message = `Abandon de ${method} ${endpoint} après ${attempt} tentatives : ${why}.`;
          return { ...fail(HTTP_RETRIES_EXHAUSTED, message), ...failure };
        }
        const seconds = Math.ceil((serverWait ?? 0) / 1000);
        const message =
          `Le site demande d'attendre ${seconds} s avant de rappeler ${method} ${endpoint}, ` +
          `au-delà de l'attente maximale de ${Math.ceil(maxDelayMs / 1000)} s ; ${why}. ` +
          'Relancez plus tard.';
        return { ...fail(HTTP_RETRY_AFTER_TOO_LONG, message), ...failure };
      }

      const delayMs = retryDelayMs(attempt, serverWait, { baseDelayMs, maxDelayMs, random });
      onEvent?.({ kind: last.status === 429 ? 'rate-limited' : 'retry', ...event, delayMs });
      await sleep(delayMs);
    }
  }

  return { send, account: () => ledger.snapshot() };
}

/** The last outcome in French: `HTTP 429 (jira-burst-based, 0 restant sur 100)`. */
function lastOutcome(outcome: Attempt, rateLimit: RateLimitInfo | null): string {
  if ('dropped' in outcome) {
    const detail = outcome.dropped.detail;
    return `dernière erreur : connexion interrompue${detail === null ? '' : ` (${detail})`}`;
  }
  const notes: string[] = [];
  if (rateLimit !== null) {
    if (rateLimit.reason !== null) notes.push(rateLimit.reason);
    if (rateLimit.remaining !== null) {
      const of = rateLimit.limit === null ? '' : ` sur ${rateLimit.limit}`;
      notes.push(`${rateLimit.remaining} restant${of}`);
    }
  }
  const suffix = notes.length === 0 ? '' : ` (${notes.join(', ')})`;
  return `dernière réponse HTTP ${outcome.response.status}${suffix}`;
}

const STATUS_HINTS: Readonly<Record<number, string>> = {
  400: 'requête invalide',
  401: "authentification refusée : vérifiez l'adresse e-mail et le jeton d'API",
  403: 'accès refusé à ce compte',
  404: 'introuvable ou invisible pour ce compte',
  409: 'conflit, la ressource a changé entre-temps',
  410: "ce point d'accès n'existe plus",
};

const MAX_DETAILS = 10;

function failAtOnce(method: HttpMethod, endpoint: string, response: HttpResponse): HttpFailure {
  const { status } = response;
  const details = readErrorBody(response.body);
  const texts = [
    ...details.messages,
    ...details.fields.map((field) => `${field.path} : ${field.message}`),
  ];
  const shown = texts.slice(0, MAX_DETAILS);
  if (texts.length > MAX_DETAILS) shown.push(`et ${texts.length - MAX_DETAILS} autres`);
  const hint = STATUS_HINTS[status];
  const head = `${method} ${endpoint} a échoué : HTTP ${status}${hint === undefined ? '' : `, ${hint}`}`;
  const message = shown.length === 0 ? `${head}.` : `${head}. Atlassian : ${shown.join(' ; ')}`;
  const code = status >= 400 && status < 500 ? HTTP_CLIENT_ERROR : HTTP_UNEXPECTED_STATUS;
  const issues = details.fields.length === 0 ? undefined : details.fields;
  return { ...fail(code, message, issues), status, retryAfterMs: null };
}

import { Rng } from './random';
import { endpointPath } from '../platform/http/endpoint';
import type { HttpRequest } from '../platform/http/transport';
import { confluenceError, jiraError, type RouteOutcome } from './routes';
import type { SandboxState } from './state';

/**
 * Faults the sandbox can inject, each a share of requests (0–1, drawn with the injected
 * `random`): what a busy Atlassian site does to a client. A request that got a fault is spared
 * the next time its method and path come (whatever the body), so a retrying client always gets
 * through.
 */
export interface FaultOptions {
  /** 429 with `Retry-After` and `RateLimit-Reason`. */
  readonly rateLimited?: number;
  /** 503 with `Retry-After`. */
  readonly unavailable?: number;
  /** 409 on `PUT /wiki/api/v2/pages/{id}`, as if someone saved the page meanwhile (version + 1). */
  readonly pageConflicts?: number;
  /** No response: the transport throws `TransportError` (the request never reached the site). */
  readonly dropped?: number;
  /** Added to every request, waited with `sleep`. */
  readonly latencyMs?: number;
  /** The `Retry-After` of 429 and 503, in seconds; 1 by default. */
  readonly retryAfterSeconds?: number;
  /** How latency is waited; a real timer by default, a fake one in tests. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export type FaultKind = 'dropped' | 'rate-limited' | 'unavailable' | 'conflict';

export interface FaultPlan {
  /** The fault for this request, if any; `conflictable` says whether it is a page update. */
  decide(request: HttpRequest, conflictable: boolean): FaultKind | null;
  delay(): Promise<void>;
}

const realSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/** A seeded generator (the sandbox's mulberry32), the default `random` so that runs repeat. */
export function seededRandom(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

function rate(name: string, value: number | undefined): number {
  const share = value ?? 0;
  if (!(share >= 0 && share <= 1))
    throw new RangeError(`${name} must be within [0, 1], got ${share}`);
  return share;
}

export function planFaults(options: FaultOptions, random: () => number): FaultPlan {
  const shares: readonly (readonly [FaultKind, number])[] = [
    ['dropped', rate('dropped', options.dropped)],
    ['rate-limited', rate('rateLimited', options.rateLimited)],
    ['unavailable', rate('unavailable', options.unavailable)],
    ['conflict', rate('pageConflicts', options.pageConflicts)],
  ];
  if (shares.reduce((sum, [, share]) => sum + share, 0) > 1)
    throw new RangeError('The fault rates add up to more than 1.');
  const latency = options.latencyMs ?? 0;
  if (!(latency >= 0)) throw new RangeError(`latencyMs must be ≥ 0, got ${latency}`);
  const retryAfter = options.retryAfterSeconds ?? 1;
  if (!(retryAfter >= 0)) throw new RangeError(`retryAfterSeconds must be ≥ 0, got ${retryAfter}`);
  const sleep = options.sleep ?? realSleep;
  const spared = new Set<string>();

  return {
    decide(request, conflictable) {
      const fingerprint = `${request.method} ${endpointPath(request.path)}`;
      if (spared.delete(fingerprint)) return null;
      let draw = random();
      for (const [kind, share] of shares) {
        if (kind === 'conflict' && !conflictable) continue;
        if (draw < share) {
          spared.add(fingerprint);
          return kind;
        }
        draw -= share;
      }
      return null;
    },
    delay: () => (latency > 0 ? sleep(latency) : Promise.resolve()),
  };
}

/**
 * The answer to a request that got a fault (not a dropped one): 429 or 503 in the product's
 * error shape, with `Retry-After` (and the rate-limit headers on 429); for a page update, 409
 * after the page's version moved on, as when someone saved it meanwhile.
 */
export function faultReply(
  kind: Exclude<FaultKind, 'dropped'>,
  state: SandboxState,
  request: {
    readonly confluence: boolean;
    readonly pageId: string;
    readonly now: number;
    readonly retryAfterSeconds: number;
  },
): RouteOutcome {
  if (kind === 'conflict') {
    const page = state.pages.find((p) => p.id === request.pageId);
    if (page === undefined) throw new Error(`No page ${request.pageId} to conflict on.`);
    const moved = {
      ...page,
      version: page.version + 1,
      updatedAt: new Date(request.now).toISOString(),
    };
    const current = String(moved.version);
    const title = `Version must be incremented on update. Current version is: ${current}`;
    const pages = state.pages.map((p) => (p.id === moved.id ? moved : p));
    return { ...confluenceError(409, 'CONFLICT', title), state: { ...state, pages } };
  }
  const limited = kind === 'rate-limited';
  const [status, code, text] = limited
    ? [429, 'TOO_MANY_REQUESTS', 'Rate limit exceeded.']
    : [503, 'SERVICE_UNAVAILABLE', 'Service Unavailable'];
  const body = request.confluence ? confluenceError(status, code, text) : jiraError(status, [text]);
  const wait = { 'retry-after': String(request.retryAfterSeconds) };
  const reset = new Date(request.now + request.retryAfterSeconds * 1000).toISOString();
  const headers = limited
    ? {
        ...wait,
        'ratelimit-reason': request.confluence ? 'confluence-burst-based' : 'jira-burst-based',
        'x-ratelimit-limit': '100',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': reset,
      }
    : wait;
  return { reply: { ...body.reply, headers } };
}

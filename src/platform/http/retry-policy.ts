import type { HttpResponse } from './transport';

/**
 * Statuses worth another attempt. 429 and 503 are Atlassian telling us to slow down (rate
 * limits, overload; both may carry `Retry-After`). 500, 502 and 504 are retried too, fewer
 * times in practice thanks to the backoff: on Atlassian Cloud they are mostly transient
 * (a gateway losing a node, a shard failing over, a search timing out) and the same request
 * succeeds a few seconds later. Retrying them is safe for our calls: reads, and writes that are
 * idempotent (PUT of field values and properties) or guarded (page versions, content properties).
 */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

export function isRetryable(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/** What Atlassian says about a rate limit, from the response headers (forge-platform.md §3.3). */
export interface RateLimitInfo {
  /** `RateLimit-Reason`: `jira-burst-based`, `jira-quota-global-based`… */
  readonly reason: string | null;
  readonly limit: number | null;
  readonly remaining: number | null;
  /** `X-RateLimit-Reset`, an ISO 8601 instant (sent with 429 only). */
  readonly reset: string | null;
  /** `X-RateLimit-NearLimit: true`: less than 20 % of the budget is left. */
  readonly nearLimit: boolean;
}

/** The rate-limit headers of a response, or null when it carries none. */
export function readRateLimit(headers: Readonly<Record<string, string>>): RateLimitInfo | null {
  const reason = headers['ratelimit-reason'];
  const limit = headers['x-ratelimit-limit'];
  const remaining = headers['x-ratelimit-remaining'];
  const reset = headers['x-ratelimit-reset'];
  const nearLimit = headers['x-ratelimit-nearlimit'];
  if ([reason, limit, remaining, reset, nearLimit].every((value) => value === undefined)) {
    return null;
  }
  return {
    reason: reason?.trim() ?? null,
    limit: toCount(limit),
    remaining: toCount(remaining),
    reset: reset?.trim() ?? null,
    nearLimit: nearLimit?.trim().toLowerCase() === 'true',
  };
}

function toCount(value: string | undefined): number | null {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return null;
  return Number(value);
}

/**
 * How long the server asked us to wait, in ms from `now`: `Retry-After` in seconds or as an
 * HTTP date, else on a 429 the `X-RateLimit-Reset` instant. Null when it said nothing usable.
 */
export function serverWaitMs(response: HttpResponse, now: number): number | null {
  const retryAfter = response.headers['retry-after']?.trim();
  if (retryAfter !== undefined && retryAfter !== '') {
    if (/^\d+(\.\d+)?$/.test(retryAfter)) return Math.ceil(Number(retryAfter) * 1000);
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  const reset = response.headers['x-ratelimit-reset'];
  if (response.status === 429 && reset !== undefined) {
    const at = Date.parse(reset);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  return null;
}

export interface BackoffOptions {
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly random: () => number;
}

/**
 * The wait after the `failures`-th failed attempt (1 for the first). Without a server hint:
 * exponential backoff with full jitter, uniform in [0, min(max, base × 2^(failures−1))).
 * With a server wait (≤ maxDelayMs, the caller checks): that wait plus a jitter below one base
 * delay, so clients told the same instant do not all come back at once; never sooner, never
 * above maxDelayMs.
 */
export function retryDelayMs(
  failures: number,
  serverWait: number | null,
  options: BackoffOptions,
): number {
  const draw = Math.min(Math.max(options.random(), 0), 1 - Number.EPSILON);
  if (serverWait !== null) {
    const spread = Math.max(0, Math.min(options.baseDelayMs, options.maxDelayMs - serverWait));
    return serverWait + Math.floor(draw * spread);
  }
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (failures - 1));
  return Math.floor(draw * ceiling);
}

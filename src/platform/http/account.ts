export interface EndpointAccount {
  /** Requests sent, every attempt counted. */
  readonly requests: number;
  /** Attempts that were a retry of a failed one. */
  readonly retries: number;
  /** Responses with status 429. */
  readonly rateLimited: number;
  /** Atlassian points, estimated as `pointsOf` says. */
  readonly points: number;
}

/** What one run cost: totals and, by `METHOD /path/{id}` template, the same counts. */
export interface RunAccount extends EndpointAccount {
  readonly byEndpoint: Readonly<Record<string, EndpointAccount>>;
}

type Counter = keyof EndpointAccount;

export interface Ledger {
  add(endpoint: string, counter: Counter, amount?: number): void;
  snapshot(): RunAccount;
}

const ZERO: EndpointAccount = { requests: 0, retries: 0, rateLimited: 0, points: 0 };

export function createLedger(): Ledger {
  const byEndpoint = new Map<string, EndpointAccount>();
  let total = ZERO;
  return {
    add(endpoint, counter, amount = 1) {
      const current = byEndpoint.get(endpoint) ?? ZERO;
      byEndpoint.set(endpoint, { ...current, [counter]: current[counter] + amount });
      total = { ...total, [counter]: total[counter] + amount };
    },
    snapshot() {
      const sorted = [...byEndpoint.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return { ...total, byEndpoint: Object.fromEntries(sorted) };
    },
  };
}

/**
 * Atlassian's points for one response (forge-platform.md §3.3): a write costs 1 flat; a read
 * costs 1 plus the objects it returned, counted by the caller's `objects` on the parsed JSON
 * body (core objects 1 each, identity objects — users, groups — 2 each: `objects` weighs them).
 * A request is a read when it is a GET or when `objects` is given, unless `write` says so.
 * Only successful (2xx) responses are charged; the client does not call this for failed
 * attempts (429, 5xx, dropped connections, other 4xx): they count as requests, not points.
 * A body that is not JSON, or an `objects` that is not a count ≥ 0, adds no objects.
 */
export function pointsOf(
  method: string,
  body: string,
  options: { readonly objects?: (json: unknown) => number; readonly write?: boolean },
): number {
  const write = options.write ?? (method !== 'GET' && options.objects === undefined);
  if (write || options.objects === undefined) return 1;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return 1;
  }
  const objects = options.objects(json);
  return Number.isFinite(objects) && objects > 0 ? 1 + Math.floor(objects) : 1;
}

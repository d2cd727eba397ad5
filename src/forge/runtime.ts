import type { HttpClient } from '../platform/http';
import type { JobEvent } from './jobs/job-event';

/**
 * Everything Jalon's Forge handlers touch, as ports: `forge-runtime.ts` binds them to the real
 * platform (`@forge/api`, `@forge/kvs`, `@forge/events`), `local/local-runtime.ts` to the local
 * sandbox, a `Map` or a JSON file and an in-process queue. Handlers are `makeX(runtime)`
 * factories, so the very same code runs in Forge, under `npm start` and in the tests.
 */

/**
 * HTTP to one Atlassian product, with retries, backoff and the run's request and points
 * account. It is the port of both the Jira and the Confluence adapters (`JiraHttp`,
 * `ConfluenceHttp`), and its failures carry the last HTTP status.
 */
export type AtlassianHttp = HttpClient;

export interface AppHttp {
  readonly jira: AtlassianHttp;
  readonly confluence: AtlassianHttp;
}

/** One stored entry, as a key prefix query returns it. */
export interface StoredEntry {
  readonly key: string;
  readonly value: unknown;
}

/** A page of a key prefix query; `nextCursor` is null on the last page. */
export interface StoredPage {
  readonly results: readonly StoredEntry[];
  readonly nextCursor: string | null;
}

/**
 * Forge's key-value store as Jalon uses it. Keys and values follow Forge's rules (see
 * `store/kvs-rules.ts`): a key or value that breaks them is refused with `StoreLimitError`
 * before anything is written. Values are JSON; a read is `undefined` when the key is absent.
 */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * The entries whose key begins with `prefix`, in ascending key order, at most `limit`
   * (≤ 20, Forge's maximum) a page; pass the page's `nextCursor` back for the next one.
   */
  query(
    prefix: string,
    page?: { readonly cursor?: string; readonly limit?: number },
  ): Promise<StoredPage>;
}

/** The queue of Jalon's long jobs (Forge queue `jalon-jobs`). */
export interface JobQueue {
  /**
   * Queues events (any number: they go in pushes of at most 50 events and 200 KB, Forge's
   * limits) and returns the job id of each push, in order.
   */
  push(events: readonly JobEvent[]): Promise<readonly string[]>;
}

/** Where handlers log (Forge keeps `console` output per invocation); never secrets, never tokens. */
export interface Logger {
  info(message: string, details?: Readonly<Record<string, unknown>>): void;
  warn(message: string, details?: Readonly<Record<string, unknown>>): void;
  error(message: string, details?: Readonly<Record<string, unknown>>): void;
}

export interface ForgeRuntime {
  /** Jira and Confluence as the app (events, jobs, writes to the app's own fields). */
  asApp(): AppHttp;
  /** Jira as a user, for the permission checks made on that user's behalf. */
  asUser(accountId: string): AtlassianHttp;
  readonly store: KeyValueStore;
  readonly queue: JobQueue;
  /** The current instant (epoch ms), injected. */
  now(): number;
  readonly log: Logger;
  /** The web trigger's shared secret (KVS secret store, else the environment); null if unset. */
  webTriggerSecret(): Promise<string | null>;
  /** The app's own Jira account, to recognise the changes Jalon made itself. */
  appAccountId(): Promise<string | null>;
}

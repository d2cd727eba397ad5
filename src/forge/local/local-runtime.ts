import { setTimeout as wait } from 'node:timers/promises';
import {
  createHttpClient,
  type EndpointAccount,
  type HttpClientOptions,
  type HttpTransport,
} from '../../platform/http';
import { currentAccountId } from '../../jira/permissions';
import type { QueuedJob } from '../jobs/job-event';
import { runJob } from '../jobs/run-job';
import type { AtlassianHttp, ForgeRuntime, KeyValueStore, Logger } from '../runtime';
import { localQueue } from './local-queue';

export interface LocalRuntimeOptions {
  /** The site as one account: the app's (`appAccountId`) for `asApp()`, a user's for `asUser`. */
  readonly transport: (accountId: string) => HttpTransport;
  /** The account the app's own requests are made as. */
  readonly appAccountId: string;
  /** `memoryStore()`, or `fileStore()` under `.jalon/`. */
  readonly store: KeyValueStore;
  readonly now?: () => number;
  readonly log?: Logger;
  readonly webTriggerSecret?: string | null;
  /** The queue's consumer; `runJob` by default (the Forge consumer's own work). */
  readonly consumer?: (runtime: ForgeRuntime, job: QueuedJob) => Promise<unknown>;
  readonly http?: Partial<HttpClientOptions>;
}

export interface LocalRuntime extends ForgeRuntime {
  /** Runs the queued events through the consumer until the queue is empty; how many ran. */
  drain(): Promise<number>;
  pending(): readonly QueuedJob[];
  /** What every request of this runtime cost so far (all clients, app and users). */
  account(): EndpointAccount;
}

/** A logger that keeps its lines (tests read them; `npm start` prints them). */
export function memoryLog(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  const keep =
    (level: string) =>
    (message: string, details?: Readonly<Record<string, unknown>>): void => {
      lines.push(
        `${level} ${message}${details === undefined ? '' : ` ${JSON.stringify(details)}`}`,
      );
    };
  return { lines, info: keep('info'), warn: keep('warn'), error: keep('error') };
}

/**
 * The Forge runtime on this machine: requests go to the local sandbox (or any transport) as
 * the app or as a user, the store is a `Map` or a JSON file, the queue runs in process.
 */
export function localRuntime(options: LocalRuntimeOptions): LocalRuntime {
  const now = options.now ?? Date.now;
  const queue = localQueue();
  const log = options.log ?? memoryLog();
  const clients: AtlassianHttp[] = [];
  const client = (accountId: string): AtlassianHttp => {
    const created = createHttpClient(options.transport(accountId), {
      sleep: async (ms) => {
        await wait(ms);
      },
      random: Math.random,
      now,
      ...options.http,
    });
    clients.push(created);
    return created;
  };
  let appAccount: Promise<string | null> | undefined;
  const runtime: LocalRuntime = {
    asApp: () => {
      const http = client(options.appAccountId);
      return { jira: http, confluence: http };
    },
    asUser: (accountId) => client(accountId),
    store: options.store,
    queue,
    now,
    log,
    webTriggerSecret: () => Promise.resolve(options.webTriggerSecret ?? null),
    appAccountId: () => {
      appAccount ??= currentAccountId(client(options.appAccountId)).then((found) => {
        if (!found.ok) appAccount = undefined;
        return found.ok ? found.value : null;
      });
      return appAccount;
    },
    drain: () => queue.drain((job) => (options.consumer ?? runJob)(runtime, job)),
    pending: () => queue.pending(),
    account: () =>
      clients
        .map((c) => c.account())
        .reduce(
          (sum, a) => ({
            requests: sum.requests + a.requests,
            retries: sum.retries + a.retries,
            rateLimited: sum.rateLimited + a.rateLimited,
            points: sum.points + a.points,
          }),
          { requests: 0, retries: 0, rateLimited: 0, points: 0 },
        ),
  };
  return runtime;
}

import { setTimeout as wait } from 'node:timers/promises';
import api, {
  assumeTrustedRoute,
  FetchError,
  ProxyRequestError,
  type APIResponse,
  type Route,
} from '@forge/api';
import { Queue } from '@forge/events';
import { kvs, WhereConditions } from '@forge/kvs';
import { currentAccountId } from '../jira/permissions';
import {
  createHttpClient,
  endpointPath,
  TransportError,
  type HttpClientOptions,
  type HttpTransport,
} from '../platform/http';
import { pushInChunks } from './jobs/push-chunks';
import type { AtlassianHttp, ForgeRuntime, JobQueue, KeyValueStore, Logger } from './runtime';
import { guardedStore, KVS_MAX_PAGE } from './store/kvs-rules';

/** The queue of the manifest's consumer. */
export const JOB_QUEUE_KEY = 'jalon-jobs';
/** The KVS secret, then the environment variable (`forge variables set --encrypt`), holding it. */
export const WEB_TRIGGER_SECRET_KEY = 'jalon-webtrigger-secret';
export const WEB_TRIGGER_SECRET_ENV = 'JALON_WEBTRIGGER_SECRET';

type ProductRequest = (
  route: Route,
  init?: Parameters<typeof api.requestJira>[1],
) => Promise<APIResponse>;

/**
 * A transport over Forge's `requestJira` / `requestConfluence`. The paths come whole from
 * Jalon's request builders, which encode every user-supplied part (`encodeURIComponent`,
 * `URLSearchParams`), so they are trusted routes; the `route` tag cannot take a built path.
 */
function productTransport(request: ProductRequest): HttpTransport {
  return {
    async send(req) {
      const headers: Record<string, string> = {
        Accept: 'application/json',
        ...(req.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...req.headers,
      };
      let response: APIResponse;
      try {
        response = await request(assumeTrustedRoute(req.path), {
          method: req.method,
          headers,
          ...(req.body === undefined ? {} : { body: req.body }),
        });
      } catch (error: unknown) {
        // The platform's own "no response" errors are retried like a dropped connection.
        if (error instanceof FetchError || error instanceof ProxyRequestError)
          throw new TransportError(req.method, endpointPath(req.path), error.name);
        throw error;
      }
      const lower: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        lower[name.toLowerCase()] = value;
      });
      return { status: response.status, headers: lower, body: await response.text() };
    },
  };
}

const forgeStore: KeyValueStore = guardedStore({
  get: (key) => kvs.get<unknown>(key),
  set: (key, value) => kvs.set(key, value),
  delete: (key) => kvs.delete(key),
  async query(prefix, page = {}) {
    let query = kvs
      .query()
      .where('key', WhereConditions.beginsWith(prefix))
      .limit(page.limit ?? KVS_MAX_PAGE);
    if (page.cursor !== undefined) query = query.cursor(page.cursor);
    const found = await query.getMany<unknown>();
    return {
      results: found.results.map(({ key, value }) => ({ key, value })),
      nextCursor: found.nextCursor ?? null,
    };
  },
});

const forgeQueue: JobQueue = {
  push: (events) => {
    const queue = new Queue({ key: JOB_QUEUE_KEY });
    return pushInChunks(events, async (chunk) => {
      const pushed = await queue.push(chunk.map((body) => ({ body })));
      return pushed.jobId;
    });
  },
};

/** Forge keeps each invocation's console output in its logs. */
const consoleLog: Logger = {
  info: (message, details) => {
    console.info(message, details ?? '');
  },
  warn: (message, details) => {
    console.warn(message, details ?? '');
  },
  error: (message, details) => {
    console.error(message, details ?? '');
  },
};

// A warm function keeps its module: the app's account is asked of Jira once per container.
let appAccount: Promise<string | null> | undefined;

export interface ForgeRuntimeOptions {
  /** The account of the user who invoked the function (resolver, action), if any. */
  readonly invoker?: string | undefined;
  /** 25-second functions keep few, short retries; a 900-second consumer may wait longer. */
  readonly http?: Partial<HttpClientOptions>;
}

/**
 * The runtime of one Forge invocation. Nothing here calls the platform until a handler does:
 * the entry points build it per invocation, so importing `src/index.ts` touches no Forge API.
 */
export function forgeRuntime(options: ForgeRuntimeOptions = {}): ForgeRuntime {
  const client = (request: ProductRequest): AtlassianHttp =>
    createHttpClient(productTransport(request), {
      sleep: async (ms) => {
        await wait(ms);
      },
      random: Math.random,
      now: Date.now,
      maxAttempts: 3,
      maxDelayMs: 5_000,
      ...options.http,
    });
  const asApp = () => {
    const app = api.asApp();
    return {
      jira: client((route, init) => app.requestJira(route, init)),
      confluence: client((route, init) => app.requestConfluence(route, init)),
    };
  };
  return {
    asApp,
    asUser: (accountId) => {
      // The invoker is the function's own user; anyone else needs `allowImpersonation`.
      const user = accountId === options.invoker ? api.asUser() : api.asUser(accountId);
      return client((route, init) => user.requestJira(route, init));
    },
    store: forgeStore,
    queue: forgeQueue,
    now: Date.now,
    log: consoleLog,
    async webTriggerSecret() {
      const stored = await kvs.getSecret<unknown>(WEB_TRIGGER_SECRET_KEY);
      const secret = typeof stored === 'string' ? stored : process.env[WEB_TRIGGER_SECRET_ENV];
      return secret === undefined || secret === '' ? null : secret;
    },
    appAccountId() {
      appAccount ??= currentAccountId(asApp().jira).then((found) => {
        if (!found.ok) appAccount = undefined; // asked again next time, not remembered as none
        return found.ok ? found.value : null;
      });
      return appAccount;
    },
  };
}

import { endpointTemplate, type HttpTransport } from '../../src/platform/http';
import { localRuntime, memoryLog, type LocalRuntime } from '../../src/forge/local/local-runtime';
import { memoryStore } from '../../src/forge/local/memory-store';
import { SANDBOX_APP_ACCOUNT, sandboxAs } from '../../src/forge/local/sandbox-site';
import { makeResolvers } from '../../src/forge/resolvers';
import { createSandbox, type SandboxAccount, type SandboxState } from '../../src/sandbox';
import { demoContract, demoState } from '../../src/sandbox/demo';
import { DEMO_STATUSES } from '../../src/sandbox/demo/jira-json';
import { openApiCheck } from '../sandbox/openapi';

/** A month of demo data; the handlers run on 5 October 2026. */
export const MONTH_OF_DEMO: SandboxState = demoState({ seed: 2026, from: '2026-09-01', months: 1 });
export const NOW = Date.parse('2026-10-05T09:00:00+02:00');
export const SECRET = 'un secret partagé assez long pour la démo';

/** The site's people: a Jira administrator, an agent of the DEMAT'ADS projects, an outsider. */
export const ADMIN: SandboxAccount = {
  accountId: '712020:agnes-admin',
  displayName: 'Agnès Administratrice',
  admin: true,
  browse: ['*'],
};
export const AGENT: SandboxAccount = {
  accountId: '712020:paul-agent',
  displayName: 'Paul Agent',
  admin: false,
  browse: ['DEM', 'INC'],
};
export const OUTSIDER: SandboxAccount = {
  accountId: '712020:olga-externe',
  displayName: 'Olga Externe',
  admin: false,
  browse: ['ATIH'],
};

/** One request the sandbox answered: `METHOD /template` and its status. */
export interface Sent {
  readonly endpoint: string;
  readonly status: number;
  readonly account: string;
}

/**
 * Jalon's Forge handlers on a local site: the sandbox (every request and response checked
 * against Atlassian's OpenAPI documents), a memory store, the in-process queue, and a record of
 * every request any handler sent.
 */
export function localSite(state: SandboxState = MONTH_OF_DEMO, clock: () => number = () => NOW) {
  const check = openApiCheck();
  const sandbox = createSandbox(
    { ...state, accounts: [ADMIN, AGENT, OUTSIDER] },
    { now: clock, validate: check.validate },
  );
  const sent: Sent[] = [];
  const as = sandboxAs(sandbox);
  const recorded = (accountId: string): HttpTransport => ({
    send: async (request) => {
      const response = await as(accountId).send(request);
      sent.push({
        endpoint: endpointTemplate(request.method, request.path),
        status: response.status,
        account: accountId,
      });
      return response;
    },
  });
  const log = memoryLog();
  const store = memoryStore();
  const runtime: LocalRuntime = localRuntime({
    transport: recorded,
    appAccountId: SANDBOX_APP_ACCOUNT,
    store,
    now: clock,
    log,
    webTriggerSecret: SECRET,
    http: { sleep: () => Promise.resolve() },
  });
  const resolvers = makeResolvers(runtime);
  return {
    sandbox,
    check,
    sent,
    log,
    store,
    runtime,
    /** Calls a resolver as a user (Forge's `context.accountId`), on an issue or project page. */
    invoke(
      key: string,
      payload: unknown,
      user: SandboxAccount,
      extension: Readonly<Record<string, unknown>> = {},
    ) {
      const handler = resolvers[key];
      if (handler === undefined) throw new Error(`no resolver ${key}`);
      return handler({ payload, context: { accountId: user.accountId, extension } });
    },
    /** The requests sent since `from` (an index into `sent`) that change something. */
    writesSince(from: number): string[] {
      return sent
        .slice(from)
        .filter(
          (s) => s.endpoint.startsWith('POST /rest/api/3/app') || s.endpoint.startsWith('PUT'),
        )
        .map((s) => s.endpoint);
    },
    /** A person changes an issue's status in Jira (as `user`), as Jira's UI would. */
    async transition(key: string, status: string, user: SandboxAccount = AGENT): Promise<void> {
      const id = DEMO_STATUSES.find((s) => s.name === status)?.id;
      if (id === undefined) throw new Error(`unknown status ${status}`);
      const response = await as(user.accountId).send({
        method: 'POST',
        path: `/rest/api/3/issue/${key}/transitions`,
        body: JSON.stringify({ transition: { id } }),
      });
      if (response.status !== 204) throw new Error(`${key} → ${status}: ${response.body}`);
    },
  };
}

export type LocalSite = ReturnType<typeof localSite>;

/** The DEMAT'ADS contract saved by the administrator, as the admin page would. */
export async function withDematContract(site: LocalSite): Promise<void> {
  const saved = await site.invoke(
    'contract/save',
    { contract: demoContract('demat-ads'), reason: 'Mise en service de Jalon pour DEMAT’ADS.' },
    ADMIN,
  );
  if (!saved.ok) throw new Error(saved.message);
}

/** An issue event as Forge delivers `avi:jira:updated:issue`, caused by `atlassianId`. */
export function issueEvent(
  site: LocalSite,
  key: string,
  atlassianId: string,
  extra: Readonly<Record<string, unknown>> = {},
) {
  const issue = site.sandbox.state().issues.find((i) => i.key === key);
  if (issue === undefined) throw new Error(`no issue ${key}`);
  return {
    eventType: 'avi:jira:updated:issue',
    atlassianId,
    issue: { id: issue.id, key: issue.key, fields: issue.fields },
    changelog: { id: '1', items: [] },
    ...extra,
  };
}

import { createHttpClient, type HttpClient, type HttpTransport } from '../../src/platform/http';
import type { SandboxState } from '../../src/sandbox/state';
import { seededRandom } from '../../src/sandbox/faults';

/** A small French Jira + Confluence site, empty of issues and pages, for the sandbox tests. */
export const EMPTY_SITE: SandboxState = {
  fields: [
    { id: 'customfield_10042', name: 'Criticité', custom: true, type: 'option' },
    { id: 'customfield_10050', name: 'Début d’incident', custom: true, type: 'datetime' },
    { id: 'customfield_10060', name: 'Charge (j)', custom: true, type: 'number' },
    { id: 'customfield_10100', name: 'Jalon : état', custom: true, type: 'string' },
    { id: 'customfield_10101', name: 'Jalon : échéance', custom: true, type: 'datetime' },
    { id: 'customfield_10102', name: 'Jalon : détail', custom: true, type: 'any' },
  ],
  statuses: [
    { id: '10000', name: 'À faire', category: 'new' },
    { id: '10001', name: 'En cours', category: 'indeterminate' },
    { id: '10002', name: 'En attente client', category: 'indeterminate' },
    { id: '10003', name: 'Résolu', category: 'done' },
  ],
  projects: [{ id: '10000', key: 'DEM', name: 'Dématérialisation ADS' }],
  issueTypes: [
    { id: '10004', name: 'Anomalie' },
    { id: '10005', name: 'Demande' },
  ],
  issues: [],
  spaces: [{ id: '98304', key: 'MARCHE', name: 'Marché DEMAT’ADS' }],
  pages: [],
  next: { issue: 10001, history: 20001, page: 300001 },
};

/** A clock tests move by hand: `now()` for the sandbox, `at(iso)` to jump. */
export function manualClock(start: string) {
  let now = Date.parse(start);
  return {
    now: () => now,
    at(iso: string) {
      now = Date.parse(iso);
    },
  };
}

/** The real platform client over a transport, with a fake sleep that records the waits. */
export function clientOver(transport: HttpTransport, now: () => number) {
  const waits: number[] = [];
  const client: HttpClient = createHttpClient(transport, {
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    random: seededRandom(7),
    now,
  });
  return { client, waits };
}

/** Sends one JSON request through a transport and reads the JSON answer. */
export async function call(
  transport: HttpTransport,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
): Promise<{ status: number; json: unknown; headers: Readonly<Record<string, string>> }> {
  const response = await transport.send({
    method,
    path,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(headers === undefined ? {} : { headers }),
  });
  return {
    status: response.status,
    json: response.body === '' ? undefined : (JSON.parse(response.body) as unknown),
    headers: response.headers,
  };
}

/**
 * Creates an anomaly through the API at the clock's instant, then moves it along `steps` (each
 * at its instant: a status name or fields to edit), as people would in Jira.
 */
export async function driveIssue(
  transport: HttpTransport,
  clock: ReturnType<typeof manualClock>,
  created: string,
  fields: Record<string, unknown>,
  steps: readonly (readonly [string, string | Record<string, unknown>])[] = [],
): Promise<string> {
  clock.at(created);
  const made = await call(transport, 'POST', '/rest/api/3/issue', {
    fields: { project: { key: 'DEM' }, issuetype: { name: 'Anomalie' }, ...fields },
  });
  if (made.status !== 201) throw new Error(`create: ${JSON.stringify(made.json)}`);
  const key = (made.json as { key: string }).key;
  for (const [at, step] of steps) {
    clock.at(at);
    const done =
      typeof step === 'string'
        ? await call(transport, 'POST', `/rest/api/3/issue/${key}/transitions`, {
            transition: { id: statusId(step) },
          })
        : await call(transport, 'PUT', `/rest/api/3/issue/${key}`, { fields: step });
    if (done.status !== 204) throw new Error(`${key} at ${at}: ${JSON.stringify(done.json)}`);
  }
  return key;
}

export function statusId(name: string): string {
  const status = EMPTY_SITE.statuses?.find((s) => s.name === name);
  if (status === undefined) throw new Error(`unknown status ${name}`);
  return status.id;
}

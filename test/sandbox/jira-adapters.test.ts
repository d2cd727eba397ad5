import { issuePropertyRequest } from '../../src/jira/jira-requests';
import {
  bulkChangelogs,
  searchAllPages,
  siteFieldIds,
  writeAppFieldValues,
} from '../../src/jira/jira-rest';
import { readSearchPages } from '../../src/jira/to-issue-history';
import { APP_USER } from '../../src/sandbox/jira-routes';
import { createSandbox } from '../../src/sandbox/handler';
import { openApiCheck } from './openapi';
import { call, clientOver, driveIssue, EMPTY_SITE, manualClock } from './site';

const FIELDS = ['summary', 'status', 'issuetype', 'project', 'labels', 'created', 'issuelinks'];

/** A site with `count` anomalies driven through the API, the last `moved` of them moved along. */
async function siteWith(count: number) {
  const clock = manualClock('2026-03-02T08:00:00Z');
  const openApi = openApiCheck();
  const sandbox = createSandbox(EMPTY_SITE, { now: clock.now, validate: openApi.validate });
  for (let n = 1; n <= count; n++) {
    const day = String(1 + (n % 20)).padStart(2, '0');
    await driveIssue(
      sandbox.transport,
      clock,
      `2026-03-${day}T08:00:00Z`,
      {
        summary: `Anomalie ${String(n)}`,
        customfield_10042: { value: n % 2 === 0 ? 'Majeure' : 'Bloquante' },
      },
      n % 3 === 0
        ? [
            [`2026-03-${day}T09:00:00Z`, 'En cours'],
            [`2026-03-${day}T10:00:00Z`, { customfield_10042: { value: 'Mineure' } }],
            [`2026-03-${day}T15:00:00Z`, 'Résolu'],
          ]
        : [],
    );
  }
  const { client } = clientOver(sandbox.transport, clock.now);
  return { clock, sandbox, openApi, client };
}

describe('the Jira adapters against the sandbox, every message checked against the OpenAPI document', () => {
  test('searchAllPages follows nextPageToken to the last page, 100 issues a page with changelogs', async () => {
    const { client, openApi } = await siteWith(130);
    const pages: unknown[] = [];
    const read = await searchAllPages(
      client,
      {
        jql: 'project = DEM ORDER BY key ASC',
        fields: [...FIELDS, 'customfield_10042'],
        expand: ['names', 'changelog'],
      },
      (page) => {
        pages.push(page);
      },
    );
    expect(read).toEqual({ ok: true, value: 2 });
    const sizes = pages.map((p) => (p as { issues: unknown[] }).issues.length);
    expect(sizes).toEqual([100, 30]);
    const histories = readSearchPages(pages);
    if (!histories.ok) throw new Error(histories.message);
    expect(histories.value.problems).toEqual([]);
    expect(histories.value.histories.map((h) => h.key).slice(0, 3)).toEqual([
      'DEM-1',
      'DEM-2',
      'DEM-3',
    ]);
    expect(pages[0]).toMatchObject({
      isLast: false,
      names: { customfield_10042: 'Criticité', status: 'État' },
      issues: expect.arrayContaining([
        expect.objectContaining({
          key: 'DEM-3',
          changelog: expect.objectContaining({ total: 3 }) as unknown,
        }),
      ]) as unknown,
    });
    expect(openApi.mismatches).toEqual([]);
  });

  test('the embedded changelog lists every history entry, newest first', async () => {
    const { sandbox } = await siteWith(3);
    const page = await call(sandbox.transport, 'POST', '/rest/api/3/search/jql', {
      jql: 'key = DEM-3',
      fields: ['status'],
      expand: 'changelog',
    });
    const issue = (page.json as { issues: { changelog: { histories: { created: string }[] } }[] })
      .issues[0];
    expect(issue?.changelog.histories.map((h) => h.created)).toEqual([
      '2026-03-04T16:00:00.000+0100',
      '2026-03-04T11:00:00.000+0100',
      '2026-03-04T10:00:00.000+0100',
    ]);
  });

  test('without changelog a page may hold up to 5000 issues, and only the fields asked for', async () => {
    const { sandbox } = await siteWith(120);
    const page = await call(sandbox.transport, 'POST', '/rest/api/3/search/jql', {
      jql: 'project = DEM AND status = Résolu',
      fields: ['status'],
      maxResults: 9000,
    });
    const json = page.json as { issues: { fields: Record<string, unknown> }[]; isLast: boolean };
    expect(json.issues).toHaveLength(40);
    expect(json.isLast).toBe(true);
    expect(Object.keys(json.issues[0]?.fields ?? {})).toEqual(['status']);
  });

  test('a token from one query cannot continue another, and JQL errors carry Jira’s sentences', async () => {
    const { sandbox, client } = await siteWith(3);
    const first = await call(sandbox.transport, 'POST', '/rest/api/3/search/jql', {
      jql: 'project = DEM',
      maxResults: 1,
    });
    const token = (first.json as { nextPageToken: string }).nextPageToken;
    const other = await call(sandbox.transport, 'POST', '/rest/api/3/search/jql', {
      jql: 'project = DEM AND labels IS EMPTY',
      nextPageToken: token,
    });
    expect(other.status).toBe(400);
    const broken = await searchAllPages(
      client,
      { jql: 'project = DEM AND', fields: FIELDS },
      () => undefined,
    );
    expect(broken).toMatchObject({ ok: false, code: 'HTTP.CLIENT_ERROR' });
    expect(!broken.ok && broken.message).toContain('Error in the JQL Query');
    const unbounded = await call(sandbox.transport, 'POST', '/rest/api/3/search/jql', {
      jql: 'ORDER BY created DESC',
    });
    expect(unbounded).toMatchObject({
      status: 400,
      json: { errorMessages: [expect.stringContaining('Unbounded JQL') as unknown] },
    });
  });

  test('bulkChangelogs reads the histories, filtered to the fields asked, oldest first', async () => {
    const { sandbox, client, openApi } = await siteWith(6);
    const ids = sandbox.state().issues.map((issue) => issue.id);
    const read = await bulkChangelogs(client, ids, ['status']);
    if (!read.ok) throw new Error(read.message);
    const dem3 = sandbox.state().issues.find((i) => i.key === 'DEM-3');
    const histories = read.value.get(dem3?.id ?? '') ?? [];
    expect(histories.map((h) => h.items.map((i) => `${i.field}:${String(i.toString)}`))).toEqual([
      ['status:En cours'],
      ['status:Résolu'],
    ]);
    expect([...read.value.keys()]).toHaveLength(2);
    expect(openApi.mismatches).toEqual([]);
  });

  test('bulkfetch pages by histories with nextPageToken', async () => {
    const { sandbox } = await siteWith(6);
    const all = sandbox.state().issues.map((issue) => issue.key);
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await call(sandbox.transport, 'POST', '/rest/api/3/changelog/bulkfetch', {
        issueIdsOrKeys: all,
        maxResults: 4,
        ...(token === undefined ? {} : { nextPageToken: token }),
      });
      const json = page.json as {
        issueChangeLogs: { issueId: string; changeHistories: { id: string }[] }[];
        nextPageToken?: string;
      };
      seen.push(...json.issueChangeLogs.flatMap((log) => log.changeHistories.map((h) => h.id)));
      token = json.nextPageToken;
    } while (token !== undefined);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
  });

  test('writeAppFieldValues stores the values, and Jira logs them as the app’s change', async () => {
    const { sandbox, client, openApi, clock } = await siteWith(2);
    const [one, two] = sandbox.state().issues.map((issue) => Number(issue.id));
    clock.at('2026-04-01T06:00:00Z');
    const written = await writeAppFieldValues(client, [
      { customField: 'customfield_10100', issueIds: [one ?? 0, two ?? 0], value: 'En retard' },
      { customField: 'customfield_10101', issueIds: [one ?? 0], value: '2026-04-02T16:30:00.123Z' },
      {
        customField: 'customfield_10102',
        issueIds: [one ?? 0],
        value: { restant: 120, etat: 'running' },
      },
    ]);
    expect(written).toEqual({ ok: true, value: 3 });
    const issue = await call(
      sandbox.transport,
      'GET',
      '/rest/api/3/issue/DEM-1?fields=customfield_10100,customfield_10101,customfield_10102&expand=changelog,names',
    );
    expect(issue.json).toMatchObject({
      fields: {
        customfield_10100: 'En retard',
        customfield_10101: '2026-04-02T18:30:00.000+0200',
        customfield_10102: { restant: 120, etat: 'running' },
      },
      names: { customfield_10100: 'Jalon : état' },
      changelog: { histories: [{ author: APP_USER, created: '2026-04-01T08:00:00.000+0200' }] },
    });
    expect(openApi.mismatches).toEqual([]);
  });

  test('an app field write to an unknown field or issue is refused whole', async () => {
    const { sandbox, client } = await siteWith(1);
    const before = sandbox.state();
    const refused = await writeAppFieldValues(client, [
      { customField: 'customfield_10100', issueIds: [10001], value: 'ok' },
      { customField: 'customfield_10100', issueIds: [99999], value: 'ok' },
    ]);
    expect(refused).toMatchObject({ ok: false, status: 404 });
    expect(sandbox.state()).toBe(before);
  });

  test('issue properties are created (201) then replaced (200), and the fields list names every field', async () => {
    const { client, sandbox } = await siteWith(1);
    const first = await client.send(issuePropertyRequest('DEM-1', 'jalon-explication', { v: 1 }));
    const second = await client.send(issuePropertyRequest('DEM-1', 'jalon-explication', { v: 2 }));
    expect([first.ok && first.value.status, second.ok && second.value.status]).toEqual([201, 200]);
    expect(sandbox.state().issues[0]?.properties).toEqual({ 'jalon-explication': { v: 2 } });
    const ids = await siteFieldIds(client);
    expect(ids.ok && ids.value.get('Criticité')).toBe('customfield_10042');
    expect(ids.ok && ids.value.get('État')).toBe('status');
  });

  test('the removed /rest/api/3/search answers 410, as Jira Cloud does', async () => {
    const { sandbox } = await siteWith(0);
    const gone = await call(sandbox.transport, 'POST', '/rest/api/3/search', {
      jql: 'project = DEM',
    });
    expect(gone.status).toBe(410);
  });

  test('the validator refuses what Jira would not send', () => {
    const { validate } = openApiCheck();
    expect(() => {
      validate('/rest/api/3/search/jql', 'POST', 200, { issues: [], total: 3 });
    }).toThrow(/must NOT have additional properties/);
    expect(() => {
      validate('/rest/api/3/search/jql', 'POST', null, { jql: 1 });
    }).toThrow(/must be string/);
  });
});

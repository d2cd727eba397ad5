import { succeed } from '../../src/core/result';
import { createHttpClient } from '../../src/platform/http';
import {
  appFieldValueRequest,
  bulkChangelogRequest,
  searchJqlRequest,
  type JiraRequest,
} from '../../src/jira/jira-requests';
import {
  bulkChangelogs,
  searchAllPages,
  writeAppFieldValues,
  type JiraHttp,
} from '../../src/jira/jira-rest';
import { aJiraIssue, aSearchPage } from '../support/jira-fixtures';
import { loadJiraOpenApi } from './jira-openapi';

const jira = loadJiraOpenApi();
const bodyOf = (request: JiraRequest): unknown => JSON.parse(request.body ?? 'null');

/** An HTTP client that answers from a script and records what it was asked and counted. */
function scripted(responses: readonly unknown[]) {
  const sent: JiraRequest[] = [];
  const objects: number[] = [];
  const http: JiraHttp = {
    send(request, options) {
      sent.push(request);
      const response = responses[sent.length - 1];
      if (options?.objects !== undefined) objects.push(options.objects(response));
      return Promise.resolve(succeed({ status: 200, body: JSON.stringify(response ?? {}) }));
    },
  };
  return { http, sent, objects };
}

describe('requests conform to the Jira platform OpenAPI document', () => {
  test.each([
    [
      '/rest/api/3/search/jql',
      searchJqlRequest({
        jql: 'project = DEM ORDER BY key',
        fields: ['status', 'status', 'created'],
        expand: ['names', 'changelog'],
        nextPageToken: 'CAEaAggD',
      }),
    ],
    [
      '/rest/api/3/changelog/bulkfetch',
      bulkChangelogRequest({
        issues: ['DEM-1', 'DEM-2'],
        fieldIds: ['status', 'customfield_10042'],
      }),
    ],
    [
      '/rest/api/3/app/field/value',
      appFieldValueRequest([
        { customField: 'customfield_10100', issueIds: [10001, 10002], value: 'Dépassé' },
      ]),
    ],
  ])('POST %s', (route, request) => {
    expect(request.path).toBe(route);
    expect(jira.validate(jira.requestSchema(route, 'post'), bodyOf(request))).toEqual([]);
  });

  test('a changelog request over 10 fields asks for every field (Jira allows 10 at most)', () => {
    const fields = Array.from({ length: 11 }, (_, i) => `customfield_${String(10_000 + i)}`);
    const body = bodyOf(bulkChangelogRequest({ issues: ['DEM-1'], fieldIds: fields })) as Record<
      string,
      unknown
    >;
    expect(body.fieldIds).toBeUndefined();
    expect(
      jira.validate(jira.requestSchema('/rest/api/3/changelog/bulkfetch', 'post'), body),
    ).toEqual([]);
  });

  test('more than 1,000 issues in one changelog request is a programming error', () => {
    const keys = Array.from({ length: 1001 }, (_, i) => `DEM-${String(i)}`);
    expect(() => bulkChangelogRequest({ issues: keys, fieldIds: [] })).toThrow(RangeError);
  });
});

describe('the Jira REST adapter', () => {
  test('a search follows nextPageToken to the last page and counts the issues returned', async () => {
    const first = aSearchPage([aJiraIssue('DEM-1'), aJiraIssue('DEM-2')], 'CAEaAggD');
    const last = aSearchPage([aJiraIssue('DEM-3')]);
    expect(jira.validate(jira.responseSchema('/rest/api/3/search/jql', 'post'), first)).toEqual([]);
    const { http, sent, objects } = scripted([first, last]);
    const pages: unknown[] = [];
    const result = await searchAllPages(
      http,
      { jql: 'project = DEM', fields: ['status'] },
      (page) => {
        pages.push(page);
      },
    );
    expect(result).toEqual({ ok: true, value: 2 });
    expect(sent.map((r) => (bodyOf(r) as { nextPageToken?: string }).nextPageToken)).toEqual([
      undefined,
      'CAEaAggD',
    ]);
    expect(objects).toEqual([2, 1]);
  });

  test('changelogs of 2,500 issues take three calls of at most 1,000 and follow their pages', async () => {
    const keys = Array.from({ length: 2500 }, (_, i) => `DEM-${String(i + 1)}`);
    const history = {
      id: '1',
      created: '2026-03-02T10:00:00.000+0100',
      items: [{ field: 'status', fieldtype: 'jira', fromString: 'À faire', toString: 'En cours' }],
    };
    const page = (issueId: string, next?: string) => ({
      issueChangeLogs: [{ issueId, changeHistories: [history] }],
      ...(next === undefined ? {} : { nextPageToken: next }),
    });
    for (const response of [page('10001', 'p2'), page('10001')])
      expect(
        jira.validate(jira.responseSchema('/rest/api/3/changelog/bulkfetch', 'post'), response),
      ).toEqual([]);
    const { http, sent } = scripted([
      page('10001', 'p2'),
      page('10001'),
      page('11001'),
      page('12001'),
    ]);
    const result = await bulkChangelogs(http, keys, ['status']);
    expect(
      sent.map((r) => (bodyOf(r) as { issueIdsOrKeys: string[] }).issueIdsOrKeys.length),
    ).toEqual([1000, 1000, 1000, 500]);
    expect(result.ok && result.value.get('10001')).toHaveLength(2);
  });

  test('field values are written in one call, and not at all when nothing changed', async () => {
    const quiet = scripted([]);
    expect(
      await writeAppFieldValues(quiet.http, [
        { customField: 'customfield_10100', issueIds: [], value: 'x' },
      ]),
    ).toEqual({ ok: true, value: 0 });
    expect(quiet.sent).toEqual([]);
    const busy = scripted([{}]);
    await writeAppFieldValues(busy.http, [
      { customField: 'customfield_10100', issueIds: [10001], value: 3.5 },
    ]);
    expect(busy.sent).toHaveLength(1);
  });
});

describe('through the platform HTTP client', () => {
  test('a rate-limited search page is retried after Retry-After and counted in points', async () => {
    const page = aSearchPage([aJiraIssue('DEM-1'), aJiraIssue('DEM-2')]);
    const replies = [
      {
        status: 429,
        headers: { 'retry-after': '2', 'ratelimit-reason': 'jira-burst-based' },
        body: '',
      },
      { status: 200, headers: {}, body: JSON.stringify(page) },
    ];
    const waits: number[] = [];
    const client = createHttpClient(
      { send: () => Promise.resolve(replies.shift() ?? { status: 500, headers: {}, body: '' }) },
      {
        sleep: (ms) => {
          waits.push(ms);
          return Promise.resolve();
        },
        random: () => 0.5,
        now: () => 0,
      },
    );
    const http: JiraHttp = client;
    const result = await searchAllPages(
      http,
      { jql: 'project = DEM', fields: ['status'] },
      () => undefined,
    );
    expect(result).toEqual({ ok: true, value: 1 });
    expect(waits[0]).toBeGreaterThanOrEqual(2000);
    expect(client.account()).toMatchObject({ requests: 2, retries: 1, points: 3 });
  });
});

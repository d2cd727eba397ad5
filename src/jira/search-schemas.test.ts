import { parseWith } from '../core/validation';
import { jiraIssueSchema, jiraSearchPageSchema } from './search-schemas';

const history = {
  id: '10500',
  created: '2026-04-02T10:00:00.000+0200',
  author: { accountId: '712020:1', displayName: 'Agent X', active: true },
  items: [
    {
      field: 'status',
      fieldtype: 'jira',
      fieldId: 'status',
      from: '1',
      fromString: 'À faire',
      to: '3',
      toString: 'En cours',
    },
  ],
};
const issue = {
  key: 'DEM-12',
  fields: {
    status: { name: 'En cours', id: '3' },
    issuetype: { name: 'Anomalie' },
    project: { key: 'DEM' },
    labels: [],
    created: '2026-04-01T09:00:00.000+0200',
    customfield_10042: { value: 'Bloquante' },
  },
  changelog: { startAt: 0, maxResults: 1, total: 1, histories: [history] },
};

const page = (issues: unknown[], more: object = {}) => ({ issues, names: {}, ...more });
const pathsOf = (input: unknown) => {
  const result = parseWith(jiraSearchPageSchema, input, 'TEST', 'Page');
  return result.ok ? [] : (result.issues ?? []).map((i) => i.path);
};

describe('search page schemas', () => {
  it('accept keys Jira adds that Jalon does not read, and keep custom fields', () => {
    const extra = {
      ...issue,
      id: '10012',
      self: 'https://x.atlassian.net/rest/api/3/issue/10012',
      renderedFields: {},
      fields: { ...issue.fields, customfield_99999: [1, 2], priority: { name: 'Haute' } },
    };
    const parsed = jiraSearchPageSchema.parse(page([extra], { schema: {}, isLast: true }));
    expect(parsed.issues[0]?.fields.customfield_99999).toEqual([1, 2]);
    expect(parsed.issues[0]?.fields.status.name).toBe('En cours');
  });

  it('accept a change without author, items without fieldId and null values', () => {
    const item = {
      field: 'Criticité',
      fieldtype: 'custom',
      from: null,
      fromString: null,
      to: null,
      toString: 'Majeure',
    };
    const automated = { id: '10501', created: history.created, items: [item] };
    const changelog = { ...issue.changelog, histories: [automated] };
    expect(pathsOf(page([{ ...issue, changelog }]))).toEqual([]);
  });

  it('accept a missing changelog and a null or missing nextPageToken', () => {
    const bare = Object.fromEntries(Object.entries(issue).filter(([key]) => key !== 'changelog'));
    expect(pathsOf(page([bare], { nextPageToken: null }))).toEqual([]);
    expect(pathsOf(page([bare], { nextPageToken: 'CAEaAggD' }))).toEqual([]);
  });

  it.each([
    ['a missing key', { ...issue, key: undefined }, 'issues[0].key'],
    [
      'created as a number',
      { ...issue, fields: { ...issue.fields, created: 1775026800000 } },
      'issues[0].fields.created',
    ],
    [
      'a status without name',
      { ...issue, fields: { ...issue.fields, status: { id: '3' } } },
      'issues[0].fields.status.name',
    ],
    [
      'labels as one text',
      { ...issue, fields: { ...issue.fields, labels: 'tma' } },
      'issues[0].fields.labels',
    ],
    [
      'an author without display name',
      {
        ...issue,
        changelog: { ...issue.changelog, histories: [{ ...history, author: { accountId: '1' } }] },
      },
      'issues[0].changelog.histories[0].author.displayName',
    ],
    [
      'a changelog without total',
      { ...issue, changelog: { maxResults: 1, histories: [history] } },
      'issues[0].changelog.total',
    ],
  ])('report %s with its path', (_, bad, path) => {
    expect(pathsOf(page([bad]))).toEqual([path]);
  });

  it('report wrong page keys with their paths, in French', () => {
    const result = parseWith(
      jiraSearchPageSchema,
      { issues: [], names: { a: 1 }, nextPageToken: 7 },
      'TEST',
      'Page',
    );
    expect(result.ok ? [] : result.issues).toEqual([
      {
        path: 'names.a',
        message: expect.stringContaining('chaîne de caractères attendu') as unknown,
      },
      { path: 'nextPageToken', message: expect.stringContaining('attendu') as unknown },
    ]);
  });

  it('read an issue alone, as GET /rest/api/3/issue/{key} returns it with expand=names', () => {
    const parsed = jiraIssueSchema.parse({ ...issue, names: { customfield_10042: 'Criticité' } });
    expect(parsed.names).toEqual({ customfield_10042: 'Criticité' });
  });
});

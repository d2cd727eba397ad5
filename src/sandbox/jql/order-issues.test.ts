import { compareIssueKeys, jqlComparator, parseJql, runJql, type JqlIssue } from '.';

const NOW = Date.parse('2026-03-29T12:00:00+02:00');

function issue(key: string, fields: Partial<JqlIssue> = {}): JqlIssue {
  const created = Date.parse('2026-03-01T10:00:00+01:00');
  const base = { key, project: key.replace(/-\d+$/, ''), issuetype: 'Bug', status: 'Open' };
  return {
    ...base,
    labels: [],
    summary: key,
    created,
    updated: created,
    resolved: null,
    fields: {},
    ...fields,
  };
}

const ISSUES: readonly JqlIssue[] = [
  issue('ABC-10', { status: 'Done', resolved: Date.parse('2026-03-05T10:00:00Z') }),
  issue('XYZ-1', { status: 'open', labels: ['beta'], fields: { customfield_10042: 'b' } }),
  issue('ABC-2', { status: 'Done', resolved: Date.parse('2026-03-04T10:00:00Z') }),
  issue('AB-7', { status: 'In Progress', fields: { customfield_10042: 'a' } }),
  issue('ABC-1', { status: 'Open', labels: ['zeta', 'alpha'] }),
];

function keys(jql: string): string[] {
  const result = runJql(jql, ISSUES, { now: NOW });
  if (!result.ok) throw new Error(result.message);
  return result.value.map((found) => found.key);
}

describe('ORDER BY', () => {
  test.each([
    ['no ORDER BY sorts by key, numerically', '', ['AB-7', 'ABC-1', 'ABC-2', 'ABC-10', 'XYZ-1']],
    ['key DESC', 'ORDER BY key DESC', ['XYZ-1', 'ABC-10', 'ABC-2', 'ABC-1', 'AB-7']],
    [
      'ties broken by key ascending',
      'ORDER BY status',
      ['ABC-2', 'ABC-10', 'AB-7', 'ABC-1', 'XYZ-1'],
    ],
    [
      'ties broken by key ascending when descending',
      'ORDER BY status DESC',
      ['ABC-1', 'XYZ-1', 'AB-7', 'ABC-2', 'ABC-10'],
    ],
    [
      'empty values last when ascending',
      'ORDER BY resolved',
      ['ABC-2', 'ABC-10', 'AB-7', 'ABC-1', 'XYZ-1'],
    ],
    [
      'empty values first when descending',
      'ORDER BY resolved DESC',
      ['AB-7', 'ABC-1', 'XYZ-1', 'ABC-10', 'ABC-2'],
    ],
    [
      'several keys',
      'ORDER BY status DESC, key DESC',
      ['XYZ-1', 'ABC-1', 'AB-7', 'ABC-10', 'ABC-2'],
    ],
    [
      'a custom field by display value',
      'ORDER BY cf[10042]',
      ['AB-7', 'XYZ-1', 'ABC-1', 'ABC-2', 'ABC-10'],
    ],
    ['labels by their sorted list', 'status = open ORDER BY labels DESC', ['XYZ-1', 'ABC-1']],
  ])('%s', (_name, jql, expected) => {
    expect(keys(jql)).toEqual(expected);
  });

  test('jqlComparator sorts like runJql', () => {
    const query = parseJql('ORDER BY resolved DESC');
    if (!query.ok) throw new Error(query.message);
    const sorted = [...ISSUES].sort(jqlComparator(query.value)).map((found) => found.key);
    expect(sorted).toEqual(keys('ORDER BY resolved DESC'));
  });
});

describe('compareIssueKeys', () => {
  test.each([
    ['ABC-2', 'ABC-10', -1],
    ['ABC-10', 'ABC-9', 1],
    ['AB-99', 'ABC-1', -1],
    ['abc-3', 'ABC-3', 1],
    ['ABC-3', 'ABC-3', 0],
  ])('%s against %s', (a, b, sign) => {
    expect(Math.sign(compareIssueKeys(a, b))).toBe(sign);
  });
});

import { jqlFilter, parseJql, runJql, type JqlIssue } from '.';

const NOW = Date.parse('2026-03-29T12:00:00+02:00');
const at = (iso: string): number => Date.parse(iso);

function issue(key: string, fields: Partial<JqlIssue> = {}): JqlIssue {
  return {
    key,
    project: key.replace(/-\d+$/, ''),
    issuetype: 'Bug',
    status: 'Open',
    labels: [],
    summary: `Issue ${key}`,
    created: at('2026-03-01T10:00:00+01:00'),
    updated: at('2026-03-01T10:00:00+01:00'),
    resolved: null,
    fields: {},
    ...fields,
  };
}

const ISSUES: readonly JqlIssue[] = [
  issue('ABC-1', {
    labels: ['urgent', 'backend'],
    summary: 'Login fails on Safari',
    fields: { customfield_10042: 'Gold' },
  }),
  issue('ABC-2', {
    issuetype: 'Story',
    status: 'In Progress',
    labels: ['frontend'],
    summary: 'New dashboard',
    created: at('2026-03-02T10:00:00+01:00'),
    fields: { customfield_10042: 'Silver' },
  }),
  issue('ABC-10', {
    status: 'Done',
    summary: 'Don\'t crash on "quotes"',
    created: at('2026-03-10T10:00:00+01:00'),
    resolved: at('2026-03-12T16:30:00+01:00'),
    fields: { customfield_10042: null },
  }),
  issue('XYZ-3', {
    issuetype: 'Task',
    status: 'Done',
    labels: ['urgent'],
    summary: 'Renew certificates',
    created: at('2026-03-20T10:00:00+01:00'),
    resolved: at('2026-03-28T09:00:00+01:00'),
  }),
];

function keys(jql: string, issues: readonly JqlIssue[] = ISSUES): string[] {
  const result = runJql(jql, issues, { now: NOW });
  if (!result.ok) throw new Error(result.message);
  return result.value.map((found) => found.key);
}

describe('every operator on every kind of field', () => {
  test.each([
    ['project = abc', ['ABC-1', 'ABC-2', 'ABC-10']],
    ['project != ABC', ['XYZ-3']],
    ['issuetype = bug', ['ABC-1', 'ABC-10']],
    ['type IN (Story, Task)', ['ABC-2', 'XYZ-3']],
    ['status NOT IN ("In Progress", Done)', ['ABC-1']],
    ["status = 'in progress'", ['ABC-2']],
    ['status IS NOT EMPTY', ['ABC-1', 'ABC-2', 'ABC-10', 'XYZ-3']],
    ['key = abc-10', ['ABC-10']],
    ['issuekey IN (ABC-1, XYZ-3, NOPE-1)', ['ABC-1', 'XYZ-3']],
    ['labels = URGENT', ['ABC-1', 'XYZ-3']],
    ['labels != urgent', ['ABC-2']],
    ['labels IN (frontend, backend)', ['ABC-1', 'ABC-2']],
    ['labels NOT IN (frontend, backend)', ['XYZ-3']],
    ['labels IS EMPTY', ['ABC-10']],
    ['labels = EMPTY', ['ABC-10']],
    ['labels != EMPTY', ['ABC-1', 'ABC-2', 'XYZ-3']],
    ['labels IN (frontend, EMPTY)', ['ABC-2', 'ABC-10']],
    ['summary ~ DASH', ['ABC-2']],
    ['summary !~ dashboard', ['ABC-1', 'ABC-10', 'XYZ-3']],
    ['cf[10042] = gold', ['ABC-1']],
    ['customfield_10042 != Gold', ['ABC-2']],
    ['cf[10042] IN (Gold, Silver)', ['ABC-1', 'ABC-2']],
    ['cf[10042] NOT IN (Gold)', ['ABC-2']],
    ['cf[10042] IS EMPTY', ['ABC-10', 'XYZ-3']],
    ['cf[10042] IS NOT EMPTY', ['ABC-1', 'ABC-2']],
    ['resolved IS EMPTY', ['ABC-1', 'ABC-2']],
    ['resolved IS NOT EMPTY', ['ABC-10', 'XYZ-3']],
    ['created = "2026-03-02 10:00"', ['ABC-2']],
    ['created != "2026-03-02 10:00"', ['ABC-1', 'ABC-10', 'XYZ-3']],
    ['created IN ("2026-03-02 10:00", "2026/03/10 10:00")', ['ABC-2', 'ABC-10']],
    ['created NOT IN ("2026-03-02 10:00")', ['ABC-1', 'ABC-10', 'XYZ-3']],
    ['created < "2026-03-02 10:00"', ['ABC-1']],
    ['created <= "2026-03-02 10:00"', ['ABC-1', 'ABC-2']],
    ['created > "2026-03-10"', ['ABC-10', 'XYZ-3']],
    ['created >= "2026-03-20 10:00"', ['XYZ-3']],
    ['resolved < "2026-03-20"', ['ABC-10']],
    ['resolved != "2026-03-12 16:30"', ['XYZ-3']],
    ['resolved IN ("2026-03-12 16:30", EMPTY)', ['ABC-1', 'ABC-2', 'ABC-10']],
    [`created = ${String(at('2026-03-20T10:00:00+01:00'))}`, ['XYZ-3']],
  ])('%s', (jql, expected) => {
    expect(keys(jql)).toEqual(expected);
  });
});

describe('NOT, AND, OR and parentheses', () => {
  test.each([
    [
      'AND binds tighter than OR',
      'project = XYZ OR status = Open AND labels = backend',
      ['ABC-1', 'XYZ-3'],
    ],
    ['parentheses regroup', '(project = XYZ OR status = Open) AND labels = backend', ['ABC-1']],
    ['NOT binds tighter than AND', 'NOT status = Done AND project = ABC', ['ABC-1', 'ABC-2']],
    [
      'NOT applies to a group',
      'NOT (status = Done AND project = ABC)',
      ['ABC-1', 'ABC-2', 'XYZ-3'],
    ],
    ['NOT is a complement, empty fields included', 'NOT labels = urgent', ['ABC-2', 'ABC-10']],
    ['!= leaves empty fields out', 'labels != urgent', ['ABC-2']],
    [
      'symbols stand for the words',
      '! status = Done && (labels = frontend || labels = backend)',
      ['ABC-1', 'ABC-2'],
    ],
    ['NOT NOT cancels out', 'NOT NOT project = XYZ', ['XYZ-3']],
  ])('%s', (_name, jql, expected) => {
    expect(keys(jql)).toEqual(expected);
  });
});

describe('quoting and escapes', () => {
  test.each([
    ['a double-quoted value with a single quote', 'summary ~ "Don\'t crash"', ['ABC-10']],
    ['an escaped single quote', "summary ~ 'Don\\'t'", ['ABC-10']],
    ['escaped double quotes', 'summary ~ "\\"quotes\\""', ['ABC-10']],
    ['a unicode escape', 'status = "In\\u0020Progress"', ['ABC-2']],
    ['an escaped space in a bare word', 'status = In\\ Progress', ['ABC-2']],
    ['a quoted reserved word', 'labels = "select" OR project = \'DO\'', []],
    ['a quoted field name', '"Status" = Done AND \'labels\' IS EMPTY', ['ABC-10']],
    ['a word with dots, dashes and colons', 'key = ABC-2 OR labels = v1.2:beta-3', ['ABC-2']],
  ])('%s', (_name, jql, expected) => {
    expect(keys(jql)).toEqual(expected);
  });
});

describe('runJql', () => {
  test('an empty query matches every issue, sorted by key', () => {
    expect(keys('', [...ISSUES].reverse())).toEqual(['ABC-1', 'ABC-2', 'ABC-10', 'XYZ-3']);
  });

  test('returns a new array and leaves the input as it was', () => {
    const input = [...ISSUES].reverse();
    const copy = [...input];
    const result = runJql('project = ABC', input, { now: NOW });
    expect(result.ok && result.value).not.toBe(input);
    expect(input).toEqual(copy);
  });

  test('passes a parse failure through', () => {
    expect(runJql('colour = red', ISSUES, { now: NOW })).toMatchObject({
      ok: false,
      code: 'JQL.UNKNOWN_FIELD',
    });
  });

  test('checks custom fields against the known ones when given', () => {
    const context = { now: NOW, customFields: ['customfield_10042'] };
    expect(runJql('cf[10042] = Gold', ISSUES, context)).toMatchObject({ ok: true });
    expect(runJql('cf[1] = Gold', ISSUES, context)).toMatchObject({ code: 'JQL.UNKNOWN_FIELD' });
  });
});

describe('jqlFilter', () => {
  test('refuses an unknown time zone and a now that is not an instant', () => {
    const query = parseJql('created > -1d');
    if (!query.ok) throw new Error(query.message);
    expect(() => jqlFilter(query.value, { now: NOW, zone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => jqlFilter(query.value, { now: Number.NaN })).toThrow(RangeError);
  });
});

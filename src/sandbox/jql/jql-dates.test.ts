import { jqlFilter, parseJql, type JqlIssue } from '.';

const SPRING = Date.parse('2026-03-29T12:00:00+02:00'); // Sunday of the spring-forward change
const AUTUMN = Date.parse('2026-10-25T12:00:00+01:00'); // Sunday of the fall-back change

function createdAt(iso: string): JqlIssue {
  const created = Date.parse(iso);
  const base = { key: 'ABC-1', project: 'ABC', issuetype: 'Bug', status: 'Open', labels: [] };
  return { ...base, summary: '', created, updated: created, resolved: null, fields: {} };
}

/** The instant a date value designates: the first `created` that `created >= value` keeps. */
function instantOf(value: string, now: number, zone?: string): string {
  const query = parseJql(`created >= ${value}`);
  if (!query.ok) throw new Error(query.message);
  const keep = jqlFilter(query.value, zone === undefined ? { now } : { now, zone });
  let [low, high] = [Date.parse('1990-01-01T00:00:00Z'), Date.parse('2060-01-01T00:00:00Z')];
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (keep({ ...createdAt('2000-01-01T00:00:00Z'), created: middle })) high = middle;
    else low = middle + 1;
  }
  return new Date(low).toISOString();
}

describe('dates in Europe/Paris on the spring-forward Sunday (2026-03-29)', () => {
  test.each([
    ['now() is the instant of the search', 'now()', '2026-03-29T10:00:00.000Z'],
    [
      'startOfDay() is local midnight, still in winter time',
      'startOfDay()',
      '2026-03-28T23:00:00.000Z',
    ],
    ['startOfDay(-1) is the midnight before', 'startOfDay(-1)', '2026-03-27T23:00:00.000Z'],
    [
      'startOfDay(1) is the next midnight, in summer time',
      'startOfDay(1)',
      '2026-03-29T22:00:00.000Z',
    ],
    [
      'startOfDay("+9h") adds hours after midnight',
      'startOfDay("+9h")',
      '2026-03-29T08:00:00.000Z',
    ],
    [
      'endOfDay() is the last millisecond of a 23-hour day',
      'endOfDay()',
      '2026-03-29T21:59:59.999Z',
    ],
    ['-1d is 24 hours earlier, as in Jira, so 11:00 local', '-1d', '2026-03-28T10:00:00.000Z'],
    ['1d is 24 hours later', '1d', '2026-03-30T10:00:00.000Z'],
    ['-4h crosses the change', '-4h', '2026-03-29T06:00:00.000Z'],
    ['-30m', '-30m', '2026-03-29T09:30:00.000Z'],
    ['-2w', '-2w', '2026-03-15T10:00:00.000Z'],
    ['"-1w 2d" adds its parts', '"-1w 2d"', '2026-03-20T10:00:00.000Z'],
    ['startOfMonth()', 'startOfMonth()', '2026-02-28T23:00:00.000Z'],
    ['startOfMonth(-1) is the start of last month', 'startOfMonth(-1)', '2026-01-31T23:00:00.000Z'],
    ['startOfMonth("+14d") is the 15th', 'startOfMonth("+14d")', '2026-03-14T23:00:00.000Z'],
    ['endOfMonth() ends in summer time', 'endOfMonth()', '2026-03-31T21:59:59.999Z'],
    ['endOfMonth(-1) is the end of February', 'endOfMonth(-1)', '2026-02-28T22:59:59.999Z'],
    ['startOfYear()', 'startOfYear()', '2025-12-31T23:00:00.000Z'],
    ['startOfYear(1)', 'startOfYear(1)', '2026-12-31T23:00:00.000Z'],
    ['endOfYear()', 'endOfYear()', '2026-12-31T22:59:59.999Z'],
    ['function names in any case', 'STARTOFDAY()', '2026-03-28T23:00:00.000Z'],
    ['a date is local midnight', '"2026-03-01"', '2026-02-28T23:00:00.000Z'],
    ['a date-time is local time', '"2026/03/01 14:30"', '2026-03-01T13:30:00.000Z'],
    [
      'a local time in the gap reads as the hour after',
      '"2026-03-29 02:30"',
      '2026-03-29T01:30:00.000Z',
    ],
  ])('%s', (_name, value, iso) => {
    expect(instantOf(value, SPRING)).toBe(iso);
  });
});

describe('dates on the fall-back Sunday (2026-10-25) and in other zones', () => {
  test.each([
    [
      'startOfDay() is local midnight, still in summer time',
      'startOfDay()',
      '2026-10-24T22:00:00.000Z',
    ],
    ['endOfDay() ends a 25-hour day', 'endOfDay()', '2026-10-25T22:59:59.999Z'],
    ['-1d is 24 hours earlier, so 13:00 local the day before', '-1d', '2026-10-24T11:00:00.000Z'],
    ['startOfDay(-1) is the midnight before', 'startOfDay(-1)', '2026-10-23T22:00:00.000Z'],
  ])('%s', (_name, value, iso) => {
    expect(instantOf(value, AUTUMN)).toBe(iso);
  });

  test('the zone of the search, not the host, sets midnight', () => {
    expect(instantOf('startOfDay()', SPRING, 'UTC')).toBe('2026-03-29T00:00:00.000Z');
    // 10:00Z is 23:45 on the 29th in Chatham (+13:45): its midnight is 10:15Z the day before.
    expect(instantOf('startOfDay()', SPRING, 'Pacific/Chatham')).toBe('2026-03-28T10:15:00.000Z');
    expect(instantOf('"2026-03-01"', SPRING, 'America/New_York')).toBe('2026-03-01T05:00:00.000Z');
  });

  test('Europe/Paris is the default zone', () => {
    expect(instantOf('startOfDay()', SPRING)).toBe(
      instantOf('startOfDay()', SPRING, 'Europe/Paris'),
    );
  });
});

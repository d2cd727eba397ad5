import fc from 'fast-check';
import { formatInstant, normaliseJiraDate, parseJiraTimestamp } from './jira-time';

const SEED = 20260402;

describe('parseJiraTimestamp', () => {
  it.each([
    ['2026-04-02T16:30:00.000+0200', Date.UTC(2026, 3, 2, 14, 30)],
    ['2026-04-02T14:30:00.000Z', Date.UTC(2026, 3, 2, 14, 30)],
    ['2026-04-02T16:30:00+02:00', Date.UTC(2026, 3, 2, 14, 30)],
    ['2026-04-02T16:30:00+0200', Date.UTC(2026, 3, 2, 14, 30)],
    ['2026-04-02T16:30:00.5+0200', Date.UTC(2026, 3, 2, 14, 30, 0, 500)],
    ['2026-04-02T16:30:00.05+0200', Date.UTC(2026, 3, 2, 14, 30, 0, 50)],
    ['2026-04-02T16:30:00.999Z', Date.UTC(2026, 3, 2, 16, 30, 0, 999)],
  ])('reads %s as the instant it names', (text, expected) => {
    expect(parseJiraTimestamp(text)).toBe(expected);
  });

  it.each([
    ['2026-04-02T09:30:00.000-0500', Date.UTC(2026, 3, 2, 14, 30)],
    ['2026-01-01T00:00:00.000-0330', Date.UTC(2026, 0, 1, 3, 30)],
    ['2025-12-31T20:00:00.000-1000', Date.UTC(2026, 0, 1, 6, 0)],
    ['2026-01-01T05:45:00.000+0545', Date.UTC(2026, 0, 1, 0, 0)],
    ['2026-01-01T13:45:00.000+1345', Date.UTC(2026, 0, 1, 0, 0)],
    ['2026-01-01T14:00:00.000+1400', Date.UTC(2026, 0, 1, 0, 0)],
    ['2026-01-01T00:30:00.000+0100', Date.UTC(2025, 11, 31, 23, 30)],
  ])('reads the offset %s, negative and fractional-hour ones included', (text, expected) => {
    expect(parseJiraTimestamp(text)).toBe(expected);
  });

  it('spring forward in Paris: 01:59:59.999+0100 and 03:00+0200 are one millisecond apart', () => {
    const before = parseJiraTimestamp('2026-03-29T01:59:59.999+0100');
    const after = parseJiraTimestamp('2026-03-29T03:00:00.000+0200');
    expect(before).toBe(Date.UTC(2026, 2, 29, 0, 59, 59, 999));
    expect(after).toBe(Date.UTC(2026, 2, 29, 1, 0));
  });

  it('fall back in Paris: 02:30 in summer time and 02:30 in winter time are one hour apart', () => {
    const summer = parseJiraTimestamp('2026-10-25T02:30:00.000+0200');
    const winter = parseJiraTimestamp('2026-10-25T02:30:00.000+0100');
    expect(summer).toBe(Date.UTC(2026, 9, 25, 0, 30));
    expect(winter).toBe(Date.UTC(2026, 9, 25, 1, 30));
  });

  it('reads leap days of leap years only', () => {
    expect(parseJiraTimestamp('2024-02-29T12:00:00.000+0100')).toBe(Date.UTC(2024, 1, 29, 11));
    expect(parseJiraTimestamp('2000-02-29T00:00:00.000Z')).toBe(Date.UTC(2000, 1, 29));
    expect(parseJiraTimestamp('2026-02-29T12:00:00.000+0100')).toBeUndefined();
    expect(parseJiraTimestamp('2100-02-29T12:00:00.000+0100')).toBeUndefined();
  });

  it.each([
    ['an impossible month', '2026-13-01T10:00:00.000+0200'],
    ['an impossible day', '2026-04-31T10:00:00.000+0200'],
    ['day zero', '2026-04-00T10:00:00.000+0200'],
    ['hour 24', '2026-04-02T24:00:00.000+0200'],
    ['minute 60', '2026-04-02T10:60:00.000+0200'],
    ['a leap second', '2026-06-30T23:59:60.000Z'],
    ['offset minutes over 59', '2026-04-02T10:00:00.000+0260'],
    ['an offset beyond 18 hours', '2026-04-02T10:00:00.000+1900'],
    ['no offset', '2026-04-02T10:00:00.000'],
    ['an hours-only offset', '2026-04-02T10:00:00.000+02'],
    ['sub-millisecond digits', '2026-04-02T10:00:00.0001+0200'],
    ['a space for T', '2026-04-02 10:00:00.000+0200'],
    ['a lower-case z', '2026-04-02T10:00:00.000z'],
    ['no seconds', '2026-04-02T10:00+0200'],
    ['a date alone', '2026-04-02'],
    ['surrounding spaces', ' 2026-04-02T10:00:00.000+0200'],
    ['epoch milliseconds', '1775140200000'],
    ['an empty text', ''],
  ])('rejects %s', (_, text) => {
    expect(parseJiraTimestamp(text)).toBeUndefined();
  });

  it('reads back any instant written with any offset (seeded)', () => {
    const instant = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) });
    const offset = fc.integer({ min: -18 * 60, max: 18 * 60 });
    fc.assert(
      fc.property(instant, offset, (ms, minutes) => {
        const wall = formatInstant(ms + minutes * 60_000).slice(0, 23);
        const abs = Math.abs(minutes);
        const hh = String(Math.floor(abs / 60)).padStart(2, '0');
        const mm = String(abs % 60).padStart(2, '0');
        const text = `${wall}${minutes < 0 ? '-' : '+'}${hh}${mm}`;
        expect(parseJiraTimestamp(text)).toBe(ms);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('normaliseJiraDate', () => {
  it('writes every spelling of one instant the same way', () => {
    const spellings = [
      '2026-04-02T16:30:00.000+0200',
      '2026-04-02T14:30:00Z',
      '2026-04-02T09:30:00-05:00',
    ];
    expect(spellings.map(normaliseJiraDate)).toEqual(Array(3).fill('2026-04-02T14:30:00.000Z'));
  });

  it('keeps a civil date as it is and refuses other texts', () => {
    expect(normaliseJiraDate('2026-04-02')).toBe('2026-04-02');
    expect(normaliseJiraDate('2026-02-30')).toBeUndefined();
    expect(normaliseJiraDate('2026-04-02 00:00:00.0')).toBeUndefined();
    expect(normaliseJiraDate('Bloquante')).toBeUndefined();
  });
});

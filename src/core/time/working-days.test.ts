import { at, calendarOf } from '../../../test/support/calendars';
import {
  addCalendarPeriod,
  addWorkingDays,
  calendarDaysLate,
  calendarPreset,
  countWorkingDays,
  isWorkingDay,
  workingDaysLate,
  type IsoDate,
} from '.';

const atih = calendarOf(calendarPreset('atih'));
const dsi = calendarOf(calendarPreset('dsi-grand-est'));
const d = (text: string) => text as IsoDate;

describe('addWorkingDays (CCAG counting: from 0 h the day after the event)', () => {
  test.each([
    [
      'a devis due T0 + 5 jours ouvrés from Friday 10 July 2026 skips 14 July',
      atih,
      '2026-07-10T10:00+02:00',
      5,
      {},
      '2026-07-20',
    ],
    [
      'an urgent devis (T0 + 2) from Wednesday 13 May 2026 skips Ascension',
      atih,
      '2026-05-13T15:00+02:00',
      2,
      {},
      '2026-05-18',
    ],
    [
      'an event on Friday evening counts from Saturday: day 1 is Monday',
      atih,
      '2026-06-05T19:00+02:00',
      1,
      {},
      '2026-06-08',
    ],
    [
      'with next-working-day, a Friday-evening event counts as Monday: day 1 is Tuesday',
      atih,
      '2026-06-05T19:00+02:00',
      1,
      { eventOutsideHours: 'next-working-day' },
      '2026-06-09',
    ],
    [
      'with next-working-day, a Saturday event counts as Monday',
      atih,
      '2026-06-06T10:00+02:00',
      1,
      { eventOutsideHours: 'next-working-day' },
      '2026-06-09',
    ],
    [
      'with next-working-day, an early-morning event keeps its day',
      atih,
      '2026-06-08T07:00+02:00',
      1,
      { eventOutsideHours: 'next-working-day' },
      '2026-06-09',
    ],
    [
      'the DSI Grand Est summer closure (3–14 August 2026) is skipped',
      dsi,
      '2026-07-30T11:00+02:00',
      5,
      {},
      '2026-08-20',
    ],
    [
      'counting over the new year skips 1 January 2027',
      atih,
      '2026-12-30T11:00+01:00',
      3,
      {},
      '2027-01-05',
    ],
    ['zero days is the event day itself', atih, '2026-06-06T10:00+02:00', 0, {}, '2026-06-06'],
  ] as const)('%s', (_name, calendar, event, n, options, expected) => {
    expect(addWorkingDays(calendar, at(event), n, options)).toEqual({ ok: true, value: expected });
  });

  test('a negative count is refused', () => {
    expect(addWorkingDays(atih, at('2026-06-08T10:00+02:00'), -1)).toMatchObject({
      ok: false,
      code: 'TIME.INVALID_AMOUNT',
    });
  });
});

describe('working-day counts and lateness', () => {
  test('there are 5 working days after 10 July 2026 up to 20 July', () => {
    expect(countWorkingDays(atih, d('2026-07-10'), d('2026-07-20'))).toBe(5);
    expect(countWorkingDays(atih, d('2026-07-20'), d('2026-07-10'))).toBe(-5);
  });

  test('counting across years adds each year', () => {
    expect(countWorkingDays(atih, d('2025-11-30'), d('2026-01-31'))).toBe(22 + 21);
  });

  test.each([
    ['done on the due date at 17:00 is on time', '2026-07-20T17:00+02:00', 0],
    ['done the next day is 1 working day late', '2026-07-21T09:30+02:00', 1],
    ['done on a Saturday counts as the next Monday: 5 days late', '2026-07-25T10:00+02:00', 5],
    ['done before the due date is on time', '2026-07-16T10:00+02:00', 0],
  ])('%s', (_name, done, expected) => {
    expect(workingDaysLate(atih, d('2026-07-20'), at(done))).toEqual({ ok: true, value: expected });
  });

  test('14 July and weekends are not working days; 13 July is', () => {
    expect(isWorkingDay(atih, d('2026-07-14'))).toBe(false);
    expect(isWorkingDay(atih, d('2026-07-12'))).toBe(false);
    expect(isWorkingDay(atih, d('2026-07-13'))).toBe(true);
    expect(isWorkingDay(atih, d('2026-01-01'))).toBe(false);
    expect(isWorkingDay(atih, d('2026-01-02'))).toBe(true);
  });
});

describe('addCalendarPeriod (weeks and months, CCAG)', () => {
  test.each([
    [
      '31 January 2027 + 1 mois ends on 28 February, a Sunday, extended to Monday 1 March',
      '2027-01-31T10:00+01:00',
      1,
      'months',
      {},
      '2027-03-01',
    ],
    [
      'without extension it stays on 28 February 2027',
      '2027-01-31T10:00+01:00',
      1,
      'months',
      { extendToWorkingDay: false },
      '2027-02-28',
    ],
    [
      '31 January 2028 + 1 mois is 29 February (leap year, a Tuesday)',
      '2028-01-31T10:00+01:00',
      1,
      'months',
      {},
      '2028-02-29',
    ],
    [
      '15 November 2026 + 3 mois is 15 February 2027',
      '2026-11-15T10:00+01:00',
      3,
      'months',
      {},
      '2027-02-15',
    ],
    [
      '7 July 2026 + 1 semaine falls on 14 July and runs to the 15th',
      '2026-07-07T10:00+02:00',
      1,
      'weeks',
      {},
      '2026-07-15',
    ],
    [
      '20 December 2026 + 5 jours calendaires falls on Christmas and runs to Monday 28th',
      '2026-12-20T10:00+01:00',
      5,
      'days',
      {},
      '2026-12-28',
    ],
  ] as const)('%s', (_name, event, n, unit, options, expected) => {
    expect(addCalendarPeriod(atih, at(event), n, unit, options)).toEqual({
      ok: true,
      value: expected,
    });
  });

  test('calendar days late counts every day after the due date', () => {
    expect(calendarDaysLate(atih, d('2026-07-20'), at('2026-07-23T10:00+02:00'))).toEqual({
      ok: true,
      value: 3,
    });
    expect(calendarDaysLate(atih, d('2026-07-20'), at('2026-07-19T10:00+02:00'))).toEqual({
      ok: true,
      value: 0,
    });
  });
});

import { at, calendarOf, iso, ROUND_THE_CLOCK } from '../../../test/support/calendars';
import {
  addBusinessMinutes,
  businessMinutes,
  calendarPreset,
  isWorking,
  nextWorkingInstant,
} from '.';

const atih = calendarOf(calendarPreset('atih'));
const or = calendarOf(calendarPreset('demat-ads-or'));
const dsi = calendarOf(calendarPreset('dsi-grand-est'));
const allDay = calendarOf(ROUND_THE_CLOCK);
const alsace = calendarOf({
  ...calendarPreset('atih'),
  id: 'alsace',
  holidays: { region: 'alsace-moselle' },
});
const alsaceNoGoodFriday = calendarOf({
  ...calendarPreset('atih'),
  id: 'alsace-no-gf',
  holidays: { region: 'alsace-moselle', goodFriday: false },
});

describe('businessMinutes', () => {
  test.each([
    [
      'Monday 16:00 to Tuesday 09:00 counts the last two hours of Monday',
      atih,
      '2026-06-08T16:00+02:00',
      '2026-06-09T09:00+02:00',
      120,
    ],
    [
      'a span from Friday 17:00 CET over the spring DST weekend (2026-03-29) to Monday 10:00 CEST',
      atih,
      '2026-03-27T17:00+01:00',
      '2026-03-30T10:00+02:00',
      120,
    ],
    [
      'the spring DST day (2026-03-29) lasts 23 hours round the clock',
      allDay,
      '2026-03-28T12:00+01:00',
      '2026-03-29T12:00+02:00',
      23 * 60,
    ],
    [
      'the autumn DST day (2026-10-25) lasts 25 hours round the clock',
      allDay,
      '2026-10-24T12:00+02:00',
      '2026-10-25T12:00+01:00',
      25 * 60,
    ],
    [
      'OR skips the autumn DST Sunday (2026-10-25) and counts Saturday and Monday',
      or,
      '2026-10-24T19:00+02:00',
      '2026-10-26T07:00+01:00',
      120,
    ],
    [
      '14 July on a Tuesday (2026) adds nothing',
      atih,
      '2026-07-13T17:00+02:00',
      '2026-07-15T10:00+02:00',
      120,
    ],
    [
      'OR works on 14 July: 1 h Monday, 14 h on the holiday, 1 h Wednesday',
      or,
      '2026-07-13T19:00+02:00',
      '2026-07-15T07:00+02:00',
      960,
    ],
    [
      'a span that starts and ends outside hours counts the whole day',
      atih,
      '2026-06-08T07:00+02:00',
      '2026-06-08T20:00+02:00',
      540,
    ],
    [
      'an evening-to-morning span outside hours is zero',
      atih,
      '2026-06-09T19:00+02:00',
      '2026-06-10T08:00+02:00',
      0,
    ],
    ['a weekend is zero', atih, '2026-06-13T00:00+02:00', '2026-06-15T00:00+02:00', 0],
    [
      'a span over the new year skips 1 January (2025-12-31 → 2026-01-02)',
      atih,
      '2025-12-31T17:00+01:00',
      '2026-01-02T10:00+01:00',
      120,
    ],
    [
      'December 2025 and January 2026: 43 working days of 9 hours',
      atih,
      '2025-12-01T00:00+01:00',
      '2026-02-01T00:00+01:00',
      43 * 540,
    ],
    [
      'the DSI Grand Est summer closure (3–14 August 2026) adds nothing',
      dsi,
      '2026-07-31T17:00+02:00',
      '2026-08-17T09:00+02:00',
      120,
    ],
    [
      'Alsace-Moselle skips Good Friday (2026-04-03) and Easter Monday',
      alsace,
      '2026-04-02T17:00+02:00',
      '2026-04-07T09:00+02:00',
      60,
    ],
    [
      'Alsace-Moselle without the Good Friday option works it',
      alsaceNoGoodFriday,
      '2026-04-02T17:00+02:00',
      '2026-04-07T09:00+02:00',
      600,
    ],
    [
      'métropole works Good Friday (2026-04-03)',
      atih,
      '2026-04-02T17:00+02:00',
      '2026-04-07T09:00+02:00',
      600,
    ],
    [
      'Alsace-Moselle skips 26 December (Friday 2025-12-26)',
      alsace,
      '2025-12-24T17:00+01:00',
      '2025-12-29T09:00+01:00',
      60,
    ],
    [
      'Guyane runs on Cayenne time and skips the abolition of slavery (Wednesday 10 June 2026)',
      calendarOf({
        ...calendarPreset('demat-ads-argent'),
        id: 'guyane',
        zone: undefined,
        holidays: { region: 'guyane' },
      }),
      '2026-06-09T17:00-03:00',
      '2026-06-11T09:00-03:00',
      120,
    ],
    [
      'seconds are dropped: 09:00:59 to 09:01:30 counts as 09:00 to 09:01',
      atih,
      '2026-06-08T09:00:59+02:00',
      '2026-06-08T09:01:30+02:00',
      1,
    ],
  ])('%s', (_name, calendar, from, to, expected) => {
    expect(businessMinutes(calendar, at(from), at(to))).toBe(expected);
  });

  test('a reversed span is negative', () => {
    expect(businessMinutes(atih, at('2026-06-09T09:00+02:00'), at('2026-06-08T16:00+02:00'))).toBe(
      -120,
    );
  });

  test('an unsupported instant is a programmer error', () => {
    expect(() => businessMinutes(atih, Number.NaN, 0)).toThrow(RangeError);
  });
});

describe('addBusinessMinutes', () => {
  test.each([
    [
      'a deadline that completes at the end of a window falls due at 18:00, not the next morning',
      atih,
      '2026-03-27T17:00+01:00',
      60,
      '2026-03-27T17:00:00.000Z',
    ],
    [
      'one more minute moves it to Monday 09:01 CEST, after the spring DST weekend',
      atih,
      '2026-03-27T17:00+01:00',
      61,
      '2026-03-30T07:01:00.000Z',
    ],
    [
      '9 hours from Friday 17:00 end on Monday 17:00 CEST',
      atih,
      '2026-03-27T17:00+01:00',
      540,
      '2026-03-30T15:00:00.000Z',
    ],
    [
      'a start on Saturday counts from Monday 09:00',
      atih,
      '2026-06-13T10:00+02:00',
      1,
      '2026-06-15T07:01:00.000Z',
    ],
    [
      'two hours from Monday 17:00 skip 14 July',
      atih,
      '2026-07-13T17:00+02:00',
      120,
      '2026-07-15T08:00:00.000Z',
    ],
    [
      'zero returns the start floored to the minute',
      atih,
      '2026-06-08T10:30:45+02:00',
      0,
      '2026-06-08T08:30:00.000Z',
    ],
    [
      'going back one hour from Monday 09:00 CEST lands on Friday 17:00 CET',
      atih,
      '2026-03-30T09:00+02:00',
      -60,
      '2026-03-27T16:00:00.000Z',
    ],
    [
      'going back over the new year skips 1 January',
      atih,
      '2026-01-02T10:00+01:00',
      -120,
      '2025-12-31T16:00:00.000Z',
    ],
  ])('%s', (_name, calendar, from, minutes, expected) => {
    const result = addBusinessMinutes(calendar, at(from), minutes);
    expect(result.ok && iso(result.value)).toBe(expected);
  });

  test('a fractional amount is refused with a message', () => {
    expect(addBusinessMinutes(atih, at('2026-06-08T10:00+02:00'), 1.5)).toMatchObject({
      ok: false,
      code: 'TIME.INVALID_AMOUNT',
    });
  });

  test('a calendar whose working time runs out fails instead of looping', () => {
    const oneHour = calendarOf({
      id: 'one-hour',
      windows: [],
      hoursPerDay: 1,
      extraWorkingDates: [
        { date: '2026-06-01', label: 'Astreinte', windows: [{ from: '09:00', to: '10:00' }] },
      ],
    });
    const start = at('2026-06-01T08:00+02:00');
    expect(addBusinessMinutes(oneHour, start, 60)).toEqual({
      ok: true,
      value: at('2026-06-01T10:00+02:00'),
    });
    expect(addBusinessMinutes(oneHour, start, 61)).toMatchObject({
      ok: false,
      code: 'TIME.NO_WORKING_TIME_LEFT',
    });
    expect(addBusinessMinutes(oneHour, start, -1)).toMatchObject({
      ok: false,
      code: 'TIME.NO_WORKING_TIME_LEFT',
    });
  });
});

describe('isWorking and nextWorkingInstant', () => {
  const split = calendarOf({
    id: 'split',
    windows: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '09:00', to: '12:00' },
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '14:00', to: '18:00' },
    ],
    hoursPerDay: 7,
  });

  test('the lunch break is not working time and the next working instant is 14:00', () => {
    expect(isWorking(split, at('2026-06-08T12:30+02:00'))).toBe(false);
    expect(nextWorkingInstant(split, at('2026-06-08T12:30+02:00'))).toEqual({
      ok: true,
      value: at('2026-06-08T14:00+02:00'),
    });
  });

  test('a working instant is its own next working instant', () => {
    expect(nextWorkingInstant(split, at('2026-06-08T10:15:30+02:00'))).toEqual({
      ok: true,
      value: at('2026-06-08T10:15:30+02:00'),
    });
  });

  test('Saturday before the spring DST change leads to Monday 09:00 CEST', () => {
    expect(nextWorkingInstant(atih, at('2026-03-28T10:00+01:00'))).toEqual({
      ok: true,
      value: at('2026-03-30T09:00+02:00'),
    });
  });

  test('OR works on Christmas (Friday 2026-12-25) but not on Sunday', () => {
    expect(isWorking(or, at('2026-12-25T10:00+01:00'))).toBe(true);
    expect(isWorking(or, at('2026-12-27T10:00+01:00'))).toBe(false);
  });

  test('18:00 itself is outside a window that ends at 18:00', () => {
    expect(isWorking(atih, at('2026-06-08T17:59+02:00'))).toBe(true);
    expect(isWorking(atih, at('2026-06-08T18:00+02:00'))).toBe(false);
  });
});

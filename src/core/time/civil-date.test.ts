import fc from 'fast-check';
import { civilOf, epochDayOf, isoDateOf, isoWeekday, parseIsoDate } from './civil-date';

describe('civil dates', () => {
  test('1970-01-01 is day 0, a Thursday', () => {
    expect(epochDayOf(1970, 1, 1)).toBe(0);
    expect(isoWeekday(0)).toBe(4);
  });

  test('14 July 2026 is a Tuesday and 29 March 2026 a Sunday', () => {
    expect(isoWeekday(epochDayOf(2026, 7, 14))).toBe(2);
    expect(isoWeekday(epochDayOf(2026, 3, 29))).toBe(7);
  });

  test('epoch days and civil dates round-trip from 1900 to 2200', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: epochDayOf(1900, 1, 1), max: epochDayOf(2200, 12, 31) }),
        (day) => {
          const { year, month, day: dom } = civilOf(day);
          return epochDayOf(year, month, dom) === day && parseIsoDate(isoDateOf(day)) === day;
        },
      ),
      { seed: 20261123, numRuns: 5000 },
    );
  });

  test.each(['2026-02-29', '2026-13-01', '2026-1-01', '26-01-01', '2026-04-31'])(
    '%s is not a civil date',
    (text) => {
      expect(parseIsoDate(text)).toBeUndefined();
    },
  );

  test('29 February 2028 is a civil date', () => {
    expect(parseIsoDate('2028-02-29')).toBe(epochDayOf(2028, 2, 29));
  });
});

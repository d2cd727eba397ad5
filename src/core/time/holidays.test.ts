import { fixtureHolidays } from '../../../test/support/holiday-fixture';
import {
  easterSunday,
  HOLIDAY_REGIONS,
  isoDateOf,
  listPublicHolidays,
  type HolidayRegion,
} from '.';

const FIXTURE_ZONES = HOLIDAY_REGIONS.filter((region) => region !== 'none');

function engineDates(region: HolidayRegion, from: number, to: number): Set<string> {
  const dates = new Set<string>();
  for (let year = from; year <= to; year++) {
    for (const h of listPublicHolidays({ region, pentecostMonday: 'holiday' }, year))
      dates.add(h.date);
  }
  return dates;
}

describe('listPublicHolidays against the independent etalab list (2020–2040)', () => {
  test.each(FIXTURE_ZONES)('%s has exactly the reference dates', (region) => {
    const reference = fixtureHolidays(region, {
      goodFriday: region === 'alsace-moselle',
      pentecostMonday: 'holiday',
    });
    const engine = engineDates(region, reference.years.from, reference.years.to);
    expect([...engine].filter((d) => !reference.dates.has(d))).toEqual([]);
    expect([...reference.dates].filter((d) => !engine.has(d))).toEqual([]);
  });

  test('Easter-based holidays 2024–2035 match the reference list', () => {
    const reference = fixtureHolidays('alsace-moselle', {
      goodFriday: true,
      pentecostMonday: 'holiday',
    });
    for (let year = 2024; year <= 2035; year++) {
      const easter = easterSunday(year);
      for (const offset of [-2, 1, 39, 50])
        expect(reference.dates.has(isoDateOf(easter + offset))).toBe(true);
    }
  });
});

describe('holiday options', () => {
  test('Easter Sunday extremes: 23 March 2008 and 25 April 2038', () => {
    expect(isoDateOf(easterSunday(2008))).toBe('2008-03-23');
    expect(isoDateOf(easterSunday(2038))).toBe('2038-04-25');
  });

  test('a worked Lundi de Pentecôte (journée de solidarité) is not listed', () => {
    const names = listPublicHolidays({ region: 'metropole', pentecostMonday: 'worked' }, 2026).map(
      (h) => h.name,
    );
    expect(names).not.toContain('Lundi de Pentecôte');
    expect(names).toHaveLength(10);
  });

  test('Alsace-Moselle lists Good Friday unless switched off, and 26 December always', () => {
    const withGoodFriday = listPublicHolidays(
      { region: 'alsace-moselle', pentecostMonday: 'holiday' },
      2026,
    );
    const without = listPublicHolidays(
      { region: 'alsace-moselle', goodFriday: false, pentecostMonday: 'holiday' },
      2026,
    );
    expect(withGoodFriday.map((h) => h.date)).toEqual(
      expect.arrayContaining(['2026-04-03', '2026-12-26']),
    );
    expect(without.map((h) => h.date)).not.toContain('2026-04-03');
    expect(without.map((h) => h.date)).toContain('2026-12-26');
  });

  test('Guadeloupe can observe Good Friday as an option', () => {
    const dates = listPublicHolidays(
      { region: 'guadeloupe', goodFriday: true, pentecostMonday: 'holiday' },
      2026,
    ).map((h) => h.date);
    expect(dates).toContain('2026-04-03');
  });

  test('Saint-Martin moved the abolition of slavery from 27 to 28 May in 2018', () => {
    const names = (year: number) =>
      listPublicHolidays({ region: 'saint-martin', pentecostMonday: 'holiday' }, year)
        .filter((h) => h.name === "Abolition de l'esclavage")
        .map((h) => h.date);
    expect(names(2017)).toEqual(['2017-05-27']);
    expect(names(2018)).toEqual(['2018-05-28']);
  });

  test('two holidays on one date are both listed (Ascension and abolition, Martinique 2031)', () => {
    const onDay = listPublicHolidays(
      { region: 'martinique', pentecostMonday: 'holiday' },
      2031,
    ).filter((h) => h.date === '2031-05-22');
    expect(onDay.map((h) => h.name)).toEqual(['Ascension', "Abolition de l'esclavage"]);
  });

  test('the region none has no holiday', () => {
    expect(listPublicHolidays({ region: 'none', pentecostMonday: 'holiday' }, 2026)).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** Independent list of French public holidays (etalab/jours-feries-france), never the engine. */
const FIXTURE_PATH = join(__dirname, '..', 'fixtures', 'fr-public-holidays.json');

const holidayFixtureSchema = z.object({
  years: z.tuple([z.number().int(), z.number().int()]),
  zones: z.record(
    z.string(),
    z.record(z.string(), z.array(z.tuple([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string()]))),
  ),
});

type HolidayFixture = z.output<typeof holidayFixtureSchema>;

export interface HolidayOptions {
  readonly goodFriday: boolean;
  readonly pentecostMonday: 'holiday' | 'worked';
}

export interface FixtureHolidays {
  readonly dates: ReadonlySet<string>;
  readonly years: { readonly from: number; readonly to: number };
}

const PENTECOST_MONDAY = 'Lundi de Pentecôte';
const GOOD_FRIDAY = 'Vendredi saint';

let cached: HolidayFixture | undefined;

function loadFixture(): HolidayFixture {
  cached ??= holidayFixtureSchema.parse(JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')));
  return cached;
}

/** Holiday dates of a fixture zone, minus the ones the calendar's options make working days. */
export function fixtureHolidays(zone: string, options: HolidayOptions): FixtureHolidays {
  const fixture = loadFixture();
  const byYear = fixture.zones[zone];
  if (byYear === undefined) throw new Error(`Unknown holiday zone in fixture: ${zone}`);
  const dropped = new Set<string>();
  if (options.pentecostMonday === 'worked') dropped.add(PENTECOST_MONDAY);
  if (!options.goodFriday) dropped.add(GOOD_FRIDAY);
  const dates = new Set<string>();
  for (const [year, entries] of Object.entries(byYear)) {
    if (!entries.some(([, name]) => name === PENTECOST_MONDAY)) {
      throw new Error(`Fixture ${zone} ${year} has no ${PENTECOST_MONDAY}: names changed?`);
    }
    for (const [date, name] of entries) {
      if (!dropped.has(name)) dates.add(date);
    }
  }
  const [from, to] = fixture.years;
  return { dates, years: { from, to } };
}

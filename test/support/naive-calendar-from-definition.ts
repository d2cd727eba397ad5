import { z } from 'zod';
import { fixtureHolidays } from './holiday-fixture';
import type { NaiveCalendar, NaiveWindow } from './naive-business-time';

/** Reads a calendar definition (the contract JSON) on its own, without the engine's schema. */
const ISO_WEEKDAYS = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 } as const;

const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const definitionSchema = z.object({
  zone: z.string().default('Europe/Paris'),
  windows: z.array(
    z.object({
      days: z.array(z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])),
      from: clockTime,
      to: clockTime,
    }),
  ),
  holidays: z
    .object({
      region: z.string().default('metropole'),
      goodFriday: z.boolean().default(true),
      pentecostMonday: z.enum(['holiday', 'worked']).default('holiday'),
      worked: z.boolean().default(false),
    })
    .default({ region: 'metropole', goodFriday: true, pentecostMonday: 'holiday', worked: false }),
  closures: z.array(z.object({ from: isoDate, to: isoDate })).default([]),
  extraNonWorkingDates: z.array(z.object({ date: isoDate })).default([]),
  extraWorkingDates: z.array(z.unknown()).default([]),
});

function minutesOfDay(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

/** Builds the oracle's calendar from a definition, with holidays from the independent fixture. */
export function naiveCalendarFromDefinition(definition: unknown): NaiveCalendar {
  const parsed = definitionSchema.parse(definition);
  if (parsed.extraWorkingDates.length > 0) {
    throw new Error('The naive oracle does not model extraWorkingDates');
  }
  const windows: NaiveWindow[] = parsed.windows.flatMap((window) =>
    window.days.map((day) => ({
      day: ISO_WEEKDAYS[day],
      from: minutesOfDay(window.from),
      to: minutesOfDay(window.to),
    })),
  );
  const { region, goodFriday, pentecostMonday, worked } = parsed.holidays;
  const holidays =
    region === 'none'
      ? { dates: new Set<string>(), years: { from: 0, to: 9999 } }
      : fixtureHolidays(region, { goodFriday, pentecostMonday });
  return {
    zone: parsed.zone,
    windows,
    holidays: holidays.dates,
    closures: parsed.closures,
    holidaysWorked: worked,
    extraNonWorkingDates: new Set(parsed.extraNonWorkingDates.map((entry) => entry.date)),
    holidayYears: holidays.years,
  };
}

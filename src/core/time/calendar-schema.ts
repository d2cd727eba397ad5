import { z } from 'zod';
import { isIsoDate } from './civil-date';
import { REGION_ZONES } from './holidays';

export const DAY_CODES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type DayCode = (typeof DAY_CODES)[number];

const clockTime = z
  .string()
  .regex(
    /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/,
    'Heure attendue au format HH:MM entre 00:00 et 24:00, par exemple "09:00".',
  );

const isoDate = z
  .string()
  .refine(isIsoDate, 'Date attendue au format AAAA-MM-JJ (date réelle), par exemple "2026-08-03".');

const label = z.string().trim().min(1, 'Libellé obligatoire : indiquez la raison en clair.');

export const timeRangeSchema = z.strictObject({ from: clockTime, to: clockTime });

export const weeklyWindowSchema = z.strictObject({
  days: z
    .array(z.enum(DAY_CODES))
    .min(1, 'Indiquez au moins un jour (mon, tue, wed, thu, fri, sat, sun).'),
  from: clockTime,
  to: clockTime,
});

export const holidayRulesSchema = z.strictObject({
  region: z.string().default('metropole'),
  goodFriday: z.boolean().optional(),
  pentecostMonday: z.enum(['holiday', 'worked']).default('holiday'),
  worked: z.boolean().default(false),
});

export const closureSchema = z.strictObject({ from: isoDate, to: isoDate, label });

export const extraNonWorkingDateSchema = z.strictObject({ date: isoDate, label });

export const extraWorkingDateSchema = z.strictObject({
  date: isoDate,
  label,
  windows: z.array(timeRangeSchema).optional(),
});

/**
 * A business calendar as stored in a contract (JSON in and out). Windows are local wall-clock
 * times in `zone` (by default the holiday region's: Europe/Paris, America/Cayenne…), half-open
 * `[from, to)`; closures are inclusive civil date ranges.
 */
export const calendarDefinitionSchema = z
  .strictObject({
    id: z.string().min(1).optional(),
    label: z.string().min(1).optional(),
    zone: z.string().min(1).optional(),
    windows: z.array(weeklyWindowSchema),
    hoursPerDay: z
      .number()
      .positive('hoursPerDay doit être positif.')
      .max(24, 'hoursPerDay ne peut dépasser 24.'),
    holidays: holidayRulesSchema.default({
      region: 'metropole',
      pentecostMonday: 'holiday',
      worked: false,
    }),
    closures: z.array(closureSchema).default([]),
    extraNonWorkingDates: z.array(extraNonWorkingDateSchema).default([]),
    extraWorkingDates: z.array(extraWorkingDateSchema).default([]),
  })
  .transform(({ zone, ...rest }) => ({
    zone: zone ?? zoneOfRegion(rest.holidays.region),
    ...rest,
  }));

function zoneOfRegion(region: string): string {
  return Object.entries(REGION_ZONES).find(([known]) => known === region)?.[1] ?? 'Europe/Paris';
}

export type CalendarDefinition = z.output<typeof calendarDefinitionSchema>;
export type CalendarDefinitionInput = z.input<typeof calendarDefinitionSchema>;
export type TimeRange = z.output<typeof timeRangeSchema>;

import { civilOf, epochDayOfIso, isoWeekday, type EpochDay } from './civil-date';
import type { CalendarDefinition, DayCode, TimeRange } from './calendar-schema';
import { listPublicHolidays, type HolidayOptions, type HolidayRegion } from './holidays';
import { ZoneOffsets } from './zone';

/** A local half-open range of minutes of the day, `[from, to)`, 0–1440. */
export type MinuteRange = readonly [from: number, to: number];

export interface ClosureRange {
  readonly from: EpochDay;
  readonly to: EpochDay;
  readonly label: string;
}

/** Everything needed to say what a civil day is, precomputed from a valid definition. */
export interface DayRules {
  readonly zone: ZoneOffsets;
  /** Windows by ISO weekday (index 1 = Monday … 7 = Sunday), sorted and merged. */
  readonly week: readonly (readonly MinuteRange[])[];
  readonly holidayOptions: HolidayOptions;
  readonly holidaysWorked: boolean;
  readonly closures: readonly ClosureRange[];
  readonly extraNonWorking: ReadonlyMap<EpochDay, string>;
  readonly extraWorking: ReadonlyMap<
    EpochDay,
    { readonly label: string; readonly windows: readonly MinuteRange[] }
  >;
  readonly holidaysOfYear: (year: number) => ReadonlyMap<EpochDay, string>;
}

const DAY_INDEX: Readonly<Record<DayCode, number>> = {
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

export function minuteOfDay(clock: string): number {
  return Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
}

export function toMinuteRange(range: TimeRange): MinuteRange {
  return [minuteOfDay(range.from), minuteOfDay(range.to)];
}

/** Sorts ranges and joins those that overlap or touch; never mutates its input. */
export function mergeRanges(ranges: readonly MinuteRange[]): MinuteRange[] {
  const sorted = [...ranges].filter(([from, to]) => to > from).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/** Builds the day rules of a definition already checked by `validateCalendar`. */
export function buildDayRules(definition: CalendarDefinition): DayRules {
  const perDay: MinuteRange[][] = Array.from({ length: 8 }, () => []);
  for (const window of definition.windows) {
    for (const code of new Set(window.days)) perDay[DAY_INDEX[code]]?.push(toMinuteRange(window));
  }
  const week = perDay.map(mergeRanges);
  const defaultWindows = week.find((ranges) => ranges.length > 0) ?? [];
  const holidayOptions: HolidayOptions = {
    region: definition.holidays.region as HolidayRegion,
    goodFriday: definition.holidays.goodFriday,
    pentecostMonday: definition.holidays.pentecostMonday,
  };
  const holidayCache = new Map<number, ReadonlyMap<EpochDay, string>>();
  return {
    zone: new ZoneOffsets(definition.zone),
    week,
    holidayOptions,
    holidaysWorked: definition.holidays.worked,
    closures: definition.closures.map((c) => ({
      from: epochDayOfIso(c.from),
      to: epochDayOfIso(c.to),
      label: c.label,
    })),
    extraNonWorking: new Map(
      definition.extraNonWorkingDates.map((d) => [epochDayOfIso(d.date), d.label]),
    ),
    extraWorking: new Map(
      definition.extraWorkingDates.map((d) => [
        epochDayOfIso(d.date),
        {
          label: d.label,
          windows:
            d.windows === undefined ? defaultWindows : mergeRanges(d.windows.map(toMinuteRange)),
        },
      ]),
    ),
    holidaysOfYear(year) {
      let map = holidayCache.get(year);
      if (map === undefined) {
        const byDay = new Map<EpochDay, string>();
        for (const h of listPublicHolidays(holidayOptions, year)) {
          const known = byDay.get(h.day);
          byDay.set(h.day, known === undefined ? h.name : `${known} et ${h.name}`);
        }
        map = byDay;
        holidayCache.set(year, map);
      }
      return map;
    },
  };
}

export type DayKind = 'working' | 'weekend' | 'holiday' | 'closure';

export interface DayPlan {
  readonly kind: DayKind;
  readonly label: string;
  readonly windows: readonly MinuteRange[];
}

const WEEKDAY_NAMES = ['', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const WORKING_LABEL = 'Heures ouvrées';
const NONE: readonly MinuteRange[] = [];

/**
 * What a civil day is in the calendar, by precedence: an extra working date, an extra
 * non-working date, a closure, a public holiday (unless holidays are worked), a weekday without
 * windows, else an ordinary working day.
 */
export function planDay(rules: DayRules, day: EpochDay): DayPlan {
  const extra = rules.extraWorking.get(day);
  if (extra !== undefined)
    return { kind: 'working', label: `${WORKING_LABEL} (${extra.label})`, windows: extra.windows };
  const off = rules.extraNonWorking.get(day);
  if (off !== undefined) return { kind: 'closure', label: off, windows: NONE };
  for (const closure of rules.closures) {
    if (day >= closure.from && day <= closure.to)
      return { kind: 'closure', label: closure.label, windows: NONE };
  }
  const holiday = rules.holidaysOfYear(civilOf(day).year).get(day);
  const weekday = isoWeekday(day);
  const windows = rules.week[weekday] ?? NONE;
  if (holiday !== undefined && !rules.holidaysWorked)
    return { kind: 'holiday', label: holiday, windows: NONE };
  if (windows.length === 0)
    return { kind: 'weekend', label: `Jour non ouvré (${WEEKDAY_NAMES[weekday] ?? ''})`, windows };
  const label =
    holiday === undefined ? WORKING_LABEL : `${WORKING_LABEL} (${holiday}, férié travaillé)`;
  return { kind: 'working', label, windows };
}

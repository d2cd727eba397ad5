import { succeed, type Result } from '../result';
import type { CalendarDefinition } from './calendar-schema';
import { CalendarIndex, type IndexStats } from './calendar-index';
import { buildDayRules, type DayRules } from './day-rules';
import { validateCalendar } from './validate-calendar';

/** A checked calendar with its lazily built index; create it with `compileCalendar`. */
export interface BusinessCalendar {
  readonly definition: CalendarDefinition;
  readonly zone: string;
  /** What "1 jour" means in hours mode, in minutes. */
  readonly minutesPerDay: number;
  readonly rules: DayRules;
  readonly index: CalendarIndex;
}

const CACHE_SIZE = 64;
const cache = new Map<string, BusinessCalendar>();

/**
 * Checks a calendar definition (JSON) and compiles it. The same definition compiled twice shares
 * one index, so years already built are not built again.
 */
export function compileCalendar(input: unknown): Result<BusinessCalendar> {
  const checked = validateCalendar(input);
  if (!checked.ok) return checked;
  const key = JSON.stringify(checked.value);
  const known = cache.get(key);
  if (known !== undefined) return succeed(known);
  const rules = buildDayRules(checked.value);
  const calendar: BusinessCalendar = {
    definition: checked.value,
    zone: checked.value.zone,
    minutesPerDay: Math.round(checked.value.hoursPerDay * 60),
    rules,
    index: new CalendarIndex(rules),
  };
  if (cache.size >= CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (oldest.done !== true) cache.delete(oldest.value);
  }
  cache.set(key, calendar);
  return succeed(calendar);
}

/** Builds the index for a range of years now rather than on first use. */
export function buildCalendarIndex(
  calendar: BusinessCalendar,
  fromYear: number,
  toYear: number,
): void {
  for (let year = fromYear; year <= toYear; year++) calendar.index.chunk(year);
}

export function calendarIndexStats(calendar: BusinessCalendar): IndexStats {
  return calendar.index.stats();
}

/**
 * Deliberately naive business-time oracle for differential tests: it walks minute by minute and
 * asks `Intl.DateTimeFormat` for the local wall clock. It shares no code with `src/core`.
 */

/** A weekly window: ISO weekday (1 = Monday … 7 = Sunday), local minutes of day `[from, to)`. */
export interface NaiveWindow {
  readonly day: number;
  readonly from: number;
  readonly to: number;
}

export interface NaiveClosure {
  readonly from: string;
  readonly to: string;
}

export interface NaiveCalendar {
  readonly zone: string;
  readonly windows: readonly NaiveWindow[];
  /** Civil dates `YYYY-MM-DD`, non-working unless `holidaysWorked`. */
  readonly holidays: ReadonlySet<string>;
  /** Inclusive civil date ranges. */
  readonly closures: readonly NaiveClosure[];
  readonly holidaysWorked: boolean;
  readonly extraNonWorkingDates: ReadonlySet<string>;
  /** Years whose holidays are known; asking about another year throws. */
  readonly holidayYears: { readonly from: number; readonly to: number };
}

// Module-level aliases: global lookups are very slow inside Jest's vm context.
const { abs, floor, max, min } = Math;
const { UTC } = Date;
const toNumber = Number;

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_QUARTER = 15;
const MINUTES_PER_DAY = 1440;

/** Longest walk `naiveAddMinutes` accepts before giving up (two years of minutes). */
const MAX_WALK_MINUTES = 2 * 366 * MINUTES_PER_DAY;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Per zone: UTC quarter-hour index → local wall clock at its start, in minutes since 1970. */
const wallClockCache = new Map<string, Map<number, number>>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

function partValue(
  parts: readonly Intl.DateTimeFormatPart[],
  type: Intl.DateTimeFormatPartTypes,
): number {
  const part = parts.find((candidate) => candidate.type === type);
  if (part === undefined) throw new Error(`Intl gave no ${type} part`);
  return toNumber(part.value);
}

/** Local wall clock at a UTC quarter-hour's start, in minutes since 1970-01-01T00:00 local. */
function quarterWallClock(zone: string, cache: Map<number, number>, quarter: number): number {
  const cached = cache.get(quarter);
  if (cached !== undefined) return cached;
  const parts = formatterFor(zone).formatToParts(quarter * MINUTES_PER_QUARTER * MS_PER_MINUTE);
  const wallMs = UTC(
    partValue(parts, 'year'),
    partValue(parts, 'month') - 1,
    partValue(parts, 'day'),
    partValue(parts, 'hour'),
    partValue(parts, 'minute'),
  );
  cache.set(quarter, wallMs / MS_PER_MINUTE);
  return wallMs / MS_PER_MINUTE;
}

/** UTC minute → local wall-clock minute; offsets are whole quarter-hours, so a quarter shares one. */
function createWallClock(zone: string): (utcMinute: number) => number {
  let cache = wallClockCache.get(zone);
  if (cache === undefined) {
    cache = new Map();
    wallClockCache.set(zone, cache);
  }
  const zoneCache = cache;
  let lastQuarter = Number.NaN;
  let lastWall = 0;
  return (utcMinute) => {
    const quarter = floor(utcMinute / MINUTES_PER_QUARTER);
    if (quarter !== lastQuarter) {
      lastQuarter = quarter;
      lastWall = quarterWallClock(zone, zoneCache, quarter);
    }
    return lastWall + (utcMinute - quarter * MINUTES_PER_QUARTER);
  };
}

function isoDateOfDay(localDay: number): string {
  return new Date(localDay * MINUTES_PER_DAY * MS_PER_MINUTE).toISOString().slice(0, 10);
}

/** ISO weekday of a local day number (1970-01-01 was a Thursday). */
function isoWeekdayOfDay(localDay: number): number {
  return ((((localDay + 3) % 7) + 7) % 7) + 1;
}

export function isWorkingDate(cal: NaiveCalendar, isoDate: string): boolean {
  const year = Number(isoDate.slice(0, 4));
  if (year < cal.holidayYears.from || year > cal.holidayYears.to) {
    throw new Error(
      `No holiday data for ${isoDate} (known ${String(cal.holidayYears.from)}–${String(cal.holidayYears.to)})`,
    );
  }
  if (cal.extraNonWorkingDates.has(isoDate)) return false;
  if (cal.closures.some((closure) => closure.from <= isoDate && isoDate <= closure.to))
    return false;
  return cal.holidaysWorked || !cal.holidays.has(isoDate);
}

/** Returns a predicate "is this UTC minute a business minute?", remembering only the last day seen. */
function createMinuteProbe(cal: NaiveCalendar): (utcMinute: number) => boolean {
  const wallClock = createWallClock(cal.zone);
  let lastDay = Number.NaN;
  let dayWindows: readonly NaiveWindow[] = [];
  return (utcMinute) => {
    const wall = wallClock(utcMinute);
    const localDay = floor(wall / MINUTES_PER_DAY);
    if (localDay !== lastDay) {
      lastDay = localDay;
      const weekday = isoWeekdayOfDay(localDay);
      dayWindows = isWorkingDate(cal, isoDateOfDay(localDay))
        ? cal.windows.filter((w) => w.day === weekday)
        : [];
    }
    const minuteOfDay = wall - localDay * MINUTES_PER_DAY;
    for (const w of dayWindows) {
      if (w.from <= minuteOfDay && minuteOfDay < w.to) return true;
    }
    return false;
  };
}

export function naiveIsWorking(cal: NaiveCalendar, tMs: number): boolean {
  return createMinuteProbe(cal)(floor(tMs / MS_PER_MINUTE));
}

/** Business minutes in `[from, to)` after flooring both to the minute; negative when `to < from`. */
export function naiveBusinessMinutes(cal: NaiveCalendar, fromMs: number, toMs: number): number {
  const from = floor(fromMs / MS_PER_MINUTE);
  const to = floor(toMs / MS_PER_MINUTE);
  const isBusiness = createMinuteProbe(cal);
  let count = 0;
  const end = max(from, to);
  for (let minute = min(from, to); minute < end; minute += 1) {
    if (isBusiness(minute)) count += 1;
  }
  return to < from && count > 0 ? -count : count;
}

/**
 * The instant `n` business minutes after `fromMs` (floored): for n > 0 the end of the n-th
 * business minute, for n < 0 the start of the |n|-th business minute before; null if too far.
 */
export function naiveAddMinutes(cal: NaiveCalendar, fromMs: number, n: number): number | null {
  const from = floor(fromMs / MS_PER_MINUTE);
  if (n === 0) return from * MS_PER_MINUTE;
  const isBusiness = createMinuteProbe(cal);
  const wanted = abs(n);
  let counted = 0;
  for (let step = 0; step < MAX_WALK_MINUTES; step += 1) {
    const minute = n > 0 ? from + step : from - 1 - step;
    if (isBusiness(minute)) counted += 1;
    if (counted === wanted) return (n > 0 ? minute + 1 : minute) * MS_PER_MINUTE;
  }
  return null;
}

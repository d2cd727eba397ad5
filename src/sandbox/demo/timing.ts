import { DateTime } from 'luxon';
import {
  addBusinessMinutes,
  civilOf,
  epochDayOf,
  isoWeekday,
  isWorking,
  listPublicHolidays,
  localDayOf,
  nthWorkingDayAfter,
  type BusinessCalendar,
  type EpochDay,
} from '../../core/time';
import type { Result } from '../../core/result';
import { SITE_ZONE, ZONE } from './jira-json';
import type { Rng } from '../random';

/** The generated period: `[start, end)` in epoch ms, its civil days and their holidays. */
export interface Period {
  readonly start: number;
  readonly end: number;
  readonly startDay: EpochDay;
  /** Exclusive. */
  readonly endDay: EpochDay;
  readonly holidays: ReadonlySet<EpochDay>;
}

/** Epoch ms of a local wall-clock time on a civil day, in the site's zone (DST-aware: a time in
 * the spring-forward gap moves forward by the gap, a repeated time takes its first occurrence). */
export function localInstant(day: EpochDay, minuteOfDay: number, second = 0): number {
  return SITE_ZONE.toUtc(day * 1440 + Math.floor(minuteOfDay)) * 60_000 + second * 1000;
}

export function periodOf(from: string, months: number): Period {
  const first = DateTime.fromISO(from, { zone: ZONE });
  const last = first.plus({ months });
  const startDay = epochDayOf(first.year, first.month, first.day);
  const endDay = epochDayOf(last.year, last.month, last.day);
  const holidays = new Set<EpochDay>();
  for (let year = first.year - 1; year <= last.year; year++)
    for (const h of listPublicHolidays({ region: 'metropole', pentecostMonday: 'holiday' }, year))
      holidays.add(h.day);
  return { start: first.toMillis(), end: last.toMillis(), startDay, endDay, holidays };
}

/** Who opens the issues: office staff (working hours, weekdays) or supervision (round the clock). */
export type Profile = 'office' | 'ops';

const DAY_WEIGHTS: Readonly<Record<Profile, readonly [number, number, number, number]>> = {
  // weekday, Saturday, Sunday, public holiday
  office: [1, 0.06, 0.03, 0.2],
  ops: [1, 0.45, 0.35, 0.5],
};

/** Picks creation instants over `[fromDay, toDay)`: weighted days, then a plausible time of day. */
export class CreationPicker {
  private readonly days: EpochDay[] = [];
  private readonly cumulative: number[] = [];

  constructor(
    period: Period,
    private readonly profile: Profile,
    fromDay: EpochDay = period.startDay,
    toDay: EpochDay = period.endDay,
  ) {
    const [weekday, saturday, sunday, holiday] = DAY_WEIGHTS[profile];
    let total = 0;
    for (let day = fromDay; day < toDay; day++) {
      const dow = isoWeekday(day);
      total += period.holidays.has(day)
        ? holiday
        : dow === 6
          ? saturday
          : dow === 7
            ? sunday
            : weekday;
      this.days.push(day);
      this.cumulative.push(total);
    }
  }

  private day(rng: Rng): EpochDay {
    const target = rng.next() * (this.cumulative.at(-1) ?? 0);
    let [low, high] = [0, this.cumulative.length - 1];
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.cumulative[mid] ?? 0) > target) high = mid;
      else low = mid + 1;
    }
    const day = this.days[low];
    if (day === undefined) throw new RangeError('empty creation window');
    return day;
  }

  private minuteOfDay(rng: Rng): number {
    if (this.profile === 'ops')
      return rng.chance(0.65) ? rng.real(7 * 60, 19 * 60) : rng.real(0, 24 * 60);
    const [from, to] = rng.weighted<readonly [number, number]>([
      [[8 * 60 + 30, 12 * 60 + 30], 40],
      [[12 * 60 + 30, 14 * 60], 8],
      [[14 * 60, 18 * 60], 39],
      [[18 * 60, 21 * 60 + 30], 8],
      [[6 * 60 + 30, 8 * 60 + 30], 3.5],
      [[21 * 60 + 30, 23 * 60 + 45], 1.5],
    ]);
    return rng.real(from, to);
  }

  pick(rng: Rng): number {
    return localInstant(this.day(rng), this.minuteOfDay(rng), rng.int(0, 59)) + rng.int(0, 999);
  }

  /** `count` instants in time order. */
  sorted(rng: Rng, count: number): number[] {
    return Array.from({ length: count }, () => this.pick(rng)).sort((a, b) => a - b);
  }
}

/** The last Sundays of March and October inside the period (the DST changes in Europe). */
export function dstSundays(period: Period): EpochDay[] {
  const found: EpochDay[] = [];
  for (let day = period.startDay; day < period.endDay; day++) {
    const { month, day: dayOfMonth } = civilOf(day);
    if ((month === 3 || month === 10) && isoWeekday(day) === 7 && dayOfMonth > 24) found.push(day);
  }
  return found;
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new RangeError(result.message);
  return result.value;
}

/** `from` plus `minutes` business minutes of the calendar (at least one). */
export function afterBusinessMinutes(
  calendar: BusinessCalendar,
  from: number,
  minutes: number,
): number {
  return unwrap(addBusinessMinutes(calendar, from, Math.max(1, Math.round(minutes))));
}

function windowOf(calendar: BusinessCalendar): readonly [number, number] {
  const window = calendar.definition.windows[0];
  const minutes = (text: string): number => {
    const [h, m] = text.split(':').map(Number);
    return (h ?? 0) * 60 + (m ?? 0);
  };
  return window === undefined ? [9 * 60, 18 * 60] : [minutes(window.from), minutes(window.to)];
}

/**
 * A working-hours instant on the `n`-th working day after the local day of `from` (n = 0: later
 * the same day when it is still a working hour, else the next working day).
 */
export function onWorkingDay(
  calendar: BusinessCalendar,
  rng: Rng,
  from: number,
  n: number,
): number {
  if (n === 0) {
    const later = from + rng.int(20, 150) * 60_000;
    if (isWorking(calendar, later) && localDayOf(calendar, later) === localDayOf(calendar, from))
      return later;
    return onWorkingDay(calendar, rng, from, 1);
  }
  const day = unwrap(nthWorkingDayAfter(calendar, localDayOf(calendar, from), n));
  const [open, close] = windowOf(calendar);
  return localInstant(day, rng.real(open + 10, close - 15), rng.int(0, 59)) + rng.int(0, 999);
}

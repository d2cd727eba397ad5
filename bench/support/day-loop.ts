import { DateTime } from 'luxon';
import type { NaiveCalendar, NaiveWindow } from '../../test/support/naive-business-time';

/**
 * Reference implementation the way common business-hours libraries work: walk the local days
 * with luxon, build each day's windows as zoned DateTimes and intersect them with the span.
 */

const MS_PER_MINUTE = 60_000;
/** Longest walk the additions accept (fifty years of days). */
const MAX_DAYS = 50 * 366;

function isWorkingDay(cal: NaiveCalendar, day: DateTime): boolean {
  const iso = day.toISODate();
  if (iso === null) throw new Error('invalid DateTime in the day loop');
  if (cal.extraNonWorkingDates.has(iso)) return false;
  if (cal.closures.some((closure) => closure.from <= iso && iso <= closure.to)) return false;
  return cal.holidaysWorked || !cal.holidays.has(iso);
}

function atMinuteOfDay(day: DateTime, minutes: number): DateTime {
  if (minutes === 1440) return day.plus({ days: 1 }).startOf('day');
  return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 });
}

/** That local day's windows as `[startMs, endMs)` instants, in time order; none on a non-working day. */
function dayIntervals(cal: NaiveCalendar, day: DateTime): [number, number][] {
  if (!isWorkingDay(cal, day)) return [];
  return cal.windows
    .filter((window: NaiveWindow) => window.day === day.weekday)
    .map((window): [number, number] => [
      atMinuteOfDay(day, window.from).toMillis(),
      atMinuteOfDay(day, window.to).toMillis(),
    ])
    .sort((a, b) => a[0] - b[0]);
}

function floorToMinute(ms: number): number {
  return Math.floor(ms / MS_PER_MINUTE) * MS_PER_MINUTE;
}

/** Business minutes in `[from, to)` (both floored to the minute), negative when `to < from`. */
export function dayLoopBusinessMinutes(cal: NaiveCalendar, fromMs: number, toMs: number): number {
  const from = floorToMinute(Math.min(fromMs, toMs));
  const to = floorToMinute(Math.max(fromMs, toMs));
  let totalMs = 0;
  let day = DateTime.fromMillis(from, { zone: cal.zone }).startOf('day');
  while (day.toMillis() < to) {
    for (const [start, end] of dayIntervals(cal, day)) {
      totalMs += Math.max(0, Math.min(end, to) - Math.max(start, from));
    }
    day = day.plus({ days: 1 });
  }
  const minutes = totalMs / MS_PER_MINUTE;
  return toMs < fromMs && minutes > 0 ? -minutes : minutes;
}

/** `n` business minutes after `fromMs` (before it when negative), consuming windows day by day. */
export function dayLoopAddMinutes(cal: NaiveCalendar, fromMs: number, n: number): number | null {
  const from = floorToMinute(fromMs);
  if (n === 0) return from;
  const forward = n > 0;
  let remainingMs = Math.abs(n) * MS_PER_MINUTE;
  let day = DateTime.fromMillis(from, { zone: cal.zone }).startOf('day');
  for (let i = 0; i < MAX_DAYS; i += 1) {
    const intervals = dayIntervals(cal, day);
    if (!forward) intervals.reverse();
    for (const [windowStart, windowEnd] of intervals) {
      const start = forward ? Math.max(windowStart, from) : windowStart;
      const end = forward ? windowEnd : Math.min(windowEnd, from);
      if (end <= start) continue;
      if (remainingMs <= end - start) return forward ? start + remainingMs : end - remainingMs;
      remainingMs -= end - start;
    }
    day = day.plus({ days: forward ? 1 : -1 });
  }
  return null;
}

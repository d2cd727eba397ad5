import { fail, succeed, type Result } from '../result';
import { MAX_YEAR, MIN_YEAR } from './calendar-index';
import type { BusinessCalendar } from './compile-calendar';
import { instantAfterMinutes, lastAtOrBefore, minutesBefore, yearTotal } from './year-chunk';

const MS_PER_MINUTE = 60_000;
/** Instants Jalon computes on: 1901-01-01T00:00Z (inclusive) to 2199-01-01T00:00Z (exclusive). */
export const FIRST_INSTANT = Date.UTC(1901, 0, 1);
export const END_INSTANT = Date.UTC(2199, 0, 1);

/** Checks that a value is an instant (epoch ms) the engine can compute on. */
export function checkInstant(ms: number): Result<number> {
  if (Number.isFinite(ms) && ms >= FIRST_INSTANT && ms < END_INSTANT) return succeed(ms);
  return fail(
    'TIME.INSTANT_OUT_OF_RANGE',
    `L'instant ${Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms)} est hors de la plage prise en charge (1901 à 2198) : vérifiez la date saisie.`,
  );
}

/** The whole minute (epoch minutes) of a supported instant; throws a RangeError otherwise. */
export function toMinute(ms: number): number {
  if (!(ms >= FIRST_INSTANT && ms < END_INSTANT)) {
    throw new RangeError(
      `Instant ${String(ms)} is not a supported epoch-ms value: check it with checkInstant first`,
    );
  }
  return Math.floor(ms / MS_PER_MINUTE);
}

/**
 * Business minutes in `[from, to)`, both instants floored to the whole minute (seconds never
 * count). Negative when `to` is before `from`, so `m(a,c) = m(a,b) + m(b,c)` for any order.
 * Throws a RangeError on an instant `checkInstant` rejects.
 * @example businessMinutes(atih, Date.parse('2026-03-27T16:00:00Z'), Date.parse('2026-03-30T08:00:00Z')) // 120
 */
export function businessMinutes(calendar: BusinessCalendar, from: number, to: number): number {
  const a = toMinute(from);
  const b = toMinute(to);
  const index = calendar.index;
  const ya = index.yearOf(a);
  const yb = index.yearOf(b);
  if (ya === yb) {
    const chunk = index.chunk(ya);
    return minutesBefore(chunk, b) - minutesBefore(chunk, a);
  }
  const chunkA = index.chunk(ya);
  const chunkB = index.chunk(yb);
  return index.base(yb) + minutesBefore(chunkB, b) - index.base(ya) - minutesBefore(chunkA, a);
}

/**
 * The business minutes between consecutive instants among the first `count` of `bounds` (the
 * spans `[bounds[i], bounds[i + 1])`), locating each instant once: the same figures as
 * `businessMinutes` on each span, for half the lookups.
 */
export function businessMinutesAlong(
  calendar: BusinessCalendar,
  bounds: readonly number[],
  count = bounds.length,
): number[] {
  const index = calendar.index;
  const out = new Array<number>(Math.max(count - 1, 0)).fill(0);
  let previousYear = 0;
  let previousBefore = 0;
  for (let i = 0; i < count; i++) {
    const t = toMinute(bounds[i] ?? Number.NaN);
    const year = index.yearOf(t);
    const before = minutesBefore(index.chunk(year), t);
    // Bases are read after the chunk exists: building a year may shift them all by one amount.
    if (i > 0) out[i - 1] = index.base(year) - index.base(previousYear) + before - previousBefore;
    previousYear = year;
    previousBefore = before;
  }
  return out;
}

function noTimeLeft(from: number, minutes: number): Result<number> {
  const direction = minutes > 0 ? 'après' : 'avant';
  return fail(
    'TIME.NO_WORKING_TIME_LEFT',
    `Le calendrier n'offre pas ${String(Math.abs(minutes))} minutes ouvrées ${direction} le ${new Date(from).toISOString()} dans la plage prise en charge : vérifiez ses fermetures et ses jours non travaillés.`,
  );
}

/**
 * The instant `minutes` business minutes after `from` (floored to the minute). For a positive
 * amount it is the earliest instant that completes it: a deadline that falls due at the end of a
 * window is that window's end (18:00), not the next morning. Zero returns `from` floored; a
 * negative amount goes back to the start of the working minute that opens the span.
 */
export function addBusinessMinutes(
  calendar: BusinessCalendar,
  from: number,
  minutes: number,
): Result<number> {
  if (!Number.isInteger(minutes)) {
    return fail(
      'TIME.INVALID_AMOUNT',
      `Durée invalide (${String(minutes)}) : indiquez un nombre entier de minutes.`,
    );
  }
  const checked = checkInstant(from);
  if (!checked.ok) return checked;
  const start = toMinute(from);
  if (minutes === 0) return succeed(start * MS_PER_MINUTE);
  const index = calendar.index;
  let year = index.yearOf(start);
  let chunk = index.chunk(year);
  let target = minutesBefore(chunk, start) + minutes;
  if (minutes > 0) {
    while (target > yearTotal(chunk)) {
      target -= yearTotal(chunk);
      if (++year > MAX_YEAR) return noTimeLeft(from, minutes);
      chunk = index.chunk(year);
    }
    return checkInstant(instantAfterMinutes(chunk, target, false) * MS_PER_MINUTE);
  }
  while (target < 0) {
    if (--year < MIN_YEAR) return noTimeLeft(from, minutes);
    chunk = index.chunk(year);
    target += yearTotal(chunk);
  }
  const opening = instantAfterMinutes(chunk, target, true) * MS_PER_MINUTE;
  return opening >= FIRST_INSTANT ? succeed(opening) : noTimeLeft(from, minutes);
}

/** Whether the minute containing `t` is working time. Throws like `businessMinutes`. */
export function isWorking(calendar: BusinessCalendar, t: number): boolean {
  const m = toMinute(t);
  const chunk = calendar.index.chunk(calendar.index.yearOf(m));
  const k = lastAtOrBefore(chunk.starts, m);
  return k >= 0 && m < (chunk.ends[k] ?? 0);
}

/** `t` itself when it is working time, else the start of the next working interval. */
export function nextWorkingInstant(calendar: BusinessCalendar, t: number): Result<number> {
  const checked = checkInstant(t);
  if (!checked.ok) return checked;
  if (isWorking(calendar, t)) return succeed(t);
  const m = toMinute(t);
  let year = calendar.index.yearOf(m);
  let k = lastAtOrBefore(calendar.index.chunk(year).starts, m) + 1;
  for (;;) {
    const chunk = calendar.index.chunk(year);
    const start = chunk.starts[k];
    if (start !== undefined) return checkInstant(start * MS_PER_MINUTE);
    if (++year > MAX_YEAR) return noTimeLeft(t, 1);
    k = 0;
  }
}

import { fail, succeed, type Result } from '../result';
import { civilOf, epochDayOfIso, isoDateOf, type EpochDay, type IsoDate } from './civil-date';
import { MAX_YEAR } from './calendar-index';
import { checkInstant, nextWorkingInstant } from './business-time';
import type { BusinessCalendar } from './compile-calendar';
import { lastAtOrBefore, type YearChunk } from './year-chunk';

function chunkOfDay(calendar: BusinessCalendar, day: EpochDay): YearChunk {
  return calendar.index.chunk(civilOf(day).year);
}

function workingDaysUpTo(chunk: YearChunk, day: EpochDay): number {
  return chunk.workingDaysBefore[day - chunk.firstDay + 1] ?? 0;
}

/** The civil day (in the calendar's zone) that contains instant `t` (epoch ms, checked). */
export function localDayOf(calendar: BusinessCalendar, t: number): EpochDay {
  const m = Math.floor(t / 60_000);
  const chunk = calendar.index.chunk(calendar.index.yearOf(m));
  return chunk.firstDay + lastAtOrBefore(chunk.dayStart, m);
}

/** The instant (epoch ms) of local midnight starting a civil day in the calendar's zone. */
export function dayStartInstant(calendar: BusinessCalendar, day: EpochDay): number {
  return calendar.rules.zone.toUtc(day * 1440) * 60_000;
}

export function isWorkingDay(calendar: BusinessCalendar, date: IsoDate): boolean {
  const day = epochDayOfIso(date);
  const chunk = chunkOfDay(calendar, day);
  return workingDaysUpTo(chunk, day) > workingDaysUpTo(chunk, day - 1);
}

/** The `n`-th working day strictly after `day` (n ≥ 1). */
export function nthWorkingDayAfter(
  calendar: BusinessCalendar,
  day: EpochDay,
  n: number,
): Result<EpochDay> {
  let year = civilOf(day).year;
  let chunk = calendar.index.chunk(year);
  let target = workingDaysUpTo(chunk, day) + n;
  while (target > (chunk.workingDaysBefore[chunk.dayCount] ?? 0)) {
    target -= chunk.workingDaysBefore[chunk.dayCount] ?? 0;
    if (++year > MAX_YEAR) {
      return fail(
        'TIME.NO_WORKING_DAY_LEFT',
        `Le calendrier n'a plus ${String(n)} jour(s) ouvré(s) après le ${isoDateOf(day)} : vérifiez ses fermetures.`,
      );
    }
    chunk = calendar.index.chunk(year);
  }
  const index = lastAtOrBefore(chunk.workingDaysBefore, target - 1);
  return succeed(chunk.firstDay + index);
}

export interface WorkingDayOptions {
  /**
   * `as-is` (CCAG, default): counting starts at 0 h the day after the event's civil date, whatever
   * the hour. `next-working-day`: an event outside working time counts as made at the next
   * working instant (an event on Friday 19:00 counts as Monday's).
   */
  readonly eventOutsideHours?: 'as-is' | 'next-working-day';
}

/**
 * Due date of "event + n jours ouvrés", French contract style: counting starts at 0 h on the day
 * after the event, and the due date is the n-th working day; done on or before it is on time.
 * @example addWorkingDays(atih, Date.parse('2026-07-10T10:00:00+02:00'), 5) // '2026-07-20' (14 July skipped)
 */
export function addWorkingDays(
  calendar: BusinessCalendar,
  event: number,
  n: number,
  options: WorkingDayOptions = {},
): Result<IsoDate> {
  if (!Number.isInteger(n) || n < 0) {
    return fail(
      'TIME.INVALID_AMOUNT',
      `Nombre de jours invalide (${String(n)}) : indiquez un entier positif ou nul.`,
    );
  }
  const checked =
    options.eventOutsideHours === 'next-working-day'
      ? nextWorkingInstant(calendar, event)
      : checkInstant(event);
  if (!checked.ok) return checked;
  const day = localDayOf(calendar, checked.value);
  if (n === 0) return succeed(isoDateOf(day));
  const due = nthWorkingDayAfter(calendar, day, n);
  return due.ok ? succeed(isoDateOf(due.value)) : due;
}

/** Working days in `(after, until]`; negative when `until` is before `after`. */
export function countWorkingDays(
  calendar: BusinessCalendar,
  after: IsoDate,
  until: IsoDate,
): number {
  const a = epochDayOfIso(after);
  const b = epochDayOfIso(until);
  if (b < a) return -countWorkingDays(calendar, until, after);
  let count = 0;
  for (let year = civilOf(a).year; year <= civilOf(b).year; year++) {
    const chunk = calendar.index.chunk(year);
    const total = chunk.workingDaysBefore[chunk.dayCount] ?? 0;
    const upper = year === civilOf(b).year ? workingDaysUpTo(chunk, b) : total;
    const lower = year === civilOf(a).year ? workingDaysUpTo(chunk, a) : 0;
    count += upper - lower;
  }
  return count;
}

/**
 * Lateness in working days of work done at instant `done` against civil due date `due`: 0 when
 * done on or before the due date; work done on a non-working day counts as done on the next
 * working day (delivered Saturday after a Friday due date: 1 day late).
 */
export function workingDaysLate(
  calendar: BusinessCalendar,
  due: IsoDate,
  done: number,
): Result<number> {
  const checked = checkInstant(done);
  if (!checked.ok) return checked;
  const doneDay = localDayOf(calendar, done);
  const dueDay = epochDayOfIso(due);
  if (doneDay <= dueDay) return succeed(0);
  const doneDate = isoDateOf(doneDay);
  const late = countWorkingDays(calendar, due, doneDate);
  return succeed(isWorkingDay(calendar, doneDate) ? late : late + 1);
}

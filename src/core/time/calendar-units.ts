import { fail, succeed, type Result } from '../result';
import {
  civilOf,
  daysInMonth,
  epochDayOf,
  epochDayOfIso,
  isoDateOf,
  type IsoDate,
} from './civil-date';
import { checkInstant } from './business-time';
import type { BusinessCalendar } from './compile-calendar';
import { isWorkingDay, localDayOf, nthWorkingDayAfter } from './working-days';

export type CalendarUnit = 'days' | 'weeks' | 'months';

export interface CalendarPeriodOptions {
  /** CCAG: a délai whose last day is not a working day runs to the next working day (default true). */
  readonly extendToWorkingDay?: boolean;
}

/**
 * Due date of a délai in calendar days, weeks or months from an event, CCAG style: counted from
 * the event's civil date; months run "de quantième à quantième" and end on the month's last day
 * when it has no such date (31 January + 1 mois = 28 or 29 February).
 */
export function addCalendarPeriod(
  calendar: BusinessCalendar,
  event: number,
  n: number,
  unit: CalendarUnit,
  options: CalendarPeriodOptions = {},
): Result<IsoDate> {
  if (!Number.isInteger(n) || n < 0) {
    return fail(
      'TIME.INVALID_AMOUNT',
      `Durée invalide (${String(n)}) : indiquez un nombre entier positif ou nul.`,
    );
  }
  const checked = checkInstant(event);
  if (!checked.ok) return checked;
  const start = localDayOf(calendar, event);
  let due = start + (unit === 'weeks' ? 7 * n : n);
  if (unit === 'months') {
    const { year, month, day } = civilOf(start);
    const months = year * 12 + (month - 1) + n;
    const [y, m] = [Math.floor(months / 12), (months % 12) + 1];
    due = epochDayOf(y, m, Math.min(day, daysInMonth(y, m)));
  }
  if (options.extendToWorkingDay !== false && !isWorkingDay(calendar, isoDateOf(due))) {
    const next = nthWorkingDayAfter(calendar, due, 1);
    if (!next.ok) return next;
    due = next.value;
  }
  return succeed(isoDateOf(due));
}

/** Calendar days late of work done at `done` against civil due date `due` (0 when on time). */
export function calendarDaysLate(
  calendar: BusinessCalendar,
  due: IsoDate,
  done: number,
): Result<number> {
  const checked = checkInstant(done);
  if (!checked.ok) return checked;
  return succeed(Math.max(0, localDayOf(calendar, done) - epochDayOfIso(due)));
}

import { DateTime, IANAZone, type DurationLikeObject } from 'luxon';

type CalendarUnit = 'day' | 'month' | 'year';
export type OffsetUnit = 'years' | 'months' | 'weeks' | 'days' | 'hours' | 'minutes';

/**
 * A date operand, kept unresolved until a query runs: a local date or date-time is read in the
 * search's zone, a period and the functions are relative to its `now`.
 */
export type DateValue =
  | { readonly kind: 'instant'; readonly ms: number }
  | {
      readonly kind: 'local';
      readonly year: number;
      readonly month: number;
      readonly day: number;
      readonly hour: number;
      readonly minute: number;
    }
  | { readonly kind: 'period'; readonly ms: number }
  | {
      readonly kind: 'function';
      readonly name: DateFunctionName;
      readonly amount: number;
      readonly unit: OffsetUnit;
    };

export type DateFunctionName =
  'now' | 'startOfDay' | 'endOfDay' | 'startOfMonth' | 'endOfMonth' | 'startOfYear' | 'endOfYear';

interface DateFunction {
  readonly name: DateFunctionName;
  /** The period the function starts or ends; `null` for `now()`. */
  readonly unit: CalendarUnit | null;
  readonly edge: 'start' | 'end';
}

/** Jira's date functions, by lower-case name (Jira matches function names in any case). */
export const DATE_FUNCTIONS: ReadonlyMap<string, DateFunction> = new Map(
  (
    [
      ['now', null, 'start'],
      ['startOfDay', 'day', 'start'],
      ['endOfDay', 'day', 'end'],
      ['startOfMonth', 'month', 'start'],
      ['endOfMonth', 'month', 'end'],
      ['startOfYear', 'year', 'start'],
      ['endOfYear', 'year', 'end'],
    ] as const
  ).map(([name, unit, edge]) => [name.toLowerCase(), { name, unit, edge }]),
);

const MS: Readonly<Record<string, number>> = {
  w: 604_800_000,
  d: 86_400_000,
  h: 3_600_000,
  m: 60_000,
};
const OFFSET_UNITS: Readonly<Record<string, OffsetUnit>> = {
  y: 'years',
  M: 'months',
  w: 'weeks',
  d: 'days',
  h: 'hours',
  m: 'minutes',
};
const PLURAL: Readonly<Record<CalendarUnit, OffsetUnit>> = {
  day: 'days',
  month: 'months',
  year: 'years',
};

/**
 * Reads a date value as Jira does: `yyyy-MM-dd`, `yyyy/MM/dd`, either with ` HH:mm`, or a period
 * such as `-7d`, `4w 2d`, `-30m` (weeks, days, hours, minutes; a day is 24 hours, as in Jira).
 * `null` when it is none of these or names a day that does not exist (2026-02-30).
 */
export function readDateText(text: string): DateValue | null {
  const date = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(text.trim());
  if (date !== null) {
    const [, year, , month, day, hour = '0', minute = '0'] = date;
    const local = { year: Number(year), month: Number(month), day: Number(day) };
    const time = { hour: Number(hour), minute: Number(minute) };
    // Luxon reads 24:00 as the next midnight; Jira's HH stops at 23.
    const exists =
      time.hour < 24 && DateTime.fromObject({ ...local, ...time }, { zone: 'UTC' }).isValid;
    return exists ? { kind: 'local', ...local, ...time } : null;
  }
  const period = /^([-+]?)\s*((?:\d+\s*[wdhm]\s*)+)$/i.exec(text.trim());
  if (period === null) return null;
  let ms = 0;
  for (const [, count, unit] of (period[2] ?? '').matchAll(/(\d+)\s*([wdhm])/gi)) {
    ms += Number(count) * (MS[(unit ?? '').toLowerCase()] ?? 0);
  }
  return { kind: 'period', ms: period[1] === '-' ? -ms : ms };
}

/** Reads a function's offset argument, `-1`, `+2M`, `-14d` (no unit: the function's own). */
export function readOffset(
  fn: DateFunction,
  arg: string | undefined,
): { amount: number; unit: OffsetUnit } | null {
  const unit = PLURAL[fn.unit ?? 'day'];
  if (arg === undefined) return { amount: 0, unit };
  const match = /^([-+]?)(\d+)([yMwdhm]?)$/.exec(arg.trim());
  if (match === null) return null;
  const amount = Number(match[2]) * (match[1] === '-' ? -1 : 1);
  return { amount, unit: OFFSET_UNITS[match[3] ?? ''] ?? unit };
}

/** Checks a zone name once per search: a wrong one is a programmer error. */
export function checkZone(zone: string): string {
  if (!IANAZone.isValidZone(zone)) throw new RangeError(`Unknown IANA time zone: ${zone}`);
  return zone;
}

/** The instant a date value designates for a search run at `now` in `zone`. */
export function resolveDate(value: DateValue, now: number, zone: string): number {
  switch (value.kind) {
    case 'instant':
      return value.ms;
    case 'period':
      return now + value.ms;
    case 'local': {
      const { year, month, day, hour, minute } = value;
      return DateTime.fromObject({ year, month, day, hour, minute }, { zone }).toMillis();
    }
    case 'function':
      return resolveFunction(value, now, zone);
  }
}

function resolveFunction(
  value: Extract<DateValue, { kind: 'function' }>,
  now: number,
  zone: string,
): number {
  const fn = DATE_FUNCTIONS.get(value.name.toLowerCase());
  if (fn === undefined || fn.unit === null) return now;
  const base = DateTime.fromMillis(now, { zone });
  const offset: DurationLikeObject = { [value.unit]: value.amount };
  if (fn.edge === 'start') return base.startOf(fn.unit).plus(offset).toMillis();
  // endOfMonth(-1) is the end of last month: shift by whole months first, then take the end.
  return value.unit === PLURAL[fn.unit]
    ? base.plus(offset).endOf(fn.unit).toMillis()
    : base.endOf(fn.unit).plus(offset).toMillis();
}

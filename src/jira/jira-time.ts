import { daysInMonth, epochDayOf, isIsoDate } from '../core/time';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** Java's `ZoneOffset` range, which bounds what Jira can emit. */
const MAX_OFFSET_MINUTES = 18 * 60;

/** `2026-04-02T16:30:00.000+0200`, also `Z`, `+02:00` and no fraction (at most milliseconds). */
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;

/**
 * Epoch ms of a Jira timestamp (`2026-04-02T16:30:00.000+0200`), computed from its fields and
 * its own offset: never from the process zone nor `Date.parse`. Undefined when the text is not
 * such a timestamp or names an impossible date, time or offset.
 */
export function parseJiraTimestamp(text: string): number | undefined {
  const m = TIMESTAMP.exec(text);
  if (m === null) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
  const millis = Number((m[7] ?? '').padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offset = 0;
  if (m[8] === undefined) {
    const [offsetHours, offsetMinutes] = [Number(m[10]), Number(m[11])];
    if (offsetMinutes > 59) return undefined;
    offset = (m[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
    if (Math.abs(offset) > MAX_OFFSET_MINUTES) return undefined;
  }
  const local =
    epochDayOf(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    millis;
  return local - offset * MS_PER_MINUTE;
}

/** The UTC ISO 8601 text of an instant: `2026-04-02T14:30:00.000Z`. */
export function formatInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * The normalised form of a date-like text: a Jira timestamp becomes its UTC ISO instant, a civil
 * date `YYYY-MM-DD` stays as is; undefined for any other text.
 */
export function normaliseJiraDate(text: string): string | undefined {
  const ms = parseJiraTimestamp(text);
  if (ms !== undefined) return formatInstant(ms);
  return isIsoDate(text) ? text : undefined;
}

import { DateTime } from 'luxon';

const WITH_OFFSET = /(?:Z|[+-]\d\d:\d\d)$/;

/**
 * The instant (epoch ms) of a date or datetime field's value in ISO 8601: with an offset it is
 * that instant; without, wall-clock time in `zone` (a bare date is its local midnight).
 * Undefined when the text is not a readable date.
 */
export function parseFieldInstant(text: string, zone: string): number | undefined {
  if (WITH_OFFSET.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : ms;
  }
  const parsed = DateTime.fromISO(text, { zone });
  return parsed.isValid ? parsed.toMillis() : undefined;
}

import { civilOf } from './civil-date';
import { ZoneOffsets } from './zone';

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1440;

/** One ZoneOffsets per zone name: its per-year transition tables are worth keeping. */
const zones = new Map<string, ZoneOffsets>();

function offsetsOf(zone: string): ZoneOffsets {
  let known = zones.get(zone);
  if (known === undefined) {
    known = new ZoneOffsets(zone);
    zones.set(zone, known);
  }
  return known;
}

/** The wall-clock reading of an instant in an IANA zone, with the offset in force. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** Minutes east of UTC. */
  readonly offsetMinutes: number;
}

/**
 * What a clock on the wall in `zone` shows at `ms`. Formatting thousands of instants through
 * Intl is the slowest part of a report; the zone's transition table answers the same question.
 */
export function wallClockOf(ms: number, zone: string): WallClock {
  const utcMinute = Math.floor(ms / MS_PER_MINUTE);
  const offsetMinutes = offsetsOf(zone).offsetAt(utcMinute);
  const wallMinute = utcMinute + offsetMinutes;
  const day = Math.floor(wallMinute / MINUTES_PER_DAY);
  const minuteOfDay = wallMinute - day * MINUTES_PER_DAY;
  const civil = civilOf(day);
  return {
    year: civil.year,
    month: civil.month,
    day: civil.day,
    hour: Math.floor(minuteOfDay / 60),
    minute: minuteOfDay % 60,
    second: Math.floor((ms - utcMinute * MS_PER_MINUTE) / 1000),
    millisecond: (ms - utcMinute * MS_PER_MINUTE) % 1000,
    offsetMinutes,
  };
}

import { IANAZone } from 'luxon';
import { civilOf, epochDayOf } from './civil-date';

const MS_PER_MINUTE = 60_000;
const DAY = 1440;
const SAMPLE_STEP = 7 * DAY;

/** Offsets in force during one UTC year: `offsets[i]` applies from minute `from[i]`. */
interface YearOffsets {
  readonly from: readonly number[];
  readonly offsets: readonly number[];
}

/**
 * Offsets of one IANA zone, in minutes east of UTC, read from the zone database (never the
 * host's zone). Each UTC year's transitions are found once by weekly sampling and bisection
 * (zones do not change offset twice within a week), then looked up.
 */
export class ZoneOffsets {
  private readonly zone: IANAZone;
  private readonly years = new Map<number, YearOffsets>();

  constructor(readonly name: string) {
    this.zone = IANAZone.create(name);
  }

  static isValid(name: string): boolean {
    return IANAZone.isValidZone(name);
  }

  /** Offset in force at an instant given in epoch minutes. */
  offsetAt(utcMinute: number): number {
    const table = this.yearOffsets(civilOf(Math.floor(utcMinute / DAY)).year);
    let i = table.from.length - 1;
    while (i > 0 && (table.from[i] ?? 0) > utcMinute) i--;
    return table.offsets[i] ?? 0;
  }

  /**
   * The instant (epoch minutes) of a local wall-clock minute (epoch minutes read as if UTC).
   * A wall time in a spring-forward gap moves forward by the gap (02:30 → 03:30); a wall time
   * that occurs twice at a fall-back takes its first occurrence.
   */
  toUtc(wallMinute: number): number {
    const before = this.offsetAt(wallMinute - DAY);
    const after = this.offsetAt(wallMinute + DAY);
    if (before === after) return wallMinute - before;
    const early = wallMinute - Math.max(before, after);
    const late = wallMinute - Math.min(before, after);
    if (this.offsetAt(early) === wallMinute - early) return early;
    if (this.offsetAt(late) === wallMinute - late) return late;
    return wallMinute - before;
  }

  /** The offset in force throughout the local day starting at `wallMidnight`, if it does not change. */
  stableOffsetOfDay(wallMidnight: number): number | undefined {
    const before = this.offsetAt(wallMidnight - DAY);
    const after = this.offsetAt(wallMidnight + 2 * DAY);
    return before === after ? before : undefined;
  }

  private rawOffset(utcMinute: number): number {
    return this.zone.offset(utcMinute * MS_PER_MINUTE);
  }

  private yearOffsets(year: number): YearOffsets {
    const known = this.years.get(year);
    if (known !== undefined) return known;
    const start = epochDayOf(year, 1, 1) * DAY;
    const end = epochDayOf(year + 1, 1, 1) * DAY;
    const from = [start];
    const offsets = [this.rawOffset(start)];
    let previous = start;
    let previousOffset = offsets[0] ?? 0;
    for (let t = Math.min(start + SAMPLE_STEP, end - 1); ; t = Math.min(t + SAMPLE_STEP, end - 1)) {
      const offset = this.rawOffset(t);
      if (offset !== previousOffset) {
        let lo = previous;
        let hi = t;
        while (hi - lo > 1) {
          const mid = Math.floor((lo + hi) / 2);
          if (this.rawOffset(mid) === previousOffset) lo = mid;
          else hi = mid;
        }
        from.push(hi);
        offsets.push(offset);
        previousOffset = offset;
      }
      previous = t;
      if (t === end - 1) break;
    }
    const table = { from, offsets };
    this.years.set(year, table);
    return table;
  }
}

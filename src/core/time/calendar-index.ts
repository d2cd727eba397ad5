import { civilOf } from './civil-date';
import type { DayRules } from './day-rules';
import { buildYearChunk, chunkBytes, type YearChunk } from './year-chunk';

/** Local years the index can hold; instants are accepted from 1901 to 2198 (UTC years). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

export interface IndexStats {
  readonly years: number;
  readonly intervals: number;
  readonly bytes: number;
}

/**
 * The compiled index of one calendar: year chunks built lazily over a contiguous range of years,
 * with the business minutes before each year (relative to the first built year).
 */
export class CalendarIndex {
  private readonly chunks: (YearChunk | undefined)[] = [];
  private readonly bases = new Float64Array(MAX_YEAR - MIN_YEAR + 2);
  private lo = 0;
  private hi = -1;
  /** The chunk of the last `yearOf` answer: successive instants mostly fall in one year. */
  private lastChunk: YearChunk | undefined;

  constructor(private readonly rules: DayRules) {}

  chunk(year: number): YearChunk {
    const known = this.chunks[year - MIN_YEAR];
    if (known !== undefined) return known;
    if (year < MIN_YEAR || year > MAX_YEAR)
      throw new RangeError(
        `Year ${String(year)} is outside ${String(MIN_YEAR)}–${String(MAX_YEAR)}`,
      );
    this.extendTo(year);
    return this.chunks[year - MIN_YEAR] ?? this.chunk(year);
  }

  /** Business minutes before the start of `year`; only differences between years are meaningful. */
  base(year: number): number {
    return this.bases[year - MIN_YEAR] ?? 0;
  }

  /** The local year that contains instant `t` (epoch minutes). */
  yearOf(t: number): number {
    const last = this.lastChunk;
    if (
      last !== undefined &&
      t >= (last.dayStart[0] ?? 0) &&
      t < (last.dayStart[last.dayCount] ?? 0)
    )
      return last.year;
    const year = this.locateYear(t);
    this.lastChunk = this.chunks[year - MIN_YEAR];
    return year;
  }

  private locateYear(t: number): number {
    const year = civilOf(Math.floor(t / 1440)).year;
    const chunk = this.chunk(year);
    if (t < (chunk.dayStart[0] ?? 0)) return year - 1;
    if (t >= (chunk.dayStart[chunk.dayCount] ?? 0)) return year + 1;
    return year;
  }

  stats(): IndexStats {
    let years = 0;
    let intervals = 0;
    let bytes = this.bases.byteLength;
    for (const chunk of this.chunks) {
      if (chunk === undefined) continue;
      years += 1;
      intervals += chunk.starts.length;
      bytes += chunkBytes(chunk);
    }
    return { years, intervals, bytes };
  }

  private extendTo(year: number): void {
    const from = this.hi < this.lo ? year : Math.min(year, this.lo);
    const to = this.hi < this.lo ? year : Math.max(year, this.hi);
    for (let y = from; y <= to; y++) {
      this.chunks[y - MIN_YEAR] ??= buildYearChunk(this.rules, y);
    }
    this.lo = from;
    this.hi = to;
    let sum = 0;
    for (let y = from; y <= to; y++) {
      this.bases[y - MIN_YEAR] = sum;
      const chunk = this.chunks[y - MIN_YEAR];
      sum += chunk === undefined ? 0 : (chunk.before[chunk.starts.length] ?? 0);
    }
  }
}

import { epochDayOf, type EpochDay } from './civil-date';
import { planDay, type DayRules } from './day-rules';

const DAY = 1440;

/**
 * One local calendar year of a calendar, flattened: the working intervals as UTC epoch minutes
 * (half-open, sorted, adjacent ones joined) with the business minutes before each, and per civil
 * day its local midnight and the number of working days before it.
 */
export interface YearChunk {
  readonly year: number;
  readonly firstDay: EpochDay;
  readonly dayCount: number;
  /** `dayStart[i]` = local midnight of day i (epoch minutes); `dayStart[dayCount]` = next year's. */
  readonly dayStart: Int32Array;
  /** `workingDaysBefore[i]` = working days among days 0…i-1 of the year. */
  readonly workingDaysBefore: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** `before[k]` = business minutes of intervals 0…k-1; `before[n]` = the year's total. */
  readonly before: Int32Array;
}

export function buildYearChunk(rules: DayRules, year: number): YearChunk {
  const firstDay = epochDayOf(year, 1, 1);
  const dayCount = epochDayOf(year + 1, 1, 1) - firstDay;
  const dayStart = new Int32Array(dayCount + 1);
  const workingDaysBefore = new Int32Array(dayCount + 1);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i <= dayCount; i++) {
    const wallMidnight = (firstDay + i) * DAY;
    const stable = rules.zone.stableOffsetOfDay(wallMidnight);
    const toUtc = (minute: number) =>
      stable === undefined
        ? rules.zone.toUtc(wallMidnight + minute)
        : wallMidnight + minute - stable;
    dayStart[i] = toUtc(0);
    if (i === dayCount) break;
    const plan = planDay(rules, firstDay + i);
    workingDaysBefore[i + 1] = (workingDaysBefore[i] ?? 0) + (plan.windows.length > 0 ? 1 : 0);
    for (const [from, to] of plan.windows) {
      const start = toUtc(from);
      const end = toUtc(to);
      if (end <= start) continue;
      const last = ends.length - 1;
      if (last >= 0 && start <= (ends[last] ?? start))
        ends[last] = Math.max(ends[last] ?? end, end);
      else {
        starts.push(start);
        ends.push(end);
      }
    }
  }
  const before = new Int32Array(starts.length + 1);
  for (let k = 0; k < starts.length; k++)
    before[k + 1] = (before[k] ?? 0) + (ends[k] ?? 0) - (starts[k] ?? 0);
  return {
    year,
    firstDay,
    dayCount,
    dayStart,
    workingDaysBefore,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    before,
  };
}

/** Index of the last element ≤ value in a sorted array, or -1. */
export function lastAtOrBefore(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Business minutes of the year before instant `t` (epoch minutes inside the year). */
export function minutesBefore(chunk: YearChunk, t: number): number {
  const k = lastAtOrBefore(chunk.starts, t);
  if (k < 0) return 0;
  return (chunk.before[k] ?? 0) + Math.min(t, chunk.ends[k] ?? 0) - (chunk.starts[k] ?? 0);
}

/** The instant where the year's business minutes before it first reach `target` (0 < target ≤ total). */
export function instantAfterMinutes(chunk: YearChunk, target: number, strict: boolean): number {
  let lo = 0;
  let hi = chunk.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const reached = chunk.before[mid + 1] ?? 0;
    if (strict ? reached > target : reached >= target) hi = mid;
    else lo = mid + 1;
  }
  return (chunk.starts[lo] ?? 0) + target - (chunk.before[lo] ?? 0);
}

export function yearTotal(chunk: YearChunk): number {
  return chunk.before[chunk.starts.length] ?? 0;
}

export function chunkBytes(chunk: YearChunk): number {
  return [chunk.dayStart, chunk.workingDaysBefore, chunk.starts, chunk.ends, chunk.before].reduce(
    (sum, array) => sum + array.byteLength,
    0,
  );
}

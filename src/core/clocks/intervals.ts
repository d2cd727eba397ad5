import type { Predicate } from '../contract';
import type { Timeline, TimelineEntry } from './timeline';

export type IntervalKind = 'count' | 'pause' | 'stop';

/**
 * A clock's life cut into stretches that follow one another: stretch `i` is
 * `[bounds[i], bounds[i + 1])` in epoch ms, of kind `kinds[i]`, in the state of `entries[i]`
 * (the entry that began it). `bounds` has one more element than `kinds`, or none when there is
 * no stretch. Parallel arrays keep the instants unboxed: a bulk refresh builds millions of them.
 */
export interface ClockIntervals {
  readonly bounds: readonly number[];
  readonly kinds: readonly IntervalKind[];
  readonly entries: readonly TimelineEntry[];
}

export const NO_INTERVALS: ClockIntervals = { bounds: [], kinds: [], entries: [] };

/**
 * Cuts `[start, at)` along the timeline and classifies each stretch by precedence
 * stop > pause > counting. The first entry's state also covers a start before creation; the
 * last stretch is the state in force at `at`, possibly empty. Consecutive stretches of the same
 * kind and status are one, explained by the entry that began it.
 */
export function clockIntervals(
  timeline: Timeline,
  rules: { readonly stop: Predicate; readonly pause: Predicate | undefined },
  start: number,
  at: number,
): ClockIntervals {
  const bounds: number[] = [];
  const kinds: IntervalKind[] = [];
  const entries: TimelineEntry[] = [];
  const all = timeline.entries;
  for (let i = 0; i < all.length; i++) {
    const entry = all[i];
    if (entry === undefined) continue;
    const from = i === 0 ? start : Math.max(entry.at, start);
    const to = Math.min(all[i + 1]?.at ?? at, at);
    // The state in force at `at` is kept even when it begins exactly at `at` (empty stretch),
    // so that an issue resolved at the evaluation instant reads as stopped.
    if (to < from || (to === from && i !== all.length - 1)) continue;
    const kind: IntervalKind = rules.stop(entry.state)
      ? 'stop'
      : rules.pause?.(entry.state) === true
        ? 'pause'
        : 'count';
    const n = kinds.length;
    if (n > 0 && kinds[n - 1] === kind && entries[n - 1]?.state.status === entry.state.status) {
      bounds[n] = to;
      continue;
    }
    // Timeline entries are in time order, so each kept stretch begins where the last one ended.
    if (n === 0) bounds.push(from);
    bounds.push(to);
    kinds.push(kind);
    entries.push(entry);
  }
  return { bounds, kinds, entries };
}

/**
 * The last cycle of a clock whose cycles restart when a stop is left, and how many cycles there
 * were: a new cycle begins at each stretch that follows a stop and is not one.
 */
export function lastCycle(intervals: ClockIntervals): {
  readonly cycle: number;
  readonly intervals: ClockIntervals;
} {
  const { kinds } = intervals;
  let cycle = 1;
  let from = 0;
  for (let i = 1; i < kinds.length; i++) {
    if (kinds[i - 1] === 'stop' && kinds[i] !== 'stop') {
      cycle += 1;
      from = i;
    }
  }
  if (from === 0) return { cycle, intervals };
  return {
    cycle,
    intervals: {
      bounds: intervals.bounds.slice(from),
      kinds: kinds.slice(from),
      entries: intervals.entries.slice(from),
    },
  };
}

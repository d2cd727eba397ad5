import type { Predicate } from '../contract';
import type { Timeline, TimelineEntry } from './timeline';

export type IntervalKind = 'count' | 'pause' | 'stop';

/** A stretch of the clock's life in one state of the issue: `[start, end)` in epoch ms. */
export interface ClockInterval {
  readonly start: number;
  readonly end: number;
  readonly kind: IntervalKind;
  readonly entry: TimelineEntry;
}

/**
 * Cuts `[start, at)` along the timeline and classifies each stretch by precedence
 * stop > pause > counting. The first entry's state also covers a start before creation; the
 * last interval is the state in force at `at`, possibly empty. Consecutive stretches of the
 * same kind and status are one interval, explained by the entry that began it.
 */
export function clockIntervals(
  timeline: Timeline,
  rules: { readonly stop: Predicate; readonly pause: Predicate | undefined },
  start: number,
  at: number,
): ClockInterval[] {
  const out: ClockInterval[] = [];
  const entries = timeline.entries;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry === undefined) continue;
    const from = i === 0 ? start : Math.max(entry.at, start);
    const to = Math.min(entries[i + 1]?.at ?? at, at);
    // The state in force at `at` is kept even when it begins exactly at `at` (empty interval),
    // so that an issue resolved at the evaluation instant reads as stopped.
    if (to < from || (to === from && i !== entries.length - 1)) continue;
    const kind: IntervalKind = rules.stop(entry.state)
      ? 'stop'
      : rules.pause?.(entry.state) === true
        ? 'pause'
        : 'count';
    const previous = out[out.length - 1];
    if (
      previous?.kind === kind &&
      previous.entry.state.status === entry.state.status &&
      previous.end === from
    ) {
      out[out.length - 1] = { start: previous.start, end: to, kind, entry: previous.entry };
    } else out.push({ start: from, end: to, kind, entry });
  }
  return out;
}

/** Splits intervals into cycles: a new cycle begins each time a stop is left. */
export function splitCycles(intervals: readonly ClockInterval[]): ClockInterval[][] {
  const cycles: ClockInterval[][] = [[]];
  intervals.forEach((interval, i) => {
    const previous = intervals[i - 1];
    if (previous?.kind === 'stop' && interval.kind !== 'stop') cycles.push([]);
    cycles[cycles.length - 1]?.push(interval);
  });
  return cycles;
}

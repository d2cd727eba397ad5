import { randomInt, type Random } from './seeded-random';

/** A span of time `[fromMs, toMs)`; `toMs < fromMs` asks for a negative duration. */
export interface Span {
  readonly fromMs: number;
  readonly toMs: number;
}

export interface Addition {
  readonly fromMs: number;
  readonly minutes: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Span starts are uniform over 2020-01-01 … 2035-12-31 (UTC). */
export const SPAN_STARTS = { fromMs: Date.UTC(2020, 0, 1), toMs: Date.UTC(2036, 0, 1) } as const;

function uniformMs(random: Random, fromMs: number, toMs: number): number {
  return fromMs + Math.floor(random() * (toMs - fromMs));
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** EU summer-time changes (last Sundays of March and October, 01:00 UTC) for each year. */
export function euDstChanges(fromYear: number, toYear: number): number[] {
  const changes: number[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    for (const month of [2, 9]) {
      const lastDay = Date.UTC(year, month + 1, 0);
      const lastSunday = lastDay - new Date(lastDay).getUTCDay() * DAY;
      changes.push(lastSunday + HOUR);
    }
  }
  return changes;
}

/** Instants around Paris midnight at the start and the end of each inclusive date range. */
export function dateRangeEdges(
  ranges: readonly { readonly from: string; readonly to: string }[],
): number[] {
  return ranges.flatMap((range) => [
    Date.parse(range.from) - HOUR,
    Date.parse(range.to) + DAY - HOUR,
  ]);
}

function snapToHour(random: Random, ms: number): number {
  return random() < 0.2 ? Math.floor(ms / HOUR) * HOUR : ms;
}

/**
 * Mostly short spans (under a minute to a few days, a few up to 40 days); 15 % are drawn around
 * a focus instant (DST change, closure edge); 20 % of ends are snapped to whole hours; 10 % reversed.
 */
export function generateSpans(random: Random, count: number, focus: readonly number[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < count; i += 1) {
    const kind = random();
    let fromMs: number;
    let lengthMs: number;
    if (kind < 0.15 && focus.length > 0) {
      fromMs = pick(random, focus) - uniformMs(random, 0, 3 * DAY);
      lengthMs = uniformMs(random, 0, 4 * DAY);
    } else {
      fromMs = uniformMs(random, SPAN_STARTS.fromMs, SPAN_STARTS.toMs);
      if (kind < 0.2) lengthMs = uniformMs(random, 0, 2 * MINUTE);
      else if (kind < 0.65) lengthMs = uniformMs(random, 0, 12 * HOUR);
      else if (kind < 0.985) lengthMs = uniformMs(random, 0, 4 * DAY);
      else lengthMs = uniformMs(random, 4 * DAY, 40 * DAY);
    }
    const from = snapToHour(random, fromMs);
    const to = snapToHour(random, fromMs + lengthMs);
    spans.push(random() < 0.1 ? { fromMs: to, toMs: from } : { fromMs: from, toMs: to });
  }
  return spans;
}

/** Additions of -2400 … 3000 business minutes (10 % zero) from 2020-02 … 2035 or near a focus instant. */
export function generateAdditions(
  random: Random,
  count: number,
  focus: readonly number[],
): Addition[] {
  const additions: Addition[] = [];
  for (let i = 0; i < count; i += 1) {
    const near = random() < 0.2 && focus.length > 0;
    const fromMs = snapToHour(
      random,
      near
        ? pick(random, focus) - uniformMs(random, 0, 3 * DAY)
        : uniformMs(random, Date.UTC(2020, 1, 1), SPAN_STARTS.toMs),
    );
    const kind = random();
    let minutes: number;
    if (kind < 0.1) minutes = 0;
    else if (kind < 0.3) minutes = randomInt(random, -2400, -1);
    else if (kind < 0.8) minutes = randomInt(random, 1, 600);
    else minutes = randomInt(random, 1, 3000);
    additions.push({ fromMs, minutes });
  }
  return additions;
}

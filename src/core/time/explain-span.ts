import { planDay, type DayKind } from './day-rules';
import type { BusinessCalendar } from './compile-calendar';
import { localDayOf } from './working-days';
import { toMinute } from './business-time';
import { appendSegment } from './segment-list';

export type SegmentKind = 'working' | 'outside-hours' | Exclude<DayKind, 'working'>;

/** A labelled stretch of time: `[start, end)` in epoch ms, with its reason in French. */
export interface SpanSegment {
  readonly start: number;
  readonly end: number;
  readonly kind: SegmentKind;
  readonly label: string;
}

const MS = 60_000;
const OUTSIDE = 'Hors horaires de service';

const push = (out: SpanSegment[], segment: SpanSegment): void => {
  appendSegment(out, segment, (s) => s.label);
};

/**
 * Cuts `[from, to)` (floored to the minute) into consecutive segments labelled working, outside
 * service hours, non-working weekday, public holiday (with its name) or closure (with its label).
 * The working segments add up to `businessMinutes(calendar, from, to)`. Throws like it.
 */
export function explainSpan(calendar: BusinessCalendar, from: number, to: number): SpanSegment[] {
  const out: SpanSegment[] = [];
  const start = toMinute(from) * MS;
  const end = toMinute(to) * MS;
  if (end <= start) return out;
  const rules = calendar.rules;
  const clip = (s: number, e: number) => [Math.max(s, start), Math.min(e, end)] as const;
  for (let day = localDayOf(calendar, start); ; day++) {
    const dayStart = dayStartMs(calendar, day);
    if (dayStart >= end) break;
    const dayEnd = dayStartMs(calendar, day + 1);
    const plan = planDay(rules, day);
    if (plan.windows.length === 0) {
      const [s, e] = clip(dayStart, dayEnd);
      push(out, { start: s, end: e, kind: plan.kind, label: plan.label });
      continue;
    }
    let cursor = dayStart;
    for (const [wFrom, wTo] of plan.windows) {
      const ws = rules.zone.toUtc(day * 1440 + wFrom) * MS;
      const we = rules.zone.toUtc(day * 1440 + wTo) * MS;
      if (we <= ws) continue;
      const [gs, ge] = clip(cursor, ws);
      push(out, { start: gs, end: ge, kind: 'outside-hours', label: OUTSIDE });
      const [s, e] = clip(ws, we);
      push(out, { start: s, end: e, kind: 'working', label: plan.label });
      cursor = we;
    }
    const [gs, ge] = clip(cursor, dayEnd);
    push(out, { start: gs, end: ge, kind: 'outside-hours', label: OUTSIDE });
  }
  return out;
}

function dayStartMs(calendar: BusinessCalendar, day: number): number {
  return calendar.rules.zone.toUtc(day * 1440) * MS;
}

import { civilOf, explainSpan, type BusinessCalendar } from '../time';
import { appendSegment } from '../time/segment-list';
import type { ZoneOffsets } from '../time/zone';
import type { ClockSegment, ClockSegmentKind } from './clock-result';
import type { ClockIntervals } from './intervals';
import type { TimelineEntry } from './timeline';

/** `dd/MM HH:mm` in the calendar's zone, from the engine's own offset table. */
function when(ms: number, zone: ZoneOffsets): string {
  const utcMinute = Math.floor(ms / 60_000);
  const wall = utcMinute + zone.offsetAt(utcMinute);
  const { month, day } = civilOf(Math.floor(wall / 1440));
  const minute = ((wall % 1440) + 1440) % 1440;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(day)}/${two(month)} ${two(Math.floor(minute / 60))}:${two(minute % 60)}`;
}

/** Why the issue is in its state: "Attente information depuis le changement de DEM-12 par Agent X le 03/04 09:00". */
export function originOf(key: string, entry: TimelineEntry, zone: ZoneOffsets): string {
  const status = entry.state.status;
  if (entry.event === undefined)
    return `${status} depuis la création de ${key} le ${when(entry.at, zone)}`;
  return `${status} depuis le changement de ${key} par ${entry.event.author} le ${when(entry.event.at, zone)}`;
}

const push = (out: ClockSegment[], segment: ClockSegment): void => {
  appendSegment(out, segment, (s) => s.reason);
};

/**
 * The clock's life as consecutive segments: counting time is cut by the calendar (outside hours,
 * weekend, holiday, closure); paused and stopped stretches say which status and which change.
 */
export function clockSegments(
  key: string,
  intervals: ClockIntervals,
  calendar: BusinessCalendar,
): ClockSegment[] {
  const out: ClockSegment[] = [];
  const { bounds, kinds, entries } = intervals;
  for (let i = 0; i < kinds.length; i++) {
    const [start, end, entry] = [bounds[i] ?? 0, bounds[i + 1] ?? 0, entries[i]];
    if (entry === undefined) continue;
    if (kinds[i] !== 'count') {
      const kind: ClockSegmentKind = kinds[i] === 'pause' ? 'paused' : 'stopped';
      push(out, { start, end, kind, reason: originOf(key, entry, calendar.rules.zone) });
      continue;
    }
    const counting = `Décompte (${entry.state.status})`;
    for (const span of explainSpan(calendar, start, end)) {
      const kind: ClockSegmentKind = span.kind === 'working' ? 'counting' : span.kind;
      push(out, {
        start: span.start,
        end: span.end,
        kind,
        reason: span.kind === 'working' ? counting : span.label,
      });
    }
  }
  return out;
}

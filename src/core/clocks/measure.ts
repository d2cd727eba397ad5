import type { ContractVersion, Target } from '../contract';
import { succeed, type Result } from '../result';
import type { BusinessCalendar } from '../time';
// Hot path: the modules themselves rather than the barrel's re-exports.
import { addBusinessMinutes, businessMinutes, businessMinutesAlong } from '../time/business-time';
import { epochDayOfIso, isoDateOf } from '../time/civil-date';
import { addWorkingDays, dayStartInstant, localDayOf, workingDaysLate } from '../time/working-days';
import type { Adjustment } from './adjustments';
import type { ClockMeasure, ClockMode, ClockState } from './clock-result';
import type { ClockIntervals } from './intervals';
import { clockSegments } from './segments';
import { endOfNextSprint } from './sprints';

export interface MeasureInput {
  readonly key: string;
  readonly calendar: BusinessCalendar;
  readonly calendarId: string;
  readonly target: Target;
  readonly sprints:
    | {
        readonly cadence: NonNullable<ContractVersion['sprints']>;
        readonly calendar: BusinessCalendar;
      }
    | undefined;
  readonly intervals: ClockIntervals;
  readonly start: number | undefined;
  readonly at: number;
  readonly adjustments: readonly Adjustment[];
  readonly segments: boolean;
}

/** What names the measured clock; the measure fills in the rest. */
export type MeasureHead = Pick<ClockMeasure, 'id' | 'label' | 'cycle' | 'adjustments'>;

/** The measure being filled in: one object of one shape, every field set from the start. */
type Draft = { -readonly [K in keyof ClockMeasure]: ClockMeasure[K] };

function modeOf(target: Target): ClockMode {
  if ('hours' in target || 'days' in target) return 'hours';
  if ('workingDays' in target) return 'working-days';
  return 'sprint' in target ? 'sprint' : 'none';
}

/**
 * The instant the elapsed time reached `target` (called only once it went over): in the first
 * counting interval that reaches it, however the counting time is split by history entries.
 */
function breachInstant(
  input: MeasureInput,
  minutesOf: readonly number[],
  target: number,
): number | null {
  const { bounds, kinds } = input.intervals;
  let counted = 0;
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 'count') continue;
    const minutes = minutesOf[i] ?? 0;
    if (counted + minutes >= target) {
      const reached = addBusinessMinutes(input.calendar, bounds[i] ?? 0, target - counted);
      return reached.ok ? reached.value : null;
    }
    counted += minutes;
  }
  return null;
}

/** Elapsed, paused, target, breach and due figures of one cycle of a clock. */
export function measureCycle(input: MeasureInput, head: MeasureHead): Result<ClockMeasure> {
  const { calendar, intervals, at, start } = input;
  const { bounds, kinds } = intervals;
  const last = kinds.at(-1);
  const state: ClockState =
    start === undefined
      ? 'not-started'
      : last === undefined || last === 'count'
        ? 'running'
        : last === 'pause'
          ? 'paused'
          : 'stopped';
  let finalStop = kinds.length;
  while (state === 'stopped' && kinds[finalStop - 1] === 'stop') finalStop--;
  const stoppedAt = state === 'stopped' ? (bounds[finalStop] ?? null) : null;
  // Minutes of the stretches before the final stop; the final stop itself does not count.
  const minutesOf = finalStop === 0 ? [] : businessMinutesAlong(calendar, bounds, finalStop + 1);
  let elapsed = 0;
  let paused = 0;
  for (let i = 0; i < finalStop; i++) {
    if (kinds[i] === 'count') elapsed += minutesOf[i] ?? 0;
    else paused += minutesOf[i] ?? 0;
  }
  let waived = false;
  let extraMinutes = 0;
  let extraDays = 0;
  for (const a of input.adjustments) {
    waived ||= a.kind === 'waiver';
    if (a.kind !== 'extension') continue;
    extraMinutes += a.minutes ?? 0;
    extraDays += a.workingDays ?? 0;
  }
  const base: Draft = {
    id: head.id,
    label: head.label,
    mode: modeOf(input.target),
    calendar: input.calendarId,
    cycle: head.cycle,
    state,
    startedAt: start ?? null,
    stoppedAt,
    elapsedMinutes: elapsed,
    pausedMinutes: paused,
    targetMinutes: null,
    remainingMinutes: null,
    breached: false,
    breachedAt: null,
    dueAt: null,
    dueDate: null,
    doneDate: stoppedAt === null ? null : isoDateOf(localDayOf(calendar, stoppedAt)),
    lateWorkingDays: null,
    waived,
    adjustments: head.adjustments,
    segments: input.segments ? clockSegments(input.key, intervals, calendar) : [],
  };
  if (start === undefined || 'none' in input.target) return succeed(base);
  const open = state === 'running' || state === 'paused';
  const target = input.target;
  if ('hours' in target || 'days' in target) {
    const targetMinutes =
      Math.round('hours' in target ? target.hours * 60 : target.days * calendar.minutesPerDay) +
      extraMinutes;
    const remaining = targetMinutes - elapsed;
    const breachedAt =
      elapsed > targetMinutes ? breachInstant(input, minutesOf, targetMinutes) : null;
    const projected =
      open && remaining >= 0 ? addBusinessMinutes(calendar, at, remaining) : undefined;
    if (projected?.ok === false) return projected;
    const dueAt = projected?.value ?? (open ? breachedAt : null);
    base.targetMinutes = targetMinutes;
    base.remainingMinutes = remaining;
    base.breached = !waived && breachedAt !== null;
    base.breachedAt = waived ? null : breachedAt;
    base.dueAt = dueAt;
    return succeed(base);
  }
  if ('workingDays' in target) {
    const days = target.workingDays + extraDays + Math.ceil(paused / calendar.minutesPerDay);
    const due = addWorkingDays(calendar, start, days);
    if (!due.ok) return due;
    const dueAt = dayStartInstant(calendar, epochDayOfIso(due.value) + 1);
    const late = workingDaysLate(calendar, due.value, stoppedAt ?? at);
    if (!late.ok) return late;
    const breached = !waived && late.value > 0;
    base.dueDate = due.value;
    base.dueAt = dueAt;
    base.lateWorkingDays = late.value;
    base.breached = breached;
    base.breachedAt = breached ? dueAt : null;
    return succeed(base);
  }
  if (input.sprints === undefined) return succeed(base);
  const end = endOfNextSprint(input.sprints.cadence, input.sprints.calendar, start);
  if (!end.ok) return end;
  const due = addBusinessMinutes(calendar, end.value, extraMinutes);
  if (!due.ok) return due;
  const breached = !waived && (stoppedAt ?? at) > due.value;
  base.targetMinutes = businessMinutes(calendar, start, due.value);
  base.remainingMinutes = open ? businessMinutes(calendar, at, due.value) : null;
  base.dueAt = due.value;
  base.dueDate = isoDateOf(localDayOf(calendar, due.value - 1));
  base.breached = breached;
  base.breachedAt = breached ? due.value : null;
  return succeed(base);
}

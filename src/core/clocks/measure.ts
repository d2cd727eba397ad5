import type { ContractVersion, Target } from '../contract';
import { succeed, type Result } from '../result';
import {
  addBusinessMinutes,
  addWorkingDays,
  businessMinutes,
  dayStartInstant,
  epochDayOfIso,
  isoDateOf,
  localDayOf,
  workingDaysLate,
  type BusinessCalendar,
} from '../time';
import type { Adjustment } from './adjustments';
import type { ClockMeasure, ClockMode, ClockState } from './clock-result';
import type { ClockInterval } from './intervals';
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
  readonly intervals: readonly ClockInterval[];
  readonly start: number | undefined;
  readonly at: number;
  readonly adjustments: readonly Adjustment[];
  readonly segments: boolean;
}

type Measure = Omit<ClockMeasure, 'id' | 'label' | 'cycle' | 'adjustments'>;

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
  let counted = 0;
  for (const [i, interval] of input.intervals.entries()) {
    if (interval.kind !== 'count') continue;
    const minutes = minutesOf[i] ?? 0;
    if (counted + minutes >= target) {
      const reached = addBusinessMinutes(input.calendar, interval.start, target - counted);
      return reached.ok ? reached.value : null;
    }
    counted += minutes;
  }
  return null;
}

/** Elapsed, paused, target, breach and due figures of one cycle of a clock. */
export function measureCycle(input: MeasureInput): Result<Measure> {
  const { calendar, intervals, at, start } = input;
  const last = intervals.at(-1);
  const state: ClockState =
    start === undefined
      ? 'not-started'
      : last === undefined || last.kind === 'count'
        ? 'running'
        : last.kind === 'pause'
          ? 'paused'
          : 'stopped';
  let finalStop = intervals.length;
  while (state === 'stopped' && intervals[finalStop - 1]?.kind === 'stop') finalStop--;
  const stoppedAt = state === 'stopped' ? (intervals[finalStop]?.start ?? null) : null;
  const minutesOf = intervals.map((interval, i) =>
    i < finalStop ? businessMinutes(calendar, interval.start, interval.end) : 0,
  );
  let elapsed = 0;
  let paused = 0;
  intervals.slice(0, finalStop).forEach((interval, i) => {
    if (interval.kind === 'count') elapsed += minutesOf[i] ?? 0;
    else paused += minutesOf[i] ?? 0;
  });
  const waived = input.adjustments.some((a) => a.kind === 'waiver');
  const extraMinutes = input.adjustments.reduce(
    (sum, a) => sum + (a.kind === 'extension' ? (a.minutes ?? 0) : 0),
    0,
  );
  const extraDays = input.adjustments.reduce(
    (sum, a) => sum + (a.kind === 'extension' ? (a.workingDays ?? 0) : 0),
    0,
  );
  const base: Measure = {
    mode: modeOf(input.target),
    calendar: input.calendarId,
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
    return succeed({
      ...base,
      targetMinutes,
      remainingMinutes: remaining,
      breached: !waived && breachedAt !== null,
      breachedAt: waived ? null : breachedAt,
      dueAt,
    });
  }
  if ('workingDays' in target) {
    const days = target.workingDays + extraDays + Math.ceil(paused / calendar.minutesPerDay);
    const due = addWorkingDays(calendar, start, days);
    if (!due.ok) return due;
    const dueAt = dayStartInstant(calendar, epochDayOfIso(due.value) + 1);
    const late = workingDaysLate(calendar, due.value, stoppedAt ?? at);
    if (!late.ok) return late;
    const breached = !waived && late.value > 0;
    return succeed({
      ...base,
      dueDate: due.value,
      dueAt,
      lateWorkingDays: late.value,
      breached,
      breachedAt: breached ? dueAt : null,
    });
  }
  if (input.sprints === undefined) return succeed(base);
  const end = endOfNextSprint(input.sprints.cadence, input.sprints.calendar, start);
  if (!end.ok) return end;
  const due = addBusinessMinutes(calendar, end.value, extraMinutes);
  if (!due.ok) return due;
  const breached = !waived && (stoppedAt ?? at) > due.value;
  return succeed({
    ...base,
    targetMinutes: businessMinutes(calendar, start, due.value),
    remainingMinutes: open ? businessMinutes(calendar, at, due.value) : null,
    dueAt: due.value,
    dueDate: isoDateOf(localDayOf(calendar, due.value - 1)),
    breached,
    breachedAt: breached ? due.value : null,
  });
}

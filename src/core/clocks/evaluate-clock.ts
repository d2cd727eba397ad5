import { type ClockDefinition, type CompiledVersion, type IssueState } from '../contract';
import { fail, succeed, type Result } from '../result';
import { checkInstant, type BusinessCalendar } from '../time';
import type { Adjustment } from './adjustments';
import { describeAdjustment } from './adjustments';
import { problemFor, type TimelineCheck } from './check-timeline';
import type { ClockError, ClockResult } from './clock-result';
import { compiledClock, type CompiledClock } from './compiled-clock';
import { parseFieldInstant } from './field-instant';
import { clockIntervals, lastCycle, NO_INTERVALS } from './intervals';
import { measureCycle } from './measure';
import type { Timeline } from './timeline';

export interface EvaluationOptions {
  /** Compute the explanation segments (default true; bulk refreshes skip them). */
  readonly segments?: boolean;
}

function clockError(clock: ClockDefinition, code: string, message: string): ClockError {
  return { id: clock.id, label: clock.label, error: { code, message } };
}

function stateAt(timeline: Timeline, instant: number): IssueState | undefined {
  let found = timeline.entries[0]?.state;
  for (const entry of timeline.entries) if (entry.at <= instant) found = entry.state;
  return found;
}

/** The last corrected start among a clock's adjustments. */
function correctedStart(adjustments: readonly Adjustment[]): string | undefined {
  let found: string | undefined;
  for (const a of adjustments)
    if (a.kind === 'corrected-start' && a.start !== undefined) found = a.start;
  return found;
}

function startOf(
  clock: ClockDefinition,
  rules: CompiledClock,
  timeline: Timeline,
  zone: string,
  adjustments: readonly Adjustment[],
): Result<number | undefined> {
  const corrected = adjustments.length === 0 ? undefined : correctedStart(adjustments);
  if (corrected !== undefined) return succeed(Date.parse(corrected));
  const last = timeline.entries.at(-1)?.state;
  const fieldValue =
    clock.startField === undefined ? null : (last?.values[clock.startField] ?? null);
  if (fieldValue !== null) {
    const instant = parseFieldInstant(fieldValue, zone);
    const checked = instant === undefined ? undefined : checkInstant(instant);
    if (checked?.ok !== true)
      return fail(
        'CLOCK.BAD_START',
        `Début « ${fieldValue} » illisible pour ${timeline.key} : corrigez le champ de début.`,
      );
    return succeed(checked.value);
  }
  for (const entry of timeline.entries) if (rules.start(entry.state)) return succeed(entry.at);
  return succeed(undefined);
}

/** The first goal whose condition holds (first match wins). */
function goalFor(
  rules: CompiledClock,
  state: IssueState,
): CompiledClock['goals'][number] | undefined {
  for (const goal of rules.goals) if (goal.when === undefined || goal.when(state)) return goal;
  return undefined;
}

/** One issue being evaluated: what its clocks share. */
export interface IssueContext {
  readonly compiled: CompiledVersion;
  readonly timeline: Timeline;
  readonly check: TimelineCheck;
  /** The evaluation instant (epoch ms); events after it are ignored. */
  readonly at: number;
  /** The issue's adjustments, every clock's. */
  readonly adjustments: readonly Adjustment[];
  readonly options: EvaluationOptions;
}

const NONE: readonly Adjustment[] = [];

/** Evaluates one clock of the issue at the context's instant. */
export function evaluateClock(clock: ClockDefinition, context: IssueContext): ClockResult {
  const { compiled, timeline, at, adjustments, options } = context;
  const { version } = compiled;
  const rules = compiledClock(clock);
  const problem = problemFor(context.check, rules.reads);
  if (problem !== undefined) return clockError(clock, problem.code, problem.message);
  const mine =
    adjustments.length === 0
      ? NONE
      : adjustments.filter((a) => a.clock === clock.id && Date.parse(a.decidedAt) <= at);
  const finalState = timeline.entries.at(-1)?.state;
  const calendarId =
    typeof clock.calendar === 'string'
      ? clock.calendar
      : clock.calendar.map[finalState?.values[clock.calendar.field] ?? ''];
  const calendar: BusinessCalendar | undefined =
    calendarId === undefined ? undefined : compiled.calendars.get(calendarId);
  if (calendarId === undefined || calendar === undefined) {
    const field =
      typeof clock.calendar === 'string'
        ? ''
        : (version.fields[clock.calendar.field]?.label ?? clock.calendar.field);
    return clockError(
      clock,
      'CLOCK.NO_CALENDAR',
      `${timeline.key} : aucun calendrier pour ce ticket, le champ « ${field} » est vide ou sans correspondance.`,
    );
  }
  const start = startOf(clock, rules, timeline, calendar.zone, mine);
  if (!start.ok) return clockError(clock, start.code, start.message);
  const goalState =
    clock.goalValues === 'at-start' && start.value !== undefined
      ? stateAt(timeline, start.value)
      : finalState;
  const goal = goalState === undefined ? undefined : goalFor(rules, goalState);
  if (goal === undefined) {
    return clockError(
      clock,
      'CLOCK.NO_GOAL',
      `${timeline.key} : aucun objectif de « ${clock.label} » ne correspond à sa qualification ; complétez la qualification du ticket ou les objectifs du contrat.`,
    );
  }
  const started = start.value !== undefined && start.value <= at ? start.value : undefined;
  const intervals =
    started === undefined ? NO_INTERVALS : clockIntervals(timeline, rules, started, at);
  const { cycle, intervals: last } =
    clock.reopen === 'new-cycle' ? lastCycle(intervals) : { cycle: 1, intervals };
  const measured = measureCycle(
    {
      key: timeline.key,
      calendar,
      calendarId,
      target: goal.target,
      sprints:
        version.sprints === undefined
          ? undefined
          : {
              cadence: version.sprints,
              calendar: compiled.calendars.get(version.sprints.calendar) ?? calendar,
            },
      intervals: last,
      start: last.bounds[0] ?? started,
      at,
      adjustments: mine,
      segments: options.segments !== false,
    },
    {
      id: clock.id,
      label: clock.label,
      cycle,
      adjustments: mine.length === 0 ? [] : mine.map(describeAdjustment),
    },
  );
  if (!measured.ok) return clockError(clock, measured.code, measured.message);
  return measured.value;
}

import { DateTime } from 'luxon';
import { type ClockDefinition, type CompiledVersion, type IssueState } from '../contract';
import { fail, succeed, type Result } from '../result';
import { checkInstant, type BusinessCalendar } from '../time';
import type { Adjustment } from './adjustments';
import { describeAdjustment } from './adjustments';
import type { ClockError, ClockResult } from './clock-result';
import { compiledClock, type CompiledClock } from './compiled-clock';
import { clockIntervals, splitCycles } from './intervals';
import { measureCycle } from './measure';
import type { Timeline } from './timeline';

export interface EvaluationOptions {
  /** Compute the explanation segments (default true; bulk refreshes skip them). */
  readonly segments?: boolean;
}

function clockError(clock: ClockDefinition, code: string, message: string): ClockError {
  return { id: clock.id, label: clock.label, error: { code, message } };
}

const WITH_OFFSET = /(?:Z|[+-]\d\d:\d\d)$/;

/** An ISO 8601 value of a datetime field; without an offset it is wall-clock time in `zone`. */
function parseLocal(text: string, zone: string): number | undefined {
  if (WITH_OFFSET.test(text)) {
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : ms;
  }
  const parsed = DateTime.fromISO(text, { zone });
  return parsed.isValid ? parsed.toMillis() : undefined;
}

const knownValues = new WeakMap<
  CompiledVersion['version'],
  ReadonlyMap<string, ReadonlySet<string>>
>();

function knownValuesOf(
  version: CompiledVersion['version'],
): ReadonlyMap<string, ReadonlySet<string>> {
  let known = knownValues.get(version);
  if (known === undefined) {
    known = new Map(
      Object.entries(version.fields).flatMap(([key, f]) =>
        f.values === undefined ? [] : [[key, new Set(f.values)] as const],
      ),
    );
    knownValues.set(version, known);
  }
  return known;
}

/** Checks that every status and every value the clock reads is one the contract knows. */
function checkKnown(
  used: readonly string[],
  version: CompiledVersion['version'],
  timeline: Timeline,
): Result<true> {
  const known = knownValuesOf(version);
  for (const entry of timeline.entries) {
    if (entry.state.role === undefined) {
      return fail(
        'CLOCK.UNKNOWN_STATUS',
        `Statut « ${entry.state.status} » de ${timeline.key} inconnu du contrat : déclarez-le dans statuses avec son rôle (attente, validation, résolu…).`,
      );
    }
    for (const key of used) {
      const value = entry.state.values[key] ?? null;
      const values = known.get(key);
      if (value !== null && values !== undefined && !values.has(value)) {
        return fail(
          'CLOCK.UNKNOWN_VALUE',
          `Valeur « ${value} » du champ « ${version.fields[key]?.label ?? key} » de ${timeline.key} inconnue du contrat (valeurs connues : ${[...values].join(', ')}) : ajoutez-la ou corrigez le ticket.`,
        );
      }
    }
  }
  return succeed(true);
}

function stateAt(timeline: Timeline, instant: number): IssueState | undefined {
  let found = timeline.entries[0]?.state;
  for (const entry of timeline.entries) if (entry.at <= instant) found = entry.state;
  return found;
}

function startOf(
  clock: ClockDefinition,
  rules: CompiledClock,
  timeline: Timeline,
  zone: string,
  adjustments: readonly Adjustment[],
): Result<number | undefined> {
  const corrected = adjustments
    .filter((a) => a.kind === 'corrected-start' && a.start !== undefined)
    .at(-1);
  if (corrected?.start !== undefined) return succeed(Date.parse(corrected.start));
  const last = timeline.entries.at(-1)?.state;
  const fieldValue =
    clock.startField === undefined ? null : (last?.values[clock.startField] ?? null);
  if (fieldValue !== null) {
    const instant = parseLocal(fieldValue, zone);
    const checked = instant === undefined ? undefined : checkInstant(instant);
    if (checked?.ok !== true)
      return fail(
        'CLOCK.BAD_START',
        `Début « ${fieldValue} » illisible pour ${timeline.key} : corrigez le champ de début.`,
      );
    return succeed(checked.value);
  }
  const first = timeline.entries.find((entry) => rules.start(entry.state));
  return succeed(first?.at);
}

/** Evaluates one clock of one issue at instant `at` (epoch ms); events after `at` are ignored. */
export function evaluateClock(
  clock: ClockDefinition,
  compiled: CompiledVersion,
  timeline: Timeline,
  at: number,
  adjustments: readonly Adjustment[] = [],
  options: EvaluationOptions = {},
): ClockResult {
  const { version } = compiled;
  const rules = compiledClock(clock);
  const known = checkKnown(rules.reads, version, timeline);
  if (!known.ok) return clockError(clock, known.code, known.message);
  const mine = adjustments.filter((a) => a.clock === clock.id && Date.parse(a.decidedAt) <= at);
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
  const goal =
    goalState === undefined
      ? undefined
      : rules.goals.find((g) => g.when === undefined || g.when(goalState));
  if (goal === undefined) {
    return clockError(
      clock,
      'CLOCK.NO_GOAL',
      `${timeline.key} : aucun objectif de « ${clock.label} » ne correspond à sa qualification ; complétez la qualification du ticket ou les objectifs du contrat.`,
    );
  }
  const started = start.value !== undefined && start.value <= at ? start.value : undefined;
  const intervals = started === undefined ? [] : clockIntervals(timeline, rules, started, at);
  const cycles = clock.reopen === 'new-cycle' ? splitCycles(intervals) : [intervals];
  const cycle = cycles[cycles.length - 1] ?? [];
  const measured = measureCycle({
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
    intervals: cycle,
    start: cycle[0]?.start ?? started,
    at,
    adjustments: mine,
    segments: options.segments !== false,
  });
  if (!measured.ok) return clockError(clock, measured.code, measured.message);
  return {
    id: clock.id,
    label: clock.label,
    cycle: cycles.length,
    adjustments: mine.map(describeAdjustment),
    ...measured.value,
  };
}

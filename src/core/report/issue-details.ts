import { NO_ADJUSTMENTS, type AdjustmentsByIssue } from '../clocks/adjustments';
import { isClockError, type ClockMeasure, type ClockResult } from '../clocks/clock-result';
import { evaluateIssue } from '../clocks/evaluate-issue';
import { CLOCK_STATE_LABELS, formatHours } from '../clocks/clock-labels';
import type { IssueHistory } from '../clocks/issue-history';
import type { CompiledContract, CompiledVersion } from '../contract';
import type { MonthPeriod } from '../indicators/issue-facts';
import { frenchDate, frenchInstant } from './describe';
import type { ClockDetail, IssueDetail, IssueDetailList } from './report-model';

function figures(clock: ClockMeasure, zone: string): string {
  const parts: string[] = [];
  if (clock.mode === 'working-days') {
    if (clock.dueDate !== null) parts.push(`échéance ${frenchDate(clock.dueDate)}`);
    if (clock.doneDate !== null) parts.push(`fait le ${frenchDate(clock.doneDate)}`);
    if ((clock.lateWorkingDays ?? 0) > 0)
      parts.push(`${String(clock.lateWorkingDays)} j ouvré(s) de retard`);
  } else {
    if (clock.targetMinutes !== null) parts.push(`objectif ${formatHours(clock.targetMinutes)}`);
    parts.push(`écoulé ${formatHours(clock.elapsedMinutes)}`);
    if (clock.pausedMinutes > 0) parts.push(`en pause ${formatHours(clock.pausedMinutes)}`);
    if (clock.dueAt !== null) parts.push(`échéance ${frenchInstant(clock.dueAt, zone)}`);
    if (clock.breachedAt !== null)
      parts.push(`dépassé le ${frenchInstant(clock.breachedAt, zone)}`);
  }
  if (clock.waived) parts.push('exonéré');
  return parts.join(', ');
}

function clockDetail(clock: ClockResult, zone: string): ClockDetail {
  if (isClockError(clock))
    return {
      label: clock.label,
      state: 'incalculable',
      verdict: 'sans objet',
      figures: clock.error.message,
      explanation: [],
    };
  return {
    label: clock.label,
    state: CLOCK_STATE_LABELS[clock.state],
    verdict: clock.breached
      ? 'non conforme'
      : clock.state === 'stopped'
        ? 'conforme'
        : 'sans objet',
    figures: figures(clock, zone),
    explanation: clock.segments.map(
      (s) => `${frenchInstant(s.start, zone)} → ${frenchInstant(s.end, zone)} : ${s.reason}`,
    ),
  };
}

/** One issue's detail at the period's end, or null when it has no clock to show. */
function detailOf(
  contract: CompiledContract,
  compiled: CompiledVersion,
  history: IssueHistory,
  period: MonthPeriod,
  adjustments: AdjustmentsByIssue,
): IssueDetail | null {
  const evaluation = evaluateIssue(
    contract,
    history,
    period.last,
    adjustments.get(history.key) ?? [],
  );
  if (!evaluation.ok || evaluation.value.category === null || evaluation.value.clocks.length === 0)
    return null;
  const category = evaluation.value.category;
  const zoneOf = (calendar: string): string =>
    compiled.calendars.get(calendar)?.zone ?? 'Europe/Paris';
  return {
    key: history.key,
    summary: history.summary ?? '',
    category: compiled.version.categories.find((c) => c.id === category)?.label ?? category,
    clocks: evaluation.value.clocks.map((c) =>
      clockDetail(c, isClockError(c) ? 'Europe/Paris' : zoneOf(c.calendar)),
    ),
  };
}

/**
 * The detail of the issues the month concerns (created before its end and not resolved before
 * its start, with at least one clock), each clock with its French explanation. Which issues
 * those are is found now, quickly; an issue's detail is computed each time it is asked for, so
 * the list holds positions, never the explanations.
 */
export function issueDetailList(
  contract: CompiledContract,
  compiled: CompiledVersion,
  histories: readonly IssueHistory[],
  period: MonthPeriod,
  resolvedBefore: (history: IssueHistory) => boolean,
  adjustments: AdjustmentsByIssue = NO_ADJUSTMENTS,
): IssueDetailList {
  const concerned: IssueHistory[] = [];
  for (const history of histories) {
    if (history.created >= period.to || resolvedBefore(history)) continue;
    const evaluation = evaluateIssue(
      contract,
      history,
      period.last,
      adjustments.get(history.key) ?? [],
      { segments: false },
    );
    if (evaluation.ok && evaluation.value.category !== null && evaluation.value.clocks.length > 0)
      concerned.push(history);
  }
  return {
    length: concerned.length,
    at: (index) => {
      const history = concerned[index];
      return history === undefined
        ? undefined
        : (detailOf(contract, compiled, history, period, adjustments) ?? undefined);
    },
  };
}

/** Every detail of `issueDetailList`, computed at once. */
export function issueDetails(list: IssueDetailList): IssueDetail[] {
  return Array.from({ length: list.length }, (_, i) => list.at(i)).filter(
    (detail) => detail !== undefined,
  );
}

import { isClockError, type ClockMeasure, type ClockResult } from '../clocks/clock-result';
import { evaluateIssue } from '../clocks/evaluate-issue';
import { CLOCK_STATE_LABELS, formatHours } from '../clocks/clock-labels';
import type { IssueHistory } from '../clocks/issue-history';
import type { CompiledContract, CompiledVersion } from '../contract';
import type { MonthPeriod } from '../indicators/issue-facts';
import { frenchDate, frenchInstant } from './describe';
import type { ClockDetail, IssueDetail } from './report-model';

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

/**
 * The detail of the issues the month concerns (created before its end and not resolved before
 * its start), each clock with its French explanation.
 */
export function issueDetails(
  contract: CompiledContract,
  compiled: CompiledVersion,
  histories: readonly IssueHistory[],
  period: MonthPeriod,
  resolvedBefore: (history: IssueHistory) => boolean,
): IssueDetail[] {
  const zoneOf = (calendar: string): string =>
    compiled.calendars.get(calendar)?.zone ?? 'Europe/Paris';
  const details: IssueDetail[] = [];
  for (const history of histories) {
    if (history.created >= period.to || resolvedBefore(history)) continue;
    const evaluation = evaluateIssue(contract, history, period.last);
    if (
      !evaluation.ok ||
      evaluation.value.category === null ||
      evaluation.value.clocks.length === 0
    )
      continue;
    const category = evaluation.value.category;
    details.push({
      key: history.key,
      summary: history.summary ?? '',
      category: compiled.version.categories.find((c) => c.id === category)?.label ?? category,
      clocks: evaluation.value.clocks.map((c) =>
        clockDetail(c, isClockError(c) ? 'Europe/Paris' : zoneOf(c.calendar)),
      ),
    });
  }
  return details;
}

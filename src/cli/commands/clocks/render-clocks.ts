import { DateTime } from 'luxon';
import {
  isClockError,
  versionAt,
  type ClockResult,
  type IssueEvaluation,
} from '../../../core/clocks';
import { CLOCK_STATE_LABELS, formatHours } from '../../../core/clocks/clock-labels';
import type { CompiledContract } from '../../../core/contract';
import { isoIn, textTable } from '../../format';

function zoneOf(contract: CompiledContract, at: number, calendar: string): string {
  return versionAt(contract, at)?.calendars.get(calendar)?.zone ?? 'Europe/Paris';
}

function clockJson(clock: ClockResult, contract: CompiledContract, at: number): unknown {
  if (isClockError(clock)) return clock;
  const zone = zoneOf(contract, at, clock.calendar);
  return {
    ...clock,
    startedAt: isoIn(clock.startedAt, zone),
    stoppedAt: isoIn(clock.stoppedAt, zone),
    breachedAt: isoIn(clock.breachedAt, zone),
    dueAt: isoIn(clock.dueAt, zone),
    segments: clock.segments.map((s) => ({
      ...s,
      start: isoIn(s.start, zone),
      end: isoIn(s.end, zone),
    })),
  };
}

export type IssueOutcome =
  | IssueEvaluation
  | { readonly key: string; readonly error: { readonly code: string; readonly message: string } };

export function renderJson(
  contract: CompiledContract,
  at: number,
  outcomes: readonly IssueOutcome[],
): string {
  const version = versionAt(contract, at);
  const zone = version?.calendars.values().next().value?.zone ?? 'Europe/Paris';
  const issues = outcomes.map((o) =>
    'error' in o ? o : { ...o, clocks: o.clocks.map((c) => clockJson(c, contract, at)) },
  );
  const head = {
    id: contract.contract.id,
    label: contract.contract.label,
    version: version?.version.effectiveFrom ?? null,
  };
  return `${JSON.stringify({ contract: head, at: isoIn(at, zone), issues }, null, 2)}\n`;
}

export function renderTable(
  contract: CompiledContract,
  at: number,
  outcomes: readonly IssueOutcome[],
): string {
  const rows: string[][] = [
    ['Ticket', 'Horloge', 'État', 'Écoulé', 'Objectif', 'Reste', 'Échéance', 'Dépassé'],
  ];
  for (const outcome of outcomes) {
    if ('error' in outcome) {
      rows.push([outcome.key, '—', `erreur : ${outcome.error.message}`, '', '', '', '', '']);
      continue;
    }
    for (const clock of outcome.clocks) {
      if (isClockError(clock)) {
        rows.push([
          outcome.key,
          clock.label,
          `incalculable : ${clock.error.message}`,
          '',
          '',
          '',
          '',
          '',
        ]);
        continue;
      }
      const zone = zoneOf(contract, at, clock.calendar);
      const due =
        clock.dueDate ??
        (clock.dueAt === null
          ? '—'
          : DateTime.fromMillis(clock.dueAt, { zone }).toFormat('dd/MM/yyyy HH:mm'));
      rows.push([
        outcome.key,
        clock.label,
        CLOCK_STATE_LABELS[clock.state],
        formatHours(clock.elapsedMinutes),
        formatHours(clock.targetMinutes),
        formatHours(clock.remainingMinutes),
        due,
        clock.waived ? 'exonéré' : clock.breached ? 'oui' : 'non',
      ]);
    }
  }
  return textTable(rows);
}

import type { BusinessCalendar } from '../time';
import { addBusinessMinutes } from '../time/business-time';
import { formatHours } from './clock-labels';
import { isClockError, type ClockMeasure, type ClockResult } from './clock-result';

/** The states the "Jalon – état des délais" field shows, in French. */
export const CLOCK_FIELD_STATES = [
  'Dans les délais',
  'À risque',
  'Dépassé',
  'En pause',
  'Terminé',
] as const;
export type ClockFieldState = (typeof CLOCK_FIELD_STATES)[number];

/** The values Jalon writes on an issue, one per field of the app. */
export interface JalonFieldValues {
  readonly state: ClockFieldState | null;
  /** ISO 8601 (UTC) of the nearest due instant among open clocks. */
  readonly nextDue: string | null;
  /** Business hours left on the tightest open clock in hours mode, one decimal. */
  readonly remainingHours: number | null;
  /** Every clock, for the object field "Jalon – délais" and its formatter. */
  readonly clocks: {
    readonly clocks: readonly {
      readonly id: string;
      readonly label: string;
      /** The clock's own state, in the words of the state field. */
      readonly state: ClockFieldState;
      readonly breached: boolean;
      /** Business time left ("3 h 20", "-1 h 05" once over), hours mode only. */
      readonly remaining: string | null;
      /** ISO 8601 (UTC) due instant, or the due date of a day-count clock. */
      readonly due: string | null;
    }[];
  };
  /**
   * ISO 8601 (UTC) of the next instant the state field would change with no event on the issue
   * (a running clock turning "À risque", or "Dépassé"): what the hourly refresh looks for. Null
   * when nothing runs, or when no calendar was given.
   */
  readonly nextChangeAt: string | null;
}

/** An open clock with less than this share of its target left is "À risque". */
export const AT_RISK_SHARE = 0.2;

function atRisk(clock: ClockMeasure): boolean {
  if (clock.targetMinutes === null || clock.remainingMinutes === null) return false;
  return clock.remainingMinutes < clock.targetMinutes * AT_RISK_SHARE;
}

/** One clock's state in the words of the state field. */
function clockFieldState(clock: ClockMeasure): ClockFieldState {
  if (clock.breached) return 'Dépassé';
  if (clock.state === 'stopped') return 'Terminé';
  if (atRisk(clock)) return 'À risque';
  return clock.state === 'paused' ? 'En pause' : 'Dans les délais';
}

/** When a running clock's displayed state changes next if nothing happens: at risk, then due. */
function nextChangeOf(clock: ClockMeasure, at: number, calendar: BusinessCalendar | undefined) {
  if (clock.state !== 'running' || clock.breached) return null;
  const { targetMinutes: target, remainingMinutes: remaining } = clock;
  if (calendar !== undefined && target !== null && remaining !== null && !atRisk(clock)) {
    // At risk once strictly less than a fifth is left: after this many more business minutes.
    const consumed = Math.floor(remaining - target * AT_RISK_SHARE) + 1;
    const risk = addBusinessMinutes(calendar, at, consumed);
    if (risk.ok) return clock.dueAt === null ? risk.value : Math.min(risk.value, clock.dueAt);
  }
  return clock.dueAt;
}

/**
 * What the app's Jira fields say about an issue's clocks: breached if any is, else at risk if an
 * open one has less than a fifth of its target left, else paused when every open clock is, in
 * time while one runs, done when all stopped. Clocks that cannot be computed are left out.
 * With the evaluation instant and the contract's calendars, also when that will change.
 */
export function jalonFieldValues(
  results: readonly ClockResult[],
  when?: { readonly at: number; readonly calendars: ReadonlyMap<string, BusinessCalendar> },
): JalonFieldValues {
  const clocks = results.filter((r): r is ClockMeasure => !isClockError(r));
  const open = clocks.filter((c) => c.state === 'running' || c.state === 'paused');
  const state: ClockFieldState | null =
    clocks.length === 0
      ? null
      : clocks.some((c) => c.breached)
        ? 'Dépassé'
        : open.some(atRisk)
          ? 'À risque'
          : open.length > 0 && open.every((c) => c.state === 'paused')
            ? 'En pause'
            : open.length > 0
              ? 'Dans les délais'
              : clocks.every((c) => c.state === 'stopped')
                ? 'Terminé'
                : 'Dans les délais';
  const dues = open.flatMap((c) => (c.dueAt === null ? [] : [c.dueAt]));
  const remaining = open.flatMap((c) =>
    c.mode === 'hours' && c.remainingMinutes !== null ? [c.remainingMinutes] : [],
  );
  const changes =
    when === undefined
      ? []
      : clocks.flatMap((c) => {
          const next = nextChangeOf(c, when.at, when.calendars.get(c.calendar));
          return next === null ? [] : [next];
        });
  return {
    state,
    nextDue: dues.length === 0 ? null : new Date(Math.min(...dues)).toISOString(),
    remainingHours: remaining.length === 0 ? null : Math.round(Math.min(...remaining) / 6) / 10,
    clocks: {
      clocks: clocks.map((c) => ({
        id: c.id,
        label: c.label,
        state: clockFieldState(c),
        breached: c.breached,
        remaining:
          c.mode === 'hours' && c.remainingMinutes !== null
            ? formatHours(c.remainingMinutes)
            : null,
        due: c.dueAt === null ? c.dueDate : new Date(c.dueAt).toISOString(),
      })),
    },
    nextChangeAt: changes.length === 0 ? null : new Date(Math.min(...changes)).toISOString(),
  };
}

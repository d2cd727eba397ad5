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
  /** Every clock, for the object field and its formatter. */
  readonly clocks: {
    readonly clocks: readonly {
      readonly id: string;
      readonly label: string;
      readonly state: string;
      readonly breached: boolean;
      readonly dueAt: string | null;
      readonly dueDate: string | null;
    }[];
  };
}

/** An open clock with less than this share of its target left is "À risque". */
export const AT_RISK_SHARE = 0.2;

function atRisk(clock: ClockMeasure): boolean {
  if (clock.targetMinutes === null || clock.remainingMinutes === null) return false;
  return clock.remainingMinutes < clock.targetMinutes * AT_RISK_SHARE;
}

/**
 * What the app's Jira fields say about an issue's clocks: breached if any is, else at risk if an
 * open one has less than a fifth of its target left, else paused when every open clock is, in
 * time while one runs, done when all stopped. Clocks that cannot be computed are left out.
 */
export function jalonFieldValues(results: readonly ClockResult[]): JalonFieldValues {
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
  return {
    state,
    nextDue: dues.length === 0 ? null : new Date(Math.min(...dues)).toISOString(),
    remainingHours: remaining.length === 0 ? null : Math.round(Math.min(...remaining) / 6) / 10,
    clocks: {
      clocks: clocks.map((c) => ({
        id: c.id,
        label: c.label,
        state: c.state,
        breached: c.breached,
        dueAt: c.dueAt === null ? null : new Date(c.dueAt).toISOString(),
        dueDate: c.dueDate,
      })),
    },
  };
}

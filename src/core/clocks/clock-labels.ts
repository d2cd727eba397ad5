import type { ClockState } from './clock-result';

/** A clock's state as people read it. */
export const CLOCK_STATE_LABELS: Readonly<Record<ClockState, string>> = {
  'not-started': 'non démarré',
  running: 'en cours',
  paused: 'en pause',
  stopped: 'arrêté',
};

/** Business minutes as "5 h 07" ("-1 h 30" once over); "—" when there is none. */
export function formatHours(minutes: number | null): string {
  if (minutes === null) return '—';
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60))} h ${String(abs % 60).padStart(2, '0')}`;
}

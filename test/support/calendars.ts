import { compileCalendar, type BusinessCalendar } from '../../src/core/time';

/** Compiles a definition that a test knows to be valid; fails the test with the reason otherwise. */
export function calendarOf(definition: unknown): BusinessCalendar {
  const compiled = compileCalendar(definition);
  if (!compiled.ok) throw new Error(`${compiled.code}: ${compiled.message}`);
  return compiled.value;
}

/** Epoch ms of an ISO 8601 instant with its offset (`2026-03-29T10:00+02:00`). */
export function at(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Bad instant in test: ${iso}`);
  return ms;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Every day, all day: elapsed time, for checking DST lengths. */
export const ROUND_THE_CLOCK = {
  id: 'test-24-7',
  windows: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '00:00', to: '24:00' },
  ],
  hoursPerDay: 24,
  holidays: { region: 'none' },
};

import type { DemoCalendars } from './goals';
import type { Period } from './timing';

/** What every generator needs: the seed, the period and the presets' calendars. */
export interface DemoContext {
  readonly seed: number;
  readonly period: Period;
  readonly calendars: DemoCalendars;
}

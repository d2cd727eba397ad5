import { endOfNextSprint } from '../../core/clocks/sprints';
import { compileContract, type CompiledVersion } from '../../core/contract';
import { contractPreset, type ContractPresetId } from '../../core/contract/presets';
import { businessMinutes, type BusinessCalendar } from '../../core/time';
import type { Rng } from '../random';
import { afterBusinessMinutes, onWorkingDay } from './timing';

/**
 * The business calendars of the two presets, compiled from the presets themselves so that the
 * generated working hours are those Jalon counts, and the deadlines the generator aims at.
 */
export interface DemoCalendars {
  readonly tma: BusinessCalendar;
  readonly or: BusinessCalendar;
  readonly argent: BusinessCalendar;
  readonly bronze: BusinessCalendar;
  readonly atih: BusinessCalendar;
  /** DEMAT'ADS "sprint suivant": business minutes of the TMA calendar from `start` to its end. */
  readonly sprintMinutes: (start: number) => number;
}

function lastVersion(id: ContractPresetId): CompiledVersion {
  const compiled = compileContract(contractPreset(id));
  if (!compiled.ok) throw new Error(`Preset ${id}: ${compiled.message}`);
  const version = compiled.value.versions.at(-1);
  if (version === undefined) throw new Error(`Preset ${id} has no version`);
  return version;
}

function calendarOf(version: CompiledVersion, id: string): BusinessCalendar {
  const calendar = version.calendars.get(id);
  if (calendar === undefined) throw new Error(`No calendar ${id}`);
  return calendar;
}

export function demoCalendars(): DemoCalendars {
  const demat = lastVersion('demat-ads');
  const atih = lastVersion('atih-2025');
  const tma = calendarOf(demat, 'tma');
  const cadence = demat.version.sprints;
  return {
    tma,
    or: calendarOf(demat, 'or'),
    argent: calendarOf(demat, 'argent'),
    bronze: calendarOf(demat, 'bronze'),
    atih: calendarOf(atih, 'atih'),
    sprintMinutes: (start) => {
      if (cadence === undefined) return 20 * tma.minutesPerDay;
      const end = endOfNextSprint(cadence, calendarOf(demat, cadence.calendar), start);
      if (!end.ok) throw new Error(end.message);
      return businessMinutes(tma, start, end.value);
    },
  };
}

/** A deadline as the generator aims at it: business minutes, working days (day count) or none. */
export type Goal =
  { readonly minutes: number } | { readonly workingDays: number } | { readonly none: true };

/** The share of the target a piece of work takes: well within it, or beyond it when late. */
export function budgetShare(rng: Rng, late: boolean): number {
  return late ? rng.real(1.08, 2.2) : rng.real(0.15, 0.92);
}

/** When work started at `start` is done, on time or `late`, against `goal` on `calendar`. */
export function doneAt(
  calendar: BusinessCalendar,
  rng: Rng,
  start: number,
  goal: Goal,
  late: boolean,
): number {
  if ('minutes' in goal)
    return afterBusinessMinutes(calendar, start, goal.minutes * budgetShare(rng, late));
  if ('workingDays' in goal) {
    const n = late ? goal.workingDays + rng.int(1, 4) : rng.int(0, goal.workingDays);
    return onWorkingDay(calendar, rng, start, n);
  }
  return onWorkingDay(calendar, rng, start, rng.int(1, 15));
}

import type { ContractVersion } from '../contract';
import { fail, succeed, type Result } from '../result';
import {
  countWorkingDays,
  dayStartInstant,
  epochDayOfIso,
  isoDateOf,
  localDayOf,
  nthWorkingDayAfter,
  type BusinessCalendar,
} from '../time';

/**
 * The end (epoch ms, local midnight after its last day) of the sprint after the one in progress
 * at `start`, with sprints of `workingDays` working days from `firstStart`.
 */
export function endOfNextSprint(
  cadence: NonNullable<ContractVersion['sprints']>,
  calendar: BusinessCalendar,
  start: number,
): Result<number> {
  const before = epochDayOfIso(cadence.firstStart) - 1;
  const day = localDayOf(calendar, start);
  const worked = countWorkingDays(calendar, isoDateOf(before), isoDateOf(day));
  const current = worked <= 0 ? -1 : Math.floor((worked - 1) / cadence.workingDays);
  const last = nthWorkingDayAfter(calendar, before, (current + 2) * cadence.workingDays);
  if (!last.ok)
    return fail('CLOCK.NO_SPRINT', `Impossible de situer le sprint suivant : ${last.message}`);
  return succeed(dayStartInstant(calendar, last.value + 1));
}

import type { BusinessCalendar } from '../time';
import { isIsoDate, isoDateOf, type IsoDate } from '../time/civil-date';
import { addWorkingDays, localDayOf, workingDaysLate } from '../time/working-days';
import { parseFieldInstant } from '../clocks/field-instant';
import type { DeliveryEvent } from './lifecycle';

/** The first delivery against the planned date of the devis' calendrier de réalisation. */
export interface DeliveryPunctuality {
  readonly plannedDate: IsoDate;
  readonly deliveredDate: IsoDate | null;
  /** Working days late at the first delivery, or at evaluation while none came. */
  readonly lateWorkingDays: number;
  readonly delivered: boolean;
}

/** The administration's verification against its period (ATIH: 45 jours ouvrés from delivery). */
export interface ValidationPunctuality {
  readonly dueDate: IsoDate;
  readonly admittedDate: IsoDate;
  readonly lateWorkingDays: number;
  /**
   * Late because of the titulaire: some delivery was refused, so the verification waited for
   * corrections (the rule Jalon applies; the CCTP names the list, 000 L994–995, not its test).
   */
  readonly becauseOfContractor: boolean;
}

/**
 * The planned date as a civil date: the field holds a date, or a datetime whose local day in the
 * calendar's zone counts (never the process zone). Undefined when unreadable.
 */
export function plannedDateOf(text: string, calendar: BusinessCalendar): IsoDate | undefined {
  if (text.length === 10) return isIsoDate(text) ? text : undefined;
  const instant = parseFieldInstant(text, calendar.zone);
  return instant === undefined ? undefined : isoDateOf(localDayOf(calendar, instant));
}

export function deliveryPunctuality(
  planned: string | null,
  deliveries: readonly DeliveryEvent[],
  calendar: BusinessCalendar,
  at: number,
): DeliveryPunctuality | null {
  if (planned === null) return null;
  const plannedDate = plannedDateOf(planned, calendar);
  if (plannedDate === undefined) return null;
  const first = deliveries[0]?.at;
  const late = workingDaysLate(calendar, plannedDate, first ?? at);
  return {
    plannedDate,
    deliveredDate: first === undefined ? null : isoDateOf(localDayOf(calendar, first)),
    lateWorkingDays: late.ok ? late.value : 0,
    delivered: first !== undefined,
  };
}

export function validationPunctuality(
  periodWorkingDays: number | undefined,
  deliveries: readonly DeliveryEvent[],
  admittedAt: number | undefined,
  calendar: BusinessCalendar,
): ValidationPunctuality | null {
  const first = deliveries[0]?.at;
  if (periodWorkingDays === undefined || first === undefined || admittedAt === undefined)
    return null;
  const due = addWorkingDays(calendar, first, periodWorkingDays);
  if (!due.ok) return null;
  const late = workingDaysLate(calendar, due.value, admittedAt);
  const lateWorkingDays = late.ok ? late.value : 0;
  return {
    dueDate: due.value,
    admittedDate: isoDateOf(localDayOf(calendar, admittedAt)),
    lateWorkingDays,
    becauseOfContractor: lateWorkingDays > 0 && deliveries.some((d) => d.refusedAt !== null),
  };
}

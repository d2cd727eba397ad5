import { isClockError } from '../clocks/clock-result';
import type { IssueFacts, MonthPeriod } from '../indicators/issue-facts';
import type { OrderOutcome } from '../orders/evaluate-order';
import type { LateItem } from '../penalties/inputs';
import { epochDayOfIso, type IsoDate } from '../time/civil-date';

const inMonth = (date: string | null, period: MonthPeriod): date is IsoDate =>
  date !== null && date >= period.firstDay && date <= period.lastDay;

/** Calendar days from a due date to the day it was done (CCAG R). */
const calendarDaysLate = (due: string, done: IsoDate): number =>
  Math.max(0, epochDayOfIso(done) - epochDayOfIso(due as IsoDate));

/**
 * The month's late items: clocks of issues other than orders that stopped in the month over
 * their target, and order steps done in the month after their deadline (the devis, the start,
 * the first delivery against its planned date). Items still open count in the month they
 * complete.
 */
export function lateItems(
  facts: readonly IssueFacts[],
  orders: readonly OrderOutcome[],
  period: MonthPeriod,
): LateItem[] {
  const items: LateItem[] = [];
  // An order's clocks are its steps' deadlines, counted once below with the order's amount.
  const orderKeys = new Set(orders.map((o) => o.key));
  for (const f of facts) {
    if (orderKeys.has(f.history.key)) continue;
    for (const clock of f.clocks) {
      if (isClockError(clock) || clock.state !== 'stopped' || !clock.breached) continue;
      if (!inMonth(clock.doneDate, period)) continue;
      const lateMinutes =
        clock.targetMinutes === null
          ? null
          : Math.max(0, clock.elapsedMinutes - clock.targetMinutes);
      items.push({
        key: `${f.history.key}:${clock.id}`,
        label: `${f.history.key} — ${clock.label}`,
        subject: 'clock',
        clock: clock.id,
        valueCents: null,
        lateDays: clock.dueDate === null ? null : calendarDaysLate(clock.dueDate, clock.doneDate),
        lateWorkingDays: clock.lateWorkingDays,
        lateMinutes,
        breached: true,
      });
    }
  }
  for (const order of orders) {
    for (const step of order.steps) {
      const deadline = step.deadline;
      // Passing a tacit-acceptance delay accepts the order; it is nobody's lateness.
      if (deadline?.breached !== true || deadline.tacit || !inMonth(step.date, period)) continue;
      if (deadline.dueDate === null) continue;
      items.push({
        key: `${order.key}:${step.step}`,
        label: `${order.key} — ${step.label}`,
        subject: 'order',
        clock: deadline.clock,
        valueCents: order.lines.amount,
        lateDays: calendarDaysLate(deadline.dueDate, step.date),
        lateWorkingDays: deadline.lateWorkingDays,
        lateMinutes: null,
        breached: true,
      });
    }
    const delivery = order.delivery;
    if (
      delivery?.delivered === true &&
      delivery.lateWorkingDays > 0 &&
      inMonth(delivery.deliveredDate, period)
    )
      items.push({
        key: `${order.key}:livraison`,
        label: `${order.key} — Livraison`,
        subject: 'order',
        clock: null,
        valueCents: order.lines.amount,
        lateDays: calendarDaysLate(delivery.plannedDate, delivery.deliveredDate),
        lateWorkingDays: delivery.lateWorkingDays,
        lateMinutes: null,
        breached: true,
      });
  }
  return items;
}

import type { OrderOutcome } from './evaluate-order';

/** Every civil date an order carries: steps, deliveries and refusals, invoices and payments. */
export function datesOf(order: OrderOutcome): string[] {
  return [
    ...order.steps.flatMap((s) => (s.date === null ? [] : [s.date])),
    ...order.deliveries.flatMap((d) =>
      d.refusedDate === null ? [d.date] : [d.date, d.refusedDate],
    ),
    ...order.invoices.flatMap((i) => (i.paidOn === undefined ? [i.date] : [i.date, i.paidOn])),
  ];
}

/**
 * An order belongs to a month's report when something happened to it in the month (`YYYY-MM`),
 * or when it is still under way (its last step has no date yet).
 */
export function isActiveIn(order: OrderOutcome, month: string): boolean {
  return datesOf(order).some((d) => d.startsWith(month)) || order.steps.at(-1)?.date === null;
}

import {
  daysInMonth,
  epochDayOf,
  epochDayOfIso,
  isoDateOf,
  type IsoDate,
} from '../time/civil-date';
import type { OrderOutcome } from './evaluate-order';
import type { Cents } from './money';

/** A count and its cumulative amount; orders without a price count but add nothing. */
export interface Tally {
  readonly count: number;
  readonly amount: Cents;
  readonly unpriced: number;
}

export interface DatedItem {
  readonly key: string;
  readonly date: IsoDate;
  readonly amount: Cents | null;
  /** Invoice number, delivery iteration, lateness… in French. */
  readonly detail: string;
}

export interface Period {
  readonly label: string;
  /** Inclusive civil dates. */
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** The monthly comité's figures (000 L955–1010), per fiscal year and since the last comité. */
export interface ComiteDashboard {
  readonly fiscalYear: Period & {
    readonly quotes: Tally;
    readonly orders: Tally;
    readonly invoices: Tally;
    readonly paid: Cents;
    readonly quotesLate: number;
    readonly deliveriesLate: number;
    readonly deliveriesRefused: number;
    readonly topProjectsByOrders: readonly { readonly project: string; readonly count: number }[];
    readonly topProjectsByAmount: readonly { readonly project: string; readonly amount: Cents }[];
  };
  readonly sinceLastComite: Period & {
    readonly quotes: readonly DatedItem[];
    readonly orders: readonly DatedItem[];
    readonly invoices: readonly DatedItem[];
    readonly quotesLate: readonly DatedItem[];
    readonly deliveriesLate: readonly DatedItem[];
    readonly validationsLate: readonly DatedItem[];
    readonly deliveriesRefused: readonly DatedItem[];
  };
  /** How each figure is counted, shown with the tables. */
  readonly rules: readonly string[];
}

function fiscalYearOf(today: IsoDate, startMonth: number): Period {
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const first = month >= startMonth ? year : year - 1;
  const from = isoDateOf(epochDayOf(first, startMonth, 1));
  const lastMonth = startMonth === 1 ? 12 : startMonth - 1;
  const lastYear = startMonth === 1 ? first : first + 1;
  const to = isoDateOf(epochDayOf(lastYear, lastMonth, daysInMonth(lastYear, lastMonth)));
  return {
    label:
      startMonth === 1
        ? `Exercice ${String(first)}`
        : `Exercice ${String(first)}-${String(first + 1)}`,
    from,
    to,
  };
}

const within = (period: Period, date: IsoDate | null): date is IsoDate =>
  date !== null && date >= period.from && date <= period.to;

const stepDate = (order: OrderOutcome, step: string): IsoDate | null =>
  order.steps.find((s) => s.step === step)?.date ?? null;

function tally(items: readonly DatedItem[]): Tally {
  return {
    count: items.length,
    amount: items.reduce((sum, i) => sum + (i.amount ?? 0), 0),
    unpriced: items.filter((i) => i.amount === null).length,
  };
}

function activity(orders: readonly OrderOutcome[], period: Period) {
  const byStep = (step: string) =>
    orders.flatMap((o): DatedItem[] => {
      const date = stepDate(o, step);
      return within(period, date)
        ? [{ key: o.key, date, amount: o.lines.amount, detail: o.lines.text }]
        : [];
    });
  const quotes = byStep('devis');
  const late = (step: string) =>
    orders.flatMap((o): DatedItem[] => {
      const s = o.steps.find((x) => x.step === step);
      const date = s?.date ?? null;
      const deadline = s?.deadline;
      if (!within(period, date) || deadline?.breached !== true) return [];
      const detail = `${String(deadline.lateWorkingDays ?? 0)} j ouvré(s) de retard, échéance ${deadline.dueDate ?? '?'}`;
      return [{ key: o.key, date, amount: o.lines.amount, detail }];
    });
  return {
    quotes,
    orders: byStep('bon-de-commande'),
    invoices: orders.flatMap((o) =>
      o.invoices
        .filter((i) => within(period, i.date))
        .map((i) => ({
          key: o.key,
          date: i.date,
          amount: i.amount,
          detail: `facture ${i.number}`,
        })),
    ),
    quotesLate: late('devis'),
    deliveriesLate: orders.flatMap((o): DatedItem[] => {
      const d = o.delivery;
      return d?.delivered === true && d.lateWorkingDays > 0 && within(period, d.deliveredDate)
        ? [
            {
              key: o.key,
              date: d.deliveredDate,
              amount: null,
              detail: `prévue le ${d.plannedDate}, ${String(d.lateWorkingDays)} j ouvré(s) de retard`,
            },
          ]
        : [];
    }),
    validationsLate: orders.flatMap((o): DatedItem[] => {
      const v = o.validation;
      return v?.becauseOfContractor === true && within(period, v.admittedDate)
        ? [
            {
              key: o.key,
              date: v.admittedDate,
              amount: null,
              detail: `attendue au plus tard le ${v.dueDate}, ${String(v.lateWorkingDays)} j ouvré(s) de retard après refus`,
            },
          ]
        : [];
    }),
    deliveriesRefused: orders.flatMap((o) =>
      o.deliveries.flatMap((d): DatedItem[] =>
        within(period, d.refusedDate)
          ? [
              {
                key: o.key,
                date: d.refusedDate,
                amount: null,
                detail: `livraison n°${String(d.iteration)} du ${d.date} refusée`,
              },
            ]
          : [],
      ),
    ),
  };
}

function topProjects(orders: readonly OrderOutcome[], period: Period) {
  const byProject = new Map<string, { count: number; amount: Cents }>();
  for (const o of orders) {
    if (!within(period, stepDate(o, 'bon-de-commande'))) continue;
    const known = byProject.get(o.project) ?? { count: 0, amount: 0 };
    byProject.set(o.project, {
      count: known.count + 1,
      amount: known.amount + (o.lines.amount ?? 0),
    });
  }
  const all = [...byProject].map(([project, t]) => ({ project, ...t }));
  const byName = (a: { project: string }, b: { project: string }) =>
    a.project < b.project ? -1 : 1;
  return {
    topProjectsByOrders: [...all]
      .sort((a, b) => b.count - a.count || byName(a, b))
      .slice(0, 3)
      .map(({ project, count }) => ({ project, count })),
    topProjectsByAmount: [...all]
      .filter((p) => p.amount > 0)
      .sort((a, b) => b.amount - a.amount || byName(a, b))
      .slice(0, 3)
      .map(({ project, amount }) => ({ project, amount })),
  };
}

/**
 * The comité dashboard on `today`: figures of the fiscal year that contains it, and lists since
 * the day after the last comité (or since the start of the fiscal year when there was none).
 */
export function comiteDashboard(
  orders: readonly OrderOutcome[],
  today: IsoDate,
  options: { readonly fiscalYearStartMonth: number; readonly lastComite?: IsoDate | undefined },
): ComiteDashboard {
  const year = fiscalYearOf(today, options.fiscalYearStartMonth);
  const fiscal: Period = { ...year, to: today < year.to ? today : year.to };
  const since: Period = {
    label:
      options.lastComite === undefined
        ? `Depuis le début de l’exercice`
        : `Depuis le comité du ${options.lastComite}`,
    from:
      options.lastComite === undefined
        ? year.from
        : isoDateOf(epochDayOfIso(options.lastComite) + 1),
    to: today,
  };
  const yearly = activity(orders, fiscal);
  const paid = orders
    .flatMap((o) => o.invoices)
    .filter((i) => within(fiscal, i.paidOn ?? null))
    .reduce((sum, i) => sum + (i.paidAmount ?? i.amount), 0);
  return {
    fiscalYear: {
      ...fiscal,
      quotes: tally(yearly.quotes),
      orders: tally(yearly.orders),
      invoices: tally(yearly.invoices),
      paid,
      quotesLate: yearly.quotesLate.length,
      deliveriesLate: yearly.deliveriesLate.length,
      deliveriesRefused: yearly.deliveriesRefused.length,
      ...topProjects(orders, fiscal),
    },
    sinceLastComite: { ...since, ...activity(orders, since) },
    rules: [
      `Exercice : du ${year.from} au ${year.to}, compté jusqu’au ${fiscal.to}.`,
      `Période depuis le dernier comité : du ${since.from} au ${since.to} inclus.`,
      'Un devis, un bon de commande, une facture comptent à leur date ; les montants sont hors taxes, ceux des commandes sans prix ne sont pas additionnés (nombre indiqué).',
      'Devis hors délai : devis transmis après l’échéance de l’horloge que le contrat attache au devis.',
      'Livraison hors délai : première livraison après la date prévue au calendrier de réalisation du devis.',
      'Validation hors délai à cause du titulaire : admission après la période de vérification, courant depuis la première livraison, lorsqu’une livraison a été refusée.',
      'Livraison refusée : chaque refus (passage de la vérification à la correction) compte à sa date.',
    ],
  };
}

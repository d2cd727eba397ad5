import type { DemoContext } from './context';
import type { IssueDraft } from './draft';
import { amountOf, daysOf, line, orderLines, type UoLineValue } from './atih-lines';
import { localDate } from './jira-json';
import { ATIH_TEAM, castOf, type Cast } from './people';
import { rngFor, type Rng } from '../random';
import { Script } from './script';
import { ATIH_PROJECTS, summaries } from './texts';
import { CreationPicker, onWorkingDay } from './timing';

/**
 * ATIH work-unit orders (issue type "Commande", project ATIH) walking Jalon's default order
 * workflow on the ATIH calendar: Besoin exprimé → Devis transmis (T0 + 5 jo, 2 if urgent) → BC
 * reçu → BC accepté within T1 + 2 jo (1 if urgent), or tacitly by letting the delay expire → En
 * cours (T1 + 5 jo, 2 if urgent) → Livré around the planned date → En vérification → Validé, or
 * back to En cours on refusal → Facturé → Réglé. Orders begin up to two months before the period
 * so that the period sees invoices and payments; UO-9 envelope orders stay En cours.
 */

const GED = 'https://ged.atih.example/marche-2025-2503067001';
const DAY = 86_400_000;

interface Plan {
  readonly priced: boolean;
  readonly urgent: boolean;
  readonly lateDevis: boolean;
  readonly tacit: boolean;
  readonly lateStart: boolean;
  readonly lateDelivery: boolean;
  readonly refused: boolean;
  readonly abandoned: boolean;
}

/** Round-robin guarantees each case at scale 1; the draws add variety. */
function planOf(rng: Rng, i: number): Plan {
  return {
    priced: i % 2 === 0,
    urgent: rng.chance(0.15) || i % 6 === 4,
    lateDevis: rng.chance(0.04) || i % 8 === 1,
    tacit: rng.chance(0.08) || i % 4 === 2,
    lateStart: rng.chance(0.08),
    lateDelivery: rng.chance(0.25),
    refused: rng.chance(0.1) || i % 5 === 3,
    abandoned: rng.chance(0.06) && i >= 10,
  };
}

interface Order {
  readonly created: number;
  readonly seq: number;
  readonly project: string;
  readonly lines: readonly UoLineValue[];
  readonly plan: Plan;
  readonly envelope: boolean;
}

const ref = (prefix: string, order: Order) =>
  `${prefix}-${localDate(order.created).slice(0, 4)}-${String(order.seq).padStart(4, '0')}`;

/**
 * Devis, bon de commande (with the planned delivery `plannedN` working days after it), acceptance
 * (explicit or tacit) and start; returns the BC instant, or null for an abandoned need.
 */
function untilStart(
  s: Script,
  rng: Rng,
  cast: Cast,
  order: Order,
  plannedN: number | null,
): number | null {
  const { plan } = order;
  const calendar = s.calendar;
  const [devis, remarks, start] = plan.urgent ? [2, 1, 2] : [5, 2, 5];
  s.days(plan.lateDevis ? devis + rng.int(1, 3) : rng.int(plan.urgent ? 0 : 1, devis));
  s.set(cast.titulaire, {
    status: 'Devis transmis',
    quoteLink: `${GED}/devis/${ref('DEV', order)}.pdf`,
  });
  if (plan.abandoned) return null;
  s.days(rng.int(2, 10));
  const bc = s.now;
  s.set(cast.administration, {
    status: 'BC reçu',
    orderNumber: ref('BC', order),
    orderLink: `${GED}/bons-de-commande/${ref('BC', order)}.pdf`,
    ...(plannedN === null
      ? {}
      : { plannedDelivery: localDate(onWorkingDay(calendar, rng, bc, plannedN)) }),
  });
  if (plan.tacit) {
    const n = plan.lateStart ? start + rng.int(1, 3) : rng.int(remarks + 1, start);
    s.at(onWorkingDay(calendar, rng, bc, Math.max(n, remarks + 1)));
  } else {
    const accepted = rng.int(0, remarks);
    s.days(accepted).set(cast.administration, { status: 'BC accepté' });
    const n = plan.lateStart ? start + rng.int(1, 3) : rng.int(Math.max(accepted, 1), start);
    s.at(onWorkingDay(calendar, rng, bc, n));
  }
  s.set(cast.titulaire, { status: 'En cours' });
  return bc;
}

function orderDraft(context: DemoContext, rng: Rng, order: Order): IssueDraft {
  const { atih } = context.calendars;
  const { end } = context.period;
  const cast = castOf(ATIH_TEAM, rng);
  const { plan } = order;
  const s = new Script(atih, rng, order.created);
  const plannedN = order.envelope ? null : Math.ceil(daysOf(order.lines) * 0.6) + rng.int(6, 12);
  const bc = untilStart(s, rng, cast, order, plannedN);
  let invoices: unknown;
  if (bc !== null && plannedN !== null) {
    const deliverN = plan.lateDelivery
      ? plannedN + rng.int(1, 6)
      : plannedN - rng.int(0, Math.min(4, plannedN - 7));
    s.at(onWorkingDay(atih, rng, bc, deliverN)).set(cast.titulaire, { status: 'Livré' });
    s.days(rng.int(0, 2)).set(cast.administration, { status: 'En vérification' });
    if (plan.refused)
      s.days(rng.int(3, 10))
        .set(cast.administration, { status: 'En cours' })
        .days(rng.int(2, 8))
        .set(cast.titulaire, { status: 'Livré' })
        .days(rng.int(0, 2))
        .set(cast.administration, { status: 'En vérification' });
    s.days(rng.int(3, 20)).set(cast.administration, { status: 'Validé' });
    s.days(rng.int(1, 8));
    const invoiced = s.now;
    const number = ref('FA', order);
    s.set(cast.titulaire, { status: 'Facturé', invoiceLink: `${GED}/factures/${number}.pdf` });
    s.at(onWorkingDay(atih, rng, invoiced + rng.int(20, 40) * DAY, 0));
    const paid = s.now;
    s.set(cast.administration, { status: 'Réglé' });
    if (invoiced < end) {
      const invoice = { number, date: localDate(invoiced), amount: amountOf(order.lines) };
      invoices = { invoices: [paid < end ? { ...invoice, paidOn: localDate(paid) } : invoice] };
    }
  }
  return {
    project: 'ATIH',
    issueType: 'Commande',
    summary: order.envelope
      ? `Enveloppe UO-9 — maintenance des restitutions (${String(daysOf(order.lines))} j)`
      : summaries.order(rng, order.project),
    labels: order.envelope ? ['enveloppe-uo9'] : [],
    created: order.created,
    reporter: cast.administration,
    assignee: cast.titulaire,
    initial: {
      status: 'Besoin exprimé',
      urgent: plan.urgent ? 'Oui' : 'Non',
      project: order.project,
      needLink: `${GED}/besoins/${ref('EB', order)}.pdf`,
    },
    steps: s.steps,
    objects: {
      lines: { lines: order.lines },
      ...(invoices === undefined ? {} : { invoices }),
    },
  };
}

const ENVELOPE_PLAN: Plan = {
  priced: true,
  urgent: false,
  lateDevis: false,
  tacit: false,
  lateStart: false,
  lateDelivery: false,
  refused: false,
  abandoned: false,
};

/**
 * `count` ordinary orders created from two months before the period, and `envelopes` UO-9
 * envelope orders of 40 days spread from one month before it; numbered in creation order.
 */
export function atihOrders(context: DemoContext, count: number, envelopes: number): IssueDraft[] {
  const rng = rngFor(context.seed, 'atih-orders');
  const { startDay, endDay } = context.period;
  const picker = new CreationPicker(context.period, 'office', startDay - 61, endDay - 3);
  const span = endDay - startDay;
  const specs = [
    ...picker.sorted(rng, count).map((created) => ({ created, envelope: false })),
    ...Array.from({ length: envelopes }, (_, j) => {
      const from = startDay - 30 + Math.floor((j * span) / envelopes);
      const created = new CreationPicker(context.period, 'office', from, from + 7).pick(rng);
      return { created, envelope: true };
    }),
  ].sort((a, b) => a.created - b.created);
  let regular = 0;
  return specs.map(({ created, envelope }, i) => {
    const plan = envelope ? { ...ENVELOPE_PLAN, priced: i % 2 === 0 } : planOf(rng, regular++);
    const project = rng.pick(ATIH_PROJECTS);
    const lines = envelope ? [line('UO-9', 40, plan.priced)] : orderLines(rng, plan.priced);
    const order: Order = { created, seq: i + 1, project, lines, plan, envelope };
    return orderDraft(context, rng, order);
  });
}

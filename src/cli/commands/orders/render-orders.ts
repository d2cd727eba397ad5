import type { CompiledContract } from '../../../core/contract';
import {
  formatEuros,
  type OrderOutcome,
  type OrdersEvaluation,
  type StepOutcome,
} from '../../../core/orders';
import { frenchDate } from '../../../core/report/describe';
import { csvTable, isoIn, textTable } from '../../format';

/** What the renderers need besides the evaluation. */
export interface OrdersView {
  readonly contract: CompiledContract;
  readonly evaluation: OrdersEvaluation;
  readonly orders: readonly OrderOutcome[];
  readonly month: string | null;
  readonly zone: string;
}

function orderJson(order: OrderOutcome, zone: string): unknown {
  return {
    ...order,
    steps: order.steps.map((s) => ({ ...s, at: isoIn(s.at, zone) })),
    acceptance: { ...order.acceptance, at: isoIn(order.acceptance.at, zone) },
    deliveries: order.deliveries.map((d) => ({
      ...d,
      at: isoIn(d.at, zone),
      refusedAt: isoIn(d.refusedAt, zone),
      correction:
        d.correction === null
          ? null
          : { ...d.correction, redeliveredAt: isoIn(d.correction.redeliveredAt, zone) },
    })),
  };
}

export function renderJson(view: OrdersView): string {
  const { contract, evaluation, zone } = view;
  const out = {
    contract: {
      id: contract.contract.id,
      label: contract.contract.label,
      version: evaluation.contractVersion,
    },
    at: isoIn(evaluation.at, zone),
    month: view.month,
    orders: view.orders.map((o) => orderJson(o, zone)),
    caps: evaluation.caps,
    envelope: evaluation.envelope,
    dashboard: evaluation.dashboard,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** A step's date and verdict: "09/11/2026, dans les délais", "attendu le 16/11/2026". */
function stepCell(step: StepOutcome | undefined): string {
  if (step === undefined) return '';
  const deadline = step.deadline;
  if (deadline?.error !== null && deadline?.error !== undefined) return 'incalculable';
  const late =
    deadline?.breached === true
      ? `hors délai (+${String(deadline.lateWorkingDays ?? 0)} j)`
      : 'dans les délais';
  if (step.date !== null)
    return deadline === null ? frenchDate(step.date) : `${frenchDate(step.date)}, ${late}`;
  if (deadline === null || deadline.state === 'not-started') return '—';
  return deadline.breached
    ? `en retard (échéance ${frenchDate(deadline.dueDate)})`
    : `attendu le ${frenchDate(deadline.dueDate)}`;
}

const stepOf = (order: OrderOutcome, id: string): StepOutcome | undefined =>
  order.steps.find((s) => s.step === id);

function acceptanceCell(order: OrderOutcome, zone: string): string {
  const { kind, at } = order.acceptance;
  if (kind === 'sans objet') return '—';
  const local = isoIn(at, zone);
  return local === null ? kind : `${kind} (${frenchDate(local.slice(0, 10))})`;
}

function deliveriesCell(order: OrderOutcome): string {
  const refused = order.deliveries.filter((d) => d.refusedAt !== null).length;
  if (order.deliveries.length === 0) return '—';
  const late = order.deliveries.filter((d) => d.correction?.breached === true).length;
  return `${String(order.deliveries.length)}${refused > 0 ? ` (${String(refused)} refus${late > 0 ? `, ${String(late)} correction(s) hors délai` : ''})` : ''}`;
}

export function renderTable(view: OrdersView): string {
  const { evaluation } = view;
  const rows = [
    [
      'Commande',
      'Projet',
      'Urgent',
      'Lignes UO',
      'Devis',
      'Bon de commande',
      'Acceptation',
      'Démarrage',
      'Livraisons',
      'Admission',
      'Facturé HT',
      'Réglé HT',
      'Problèmes',
    ],
    ...view.orders.map((o) => [
      o.key,
      o.project,
      o.urgent ? 'oui' : 'non',
      o.lines.text,
      stepCell(stepOf(o, 'devis')),
      stepCell(stepOf(o, 'bon-de-commande')),
      acceptanceCell(o, view.zone),
      stepCell(stepOf(o, 'demarrage')),
      deliveriesCell(o),
      stepCell(stepOf(o, 'admission')),
      formatEuros(o.invoiced),
      formatEuros(o.paid),
      String(o.problems.length),
    ]),
  ];
  const title = `Commandes — ${view.contract.contract.label}${view.month === null ? '' : `, ${view.month}`} (${String(view.orders.length)})`;
  const problems = view.orders.flatMap((o) => o.problems.map((p) => `  ${p.message}`));
  const notices = view.orders.flatMap((o) => o.lines.notices.map((n) => `  ${o.key}, ${n}`));
  const caps = evaluation.caps.map((c) => `  ${c.label} : ${c.verdict} — ${c.explanation}`);
  const d = evaluation.dashboard.fiscalYear;
  const sections = [
    `${title}\n\n${textTable(rows)}`,
    problems.length === 0
      ? 'Aucun problème signalé.\n'
      : `Problèmes à corriger :\n${problems.join('\n')}\n`,
    notices.length === 0 ? '' : `À vérifier :\n${notices.join('\n')}\n`,
    caps.length === 0 ? '' : `Plafonds :\n${caps.join('\n')}\n`,
    evaluation.envelope === null ? '' : `Enveloppe : ${evaluation.envelope.summary}\n`,
    [
      `Comité — ${d.label} (du ${frenchDate(d.from)} au ${frenchDate(d.to)}) :`,
      `  devis transmis ${String(d.quotes.count)} (${formatEuros(d.quotes.amount)} HT), bons de commande ${String(d.orders.count)} (${formatEuros(d.orders.amount)} HT), factures ${String(d.invoices.count)} (${formatEuros(d.invoices.amount)} HT), réglé ${formatEuros(d.paid)} HT`,
      `  devis hors délai ${String(d.quotesLate)}, livraisons hors délai ${String(d.deliveriesLate)}, livraisons refusées ${String(d.deliveriesRefused)}`,
      '',
    ].join('\n'),
  ];
  return sections.filter((s) => s !== '').join('\n');
}

/** Euros for a spreadsheet cell: "12400,00", no thousands separator. */
const euroCell = (cents: number | null): string =>
  cents === null
    ? ''
    : `${String(Math.trunc(cents / 100))},${String(Math.abs(cents % 100)).padStart(2, '0')}`;

export function renderCsv(view: OrdersView): string {
  const header = [
    'Commande',
    'Projet',
    'Urgent',
    'N° de bon de commande',
    'Lignes UO',
    'Montant HT (€)',
    'Expression de besoin',
    'Devis',
    'Échéance devis',
    'Devis hors délai',
    'Bon de commande',
    'Acceptation',
    'Démarrage',
    'Échéance démarrage',
    'Première livraison',
    'Livraison prévue',
    'Livraisons',
    'Refus',
    'Admission',
    'Facturé HT (€)',
    'Réglé HT (€)',
    'Problèmes',
  ];
  const rows = view.orders.map((o) => {
    const devis = stepOf(o, 'devis');
    const start = stepOf(o, 'demarrage');
    return [
      o.key,
      o.project,
      o.urgent ? 'oui' : 'non',
      o.orderNumber ?? '',
      o.lines.text,
      euroCell(o.lines.amount),
      stepOf(o, 'besoin')?.date ?? '',
      devis?.date ?? '',
      devis?.deadline?.dueDate ?? '',
      devis?.deadline === null || devis?.deadline === undefined
        ? ''
        : devis.deadline.breached
          ? 'oui'
          : 'non',
      stepOf(o, 'bon-de-commande')?.date ?? '',
      o.acceptance.kind,
      start?.date ?? '',
      start?.deadline?.dueDate ?? '',
      o.deliveries[0]?.date ?? '',
      o.delivery?.plannedDate ?? '',
      String(o.deliveries.length),
      String(o.deliveries.filter((d) => d.refusedAt !== null).length),
      stepOf(o, 'admission')?.date ?? '',
      euroCell(o.invoiced),
      euroCell(o.paid),
      o.problems.map((p) => p.message).join(' | '),
    ];
  });
  return csvTable([header, ...rows]);
}

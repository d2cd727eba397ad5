import type { MonthPeriod } from '../indicators/issue-facts';
import { isActiveIn } from '../orders/activity';
import type { OrderOutcome, StepOutcome } from '../orders/evaluate-order';
import type { OrdersEvaluation } from '../orders/portfolio';
import type { OrderRow, OrdersSection, Verdict } from './report-model';

const DOCUMENTS = {
  besoin: 'Expression de besoin',
  devis: 'Devis',
  'bon-de-commande': 'Bon de commande',
  facture: 'Facture',
} as const;

const ACCEPTANCE: Readonly<Record<OrderOutcome['acceptance']['kind'], string>> = {
  explicite: 'acceptation explicite',
  tacite: 'acceptation tacite à l’expiration du délai de remarques',
  'en attente': 'délai de remarques en cours',
  'sans objet': '',
};

function stepRow(step: StepOutcome, order: OrderOutcome): OrderRow['steps'][number] {
  const deadline = step.deadline;
  if (deadline?.tacit === true)
    return {
      label: step.label,
      date: step.date,
      verdict: null,
      note: ACCEPTANCE[order.acceptance.kind],
    };
  if (deadline === null) return { label: step.label, date: step.date, verdict: null, note: '' };
  if (deadline.error !== null)
    return { label: step.label, date: step.date, verdict: 'sans objet', note: deadline.error };
  const verdict: Verdict = deadline.breached
    ? 'non conforme'
    : step.date === null
      ? 'sans objet'
      : 'conforme';
  const note = deadline.breached
    ? `hors délai (+${String(deadline.lateWorkingDays ?? 0)} j ouvré(s)), échéance ${deadline.dueDate ?? '?'}`
    : step.date === null
      ? `attendu au plus tard le ${deadline.dueDate ?? '?'}`
      : 'dans les délais';
  return { label: step.label, date: step.date, verdict, note };
}

/** One order as the report and the project page show it: documents, steps with verdicts, amounts. */
export function orderRow(order: OrderOutcome): OrderRow {
  return {
    key: order.key,
    project: order.project,
    orderNumber: order.orderNumber,
    lines: order.lines.text,
    amountCents: order.lines.amount,
    documents: order.documents.map((d) => ({
      label: DOCUMENTS[d.document],
      link: d.link,
      date: d.date,
    })),
    steps: order.steps.map((step) => stepRow(step, order)),
    invoicedCents: order.invoiced,
    paidCents: order.paid,
    problems: order.problems.map((p) => p.message),
  };
}

/** The orders part of the month's report: the orders of the month, the comité dashboard, envelope and caps. */
export function ordersSection(evaluation: OrdersEvaluation, period: MonthPeriod): OrdersSection {
  return {
    rows: evaluation.orders.filter((o) => isActiveIn(o, period.month)).map(orderRow),
    dashboard: evaluation.dashboard,
    envelope: evaluation.envelope?.summary ?? null,
    caps: evaluation.caps.map((c) => ({
      label: c.label,
      verdict:
        c.verdict === 'dépassé'
          ? 'non conforme'
          : c.verdict === 'conforme'
            ? 'conforme'
            : 'sans objet',
      explanation: c.explanation,
    })),
  };
}

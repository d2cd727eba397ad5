import type { ReportHead, OrderRow, OrdersSection } from '../core/report/report-model';
import {
  type Dialect,
  labelled,
  link,
  list,
  type Section,
  table,
  textList,
  textParagraph,
} from './blocks';
import { comiteBlock } from './comite-block';
import { formatDate, formatEurosOrDash } from './french';
import { escapeText, join, trusted, type Markup } from './markup';

const HEADER = [
  'Ticket',
  'Projet',
  'Bon de commande',
  'Lignes d’UO',
  'Montant HT',
  'Documents',
  'Étapes',
  'Facturé HT',
  'Payé HT',
  'Anomalies',
];

function documentsCell(row: OrderRow): Markup {
  if (row.documents.length === 0) return trusted('—');
  return list(
    row.documents.map((doc) =>
      join([
        link(doc.link, doc.label),
        escapeText(doc.date === null ? '' : ` du ${formatDate(doc.date)}`),
      ]),
    ),
  );
}

function stepsCell(row: OrderRow, dialect: Dialect): Markup {
  if (row.steps.length === 0) return trusted('—');
  return list(
    row.steps.map((step) => {
      const parts: Markup[] = [];
      if (step.date !== null || step.note === '') parts.push(escapeText(formatDate(step.date)));
      if (step.verdict !== null) parts.push(dialect.lozenge(step.verdict));
      if (step.note !== '') parts.push(escapeText(step.note));
      return labelled(step.label, join(parts, trusted(' ')));
    }),
  );
}

function orderRow(row: OrderRow, dialect: Dialect): Markup[] {
  return [
    escapeText(row.key),
    escapeText(row.project),
    escapeText(row.orderNumber ?? '—'),
    escapeText(row.lines),
    escapeText(formatEurosOrDash(row.amountCents)),
    documentsCell(row),
    stepsCell(row, dialect),
    escapeText(formatEurosOrDash(row.invoicedCents)),
    escapeText(formatEurosOrDash(row.paidCents)),
    row.problems.length === 0 ? trusted('—') : textList(row.problems),
  ];
}

function capsBlock(orders: OrdersSection, dialect: Dialect): Markup {
  if (orders.caps.length === 0) return trusted('');
  return join([
    dialect.heading(3, 'Plafonds'),
    table(
      ['Plafond', 'Verdict', 'Explication'],
      orders.caps.map((cap) => [
        escapeText(cap.label),
        dialect.lozenge(cap.verdict),
        escapeText(cap.explanation),
      ]),
    ),
  ]);
}

export function ordersSection(report: ReportHead, dialect: Dialect): Section | null {
  const orders = report.orders;
  if (orders === null) return null;
  return {
    id: 'commandes',
    title: 'Commandes',
    body: join([
      dialect.heading(3, 'Suivi des commandes et des factures'),
      orders.rows.length === 0
        ? textParagraph('Aucune commande ce mois-ci.')
        : table(
            HEADER,
            orders.rows.map((row) => orderRow(row, dialect)),
          ),
      comiteBlock(orders.dashboard, dialect),
      orders.envelope === null
        ? trusted('')
        : join([dialect.heading(3, 'Enveloppe'), textParagraph(orders.envelope)]),
      capsBlock(orders, dialect),
    ]),
  };
}

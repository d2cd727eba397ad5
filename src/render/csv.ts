import type { ComiteDashboard } from '../core/orders/dashboard';
import type { MonthlyReport } from '../core/report/report-model';
import { SINCE_LAST_COMITE } from './comite-block';
import { formatCsvAmount, formatCsvNumber, formatDate } from './french';

type Rows = (readonly string[])[];

const INDICATOR_HEADER = [
  'Indicateur',
  'Libellé',
  'Unité',
  'Valeur',
  'Comparateur',
  'Seuil',
  'Verdict',
  'Numérateur',
  'Dénominateur',
  'Tickets pris en compte',
  'Tickets écartés',
  'Règle',
];
const ORDER_HEADER = [
  'Ticket',
  'Projet',
  'Bon de commande',
  'Lignes d’UO',
  'Montant HT',
  'Facturé HT',
  'Payé HT',
  'Documents',
  'Étapes',
  'Anomalies',
];
const PENALTY_HEADER = ['Règle', 'Libellé', 'Objet', 'Calcul', 'Montant HT', 'Exonérée'];
const ISSUE_HEADER = [
  'Ticket',
  'Résumé',
  'Catégorie',
  'Horloge',
  'État',
  'Verdict',
  'Chiffres',
  'Explication',
];
const COMITE_HEADER = [
  'Période',
  'Rubrique',
  'Ticket ou projet',
  'Date',
  'Nombre',
  'Montant HT',
  'Détail',
];

/** Rows as CSV the way French spreadsheets open it: `;` between cells, quotes when needed. */
export function csvTable(rows: readonly (readonly string[])[]): string {
  const cell = (text: string): string =>
    /[;"\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  return `${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;
}

/**
 * A user text a spreadsheet must not read as a formula: one starting with `= + - @`, a tab or a
 * carriage return gets a leading apostrophe (OWASP's CSV injection advice).
 */
export function inertCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const amount = (cents: number | null): string => (cents === null ? '' : formatCsvAmount(cents));
const count = (n: number): string => String(n);
const lines = (texts: readonly string[]): string => inertCell(texts.join('\n'));

function indicatorRows(report: MonthlyReport): Rows {
  return report.indicators.map((i) => [
    inertCell(i.id),
    inertCell(i.label),
    i.unit,
    formatCsvNumber(i.value),
    i.threshold?.comparator ?? '',
    formatCsvNumber(i.threshold?.value ?? null),
    i.verdict,
    formatCsvNumber(i.numerator),
    formatCsvNumber(i.denominator),
    inertCell(i.contributing.join(', ')),
    inertCell(i.apart.join(', ')),
    inertCell(i.rule),
  ]);
}

function orderRows(report: MonthlyReport): Rows {
  return (report.orders?.rows ?? []).map((o) => [
    inertCell(o.key),
    inertCell(o.project),
    inertCell(o.orderNumber ?? ''),
    inertCell(o.lines),
    amount(o.amountCents),
    amount(o.invoicedCents),
    amount(o.paidCents),
    lines(o.documents.map((d) => [d.label, formatDate(d.date), d.link ?? ''].join(' ; '))),
    lines(o.steps.map((s) => [s.label, formatDate(s.date), s.verdict ?? '', s.note].join(' ; '))),
    lines(o.problems),
  ]);
}

function penaltyRows(report: MonthlyReport): Rows {
  const section = report.penalties;
  if (section === null) return [];
  return [
    ...section.lines.map((l) => [
      inertCell(l.rule),
      inertCell(l.label),
      inertCell(l.subject),
      inertCell(l.computation),
      amount(l.amountCents),
      l.waived ? 'oui' : 'non',
    ]),
    [
      'Total',
      inertCell(`état : ${section.state}`),
      '',
      'plafonds et exonérations appliqués',
      amount(section.totalCents),
      '',
    ],
  ];
}

function issueRows(report: MonthlyReport): Rows {
  return report.issues.flatMap((issue): Rows => {
    const head = [inertCell(issue.key), inertCell(issue.summary), inertCell(issue.category)];
    if (issue.clocks.length === 0) return [[...head, '', '', '', '', '']];
    return issue.clocks.map((c) => [
      ...head,
      inertCell(c.label),
      inertCell(c.state),
      c.verdict,
      inertCell(c.figures),
      lines(c.explanation),
    ]);
  });
}

function comiteRows(dashboard: ComiteDashboard): Rows {
  const year = dashboard.fiscalYear;
  const yearLabel = inertCell(
    `${year.label} (du ${formatDate(year.from)} au ${formatDate(year.to)})`,
  );
  const tally = (label: string, t: { count: number; amount: number; unpriced: number }) => [
    yearLabel,
    label,
    '',
    '',
    count(t.count),
    amount(t.amount),
    t.unpriced === 0 ? '' : `${count(t.unpriced)} sans prix`,
  ];
  const since = dashboard.sinceLastComite;
  const sinceLabel = inertCell(
    `${since.label} (du ${formatDate(since.from)} au ${formatDate(since.to)})`,
  );
  return [
    tally('Devis transmis', year.quotes),
    tally('Bons de commande', year.orders),
    tally('Factures', year.invoices),
    [yearLabel, 'Factures payées', '', '', '', amount(year.paid), ''],
    [yearLabel, 'Devis hors délai', '', '', count(year.quotesLate), '', ''],
    [yearLabel, 'Livraisons hors délai', '', '', count(year.deliveriesLate), '', ''],
    [yearLabel, 'Livraisons refusées', '', '', count(year.deliveriesRefused), '', ''],
    ...year.topProjectsByOrders.map((p) => {
      const project = inertCell(p.project);
      return [yearLabel, 'Projet (bons de commande)', project, '', count(p.count), '', ''];
    }),
    ...year.topProjectsByAmount.map((p) => {
      const project = inertCell(p.project);
      return [yearLabel, 'Projet (montant commandé)', project, '', '', amount(p.amount), ''];
    }),
    ...SINCE_LAST_COMITE.flatMap(([key, label]) =>
      since[key].map((item) => {
        const [date, detail] = [formatDate(item.date), inertCell(item.detail)];
        return [sinceLabel, label, inertCell(item.key), date, '', amount(item.amount), detail];
      }),
    ),
  ];
}

/**
 * Each table of the report as a CSV file for French spreadsheets (`;`, CRLF, amounts as
 * `12400,00`, dates as `12/03/2026`): `indicateurs.csv`, `commandes.csv`, `penalites.csv`,
 * `tickets.csv` (one row per clock), `comite.csv`. A table with nothing to show keeps its header.
 */
export function renderCsv(report: MonthlyReport): Record<string, string> {
  return {
    'indicateurs.csv': csvTable([INDICATOR_HEADER, ...indicatorRows(report)]),
    'commandes.csv': csvTable([ORDER_HEADER, ...orderRows(report)]),
    'penalites.csv': csvTable([PENALTY_HEADER, ...penaltyRows(report)]),
    'tickets.csv': csvTable([ISSUE_HEADER, ...issueRows(report)]),
    'comite.csv': csvTable([
      COMITE_HEADER,
      ...(report.orders === null ? [] : comiteRows(report.orders.dashboard)),
    ]),
  };
}

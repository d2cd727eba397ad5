import type { ComiteDashboard, DatedItem, Tally } from '../core/orders/dashboard';
import { type Dialect, table, textList, textParagraph } from './blocks';
import { formatDate, formatEurosOrDash, formatNumber } from './french';
import { escapeText, join, trusted, type Markup } from './markup';

type Since = ComiteDashboard['sinceLastComite'];
type Year = ComiteDashboard['fiscalYear'];

type ListKey =
  | 'quotes'
  | 'orders'
  | 'invoices'
  | 'quotesLate'
  | 'deliveriesLate'
  | 'validationsLate'
  | 'deliveriesRefused';

/** The lists since the last comité, in the order of the CCTP's dashboard. */
export const SINCE_LAST_COMITE: readonly (readonly [ListKey, string])[] = [
  ['quotes', 'Devis transmis'],
  ['orders', 'Bons de commande'],
  ['invoices', 'Factures'],
  ['quotesLate', 'Devis hors délai'],
  ['deliveriesLate', 'Livraisons hors délai'],
  ['validationsLate', 'Validations hors délai (titulaire)'],
  ['deliveriesRefused', 'Livraisons refusées'],
];

const period = (p: { from: string; to: string }): string =>
  `du ${formatDate(p.from)} au ${formatDate(p.to)}`;

function tallyRow(label: string, tally: Tally): Markup[] {
  return [
    escapeText(label),
    escapeText(formatNumber(tally.count)),
    escapeText(formatEurosOrDash(tally.amount)),
    escapeText(formatNumber(tally.unpriced)),
  ];
}

function countRow(label: string, count: number): Markup[] {
  return [escapeText(label), escapeText(formatNumber(count)), trusted('—'), trusted('—')];
}

function fiscalYearBlock(year: Year, dialect: Dialect): Markup {
  const byOrders = year.topProjectsByOrders;
  const byAmount = year.topProjectsByAmount;
  return join([
    dialect.heading(4, `${year.label} (${period(year)})`),
    table(
      ['Rubrique', 'Nombre', 'Montant HT', 'Sans prix'],
      [
        tallyRow('Devis transmis', year.quotes),
        tallyRow('Bons de commande', year.orders),
        tallyRow('Factures', year.invoices),
        [
          escapeText('Factures payées'),
          trusted('—'),
          escapeText(formatEurosOrDash(year.paid)),
          trusted('—'),
        ],
        countRow('Devis hors délai', year.quotesLate),
        countRow('Livraisons hors délai', year.deliveriesLate),
        countRow('Livraisons refusées', year.deliveriesRefused),
      ],
    ),
    byOrders.length === 0
      ? textParagraph('Aucun bon de commande sur l’exercice.')
      : table(
          ['Projet', 'Bons de commande'],
          byOrders.map((p) => [escapeText(p.project), escapeText(formatNumber(p.count))]),
        ),
    byAmount.length === 0
      ? trusted('')
      : table(
          ['Projet', 'Montant commandé HT'],
          byAmount.map((p) => [escapeText(p.project), escapeText(formatEurosOrDash(p.amount))]),
        ),
  ]);
}

function sinceBlock(since: Since, dialect: Dialect): Markup {
  const rows = SINCE_LAST_COMITE.flatMap(([key, label]): Markup[][] => {
    const items: readonly DatedItem[] = since[key];
    if (items.length === 0)
      return [[escapeText(label), trusted('—'), trusted('—'), trusted('—'), escapeText('aucun')]];
    return items.map((item) => [
      escapeText(label),
      escapeText(item.key),
      escapeText(formatDate(item.date)),
      escapeText(formatEurosOrDash(item.amount)),
      escapeText(item.detail),
    ]);
  });
  return join([
    dialect.heading(4, `${since.label} (${period(since)})`),
    table(['Rubrique', 'Ticket', 'Date', 'Montant HT', 'Détail'], rows),
  ]);
}

/** The comité's dashboard: the fiscal year's figures, the lists since the last comité, rules. */
export function comiteBlock(dashboard: ComiteDashboard, dialect: Dialect): Markup {
  return join([
    dialect.heading(3, 'Tableau de bord du comité'),
    fiscalYearBlock(dashboard.fiscalYear, dialect),
    sinceBlock(dashboard.sinceLastComite, dialect),
    dashboard.rules.length === 0
      ? trusted('')
      : join([dialect.heading(4, 'Règles de comptage'), textList(dashboard.rules)]),
  ]);
}

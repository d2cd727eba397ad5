import type { ReportHead } from '../core/report/report-model';
import { type Dialect, labelledParagraph, type Section, textParagraph } from './blocks';
import { formatDate, formatEurosOrDash, formatInstant, formatNumber } from './french';
import { escapeText, join } from './markup';

/** The page properties, rolled up across months by a Page Properties Report macro. */
export function propertiesBlock(report: ReportHead, dialect: Dialect) {
  const { contract, summary } = report;
  const rows: [string, string][] = [
    ['Contrat', contract.label],
    ['Identifiant du contrat', contract.id],
    ['Mois', `${report.monthLabel} (${report.month})`],
    ['Période', `du ${formatDate(report.period.from)} au ${formatDate(report.period.to)}`],
    ['Indicateurs conformes', formatNumber(summary.conforme)],
    ['Indicateurs non conformes', formatNumber(summary.nonConforme)],
    ['Indicateurs sans objet', formatNumber(summary.sansObjet)],
    ['Tickets', formatNumber(summary.issues)],
    [
      'Pénalités HT',
      summary.penaltiesCents === null ? 'non calculées' : formatEurosOrDash(summary.penaltiesCents),
    ],
    ['Version du contrat', contract.version],
  ];
  return dialect.properties(rows.map(([header, value]) => [header, escapeText(value)]));
}

export function summarySection(report: ReportHead): Section {
  return {
    id: 'synthese',
    title: 'Synthèse',
    body: join([
      textParagraph(report.summary.headline),
      labelledParagraph(
        'Période',
        `du ${formatDate(report.period.from)} au ${formatDate(report.period.to)} — ${report.period.rule}`,
      ),
      labelledParagraph('Rapport établi le', formatInstant(report.generatedAt)),
    ]),
  };
}

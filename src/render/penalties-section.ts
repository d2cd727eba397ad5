import { formatEuros } from '../core/orders/money';
import type { ReportHead, PenaltyLine } from '../core/report/report-model';
import {
  type Dialect,
  labelledParagraph,
  type Section,
  table,
  textList,
  textParagraph,
} from './blocks';
import { element, escapeText, join, trusted, type Markup } from './markup';

const HEADER = ['Règle', 'Libellé', 'Objet', 'Calcul', 'Montant HT', 'Exonération'];

function lineRow(line: PenaltyLine): Markup[] {
  return [
    escapeText(line.rule),
    escapeText(line.label),
    escapeText(line.subject),
    escapeText(line.computation),
    escapeText(formatEuros(line.amountCents)),
    escapeText(line.waived ? 'exonérée' : '—'),
  ];
}

export function penaltiesSection(report: ReportHead, dialect: Dialect): Section {
  const section = report.penalties;
  const title = 'Pénalités';
  if (section === null)
    return {
      id: 'penalites',
      title,
      body: textParagraph(
        'Aucune règle de pénalité n’est renseignée pour ce contrat : rien à calculer.',
      ),
    };
  const total = element('tr', null, [
    element('th', { colspan: 4 }, escapeText('Total (plafonds et exonérations appliqués)')),
    element('td', null, element('strong', null, escapeText(formatEuros(section.totalCents)))),
    element('td', null, trusted('')),
  ]);
  const lines =
    section.lines.length === 0
      ? join([
          textParagraph('Aucune pénalité ce mois-ci.'),
          labelledParagraph('Total HT', formatEuros(section.totalCents)),
        ])
      : table(HEADER, section.lines.map(lineRow), total);
  return {
    id: 'penalites',
    title,
    body: join([
      labelledParagraph('État', section.state),
      lines,
      section.notes.length === 0
        ? trusted('')
        : join([dialect.heading(3, 'Plafonds et exonérations'), textList(section.notes)]),
    ]),
  };
}

import type { IndicatorResult } from '../core/indicators/indicator-result';
import type { ReportHead } from '../core/report/report-model';
import { type Dialect, keyList, labelled, type Section, table, textParagraph } from './blocks';
import {
  formatIndicatorValue,
  formatMonth,
  formatRatio,
  formatThreshold,
  formatWithUnit,
} from './french';
import { element, escapeText, join, trusted, type Markup } from './markup';

function contributingCell(indicator: IndicatorResult): Markup {
  const counted = keyList(indicator.contributing);
  if (indicator.apart.length === 0) return counted;
  return join([
    counted,
    element(
      'p',
      null,
      labelled('Écartés (horloge en cours déjà dépassée)', escapeText(indicator.apart.join(', '))),
    ),
  ]);
}

function indicatorRow(indicator: IndicatorResult, dialect: Dialect): Markup[] {
  return [
    escapeText(indicator.id),
    escapeText(indicator.label),
    escapeText(formatIndicatorValue(indicator)),
    escapeText(formatThreshold(indicator.threshold, indicator.unit)),
    dialect.lozenge(indicator.verdict),
    escapeText(formatRatio(indicator.numerator, indicator.denominator)),
    contributingCell(indicator),
    escapeText(indicator.rule),
  ];
}

function historyTable(report: ReportHead): Markup {
  const months = report.history.slice(-12);
  const rows = report.indicators.map((indicator) => [
    escapeText(indicator.id),
    ...months.map((month) => {
      const value = month.values.find((v) => v.id === indicator.id)?.value ?? null;
      return value === null ? trusted('s. o.') : escapeText(formatWithUnit(value, indicator.unit));
    }),
  ]);
  return table(['Indicateur', ...months.map((m) => formatMonth(m.month))], rows);
}

export function indicatorsSection(report: ReportHead, dialect: Dialect): Section {
  const { indicators } = report;
  const body =
    indicators.length === 0
      ? textParagraph('Aucun indicateur n’est défini pour ce contrat.')
      : join([
          table(
            [
              'Indicateur',
              'Libellé',
              'Valeur',
              'Seuil',
              'Verdict',
              'Numérateur / dénominateur',
              'Tickets pris en compte',
              'Règle de période',
            ],
            indicators.map((indicator) => indicatorRow(indicator, dialect)),
          ),
          report.history.length === 0
            ? trusted('')
            : join([
                dialect.heading(3, 'Historique sur 12 mois'),
                historyTable(report),
                textParagraph('« s. o. » : sans objet, rien à mesurer ce mois-là.'),
                dialect.historyFigures(indicators.map((i) => i.id)),
              ]),
        ]);
  return { id: 'indicateurs', title: 'Indicateurs', body };
}

import type { ReportHead } from '../core/report/report-model';
import {
  type Dialect,
  labelledParagraph,
  type Section,
  table,
  textList,
  textParagraph,
} from './blocks';
import { formatInstant } from './french';
import { escapeText, join, trusted } from './markup';

export function annexSection(report: ReportHead, dialect: Dialect): Section {
  const { annex, contract } = report;
  const calendars =
    annex.calendars.length === 0
      ? textParagraph('Aucun calendrier déclaré.')
      : table(
          ['Calendrier', 'Description'],
          annex.calendars.map((c) => [escapeText(c.id), escapeText(c.description)]),
        );
  return {
    id: 'annexe',
    title: 'Annexe : méthode',
    body: join([
      labelledParagraph('Contrat', `${contract.label} (${contract.id})`),
      labelledParagraph('Version du contrat en vigueur', annex.contractVersion),
      contract.source === null ? trusted('') : labelledParagraph('Source', contract.source),
      labelledParagraph('Règle de période', annex.periodRule),
      dialect.heading(3, 'Calendriers'),
      calendars,
      annex.notes.length === 0
        ? trusted('')
        : join([dialect.heading(3, 'Notes'), textList(annex.notes)]),
      labelledParagraph('Calculé le', formatInstant(annex.generatedAt)),
    ]),
  };
}

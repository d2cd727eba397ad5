import type { IssueHistory } from '../../src/core/clocks';
import type { ContractPresetId } from '../../src/core/contract/presets';
import { assembleReport } from '../../src/core/report';
import { renderStorage } from '../../src/render';
import { at } from '../support/calendars';
import { anIssue } from '../support/issue-history';
import { anOrderIssue, compiledPreset, lines, type OrderStep } from '../support/orders';
import { elementCensus, parseStorage } from '../support/xml';

/** One fixture month per preset, from Jira-shaped issues to the page Confluence receives. */
const s = (date: string, status: string): OrderStep => ({
  at: `${date}T10:00:00+01:00`,
  set: { Statut: status },
});

const MONTHS: Readonly<Record<ContractPresetId, () => IssueHistory[]>> = {
  'atih-2025': () => [
    anOrderIssue(
      'CMD-1',
      'Commande',
      '2026-03-02T10:00:00+01:00',
      {
        Statut: 'Besoin exprimé',
        Urgent: 'Oui',
        'Lignes UO': lines({ code: 'UO-4', quantity: 12 }),
      },
      [s('2026-03-05', 'Devis transmis'), s('2026-03-09', 'BC reçu'), s('2026-03-16', 'En cours')],
    ),
    anIssue(
      'ANO-1',
      'Anomalie',
      '2026-03-18T11:00:00+01:00',
      {
        status: 'À faire',
        customfield_10001: 'Bloquante',
      },
      [{ at: '2026-03-20T16:00:00+01:00', set: { status: 'Résolu' } }],
    ),
  ],
  'demat-ads': () => [
    anIssue(
      'INC-1',
      'Incident',
      '2026-03-10T10:00:00+01:00',
      {
        status: 'En cours',
        customfield_10001: 'Bloquante',
        customfield_10004: 'OR',
      },
      [{ at: '2026-03-10T15:00:00+01:00', set: { status: 'Résolu' } }],
    ),
    anIssue(
      'DEM-1',
      'Anomalie',
      '2026-03-12T09:00:00+01:00',
      {
        status: 'À faire',
        customfield_10001: 'Majeure',
        customfield_10002: 'Production',
      },
      [
        { at: '2026-03-12T10:00:00+01:00', set: { status: 'Attente information' } },
        { at: '2026-03-16T10:00:00+01:00', set: { status: 'En cours' } },
      ],
    ),
  ],
  'dsi-grand-est': () => [
    anOrderIssue(
      'DSI-1',
      'Commande',
      '2026-03-02T09:00:00+01:00',
      { Statut: 'Besoin exprimé', 'Lignes UO': lines({ code: '1_DEV_MOYEN', quantity: 15 }) },
      [
        s('2026-03-03', 'Devis transmis'),
        s('2026-03-04', 'BC reçu'),
        s('2026-03-05', 'En cours'),
        s('2026-03-13', 'Livré'),
        s('2026-03-16', 'En recette'),
        s('2026-03-18', 'Refusé'),
        s('2026-03-23', 'Livré'),
      ],
    ),
  ],
  'ars-paca-itsm': () => [
    anOrderIssue(
      'GPI-1',
      'Bon de commande',
      '2026-03-02T09:00:00+01:00',
      {
        Statut: 'Cahier des charges en rédaction',
        'Lignes UO': lines({ code: 'CAD', quantity: 1 }),
      },
      [s('2026-03-04', 'Cahier des charges envoyé'), s('2026-03-20', 'Proposition remise')],
    ),
  ],
};

describe.each(Object.entries(MONTHS))('the %s preset, March 2026', (preset, issues) => {
  const result = assembleReport(compiledPreset(preset as ContractPresetId), issues(), '2026-03', {
    generatedAt: at('2026-04-01T08:00:00+02:00'),
    historyMonths: 2,
  });
  if (!result.ok) throw new Error(result.message);
  const { pages } = renderStorage(result.value);

  test('renders one well-formed page', () => {
    expect(pages).toHaveLength(1);
    expect(elementCensus(parseStorage(pages[0]?.body ?? ''))).toContain('ac:structured-macro[toc]');
  });

  test('matches its snapshot', () => {
    expect(pages[0]?.body.split(/(?<=<\/(?:tr|table|h[2-4]|p)>)/)).toMatchSnapshot();
  });
});

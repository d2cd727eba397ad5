import type { IndicatorResult } from '../../../src/core/indicators/indicator-result';
import type { MonthlyReport } from '../../../src/core/report/report-model';
import { rate } from './builders';

/** A month without any issue: every indicator `sans objet`, no penalty. */
export function emptyReport(): MonthlyReport {
  const none = (id: string, label: string, rule: string): IndicatorResult => ({
    ...rate(id, label, 95, null, null, [], rule),
  });
  return {
    contract: {
      id: 'ars-paca-itsm',
      label: 'ARS PACA — ITSM',
      version: '2026-01-01',
      source: null,
    },
    month: '2026-08',
    monthLabel: 'août 2026',
    period: { from: '2026-08-01', to: '2026-08-31', rule: 'mois civil' },
    generatedAt: '2026-09-01T06:00:00+02:00',
    summary: {
      issues: 0,
      conforme: 0,
      nonConforme: 0,
      sansObjet: 2,
      penaltiesCents: 0,
      headline: 'Aucun ticket ce mois-ci : 2 indicateurs sans objet, aucune pénalité.',
    },
    orders: null,
    indicators: [
      none(
        'IND_REC01',
        'Recettes sans anomalie bloquante',
        'Recettes prononcées dans le mois : aucune.',
      ),
      none('IND_DEL01', 'Livraisons dans les délais', 'Livraisons du mois : aucune.'),
    ],
    history: [],
    penalties: { state: 'brouillon', lines: [], totalCents: 0, notes: [] },
    issues: [],
    annex: {
      calendars: [],
      contractVersion: '2026-01-01',
      periodRule: 'Un fait compte dans le mois de sa date.',
      generatedAt: '2026-09-01T06:00:00+02:00',
      notes: [],
    },
  };
}

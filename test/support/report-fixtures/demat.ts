import type { IndicatorResult } from '../../../src/core/indicators/indicator-result';
import type { IssueDetail, MonthlyReport } from '../../../src/core/report/report-model';
import { clock, history, rate } from './builders';

const DEMAT_CONTRACT: MonthlyReport['contract'] = {
  id: 'demat-ads',
  label: "DEMAT'ADS",
  version: '2025-09-01',
  source: 'CCTP DEMAT’ADS, TMA et infogérance (seed 001)',
};

const DEMAT_INDICATORS: readonly IndicatorResult[] = [
  rate(
    'IND_INC01',
    'Incidents critiques OR résolus dans les délais (2H)',
    95,
    66.67,
    [2, 3],
    ['DEMAT-1042', 'DEMAT-1049', 'DEMAT-1051'],
    'Incidents critiques OR résolus dans le mois (arrêt de l’horloge du 1er au 31 inclus).',
  ),
  rate(
    'IND_INC02',
    'Incidents critiques ARGENT résolus dans les délais (4H)',
    90,
    100,
    [1, 1],
    ['DEMAT-1047'],
    'Incidents critiques ARGENT résolus dans le mois.',
  ),
  rate(
    'IND_INC03',
    'Incidents critiques Contrat Bronze résolus dans les délais (8H)',
    85,
    null,
    [0, 0],
    [],
    'Incidents critiques BRONZE résolus dans le mois : aucun.',
  ),
  rate(
    'IND_DISP01',
    'Disponibilité du socle technique OR',
    99.8,
    99.93,
    null,
    ['DEMAT-1042'],
    'Disponibilité 24/7 sur le mois : 1 − durée d’indisponibilité / durée du mois.',
  ),
  rate(
    'IND_DISP02',
    'Disponibilité du socle technique ARGENT',
    99.5,
    99.41,
    null,
    ['DEMAT-1047'],
    'Disponibilité sur les heures ouvrées ARGENT du mois.',
  ),
  {
    id: 'IND_SUP01',
    label: 'Nombre d’incidents critiques ouverts',
    unit: 'nombre',
    value: 4,
    threshold: null,
    verdict: 'sans objet',
    numerator: null,
    denominator: null,
    contributing: ['DEMAT-1042', 'DEMAT-1047', 'DEMAT-1049', 'DEMAT-1051'],
    apart: [],
    rule: 'Incidents critiques ouverts dans le mois, suivis sans seuil (N/A).',
  },
];

const DEMAT_ISSUES: readonly IssueDetail[] = [
  {
    key: 'DEMAT-1042',
    summary: "Dépôt de dossier impossible : « Erreur 503 » sur <PLAT'AU> & portail usagers",
    category: 'incident OR (critique)',
    clocks: [
      clock('Prise en compte (15 min)', 'conforme', 'objectif 15 min, écoulé 6 min', [
        'Début d’incident le 04/03/2026 à 09:12 (champ « Début d’incident »).',
        'Pris en compte le 04/03/2026 à 09:18 : arrêt.',
      ]),
      clock('Rétablissement (2 H, OR 24/7)', 'non conforme', 'objectif 2 h, écoulé 5 h 00', [
        'Début d’incident le 04/03/2026 à 09:12 : décompte.',
        '10:40 – 11:25 : « Attente information » (administration) : en pause.',
        'Échéance dépassée le 04/03/2026 à 11:57.',
        'Rétabli le 04/03/2026 à 14:57 : arrêt.',
      ]),
    ],
  },
  {
    key: 'DEMAT-1047',
    summary: 'Lenteurs sur la recherche de dossiers (ARGENT)',
    category: 'incident ARGENT (critique)',
    clocks: [
      clock('Rétablissement (4 H ouvrées)', 'conforme', 'objectif 4 h, écoulé 3 h 20', [
        'Ouvert le 12/03/2026 à 16:30 : décompte.',
        '12/03/2026 18:00 – 13/03/2026 08:00 : hors des heures ouvrées.',
        'Rétabli le 13/03/2026 à 09:50 : arrêt.',
      ]),
    ],
  },
  {
    key: 'DEMAT-1055',
    summary: 'Anomalie : le PDF de l’arrêté perd les accents',
    category: 'anomalie VA',
    clocks: [
      clock(
        'Correction (5 jours ouvrés)',
        'sans objet',
        'échéance 02/04/2026 17:00, écoulé 2 j 3 h',
        [
          'Ouvert le 25/03/2026 à 11:00 : décompte.',
          '26/03/2026 14:00 – 27/03/2026 10:00 : « En validation » (administration) : en pause.',
        ],
        'en cours',
      ),
    ],
  },
];

export function dematReport(): MonthlyReport {
  return {
    contract: DEMAT_CONTRACT,
    month: '2026-03',
    monthLabel: 'mars 2026',
    period: {
      from: '2026-03-01',
      to: '2026-03-31',
      rule: 'mois civil, horloges arrêtées dans le mois',
    },
    generatedAt: '2026-04-01T07:30:00+02:00',
    summary: {
      issues: 3,
      conforme: 2,
      nonConforme: 2,
      sansObjet: 2,
      penaltiesCents: 165_000,
      headline:
        '2 indicateurs conformes sur 6, 2 non conformes, 2 sans objet ; pénalités provisoires : 1 650,00 € HT.',
    },
    orders: null,
    indicators: DEMAT_INDICATORS,
    history: history('2026-03', {
      IND_INC01: [100, 100, 95, null, 100, 90, 100, 100, 87.5, 100, 100, 66.67],
      IND_INC02: [100, null, null, 100, 100, 100, 75, 100, 100, null, 100, 100],
      IND_DISP01: [99.95, 99.99, 99.9, 99.97, 100, 99.85, 99.99, 99.92, 99.97, 99.99, 99.96, 99.93],
    }),
    penalties: {
      state: 'observations demandées (réponse attendue avant le 15/04/2026)',
      lines: [
        {
          rule: 'PEN-INC-OR',
          label: 'Dépassement du délai de rétablissement OR',
          subject: 'DEMAT-1042',
          computation: 'P = 150,00 € × 3 h de retard = 450,00 €',
          amountCents: 45_000,
          waived: false,
        },
        {
          rule: 'PEN-DISP',
          label: 'Disponibilité ARGENT sous le seuil',
          subject: 'IND_DISP02',
          computation: 'P = 0,1 % du forfait mensuel par 0,1 point manquant = 1 200,00 €',
          amountCents: 120_000,
          waived: false,
        },
        {
          rule: 'PEN-INC-OR',
          label: 'Dépassement du délai de rétablissement OR',
          subject: 'DEMAT-1051',
          computation: 'P = 150,00 € × 2 h de retard = 300,00 € (exonérée)',
          amountCents: 30_000,
          waived: true,
        },
      ],
      totalCents: 165_000,
      notes: [
        'Plafond mensuel de 10 % du forfait non atteint.',
        'DEMAT-1051 exonérée : coupure électrique du centre de données de l’administration.',
      ],
    },
    issues: DEMAT_ISSUES,
    annex: {
      calendars: [
        { id: 'or', description: '24/7, jours fériés travaillés.' },
        { id: 'argent', description: 'Lundi–samedi 07:00–20:00 hors jours fériés.' },
        { id: 'tma', description: 'Lundi–vendredi 08:00–18:00, jours fériés de métropole.' },
      ],
      contractVersion: '2025-09-01',
      periodRule:
        'Une horloge compte dans le mois où elle s’arrête ; celles en cours sont listées à part.',
      generatedAt: '2026-04-01T07:30:00+02:00',
      notes: ['Montants de pénalités saisis par l’administration (CCAP non fourni au titulaire).'],
    },
  };
}

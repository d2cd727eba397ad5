import type { IndicatorResult } from '../../../src/core/indicators/indicator-result';
import type { ComiteDashboard } from '../../../src/core/orders/dashboard';
import type { MonthlyReport } from '../../../src/core/report/report-model';
import { clock, day, history, indicator } from './builders';

const ATIH_INDICATORS: readonly IndicatorResult[] = [
  indicator({
    id: 'IQ-1',
    label: 'Qualité des comptes rendus de suivi des prestations',
    unit: 'livraisons',
    value: 1,
    threshold: { comparator: '=', value: 1 },
    verdict: 'conforme',
    contributing: ['ATIH-430'],
    rule: 'Comptes rendus validés dans le mois : livraisons nécessaires avant validation.',
  }),
  indicator({
    id: 'IQ-2',
    label: 'Qualité des livrables documentaires',
    unit: 'livraisons',
    value: 3,
    threshold: { comparator: '<=', value: 2 },
    verdict: 'non conforme',
    contributing: ['ATIH-402', 'ATIH-405'],
    rule: 'Documents validés dans le mois : la livraison la plus répétée compte.',
  }),
  indicator({
    id: 'IQ-3',
    label: 'Qualité des développements',
    unit: '%',
    value: 4.2,
    threshold: { comparator: '<=', value: 7 },
    verdict: 'conforme',
    numerator: 5,
    denominator: 119,
    contributing: ['ATIH-501', 'ATIH-503', 'ATIH-507'],
    rule: 'Anomalies bloquantes ou majeures depuis le début du marché pour 100 jours d’UO-3 et UO-4 commandés.',
  }),
  indicator({
    id: 'IQ-4',
    label: 'Exhaustivité des développements',
    unit: '%',
    value: null,
    threshold: { comparator: '>=', value: 95 },
    verdict: 'sans objet',
    contributing: [],
    rule: 'Saisie manuelle : scénarios de tests réussis / prévus ; non saisie ce mois-ci.',
  }),
  indicator({
    id: 'ID-1',
    label: 'Délai de fourniture d’un devis',
    unit: 'jours ouvrés',
    value: 0,
    threshold: { comparator: '=', value: 0 },
    verdict: 'conforme',
    contributing: ['ATIH-412'],
    rule: 'Devis transmis dans le mois : retard en jours ouvrés sur l’échéance T0 + 5 (2 si urgent).',
  }),
  indicator({
    id: 'ID-2',
    label: 'Délai de livraison des comptes rendus',
    unit: 'jours ouvrés',
    value: null,
    threshold: { comparator: '=', value: 0 },
    verdict: 'sans objet',
    contributing: [],
    rule: 'Comptes rendus livrés dans le mois : aucun ce mois-ci.',
  }),
  indicator({
    id: 'ID-3',
    label: 'Délai de livraison des livrables documentaires',
    unit: 'jours ouvrés',
    value: 1,
    threshold: { comparator: '<=', value: 2 },
    verdict: 'conforme',
    contributing: ['ATIH-402'],
    rule: 'Documents livrés dans le mois, contre la date prévue au calendrier du devis.',
  }),
  indicator({
    id: 'ID-4',
    label: 'Délai de livraison des développements en validation',
    unit: 'jours ouvrés',
    value: 7,
    threshold: { comparator: '<=', value: 5 },
    verdict: 'non conforme',
    contributing: ['ATIH-377'],
    apart: ['ATIH-398'],
    rule: 'Premières livraisons du mois en environnement de validation, contre la date prévue.',
  }),
];

const ATIH_DASHBOARD: ComiteDashboard = {
  fiscalYear: {
    label: 'Exercice 2026',
    from: day('2026-01-01'),
    to: day('2026-03-31'),
    quotes: { count: 5, amount: 4_210_000, unpriced: 1 },
    orders: { count: 3, amount: 2_870_000, unpriced: 0 },
    invoices: { count: 2, amount: 620_000, unpriced: 0 },
    paid: 310_000,
    quotesLate: 1,
    deliveriesLate: 1,
    deliveriesRefused: 0,
    topProjectsByOrders: [
      { project: 'PMSI-MCO', count: 2 },
      { project: 'ScanSanté', count: 1 },
    ],
    topProjectsByAmount: [
      { project: 'PMSI-MCO', amount: 2_560_000 },
      { project: 'ScanSanté', amount: 310_000 },
    ],
  },
  sinceLastComite: {
    label: 'Depuis le comité du 2026-02-26',
    from: day('2026-02-27'),
    to: day('2026-03-31'),
    quotes: [
      {
        key: 'ATIH-412',
        date: day('2026-03-02'),
        amount: 1_240_000,
        detail: '3 × UO-4 + 2 × UO-2F',
      },
    ],
    orders: [
      { key: 'ATIH-412', date: day('2026-03-06'), amount: 1_240_000, detail: 'BC-2026-014' },
    ],
    invoices: [
      { key: 'ATIH-398', date: day('2026-03-20'), amount: 310_000, detail: 'facture FA-2026-031' },
    ],
    quotesLate: [],
    deliveriesLate: [
      {
        key: 'ATIH-377',
        date: day('2026-03-10'),
        amount: null,
        detail: 'prévue le 2026-03-03, 5 j ouvré(s) de retard',
      },
    ],
    validationsLate: [],
    deliveriesRefused: [],
  },
  rules: [
    'Exercice : du 2026-01-01 au 2026-12-31, compté jusqu’au 2026-03-31.',
    'Devis hors délai : devis transmis après l’échéance de son horloge (T0 + 5 jours ouvrés, 2 si urgent).',
  ],
};

export function atihReport(): MonthlyReport {
  return {
    contract: {
      id: 'atih-2025',
      label: 'ATIH — TMA 2025',
      version: '2025-06-01',
      source: 'CCTP n°2025-2503067001',
    },
    month: '2026-03',
    monthLabel: 'mars 2026',
    generatedAt: '2026-04-01T08:00:00+02:00',
    period: {
      from: '2026-03-01',
      to: '2026-03-31',
      rule: 'mois civil, étapes datées du 1er au 31 inclus',
    },
    summary: {
      issues: 3,
      conforme: 4,
      nonConforme: 2,
      sansObjet: 2,
      penaltiesCents: null,
      headline:
        '4 indicateurs conformes sur 8, 2 non conformes, 2 sans objet ; pas de pénalités (CCAP non fourni).',
    },
    orders: {
      rows: [
        {
          key: 'ATIH-412',
          project: 'PMSI-MCO',
          orderNumber: 'BC-2026-014',
          lines: '3 × UO-4 + 2 × UO-2F = 12 400,00 € HT',
          amountCents: 1_240_000,
          documents: [
            {
              label: 'Expression de besoin',
              link: 'https://atih.atlassian.net/browse/ATIH-411',
              date: '2026-02-23',
            },
            {
              label: 'Devis',
              link: 'https://atih.atlassian.net/wiki/spaces/TMA/pages/4412',
              date: '2026-03-02',
            },
            { label: 'Bon de commande', link: null, date: '2026-03-06' },
            { label: 'Facture', link: null, date: null },
          ],
          steps: [
            {
              label: 'Devis',
              date: '2026-03-02',
              verdict: 'conforme',
              note: 'dans les délais (échéance 02/03/2026)',
            },
            {
              label: 'Démarrage',
              date: '2026-03-16',
              verdict: 'non conforme',
              note: 'hors délai (+1 j ouvré)',
            },
            { label: 'Livraison', date: null, verdict: null, note: '' },
          ],
          invoicedCents: 0,
          paidCents: 0,
          problems: [],
        },
        {
          key: 'ATIH-398',
          project: 'ScanSanté',
          orderNumber: 'BC-2025-087',
          lines: '1 × UO-9 = 3 100,00 € HT',
          amountCents: 310_000,
          documents: [
            {
              label: 'Devis',
              link: 'https://atih.atlassian.net/browse/ATIH-396',
              date: '2025-12-08',
            },
            {
              label: 'Facture FA-2026-031',
              link: 'ftp://archives.atih.local/FA-2026-031.pdf',
              date: '2026-03-20',
            },
          ],
          steps: [
            {
              label: 'Livraison',
              date: '2026-03-10',
              verdict: 'conforme',
              note: 'dans les délais',
            },
            {
              label: 'Vérification',
              date: null,
              verdict: null,
              note: 'en cours (45 jours ouvrés)',
            },
          ],
          invoicedCents: 310_000,
          paidCents: 0,
          problems: ['Facture émise avant la fin de la période de vérification.'],
        },
      ],
      dashboard: ATIH_DASHBOARD,
      envelope: 'Enveloppe UO-9 : 38 jours consommés sur 60 commandés (63 %), 22 jours restants.',
      caps: [
        {
          label: 'Plafond annuel UO-9',
          verdict: 'conforme',
          explanation: '38 j consommés ≤ 60 j commandés.',
        },
      ],
    },
    indicators: ATIH_INDICATORS,
    history: history('2026-03', {
      'IQ-3': [3.1, 3.4, null, 3.9, 4.4, 4.0, 4.1, 4.6, 5.2, 4.8, 4.5, 4.2],
      'ID-1': [0, 0, 1, 0, null, 0, 2, 0, 0, 0, 1, 0],
      'ID-4': [null, null, null, 2, 6, 3, null, 4, 5, 1, null, 7],
    }),
    penalties: null,
    issues: [
      {
        key: 'ATIH-501',
        summary: 'Export PMSI : erreur 500 quand le fichier dépasse 2 Go',
        category: 'anomalie bloquante',
        clocks: [
          clock(
            'Correction (1 jour ouvré)',
            'non conforme',
            'objectif 1 jour ouvré, écoulé 2 jours ouvrés',
            [
              'Ouvert le 09/03/2026 à 10:12 : décompte.',
              '09/03/2026 18:00 – 10/03/2026 09:00 : hors des heures ouvrées.',
              'Échéance dépassée le 10/03/2026 à 10:12.',
              'Livré corrigé le 11/03/2026 à 16:40 : arrêt.',
            ],
          ),
        ],
      },
      {
        key: 'ATIH-412',
        summary: 'Devis pour la refonte du module de contrôle qualité',
        category: 'commande',
        clocks: [
          clock(
            'Devis (T0 + 5 jours ouvrés)',
            'conforme',
            'échéance 02/03/2026, transmis le 02/03/2026',
            [
              'Expression de besoin reçue le 23/02/2026 (T0).',
              'Devis transmis le 02/03/2026 : dans les délais.',
            ],
          ),
        ],
      },
      {
        key: 'ATIH-430',
        summary: 'Compte rendu du comité de février',
        category: 'compte rendu',
        clocks: [],
      },
    ],
    annex: {
      calendars: [
        { id: 'atih-jo', description: 'Lundi–vendredi 09:00–18:00, jours fériés de métropole.' },
      ],
      contractVersion: '2025-06-01',
      generatedAt: '2026-04-01T08:00:00+02:00',
      periodRule: 'Un fait compte dans le mois de sa date (transmission, livraison, validation).',
      notes: ['Le CCTP ne fixe pas de pénalités : elles relèvent du CCAP, non fourni.'],
    },
  };
}

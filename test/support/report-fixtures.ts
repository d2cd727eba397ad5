import type { IndicatorResult } from '../../src/core/indicators/indicator-result';
import type { ComiteDashboard } from '../../src/core/orders/dashboard';
import { isIsoDate, type IsoDate } from '../../src/core/time/civil-date';
import type {
  ClockDetail,
  IndicatorHistory,
  IssueDetail,
  MonthlyReport,
} from '../../src/core/report/report-model';
import { createRandom, randomInt, type Random } from './seeded-random';

/**
 * Monthly reports built by hand, one per preset flavour, shaped as `assembleReport` makes them:
 * ATIH (orders, comité dashboard, IQ/ID indicators, no penalties), DEMAT'ADS (IND_* indicators,
 * incidents, penalties) and an empty month. `syntheticReport` makes large seeded months.
 */

type Indicator = Omit<IndicatorResult, 'apart' | 'numerator' | 'denominator'> &
  Partial<Pick<IndicatorResult, 'apart' | 'numerator' | 'denominator'>>;

const indicator = (i: Indicator): IndicatorResult => ({
  numerator: null,
  denominator: null,
  apart: [],
  ...i,
});

const clock = (
  label: string,
  verdict: ClockDetail['verdict'],
  figures: string,
  explanation: readonly string[],
  state = 'arrêté',
): ClockDetail => ({ label, state, verdict, figures, explanation });

/** The last 12 months up to `month` (`YYYY-MM`), oldest first. */
function last12Months(month: string): string[] {
  const [year, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return Array.from({ length: 12 }, (_, i) => {
    const index = year * 12 + (m - 1) - 11 + i;
    return `${String(Math.floor(index / 12))}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

function history(
  month: string,
  series: Readonly<Record<string, readonly (number | null)[]>>,
): IndicatorHistory[] {
  return last12Months(month).map((m, i) => ({
    month: m,
    values: Object.entries(series).map(([id, values]) => ({ id, value: values[i] ?? null })),
  }));
}

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

function day(text: string): IsoDate {
  if (!isIsoDate(text)) throw new Error(`not a civil date: ${text}`);
  return text;
}

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

const DEMAT_CONTRACT: MonthlyReport['contract'] = {
  id: 'demat-ads',
  label: "DEMAT'ADS",
  version: '2025-09-01',
  source: 'CCTP DEMAT’ADS, TMA et infogérance (seed 001)',
};

const rate = (
  id: string,
  label: string,
  threshold: number,
  value: number | null,
  ratio: readonly [number, number] | null,
  contributing: readonly string[],
  rule: string,
): IndicatorResult => ({
  id,
  label,
  unit: '%',
  value,
  threshold: { comparator: '>=', value: threshold },
  verdict: value === null ? 'sans objet' : value >= threshold ? 'conforme' : 'non conforme',
  numerator: ratio?.[0] ?? null,
  denominator: ratio?.[1] ?? null,
  contributing,
  apart: [],
  rule,
});

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

const SUMMARIES = [
  'Dépôt de pièces complémentaires refusé par le portail',
  'Lenteurs sur la consultation des dossiers d’urbanisme',
  'Le PDF de l’arrêté perd les accents',
  'Erreur « Dossier introuvable » après renommage de la commune',
  'Notification usager non envoyée après dépôt',
  'Import PLAT’AU en échec sur les pièces de plus de 20 Mo',
  'Calcul de la date limite d’instruction erroné en août',
];
const CATEGORIES = [
  'anomalie VA',
  'anomalie VSR',
  'incident OR (critique)',
  'incident ARGENT',
  'demande',
];
const STATES = ['arrêté', 'en cours', 'en pause'];
const VERDICTS: readonly ClockDetail['verdict'][] = [
  'conforme',
  'conforme',
  'non conforme',
  'sans objet',
];

const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[randomInt(random, 0, items.length - 1)];
  if (item === undefined) throw new Error('pick from nothing');
  return item;
};

function syntheticClock(random: Random, label: string): ClockDetail {
  const day = randomInt(random, 2, 27);
  const hour = randomInt(random, 8, 16);
  const date = `${String(day).padStart(2, '0')}/03/2026`;
  const explanation = [
    `Ouvert le ${date} à ${String(hour)}:${String(randomInt(random, 10, 59))} : décompte.`,
    `${date} 18:00 – ${String(day + 1).padStart(2, '0')}/03/2026 08:00 : hors des heures ouvrées.`,
    `${String(day + 1).padStart(2, '0')}/03/2026 10:00 – 14:30 : « Attente information » (administration) : en pause.`,
    `Échéance recalculée au ${String(day + 2).padStart(2, '0')}/03/2026 à 12:00 après la pause.`,
    `Résolu le ${String(day + 2).padStart(2, '0')}/03/2026 à 11:${String(randomInt(random, 10, 59))} : arrêt.`,
  ];
  const verdict = pick(random, VERDICTS);
  const figures = `objectif ${String(randomInt(random, 2, 40))} h, écoulé ${String(randomInt(random, 1, 45))} h ${String(randomInt(random, 10, 59))}`;
  return { label, state: pick(random, STATES), verdict, figures, explanation };
}

/** A DEMAT'ADS month of `issues` seeded issues, each with 2 clocks of 5 explanation lines. */
export function syntheticReport(options: { issues: number; seed: number }): MonthlyReport {
  const random = createRandom(options.seed);
  const issues: IssueDetail[] = Array.from({ length: options.issues }, (_, i) => ({
    key: `DEMAT-${String(10_000 + i)}`,
    summary: `${pick(random, SUMMARIES)} (${String(randomInt(random, 1, 999))})`,
    category: pick(random, CATEGORIES),
    clocks: [
      syntheticClock(random, 'Prise en compte (1 H ouvrée)'),
      syntheticClock(random, 'Correction (4 H ouvrées)'),
    ],
  }));
  const base = dematReport();
  const keys = issues.map((issue) => issue.key);
  return {
    ...base,
    summary: { ...base.summary, issues: issues.length },
    indicators: base.indicators.map((i, n) => ({
      ...i,
      contributing: keys.filter((_, k) => k % base.indicators.length === n),
    })),
    issues,
  };
}

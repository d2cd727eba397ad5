import { dematReport } from './demat';
import type {
  ClockDetail,
  IssueDetail,
  MonthlyReport,
} from '../../../src/core/report/report-model';
import { createRandom, randomInt, type Random } from '../seeded-random';

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

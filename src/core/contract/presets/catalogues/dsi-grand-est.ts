import type { CatalogueInput, CorrectionRule } from '../../catalogue-schema';

/**
 * DSI région académique Grand Est — catalogue of the 42 codes (seed 003, §6.x.7 "MODALITES DE
 * COMMANDE"): 13 families × 3 expertise levels (SIMPLE / MOYEN / AVANCE are separate codes, an
 * expertise level, not a complexity) plus the 3 duration bands of 6_EXP. No prices in the CCTP.
 *
 * Assumption for every code: billing 'jour'. The CCTP states no unit except for 6_EXP ("Journée
 * d'expertise technique", L1698–1703); the correction rule counts "jour[s] de développement"
 * (L1133–1134), which supposes orders in days (003 §9.8 question 2).
 *
 * Correction deadlines after a refused recette: 003 §3.3.
 */

// 1_DEV, 3_DTC, 4_UXD, 5_ARC, 13_ADD, 14_DTA: "dans un délai équivalent à 10% du nombre de jour de
// développement", from the date of the PV de recette. Rounding is not stated by the CCTP: 'up' to
// whole jours ouvrés, at least one, is our assumption (003 §9.8 question 3).
const tenPercentOfDevelopmentDays = {
  shareOfDevelopmentDays: 0.1,
  rounding: 'up',
  minimum: 1,
} satisfies CorrectionRule;

const tenWorkingDays = { workingDays: 10 } satisfies CorrectionRule;

const nextSprint = { sprint: 'next' } satisfies CorrectionRule;

const noDeadline = { none: true } satisfies CorrectionRule;

type Unit = CatalogueInput['units'][number];

const LEVELS = [
  ['SIMPLE', 'simple'],
  ['MOYEN', 'moyen'],
  ['AVANCE', 'avancé'],
] as const;

/**
 * The three codes of a family ordered by expertise level (`1_DEV_SIMPLE`, `_MOYEN`, `_AVANCE`):
 * the CCTP labels them "<activité> - niveau d'expertise <niveau>", one line each (`lines`).
 */
function byExpertise(
  family: string,
  activity: string,
  lines: readonly [string, string, string],
  rule: { readonly correction: CorrectionRule; readonly development?: true },
): Unit[] {
  return LEVELS.map(([expertise, word], i) => ({
    code: `${family}_${expertise}`,
    family,
    label: `${activity} - niveau d'expertise ${word}`,
    billing: 'jour',
    expertise,
    ...(rule.development === true ? { development: true } : {}),
    correction: rule.correction,
    source: `003 ${lines[i] ?? ''}`,
  }));
}

const development = { correction: tenPercentOfDevelopmentDays, development: true } as const;

export const dsiGrandEstCatalogue = {
  units: [
    // 1_DEV — Développement fullstack.
    // Correction: the 10 % rule, from the date of the PV de recette (L1133–1136).
    ...byExpertise(
      '1_DEV',
      "Développement d'une application",
      ['L1146', 'L1148', 'L1150'],
      development,
    ),
    // 2_CPR — Chefferie de projet.
    // Correction: "une version révisée dans un délai de 10 jours ouvrés" (L1241–1242).
    ...byExpertise('2_CPR', 'Chefferie de projet', ['L1249', 'L1251', 'L1253'], {
      correction: tenWorkingDays,
    }),
    // 3_DTC — Direction technique.
    // Correction: the 10 % rule, from the date of the PV de recette (L1385–1388).
    ...byExpertise('3_DTC', 'Direction technique', ['L1398', 'L1400', 'L1402'], development),
    // 4_UXD — Design de l'expérience utilisateur (UX design).
    // Correction: the 10 % rule, from the date of the PV de recette (L1469–1472).
    ...byExpertise(
      '4_UXD',
      'Design de l’expérience utilisateur',
      ['L1480', 'L1482', 'L1484'],
      development,
    ),
    // 5_ARC — Architecture.
    // Correction: the 10 % rule, from the date of the PV de recette (L1588–1591).
    ...byExpertise('5_ARC', 'Architecture', ['L1601', 'L1603', 'L1605'], development),
    // 6_EXP — Expertise technique. One code per band of the intervention's total duration
    // (L1698–1703), each a "Journée d'expertise technique": billed per day. The 4.5 / 5 and
    // 9.5 / 10 thresholds imply half-day steps (003 §2).
    // Correction: "une version amendée sous 10 jours ouvrés" (L1666); the refusal paragraph
    // says only "dans un délai défini" (L1690–1691).
    {
      code: '6_EXP_1J',
      family: '6_EXP',
      label: "Journée d'expertise technique pour une durée inférieure ou égale à 4,5 jours",
      billing: 'jour',
      durationBand: { maxDays: 4.5 },
      correction: tenWorkingDays,
      source: '003 L1698–1699',
    },
    {
      code: '6_EXP_5J',
      family: '6_EXP',
      label: "Journée d'expertise technique pour une durée entre 5 jours et 9,5 jours",
      billing: 'jour',
      durationBand: { minDays: 5, maxDays: 9.5 },
      correction: tenWorkingDays,
      source: '003 L1701',
    },
    {
      code: '6_EXP_10J',
      family: '6_EXP',
      // Typo fixed: the CCTP writes "supérieur ou égale" (L1703).
      label: "Journée d'expertise technique si durée supérieure ou égale à 10j",
      billing: 'jour',
      durationBand: { minDays: 10 },
      correction: tenWorkingDays,
      source: '003 L1703',
    },
    // 7_QUF — Qualification fonctionnelle.
    // Correction: "une version corrigée dans un délai de 10 jours ouvrés" (L1787–1788).
    ...byExpertise('7_QUF', 'Qualification fonctionnelle', ['L1795', 'L1797', 'L1799'], {
      correction: tenWorkingDays,
    }),
    // 8_INT — Intégration (rôle d'ingénieur DevOps).
    // Correction: none stated, the deliverable is "retourné à l'équipe d'intégration pour
    // correction" (L1889–1890).
    ...byExpertise('8_INT', 'Intégration', ['L1897', 'L1899', 'L1901'], { correction: noDeadline }),
    // 9_DIF — Diffusion fonctionnelle.
    // Correction: "une version corrigée dans un délai de 10 jours ouvrés" (L2020–2021); the recette
    // steps say "dans un délai défini" (L1995–1997).
    ...byExpertise('9_DIF', 'Diffusion fonctionnelle', ['L2028', 'L2030', 'L2032'], {
      correction: tenWorkingDays,
    }),
    // 10_DIT — Diffusion technique.
    // Correction: "une version corrigée dans un délai de 10 jours ouvrés" (L2143–2144); the recette
    // steps say "dans un délai défini" (L2123–2125).
    ...byExpertise('10_DIT', 'Diffusion technique', ['L2151', 'L2153', 'L2155'], {
      correction: tenWorkingDays,
    }),
    // 11_SCR — Accompagnement d'une équipe Scrum (rôle de Scrum Master).
    // Correction: "un suivi sur un ou deux sprints, avant nouvelle évaluation" (L2247–2248).
    // Choice: the earliest reading, re-evaluation at the end of the next sprint.
    ...byExpertise('11_SCR', "Accompagnement d'une équipe Scrum", ['L2254', 'L2256', 'L2258'], {
      correction: nextSprint,
    }),
    // 12_POW — Définition des fonctionnalités et des priorités dans un contexte agile (rôle de
    // Product Owner). Labels are hyphenated across lines in the CCTP ("ni-veau"): joined.
    // Correction: "avec évaluation lors du sprint suivant" (L2357–2358).
    ...byExpertise(
      '12_POW',
      'Définition des fonctionnalités et des priorités dans un contexte agile',
      ['L2365–2366', 'L2368–2369', 'L2370–2371'],
      { correction: nextSprint },
    ),
    // 13_ADD — Analyse de données (rôle de Data Analyst).
    // Correction: the 10 % rule, from the date of the PV de recette (L2426–2429).
    ...byExpertise('13_ADD', 'Analyse de données', ['L2439', 'L2441', 'L2443'], development),
    // 14_DTA — Data engineering (rôle de Data Engineer).
    // Correction: the 10 % rule, from the date of the PV de recette (L2501–2504).
    ...byExpertise('14_DTA', 'Data engineering', ['L2514', 'L2516', 'L2518'], development),
  ],
  caps: [],
} satisfies CatalogueInput;

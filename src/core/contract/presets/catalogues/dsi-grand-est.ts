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

export const dsiGrandEstCatalogue = {
  units: [
    // 1_DEV — Développement fullstack.
    // Correction: the 10 % rule, from the date of the PV de recette (L1133–1136).
    {
      code: '1_DEV_SIMPLE',
      family: '1_DEV',
      label: "Développement d'une application - niveau d'expertise simple",
      billing: 'jour',
      expertise: 'SIMPLE',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L1146',
    },
    {
      code: '1_DEV_MOYEN',
      family: '1_DEV',
      label: "Développement d'une application - niveau d'expertise moyen",
      billing: 'jour',
      expertise: 'MOYEN',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L1148',
    },
    {
      code: '1_DEV_AVANCE',
      family: '1_DEV',
      label: "Développement d'une application - niveau d'expertise avancé",
      billing: 'jour',
      expertise: 'AVANCE',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L1150',
    },
    // 2_CPR — Chefferie de projet.
    // Correction: "une version révisée dans un délai de 10 jours ouvrés" (L1241–1242).
    {
      code: '2_CPR_SIMPLE',
      family: '2_CPR',
      label: "Chefferie de projet - niveau d'expertise simple",
      billing: 'jour',
      expertise: 'SIMPLE',
      correction: tenWorkingDays,
      source: '003 L1249',
    },
    {
      code: '2_CPR_MOYEN',
      family: '2_CPR',
      label: "Chefferie de projet - niveau d'expertise moyen",
      billing: 'jour',
      expertise: 'MOYEN',
      correction: tenWorkingDays,
      source: '003 L1251',
    },
    {
      code: '2_CPR_AVANCE',
      family: '2_CPR',
      label: "Chefferie de projet - niveau d'expertise avancé",
      billing: 'jour',
      expertise: 'AVANCE',
      correction: tenWorkingDays,
      source: '003 L1253',
    },
    // 3_DTC — Direction technique.
    // Correction: the 10 % rule, from the date of the PV de recette (L1385–1388).
    {
      code: '3_DTC_SIMPLE',
      family: '3_DTC',
      label: "Direction technique - niveau d'expertise simple",
      billing: 'jour',
      expertise: 'SIMPLE',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L1398',
    },
    {
      code: '3_DTC_MOYEN',
      family: '3_DTC',
      label: "Direction technique - niveau d'expertise moyen",
      billing: 'jour',
      expertise: 'MOYEN',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L1400',
    },
    {
      code: '3_DTC_AVANCE',
      family: '3_DTC',
      label: "Direction technique - niveau d'expertise avancé",
      billing: 'jour',
      expertise: 'AVANCE',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L1402',
    },
    // 4_UXD — Design de l'expérience utilisateur (UX design).
    // Correction: the 10 % rule, from the date of the PV de recette (L1469–1472).
    {
      code: '4_UXD_SIMPLE',
      family: '4_UXD',
      label: "Design de l’expérience utilisateur - niveau d'expertise simple",
      billing: 'jour',
      expertise: 'SIMPLE',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L1480',
    },
    {
      code: '4_UXD_MOYEN',
      family: '4_UXD',
      label: "Design de l’expérience utilisateur - niveau d'expertise moyen",
      billing: 'jour',
      expertise: 'MOYEN',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L1482',
    },
    {
      code: '4_UXD_AVANCE',
      family: '4_UXD',
      label: "Design de l’expérience utilisateur - niveau d'expertise avancé",
      billing: 'jour',
      expertise: 'AVANCE',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L1484',
    },
    // 5_ARC — Architecture.
    // Correction: the 10 % rule, from the date of the PV de recette (L1588–1591).
    {
      code: '5_ARC_SIMPLE',
      family: '5_ARC',
      label: "Architecture - niveau d'expertise simple",
      billing: 'jour',
      expertise: 'SIMPLE',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L1601',
    },
    {
      code: '5_ARC_MOYEN',
      family: '5_ARC',
      label: "Architecture - niveau d'expertise moyen",
      billing: 'jour',
      expertise: 'MOYEN',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L1603',
    },
    {
      code: '5_ARC_AVANCE',
      family: '5_ARC',
      label: "Architecture - niveau d'expertise avancé",
      billing: 'jour',
      expertise: 'AVANCE',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L1605',
    },
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
    {
      code: '7_QUF_SIMPLE',
      family: '7_QUF',
      label: "Qualification fonctionnelle - niveau d'expertise simple",
      billing: 'jour',
      expertise: 'SIMPLE',
      correction: tenWorkingDays,
      source: '003 L1795',
    },
    {
      code: '7_QUF_MOYEN',
      family: '7_QUF',
      label: "Qualification fonctionnelle - niveau d'expertise moyen",
      billing: 'jour',
      expertise: 'MOYEN',
      correction: tenWorkingDays,
      source: '003 L1797',
    },
    {
      code: '7_QUF_AVANCE',
      family: '7_QUF',
      label: "Qualification fonctionnelle - niveau d'expertise avancé",
      billing: 'jour',
      expertise: 'AVANCE',
      correction: tenWorkingDays,
      source: '003 L1799',
    },
    // 8_INT — Intégration (rôle d'ingénieur DevOps).
    // Correction: none stated, the deliverable is "retourné à l'équipe d'intégration pour
    // correction" (L1889–1890).
    {
      code: '8_INT_SIMPLE',
      family: '8_INT',
      label: "Intégration - niveau d'expertise simple",
      billing: 'jour',
      expertise: 'SIMPLE',
      correction: noDeadline,
      source: '003 L1897',
    },
    {
      code: '8_INT_MOYEN',
      family: '8_INT',
      label: "Intégration - niveau d'expertise moyen",
      billing: 'jour',
      expertise: 'MOYEN',
      correction: noDeadline,
      source: '003 L1899',
    },
    {
      code: '8_INT_AVANCE',
      family: '8_INT',
      label: "Intégration - niveau d'expertise avancé",
      billing: 'jour',
      expertise: 'AVANCE',
      correction: noDeadline,
      source: '003 L1901',
    },
    // 9_DIF — Diffusion fonctionnelle.
    // Correction: "une version corrigée dans un délai de 10 jours ouvrés" (L2020–2021); the recette
    // steps say "dans un délai défini" (L1995–1997).
    {
      code: '9_DIF_SIMPLE',
      family: '9_DIF',
      label: "Diffusion fonctionnelle - niveau d'expertise simple",
      billing: 'jour',
      expertise: 'SIMPLE',
      correction: tenWorkingDays,
      source: '003 L2028',
    },
    {
      code: '9_DIF_MOYEN',
      family: '9_DIF',
      label: "Diffusion fonctionnelle - niveau d'expertise moyen",
      billing: 'jour',
      expertise: 'MOYEN',
      correction: tenWorkingDays,
      source: '003 L2030',
    },
    {
      code: '9_DIF_AVANCE',
      family: '9_DIF',
      label: "Diffusion fonctionnelle - niveau d'expertise avancé",
      billing: 'jour',
      expertise: 'AVANCE',
      correction: tenWorkingDays,
      source: '003 L2032',
    },
    // 10_DIT — Diffusion technique.
    // Correction: "une version corrigée dans un délai de 10 jours ouvrés" (L2143–2144); the recette
    // steps say "dans un délai défini" (L2123–2125).
    {
      code: '10_DIT_SIMPLE',
      family: '10_DIT',
      label: "Diffusion technique - niveau d'expertise simple",
      billing: 'jour',
      expertise: 'SIMPLE',
      correction: tenWorkingDays,
      source: '003 L2151',
    },
    {
      code: '10_DIT_MOYEN',
      family: '10_DIT',
      label: "Diffusion technique - niveau d'expertise moyen",
      billing: 'jour',
      expertise: 'MOYEN',
      correction: tenWorkingDays,
      source: '003 L2153',
    },
    {
      code: '10_DIT_AVANCE',
      family: '10_DIT',
      label: "Diffusion technique - niveau d'expertise avancé",
      billing: 'jour',
      expertise: 'AVANCE',
      correction: tenWorkingDays,
      source: '003 L2155',
    },
    // 11_SCR — Accompagnement d'une équipe Scrum (rôle de Scrum Master).
    // Correction: "un suivi sur un ou deux sprints, avant nouvelle évaluation" (L2247–2248).
    // Choice: the earliest reading, re-evaluation at the end of the next sprint.
    {
      code: '11_SCR_SIMPLE',
      family: '11_SCR',
      label: "Accompagnement d'une équipe Scrum - niveau d'expertise simple",
      billing: 'jour',
      expertise: 'SIMPLE',
      correction: nextSprint,
      source: '003 L2254',
    },
    {
      code: '11_SCR_MOYEN',
      family: '11_SCR',
      label: "Accompagnement d'une équipe Scrum - niveau d'expertise moyen",
      billing: 'jour',
      expertise: 'MOYEN',
      correction: nextSprint,
      source: '003 L2256',
    },
    {
      code: '11_SCR_AVANCE',
      family: '11_SCR',
      label: "Accompagnement d'une équipe Scrum - niveau d'expertise avancé",
      billing: 'jour',
      expertise: 'AVANCE',
      correction: nextSprint,
      source: '003 L2258',
    },
    // 12_POW — Définition des fonctionnalités et des priorités dans un contexte agile (rôle de
    // Product Owner). Labels are hyphenated across lines in the CCTP ("ni-veau"): joined.
    // Correction: "avec évaluation lors du sprint suivant" (L2357–2358).
    {
      code: '12_POW_SIMPLE',
      family: '12_POW',
      label:
        "Définition des fonctionnalités et des priorités dans un contexte agile - niveau d'expertise simple",
      billing: 'jour',
      expertise: 'SIMPLE',
      correction: nextSprint,
      source: '003 L2365–2366',
    },
    {
      code: '12_POW_MOYEN',
      family: '12_POW',
      label:
        "Définition des fonctionnalités et des priorités dans un contexte agile - niveau d'expertise moyen",
      billing: 'jour',
      expertise: 'MOYEN',
      correction: nextSprint,
      source: '003 L2368–2369',
    },
    {
      code: '12_POW_AVANCE',
      family: '12_POW',
      label:
        "Définition des fonctionnalités et des priorités dans un contexte agile - niveau d'expertise avancé",
      billing: 'jour',
      expertise: 'AVANCE',
      correction: nextSprint,
      source: '003 L2370–2371',
    },
    // 13_ADD — Analyse de données (rôle de Data Analyst).
    // Correction: the 10 % rule, from the date of the PV de recette (L2426–2429).
    {
      code: '13_ADD_SIMPLE',
      family: '13_ADD',
      label: "Analyse de données - niveau d'expertise simple",
      billing: 'jour',
      expertise: 'SIMPLE',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L2439',
    },
    {
      code: '13_ADD_MOYEN',
      family: '13_ADD',
      label: "Analyse de données - niveau d'expertise moyen",
      billing: 'jour',
      expertise: 'MOYEN',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L2441',
    },
    {
      code: '13_ADD_AVANCE',
      family: '13_ADD',
      label: "Analyse de données - niveau d'expertise avancé",
      billing: 'jour',
      expertise: 'AVANCE',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L2443',
    },
    // 14_DTA — Data engineering (rôle de Data Engineer).
    // Correction: the 10 % rule, from the date of the PV de recette (L2501–2504).
    {
      code: '14_DTA_SIMPLE',
      family: '14_DTA',
      label: "Data engineering - niveau d'expertise simple",
      billing: 'jour',
      expertise: 'SIMPLE',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L2514',
    },
    {
      code: '14_DTA_MOYEN',
      family: '14_DTA',
      label: "Data engineering - niveau d'expertise moyen",
      billing: 'jour',
      expertise: 'MOYEN',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L2516',
    },
    {
      code: '14_DTA_AVANCE',
      family: '14_DTA',
      label: "Data engineering - niveau d'expertise avancé",
      billing: 'jour',
      expertise: 'AVANCE',
      development: true,
      correction: tenPercentOfDevelopmentDays,
      source: '003 L2518',
    },
  ],
  caps: [],
} satisfies CatalogueInput;

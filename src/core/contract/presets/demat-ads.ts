import { calendarPreset } from '../../time';
import type { Condition } from '../condition';
import type { ContractInput, Target } from '../contract-schema';
import { dematAdsCatalogue } from './catalogues/demat-ads';
import { defaultOrders, ORDER_CATEGORY, ORDER_FIELDS, ORDER_STATUSES } from './order-workflow';
import { dematAdsIndicators } from './indicators/demat-ads';

/**
 * DEMAT'ADS — infogérance + AMOE/TMA (seed 001, `shared/seeds/001_886ad617fd181f65.txt`).
 * "001 L2399–2525" below means lines 2399 to 2525 of that file. Penalties: "Cf. art. 7 du CCAP",
 * not in the CCTP (001 L1290, L1157…), so none here.
 */

const SEVERITIES = ['Bloquante', 'Majeure', 'Mineure'] as const;

/** 001 L2479–2481: "seront déduits des délais, les périodes ne dépendant pas du Titulaire
 * (demandes d'informations complémentaires à l'Administration, temps de validation par
 * l'Administration)". */
const waitingForAdministration: Condition = { role: ['waiting-information', 'validation'] };

/** 001 L2473–2478: resolution on the impacted environment ("Résolu"), except Production
 * majeure/mineure, counted "à la validation de la correction par l'Administration" ("Fermé"). */
const resolutionStop: Condition = {
  any: [
    { status: ['Fermé'] },
    {
      all: [
        { status: ['Résolu'] },
        {
          not: {
            all: [
              { field: 'environment', equals: ['Production'] },
              { field: 'severity', equals: ['Majeure', 'Mineure'] },
            ],
          },
        },
      ],
    },
  ],
};

/** 001 L1344–1357, GTR per service level and severity. "jours" is read in hours mode:
 * 1 jour = hoursPerDay of the level's calendar (assumption; the CCTP does not say, §7.1-2). */
const GTR = {
  OR: { Bloquante: { hours: 2 }, Majeure: { hours: 4 }, Mineure: { days: 2 } },
  ARGENT: { Bloquante: { hours: 4 }, Majeure: { hours: 8 }, Mineure: { days: 5 } },
  BRONZE: { Bloquante: { hours: 8 }, Majeure: { days: 2 }, Mineure: { days: 10 } },
} satisfies Record<string, Record<(typeof SEVERITIES)[number], Target>>;

const gtrGoals = Object.entries(GTR).flatMap(([level, targets]) =>
  Object.entries(targets).map(([severity, target]) => ({
    when: {
      all: [
        { field: 'service-level', equals: [level] },
        { field: 'severity', equals: [severity] },
      ],
    },
    target,
  })),
);

function bySeverity(severity: (typeof SEVERITIES)[number], target: Target) {
  return { when: { field: 'severity', equals: [severity] }, target };
}

export const dematAds = {
  id: 'demat-ads',
  label: "DEMAT'ADS — infogérance et AMOE/TMA (MTE/DNUM/PNM2)",
  source:
    "CCTP « Infogérance + AMOE/TMA, sphère DEMAT'ADS », shared/seeds/001_886ad617fd181f65.txt",
  versions: [
    {
      // Assumption: the notification date is not in the CCTP; set it when the contract is known.
      // Early enough that exports of past years find a version in force.
      effectiveFrom: '2020-01-01',
      note: "Préréglage DEMAT'ADS : délais TMA en heures ouvrées, GTR infogérance OR/ARGENT/BRONZE.",
      calendars: {
        // 001 L2475: TMA deadlines "en heures ouvrées"; the hours are not in the CCTP (PAQ).
        // Assumption: Monday–Friday 08:00–18:00, métropole holidays, 1 jour = 10 h.
        tma: { ...calendarPreset('demat-ads-tma'), id: 'tma' },
        // 001 L1344–1357 "Horaires" column: OR 6h–20h Monday–Saturday, holidays included.
        or: { ...calendarPreset('demat-ads-or'), id: 'or' },
        // ARGENT and BRONZE: 8h–18h Monday–Friday, holidays excluded.
        argent: { ...calendarPreset('demat-ads-argent'), id: 'argent' },
        bronze: { ...calendarPreset('demat-ads-bronze'), id: 'bronze' },
      },
      categories: [
        ORDER_CATEGORY,
        // 001 L2399–2525, "Gestion des anomalies de fonctionnement" (AMOE-TMA).
        { id: 'anomaly', label: 'Anomalie applicative', issueTypes: ['Anomalie'] },
        // 001 L1260–1357, infrastructure incidents (infogérance scope only, L1264).
        { id: 'incident', label: "Incident d'infrastructure", issueTypes: ['Incident'] },
        // 001 L1054–1077, documentation anomalies.
        {
          id: 'documentation-anomaly',
          label: 'Anomalie documentaire',
          issueTypes: ['Anomalie documentaire'],
        },
        // 001 L1235–1256, assistance requests (Jira issue type name: assumption).
        {
          id: 'assistance',
          label: "Demande d'assistance",
          issueTypes: ["Demande d'assistance"],
        },
      ],
      fields: {
        ...ORDER_FIELDS,
        // 001 L2432–2471 (anomalies: bloquant / majeur / mineur) and L1266–1279 (incidents: same
        // three levels, masculine wording): one field, the anomaly tables' wording (L2502–2505).
        // The Administration's level prevails (L1282–1283, L2470–2471): its own Jira field, if
        // any, goes in adminJira once known.
        severity: {
          label: 'Criticité',
          jira: 'Criticité',
          kind: 'option',
          values: [...SEVERITIES],
        },
        // 001 L2400–2402, L2489 / L2509: environment where the anomaly was found.
        environment: {
          label: 'Environnement',
          jira: 'Environnement',
          kind: 'option',
          values: ['Production', 'Validation'],
        },
        // 001 L2491–2495: "Mise en œuvre validée par l'Administration de la solution de
        // contournement" → "Validé"; "Proposé" and "Refusé" are the workflow's other values.
        workaround: {
          label: 'Contournement',
          jira: 'Contournement',
          kind: 'option',
          values: ['Proposé', 'Validé', 'Refusé'],
        },
        // 001 L1309–1357: OR / ARGENT / BRONZE (set per environment by the UO_FMP/FMA orders).
        'service-level': {
          label: 'Niveau de service',
          jira: 'Niveau de service',
          kind: 'option',
          values: ['OR', 'ARGENT', 'BRONZE'],
        },
        // 001 L1290–1293: "l'heure de début d'incident spécifiée dans le ticket incident (ou toute
        // heure de début d'incident communiquée par l'Administration…)".
        'incident-start': { label: "Début d'incident", jira: "Début d'incident", kind: 'datetime' },
        // 001 L1057–1068: documentation anomalies have their own scale (critique / majeure /
        // mineure); kept apart from `severity` (Jira field name: assumption).
        'documentation-severity': {
          label: 'Gravité (documentation)',
          jira: 'Gravité',
          kind: 'option',
          values: ['Critique', 'Majeure', 'Mineure'],
        },
        // 001 L1235–1256: urgency "élevé, moyen ou bas", set by the Administration (L1255–1256).
        urgency: {
          label: 'Urgence',
          jira: 'Urgence',
          kind: 'option',
          values: ['Élevée', 'Moyenne', 'Basse'],
        },
      },
      // 001 L2478–2479: "workflow adapté" with explicit waiting states (extract §8.3).
      statuses: {
        ...ORDER_STATUSES,
        'À faire': 'todo',
        'En cours': 'in-progress',
        'Attente information': 'waiting-information',
        'En validation': 'validation',
        Résolu: 'resolved',
        Fermé: 'closed',
      },
      // 001 L2354–2356: "les fréquences d'itération sont de 20 jours ouvrés". The first sprint's
      // start is not in the CCTP. Assumption: the contract year's first Monday; configure it.
      sprints: { firstStart: '2026-01-05', workingDays: 20, calendar: 'tma' },
      clocks: [
        {
          // 001 L2473–2525: from the request's creation in the tool, in heures ouvrées; the
          // same deadlines on Validation and Production (L2400–2402), stop per resolutionStop.
          id: 'resolution',
          label: 'Délai de résolution',
          categories: ['anomaly'],
          calendar: 'tma',
          start: { always: true },
          // L2479–2481 deduct "temps de validation par l'Administration": a Production
          // majeure/mineure left in "Résolu" awaits that validation, so it pauses too (for the
          // others "Résolu" is a stop, which outranks the pause).
          pause: { any: [waitingForAdministration, { status: ['Résolu'] }] },
          stop: resolutionStop,
          goals: [
            bySeverity('Bloquante', { days: 1 }), // L2502, L2521
            bySeverity('Majeure', { days: 3 }), // L2503, L2522
            bySeverity('Mineure', { sprint: 'next' }), // L2505, L2524: "Sprint suivant obligatoire"
          ],
        },
        {
          // 001 L2491–2525, first column: workaround implemented and validated by the
          // Administration. Also stops at "Fermé": not written in the table; inferred from
          // L2482–2485 (a correction validated by the Administration restores the system, so
          // a workaround is no longer due).
          id: 'contournement',
          label: 'Délai de contournement',
          categories: ['anomaly'],
          calendar: 'tma',
          start: { always: true },
          pause: waitingForAdministration,
          stop: { any: [{ field: 'workaround', equals: ['Validé'] }, { status: ['Fermé'] }] },
          goals: [
            bySeverity('Bloquante', { hours: 4 }), // L2502, L2521: "4H"
            bySeverity('Majeure', { days: 1 }), // L2503, L2522
            bySeverity('Mineure', { none: true }), // L2505, L2524: "S.O."
          ],
        },
        {
          // 001 L1290–1293: from the incident start in the ticket to "résolu par le Titulaire";
          // no suspension rule in the CCTP, so no pause. Calendar: the level's "Horaires"
          // (L1344–1357; that the GTR counts only within them is implied, not stated).
          id: 'gtr',
          label: 'Garantie de temps de résolution',
          categories: ['incident'],
          calendar: {
            field: 'service-level',
            map: { OR: 'or', ARGENT: 'argent', BRONZE: 'bronze' },
          },
          start: { always: true },
          startField: 'incident-start',
          stop: { role: ['resolved', 'closed'] },
          // Goals follow the qualified severity only. Not encoded: "À défaut d'une procédure de
          // contournement acceptée, cet incident [majeur] est considéré comme bloquant"
          // (L1274–1276); it would be a first goal per level on all[severity Majeure,
          // not(workaround Validé)] with the Bloquante target.
          goals: gtrGoals,
        },
        {
          // 001 L1071–1077: "corrigée dans un délai de deux jours ouvrés après constatation dans
          // l'outil" (day-count mode). No pause: "au même titre qu'une anomalie de
          // fonctionnement" (L1055–1056) is read as the duty to correct, not as the TMA pauses.
          id: 'correction-documentaire',
          label: 'Délai de correction documentaire',
          categories: ['documentation-anomaly'],
          calendar: 'tma',
          start: { always: true },
          stop: { role: ['resolved', 'closed'] },
          goals: [
            {
              when: { field: 'documentation-severity', equals: ['Critique'] },
              target: { workingDays: 2 },
            },
            {
              when: { field: 'documentation-severity', equals: ['Majeure'] },
              target: { workingDays: 5 },
            },
            // L1077: "au plus tard dans le sprint suivant".
            {
              when: { field: 'documentation-severity', equals: ['Mineure'] },
              target: { sprint: 'next' },
            },
          ],
        },
        {
          // 001 L1235–1253: "délai de prévence [sic] minimum, respectivement de 4h, 2 jours,
          // 1 semaine". Read as the time to carry out the request for élevée (L1239–1240 "le
          // plus rapidement possible") and moyenne (L1246–1247 "peut attendre 2 jours ouvrés").
          // For basse the week is the Administration's notice (L1251–1253 "l'Administration
          // anticipera"), not a deadline: no target. Calendar tma and no pause: assumptions
          // (the CCTP states neither for assistance requests).
          id: 'assistance',
          label: "Délai de réalisation de l'assistance",
          categories: ['assistance'],
          calendar: 'tma',
          start: { always: true },
          stop: { role: ['resolved', 'closed'] },
          goals: [
            { when: { field: 'urgency', equals: ['Élevée'] }, target: { hours: 4 } },
            { when: { field: 'urgency', equals: ['Moyenne'] }, target: { workingDays: 2 } },
            { when: { field: 'urgency', equals: ['Basse'] }, target: { none: true } },
          ],
        },
      ],
      indicators: dematAdsIndicators,
      catalogue: dematAdsCatalogue,
      orders: defaultOrders('tma'),
    },
  ],
} satisfies ContractInput;

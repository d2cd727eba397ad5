import { calendarPreset } from '../../time';
import type { ContractInput } from '../contract-schema';
import { atihCatalogue } from './catalogues/atih-2025';
import { defaultOrders, ORDER_CATEGORY, ORDER_FIELDS, ORDER_STATUSES } from './order-workflow';
import { atihIndicators } from './indicators/atih-2025';

/** Statuses of an order before it reaches "Devis transmis", and before it leaves "BC reçu". */
const BEFORE_QUOTE = ['Besoin exprimé'];
const UNTIL_ACCEPTANCE = ['Besoin exprimé', 'Devis transmis', 'BC reçu'];
const URGENT = { field: 'urgent', equals: ['Oui'] };

/** 000 L849–881: standard and urgent targets in jours ouvrés (urgent first, first match wins). */
function standardOrUrgent(standard: number, urgent: number) {
  return [{ when: URGENT, target: { workingDays: urgent } }, { target: { workingDays: standard } }];
}

/**
 * ATIH — réalisation, maintenance et évolution de restitutions de données (seed 000,
 * `shared/seeds/000_85e1405b2a1b638d.txt`, procédure n°2025-2503067001, L1585). "000 L1109–1111"
 * below means lines 1109 to 1111 of that file. The CCTP has no penalty, no price and no clock
 * suspension rule (extract §4.4, §6): none here.
 *
 * Orders (000 L794–881) follow Jalon's default order workflow (`order-workflow.ts`): the three
 * order clocks below are day-count clocks on the ATIH calendar, urgent variants chosen by the
 * "Urgent" field.
 */
export const atih2025 = {
  id: 'atih-2025',
  label: 'ATIH — restitution de données (2025)',
  source: 'CCTP ATIH, procédure n°2025-2503067001, shared/seeds/000_85e1405b2a1b638d.txt',
  versions: [
    {
      // Assumption: the notification date is not in the CCTP; set it when the contract is known.
      effectiveFrom: '2025-01-01',
      note: 'Préréglage ATIH : délais de correction des anomalies de recette en jours ouvrés.',
      calendars: {
        // 000 L2370–2376: "heures et jours ouvrés … Du lundi au vendredi hors jours fériés ; De
        // 09h00 à 18h00 en France métropolitaine" (9 h a day).
        atih: calendarPreset('atih'),
      },
      categories: [
        // 000 L1097–1101: the faits techniques ("anomalie, question, petite adaptation, …")
        // are reported in the ATIH's JIRA during the verification period; the deadlines below
        // concern anomalies only (L1107–1117). Issue type name: assumption. UO-9 maintenance
        // tickets (L2067–2083) have no deadline: give them another issue type.
        { id: 'anomaly', label: 'Anomalie de recette', issueTypes: ['Anomalie'] },
        ORDER_CATEGORY,
        // 000 L2067–2083: each UO-9 work item is a JIRA ticket whose charge is estimated before
        // work and validated by the ATIH. Issue type name: assumption.
        { id: 'maintenance', label: 'Travail UO-9', issueTypes: ['Maintenance UO-9'] },
      ],
      fields: {
        // 000 L1107–1117: "Anomalie bloquante qui empêche la poursuite de la recette" /
        // "Anomalie non bloquante"; the blocking character "est décidé par l'ATIH" (L1127–1134).
        // "majeure" appears only in indicator IQ-3 (L2181–2183), undefined: not a value here.
        severity: {
          label: 'Criticité',
          jira: 'Criticité',
          kind: 'option',
          values: ['Bloquante', 'Non bloquante'],
        },
        // 000 L794–800, L869–873: urgency is qualified by the ATIH, "traitement d'exception".
        urgent: { label: 'Urgent', jira: 'Urgent', kind: 'option', values: ['Oui', 'Non'] },
        ...ORDER_FIELDS,
        // 000 L2067–2083: charge in days, estimated by the titulaire, then validated by the ATIH.
        'estimated-charge': { label: 'Charge estimée (j)', jira: 'Charge estimée', kind: 'number' },
        'validated-charge': { label: 'Charge validée (j)', jira: 'Charge validée', kind: 'number' },
      },
      // Workflow names: assumption (the CCTP names no status). No waiting status: the CCTP
      // gives no suspension rule (extract §4.4).
      statuses: {
        'À faire': 'todo',
        Résolu: 'resolved',
        Fermé: 'closed',
        ...ORDER_STATUSES,
      },
      clocks: [
        {
          // 000 L1107–1117. Start: not stated (extract §7.1-9); assumption: the anomaly's
          // creation in JIRA (reported "à travers l'outil JIRA", L1099–1101). Stop: corrected.
          id: 'correction',
          label: 'Délai de correction',
          categories: ['anomaly'],
          calendar: 'atih',
          start: { always: true },
          stop: { role: ['resolved', 'closed'] },
          goals: [
            // L1109–1111: "le titulaire dispose d'un jour ouvré pour la corriger". Counted in
            // jours ouvrés (day-count mode: due at the end of the next working day), the unit
            // the CCTP uses; the other reading, 9 heures ouvrées, would be { days: 1 }
            // (extract §7.1-10).
            { when: { field: 'severity', equals: ['Bloquante'] }, target: { workingDays: 1 } },
            // L1113–1117: handling agreed by the ATIH / titulaire team, "le délai maximum de
            // résolution ne pourra être supérieur à 5 jours ouvrés". Only the cap is encoded:
            // an earlier agreed date per anomaly cannot be expressed.
            {
              when: { field: 'severity', equals: ['Non bloquante'] },
              target: { workingDays: 5 },
            },
          ],
        },
        {
          // 000 L794–800: "A partir de la date de transmission de son besoin par l'ATIH, le
          // titulaire dispose d'un délai de 5 jours ouvrés pour établir un devis … 2 jours ouvrés
          // si le besoin est qualifié d'urgent". T0 = the order issue's creation.
          id: 'devis',
          label: 'Délai de remise du devis',
          categories: ['order'],
          calendar: 'atih',
          start: { always: true },
          stop: { not: { status: BEFORE_QUOTE } },
          goals: standardOrUrgent(5, 2),
        },
        {
          // 000 L863–869: "un délai de 2 jours ouvrés pour faire part de ses remarques … Passé
          // ce délai, le bon de commande est considéré comme accepté"; urgent: 1 (L877–879).
          // T1 = entering "BC reçu"; the clock stops when the order leaves it.
          id: 'remarques-bc',
          label: 'Délai de remarques sur le bon de commande',
          categories: ['order'],
          calendar: 'atih',
          start: { status: ['BC reçu'] },
          stop: { not: { status: UNTIL_ACCEPTANCE } },
          goals: standardOrUrgent(2, 1),
        },
        {
          // 000 L871–875: "un délai de démarrage des prestations de 5 jours ouvrés après
          // réception du bon de commande … réduit à 2 jours ouvrés en cas de bon de commande
          // urgent". Started = the order reaches "En cours".
          id: 'demarrage',
          label: 'Délai de démarrage des prestations',
          categories: ['order'],
          calendar: 'atih',
          start: { status: ['BC reçu'] },
          stop: { not: { status: [...UNTIL_ACCEPTANCE, 'BC accepté'] } },
          goals: standardOrUrgent(5, 2),
        },
      ],
      indicators: atihIndicators,
      catalogue: atihCatalogue,
      orders: {
        ...defaultOrders('atih'),
        urgent: { field: 'urgent', values: ['Oui'] },
        deadlines: { devis: 'devis', acceptation: 'remarques-bc', demarrage: 'demarrage' },
        tacitAcceptance: 'remarques-bc',
        // 000 L1093–1095: the verification period "par défaut … fixée à 45 jours ouvrés".
        verificationWorkingDays: 45,
        envelope: {
          code: 'UO-9',
          categories: ['maintenance'],
          estimateField: 'estimated-charge',
          validatedField: 'validated-charge',
        },
      },
    },
  ],
} satisfies ContractInput;

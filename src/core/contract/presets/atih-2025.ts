import { calendarPreset } from '../../time';
import type { ContractInput } from '../contract-schema';

/**
 * ATIH — réalisation, maintenance et évolution de restitutions de données (seed 000,
 * `shared/seeds/000_85e1405b2a1b638d.txt`, procédure n°2025-2503067001, L1585). "000 L1109–1111"
 * below means lines 1109 to 1111 of that file. The CCTP has no penalty, no price and no clock
 * suspension rule (extract §4.4, §6): none here.
 *
 * Not here yet: the order clocks (devis T0 + 5 / 2 jours ouvrés, remarques sur le bon de commande
 * T1 + 2 / 1, démarrage T1 + 5 / 2; 000 L794–881) come with the orders model in a later issue.
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
      },
      // Workflow names: assumption (the CCTP names no status). No waiting status: the CCTP
      // gives no suspension rule (extract §4.4).
      statuses: {
        'À faire': 'todo',
        'En cours': 'in-progress',
        Résolu: 'resolved',
        Fermé: 'closed',
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
      ],
    },
  ],
} satisfies ContractInput;

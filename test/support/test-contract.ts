import type { ContractInput } from '../../src/core/contract';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** A small TMA contract in the DEMAT'ADS style, for engine tests (presets are tested apart). */
export const TEST_CONTRACT = {
  id: 'test-tma',
  label: 'Contrat de test',
  versions: [
    {
      effectiveFrom: '2020-01-01',
      calendars: {
        tma: { windows: [{ days: [...WEEKDAYS], from: '08:00', to: '18:00' }], hoursPerDay: 10 },
      },
      categories: [
        { id: 'anomaly', label: 'Anomalie', issueTypes: ['Anomalie'] },
        { id: 'incident', label: 'Incident', issueTypes: ['Incident'] },
      ],
      fields: {
        severity: {
          label: 'Criticité',
          jira: 'Criticité',
          kind: 'option',
          values: ['Bloquante', 'Majeure', 'Mineure'],
        },
        environment: {
          label: 'Environnement',
          jira: 'customfield_10002',
          kind: 'option',
          values: ['Production', 'Validation'],
        },
        'incident-start': { label: "Début d'incident", jira: "Début d'incident", kind: 'datetime' },
      },
      statuses: {
        'À faire': 'todo',
        'En cours': 'in-progress',
        'Attente information': 'waiting-information',
        'En validation': 'validation',
        Résolu: 'resolved',
        Fermé: 'closed',
      },
      sprints: { firstStart: '2026-01-05', workingDays: 20, calendar: 'tma' },
      clocks: [
        {
          id: 'resolution',
          label: 'Délai de résolution',
          categories: ['anomaly'],
          calendar: 'tma',
          pause: { role: ['waiting-information', 'validation'] },
          stop: { role: ['resolved', 'closed'] },
          goals: [
            { when: { field: 'severity', equals: ['Bloquante'] }, target: { days: 1 } },
            { when: { field: 'severity', equals: ['Majeure'] }, target: { days: 3 } },
            { when: { field: 'severity', equals: ['Mineure'] }, target: { sprint: 'next' } },
          ],
        },
        {
          id: 'delivery',
          label: 'Livraison du correctif',
          categories: ['anomaly'],
          calendar: 'tma',
          stop: { role: ['resolved', 'closed'] },
          goals: [{ target: { workingDays: 2 } }],
        },
        {
          id: 'gtr',
          label: 'Garantie de temps de résolution',
          categories: ['incident'],
          calendar: 'tma',
          startField: 'incident-start',
          stop: { role: ['resolved', 'closed'] },
          goals: [{ target: { hours: 4 } }],
        },
      ],
    },
  ],
} satisfies ContractInput;

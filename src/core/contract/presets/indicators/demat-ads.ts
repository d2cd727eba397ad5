import type { z } from 'zod';
import type { indicatorSchema } from '../../indicators-schema';

/**
 * DEMAT'ADS — the minimum PAQ/PAS indicators (seed 001, `shared/seeds/001_886ad617fd181f65.txt`,
 * L835–875), all monthly, over the preset `demat-ads`. The CCTP gives no formula (extract 001
 * §5.1): the kinds' own rules apply.
 *
 * "Critique" (L841–856, L873) is read as the preset's severity "Bloquante": the incident scale is
 * bloquant / majeur / mineur (L1266–1279); the equivalence is an inference (extract 001 §4.1).
 * Not encoded: a majeur incident without an accepted workaround "est considéré comme bloquant"
 * (L1274–1276); only the qualified severity counts.
 */
export const dematAdsIndicators = [
  // Committees, minutes and action plans are not in Jira: entered each month.
  {
    id: 'IND_GOUV01',
    label: 'Respect de l’organisation de la comitologie',
    kind: 'manual',
    unit: '%',
    threshold: { comparator: '=', value: 100 },
    source: '001 L838',
  },
  {
    id: 'IND_GOUV02',
    label: 'Fourniture des comptes rendus de réunions',
    kind: 'manual',
    unit: '%',
    threshold: { comparator: '=', value: 100 },
    source: '001 L839',
  },
  {
    id: 'IND_GOUV03',
    label: 'Respect du suivi des plans d’actions',
    kind: 'manual',
    unit: '%',
    threshold: { comparator: '=', value: 100 },
    source: '001 L840',
  },
  // "résolus dans les délais (2H / 4H / 8H)": the GTR bloquant of each level (L1344–1357).
  {
    id: 'IND_INC01',
    label:
      'Taux d’incidents déclarés critiques sur Niveau de Service OR résolus dans les délais (2H)',
    kind: 'clock-rate',
    clock: 'gtr',
    categories: ['incident'],
    when: {
      all: [
        { field: 'severity', equals: ['Bloquante'] },
        { field: 'service-level', equals: ['OR'] },
      ],
    },
    threshold: { comparator: '>=', value: 95 },
    source: '001 L841–844',
  },
  {
    id: 'IND_INC02',
    label:
      'Taux d’incidents déclarés critiques sur Niveau de Service ARGENT résolus dans les délais (4H)',
    kind: 'clock-rate',
    clock: 'gtr',
    categories: ['incident'],
    when: {
      all: [
        { field: 'severity', equals: ['Bloquante'] },
        { field: 'service-level', equals: ['ARGENT'] },
      ],
    },
    threshold: { comparator: '>=', value: 90 },
    source: '001 L846–850',
  },
  {
    id: 'IND_INC03',
    label:
      'Taux d’incidents déclarés critiques sur Niveau de Service Contrat Bronze résolus dans les délais (8H)',
    kind: 'clock-rate',
    clock: 'gtr',
    categories: ['incident'],
    when: {
      all: [
        { field: 'severity', equals: ['Bloquante'] },
        { field: 'service-level', equals: ['BRONZE'] },
      ],
    },
    threshold: { comparator: '>=', value: 85 },
    source: '001 L852–856',
  },
  // Downtime: from the incident start to its resolution (L1290–1293), i.e. the `gtr` clock.
  // Assumptions (the CCTP is silent, extract 001 §5.1): every incident of the level counts,
  // whatever its severity (L1290–1293 name no severity; a mineur is a "simple gêne", L1277–1279);
  // the window is the level's "Horaires" (L1344–1357), not 24/7; planned maintenance is not
  // excluded. No environment filter: the preset's `environment` field qualifies anomalies
  // (L2400–2402), not incidents, and the level is set per environment (L1309–1310).
  {
    id: 'IND_DISP01',
    label: 'Taux de disponibilité minimum du socle technique OR',
    kind: 'availability',
    clock: 'gtr',
    categories: ['incident'],
    when: { field: 'service-level', equals: ['OR'] },
    window: 'or',
    threshold: { comparator: '>=', value: 99.8 },
    source: '001 L858–861, L1309–1357',
  },
  {
    id: 'IND_DISP02',
    label: 'Taux de disponibilité minimum du socle technique ARGENT',
    kind: 'availability',
    clock: 'gtr',
    categories: ['incident'],
    when: { field: 'service-level', equals: ['ARGENT'] },
    window: 'argent',
    threshold: { comparator: '>=', value: 99.5 },
    source: '001 L863–866, L1309–1357',
  },
  {
    id: 'IND_DISP03',
    label: 'Taux de disponibilité minimum du socle technique BRONZE',
    kind: 'availability',
    clock: 'gtr',
    categories: ['incident'],
    when: { field: 'service-level', equals: ['BRONZE'] },
    window: 'bronze',
    threshold: { comparator: '>=', value: 99 },
    source: '001 L868–871, L1309–1357',
  },
  // "N/A" (L873–875): followed without a target.
  {
    id: 'IND_SUP01',
    label: 'Nombre d’Incidents Critiques ouverts',
    kind: 'count',
    count: 'opened',
    categories: ['incident'],
    when: { field: 'severity', equals: ['Bloquante'] },
    threshold: null,
    source: '001 L873',
  },
  {
    id: 'IND_SUP02',
    label: 'Nombre d’Incidents Majeurs ouverts',
    kind: 'count',
    count: 'opened',
    categories: ['incident'],
    when: { field: 'severity', equals: ['Majeure'] },
    threshold: null,
    source: '001 L874',
  },
  {
    id: 'IND_SUP03',
    label: 'Nombre d’Incidents Mineurs ouverts',
    kind: 'count',
    count: 'opened',
    categories: ['incident'],
    when: { field: 'severity', equals: ['Mineure'] },
    threshold: null,
    source: '001 L875',
  },
] satisfies z.input<typeof indicatorSchema>[];

import type { z } from 'zod';
import type { indicatorSchema } from '../../indicators-schema';

/**
 * ATIH — indicators of CCTP §6.3 (seed 000, `shared/seeds/000_85e1405b2a1b638d.txt`, L2150–2266),
 * over the preset `atih-2025`. No measurement period, owner or aggregation rule is stated for any
 * of them (extract 000 §5): the kinds' own period rules apply.
 */
export const atihIndicators = [
  {
    // The model counts the deliveries of an order before its admission; it cannot tell a compte
    // rendu (IQ-1) from a document (IQ-2): both read the same orders until deliverables are typed.
    id: 'IQ-1',
    label: 'Qualité des comptes rendu de suivi des prestations',
    kind: 'deliveries-before-validation',
    threshold: { comparator: '=', value: 1 },
    source: '000 L2161–2171',
  },
  {
    // Same measure as IQ-1 (see above).
    id: 'IQ-2',
    label: 'Qualité des livrables documentaires',
    kind: 'deliveries-before-validation',
    threshold: { comparator: '<=', value: 2 },
    source: '000 L2173–2179',
  },
  {
    // "anomalies bloquantes ou majeures" (L2181–2183): "majeure" is defined nowhere and is not a
    // value of the preset's severity (only Bloquante / Non bloquante, L1107–1134), so only
    // Bloquante counts. "remontées par l'ATIH": every anomaly in Jira is (L1097–1101). The
    // denominator, UO-4 and UO-3 days (L2185–2189), is the kind's "development days ordered".
    id: 'IQ-3',
    label: 'Qualité des développements',
    kind: 'anomalies-per-unit',
    categories: ['anomaly'],
    when: { field: 'severity', equals: ['Bloquante'] },
    threshold: { comparator: '<=', value: 7 },
    source: '000 L2181–2191',
  },
  {
    // Test scenarios (planned / passed) are not in Jira: entered each month.
    id: 'IQ-4',
    label: 'Exhaustivité des développements',
    kind: 'manual',
    unit: '%',
    threshold: { comparator: '>=', value: 95 },
    source: '000 L2193–2199',
  },
  {
    // "= 0" without a unit (L2224): read as jours ouvrés. The "date prévisionnelle" is taken as
    // the devis clock's due date (T0 + 5 jo, 2 if urgent, L794–800): an inference.
    id: 'ID-1',
    label: 'Délai de fourniture d’un devis à la suite d’une expression de besoin',
    kind: 'order-lateness',
    step: 'devis',
    threshold: { comparator: '=', value: 0 },
    source: '000 L2214–2224',
  },
  {
    // Comptes rendus de suivi are not modelled (no issue, no due date): entered each month, as a
    // number of days of lateness. "= 0" without a unit (L2236).
    id: 'ID-2',
    label: 'Délai de livraison des comptes rendu de suivi des prestations',
    kind: 'manual',
    unit: 'nombre',
    threshold: { comparator: '=', value: 0 },
    source: '000 L2226–2236',
  },
  {
    // The model knows one planned delivery date per order ("Date de livraison prévue"), not one
    // per deliverable: ID-3 (documents) and ID-4 (developments) read the same orders for now.
    id: 'ID-3',
    label: 'Délai de livraison des livrables documentaires',
    kind: 'order-lateness',
    step: 'livraison',
    threshold: { comparator: '<=', value: 2 },
    source: '000 L2238–2250',
  },
  {
    // Same measure as ID-3 (see above); "déploiement … dans l'environnement de validation" is
    // read as the order's delivery.
    id: 'ID-4',
    label: 'Délai de livraison des développements dans l’environnement de validation',
    kind: 'order-lateness',
    step: 'livraison',
    threshold: { comparator: '<=', value: 5 },
    source: '000 L2252–2266',
  },
] satisfies z.input<typeof indicatorSchema>[];

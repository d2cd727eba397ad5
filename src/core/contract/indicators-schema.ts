import { z } from 'zod';
import { conditionSchema } from './condition';

const key = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'Identifiant attendu en minuscules, chiffres et tirets.');

export const thresholdSchema = z.strictObject({
  comparator: z.enum(['>=', '<=', '=', '>', '<']),
  value: z.number(),
});

/** Which issues an indicator looks at: categories, and a condition on their final state. */
const scope = {
  categories: z.array(key).min(1),
  when: conditionSchema.optional(),
};

/**
 * What an indicator measures. Every kind states in its result which period rule it applied.
 * - `clock-rate`: clocks of `clock` that stopped in the period, met / (met + breached), in %;
 *   clocks still running but already breached are listed apart, never counted.
 * - `count`: issues opened in the period, resolved in it (entered a resolved or closed role), or
 *   in stock at its end (opened and not resolved).
 * - `availability`: 100 × (1 − downtime / window), downtime being the union of the incidents'
 *   spans (from the start of `clock` to its stop, or the period's end), over the window: 24/7 or
 *   the working time of a calendar.
 * - `order-lateness`: the largest lateness in jours ouvrés among the orders whose step happened
 *   in the period: the devis against its clock, the first delivery against its planned date.
 * - `deliveries-before-validation`: the most deliveries an order needed before its admission,
 *   among the orders admitted in the period.
 * - `anomalies-per-unit`: anomalies opened since the start of the contract per 100 development
 *   days ordered by then (ATIH IQ-3: ≤ 7 %).
 * - `manual`: a figure Jira cannot know (committees held, test scenarios passed), entered for
 *   the month; without it the indicator is `sans objet`.
 */
const common = {
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'Identifiant attendu, par exemple "IND_INC01".'),
  label: z.string().min(1),
  /** Null for an indicator followed without a target ("N/A"). */
  threshold: thresholdSchema.nullable(),
  source: z.string().optional(),
};

export const indicatorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...common, kind: z.literal('clock-rate'), clock: key, ...scope }),
  z.strictObject({
    ...common,
    kind: z.literal('count'),
    count: z.enum(['opened', 'resolved', 'stock']),
    ...scope,
  }),
  z.strictObject({
    ...common,
    kind: z.literal('availability'),
    clock: key,
    ...scope,
    /** `24/7`, or the id of a calendar whose working time is the window. */
    window: z.union([z.literal('24/7'), key]),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('order-lateness'),
    step: z.enum(['devis', 'livraison']),
  }),
  z.strictObject({ ...common, kind: z.literal('deliveries-before-validation') }),
  z.strictObject({ ...common, kind: z.literal('anomalies-per-unit'), ...scope }),
  z.strictObject({ ...common, kind: z.literal('manual'), unit: z.enum(['%', 'nombre']) }),
]);

export type IndicatorDefinition = z.output<typeof indicatorSchema>;

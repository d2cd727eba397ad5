import { z } from 'zod';
import { centsSchema } from './catalogue-schema';

const key = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'Identifiant attendu en minuscules, chiffres et tirets.');
/** Same shape as `indicators[].id` ("IND_INC01", "IQ-1"). */
const indicatorId = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'Identifiant d’indicateur attendu, par exemple "IND_INC01".');
const positiveCents = centsSchema.positive('Montant attendu strictement positif, en centimes.');
/** A share of an amount: 0.1 for 10 %. */
const share = z
  .number()
  .positive('Part attendue strictement positive, par exemple 0.1 pour 10 %.')
  .max(1, 'Part attendue au plus égale à 1 (100 %).');
const clocks = z.array(key).min(1, 'Indiquez au moins une horloge, ou retirez clocks.');
const subject = z.enum(['orders', 'clocks']);

/** The CCAG whose late-penalty formula applies: P = V × R / 1000 (TIC, FCS) or / 3000 (PI). */
export const CCAG_NAMES = ['CCAG-TIC', 'CCAG-FCS', 'CCAG-PI'] as const;
export type CcagName = (typeof CCAG_NAMES)[number];
export const CCAG_DIVISORS: Readonly<Record<CcagName, number>> = {
  'CCAG-TIC': 1000,
  'CCAG-FCS': 1000,
  'CCAG-PI': 3000,
};

const common = {
  id: key,
  label: z.string().min(1, 'Indiquez le libellé de la pénalité.'),
  /** Where the contract states it ("CCAP art. 12.3"). */
  source: z.string().optional(),
};

/** Late items a rule looks at: orders, clocks, or both when absent; `clocks` narrows them. */
const lateScope = {
  subject: subject.optional(),
  clocks: clocks.optional(),
};

const tierSchema = z.strictObject({
  /** The band starts at this shortfall (in the indicator's unit: points for a rate). */
  fromShortfall: z.number().nonnegative('Écart attendu positif ou nul.'),
  amountCents: centsSchema,
});

/**
 * One penalty rule of the CCAP.
 * - `ccag-late`: P = V × R / D, V the late order's amount HT, R the calendar days of delay.
 * - `per-day`: a fixed amount per day late (calendar or working days).
 * - `per-hour`: a fixed amount per started hour beyond the target (business minutes late).
 * - `per-breach`: a fixed amount per breached item.
 * - `indicator-shortfall`: floor(shortfall / step) × share × base for an indicator below target.
 * - `tiers`: an amount by shortfall band of an indicator, the highest band reached applies.
 */
export const penaltyRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...common,
    kind: z.literal('ccag-late'),
    ccag: z.enum(CCAG_NAMES),
    subject: subject.default('orders'),
    clocks: clocks.optional(),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('per-day'),
    amountCents: positiveCents,
    days: z.enum(['calendar', 'working']),
    ...lateScope,
  }),
  z.strictObject({
    ...common,
    kind: z.literal('per-hour'),
    amountCents: positiveCents,
    ...lateScope,
  }),
  z.strictObject({
    ...common,
    kind: z.literal('per-breach'),
    amountCents: positiveCents,
    ...lateScope,
  }),
  z.strictObject({
    ...common,
    kind: z.literal('indicator-shortfall'),
    indicator: indicatorId,
    /** The amount the share applies to (a monthly fee). */
    baseCents: positiveCents,
    /** Share of the base per step (0.01 for 1 %). */
    share,
    /** One step of shortfall, in the indicator's unit (0.1 point). */
    step: z.number().positive('Pas attendu strictement positif, par exemple 0.1 point.'),
  }),
  z.strictObject({
    ...common,
    kind: z.literal('tiers'),
    indicator: indicatorId,
    tiers: z
      .array(tierSchema)
      .min(1, 'Indiquez au moins une tranche.')
      .refine(
        (tiers) => new Set(tiers.map((t) => t.fromShortfall)).size === tiers.length,
        'Deux tranches commencent au même écart : gardez-en une seule.',
      ),
  }),
]);

export const penaltyCapsSchema = z.strictObject({
  /** Share of each late item's value (CCAG 2021 art. 14.1.2: 10 % of the order amount HT). */
  itemShare: share.optional(),
  /** Most the month's penalties may reach. */
  monthlyCents: centsSchema.optional(),
  /** Share of the contract amount (`contractAmountCents` of the inputs) over the whole contract. */
  contractShare: share.optional(),
});

/**
 * CCAG 2021 art. 14.1.3: no penalty when their total does not exceed 1 000 € HT over the whole
 * contract (`contract`, default); `month` applies the threshold to each month alone.
 */
export const penaltyExonerationSchema = z.strictObject({
  thresholdCents: centsSchema.default(100_000),
  scope: z.enum(['month', 'contract']).default('contract'),
});

/** The contract's penalties; presets leave `rules` empty where the CCAP is unknown. */
export const penaltiesSchema = z.strictObject({
  rules: z.array(penaltyRuleSchema).default([]),
  caps: penaltyCapsSchema.default({}),
  exoneration: penaltyExonerationSchema.optional(),
  /** Calendar days the titulaire has to present observations (CCAG 2021 art. 14.1.1: 15). */
  observationDays: z.number().int().positive().default(15),
});

export type PenaltiesConfig = z.output<typeof penaltiesSchema>;
export type PenaltiesConfigInput = z.input<typeof penaltiesSchema>;
export type PenaltyRule = z.output<typeof penaltyRuleSchema>;
export type PenaltyCaps = z.output<typeof penaltyCapsSchema>;
export type PenaltyExoneration = z.output<typeof penaltyExonerationSchema>;
export type PenaltyTier = z.output<typeof tierSchema>;

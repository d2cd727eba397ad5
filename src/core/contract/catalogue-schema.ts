import { z } from 'zod';

/** How one unit of a work-unit code is billed. */
export const BILLING_UNITS = [
  'jour',
  'forfait',
  'forfait-mensuel',
  'sprint',
  'heure',
  'complexite',
] as const;
export type BillingUnit = (typeof BILLING_UNITS)[number];

export const BILLING_LABELS: Readonly<Record<BillingUnit, string>> = {
  jour: 'jour',
  forfait: 'forfait',
  'forfait-mensuel': 'forfait mensuel',
  sprint: 'sprint',
  heure: 'heure',
  complexite: 'par complexité',
};

/** A price before tax in integer euro cents: money is never a float. */
export const centsSchema = z
  .number()
  .int('Montant attendu en centimes entiers, par exemple 125000 pour 1 250,00 €.')
  .nonnegative();

const code = z.string().regex(/^\S+$/, 'Code attendu sans espace, par exemple "UO-4".');

/**
 * A level a line must name when its code has several: a complexity tier with its duration
 * ("Simple : 2 jours ouvrés"), an expertise or seniority level. Its price, when known, replaces
 * the code's.
 */
export const catalogueLevelSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  /** The tier's duration in working days, when the contract gives one. */
  days: z.number().positive().optional(),
  unitPrice: centsSchema.optional(),
});

/** How a refused delivery's correction deadline is computed, from the date of the PV. */
export const correctionRuleSchema = z.union([
  /** A fixed number of jours ouvrés. */
  z.strictObject({ workingDays: z.number().int().positive() }),
  /**
   * A share of the development days ordered on the order (DSI Grand Est: 10 %), rounded to whole
   * jours ouvrés as stated, never below `minimum`.
   */
  z.strictObject({
    shareOfDevelopmentDays: z.number().positive().max(1),
    rounding: z.enum(['up', 'nearest', 'down']),
    minimum: z.number().int().positive().default(1),
  }),
  /** The end of the sprint after the one in progress at the PV. */
  z.strictObject({ sprint: z.literal('next') }),
  /** The contract sets no deadline. */
  z.strictObject({ none: z.literal(true) }),
]);

/** One orderable code of the catalogue (bordereau des unités d'œuvre, without its prices). */
export const catalogueUnitSchema = z.strictObject({
  code,
  /** The family the code belongs to ("1_DEV", "Infogérance", "AMOE-TMA"). */
  family: z.string().min(1),
  label: z.string().min(1),
  billing: z.enum(BILLING_UNITS),
  /** Informational level carried by the code itself ("SIMPLE" in `1_DEV_SIMPLE`). */
  expertise: z.string().min(1).optional(),
  /** Levels a line must choose from (complexity tiers, seniority). */
  levels: z.array(catalogueLevelSchema).min(1).optional(),
  /** Price of one unit before tax, in cents; empty until the BPU is known. */
  unitPrice: centsSchema.optional(),
  /** Quantities are multiples of this step (default half a unit). */
  quantityStep: z.number().positive().default(0.5),
  /**
   * The code applies to interventions whose total duration (the line's quantity, in days) lies
   * in this band: DSI Grand Est `6_EXP_1J` ≤ 4.5 days, `6_EXP_5J` 5 to 9.5, `6_EXP_10J` ≥ 10.
   */
  durationBand: z
    .strictObject({
      minDays: z.number().positive().optional(),
      maxDays: z.number().positive().optional(),
    })
    .optional(),
  /** Codes that must have been ordered on an earlier order of the contract. */
  prerequisites: z.array(code).optional(),
  /** The code may be ordered once over the whole contract. */
  onceOnly: z.boolean().default(false),
  /** Ordering it needs the administration's prior agreement. */
  priorAgreement: z.boolean().default(false),
  /** Development work: counts in the 10 % correction rule and in quality ratios (ATIH IQ-3). */
  development: z.boolean().default(false),
  /** Correction deadline after a refused delivery (recette). */
  correction: correctionRuleSchema.optional(),
  /** Maximum delivery time of one order of this code, in jours ouvrés, when stated. */
  deliveryWorkingDays: z.number().int().positive().optional(),
  /** Where the contract defines it ("003 L1144–1150"). */
  source: z.string().optional(),
});

/** A ceiling on the share of some codes in the total amount ordered over the contract. */
export const catalogueCapSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: z.string().min(1),
  codes: z.array(code).min(1),
  /** Maximum share of the total amount ordered (0.2 for 20 %). */
  maxShare: z.number().positive().max(1),
  source: z.string().optional(),
});

export const catalogueSchema = z.strictObject({
  units: z.array(catalogueUnitSchema).min(1, 'Indiquez au moins une unité d’œuvre.'),
  caps: z.array(catalogueCapSchema).default([]),
});

export type Catalogue = z.output<typeof catalogueSchema>;
export type CatalogueInput = z.input<typeof catalogueSchema>;
export type CatalogueUnit = z.output<typeof catalogueUnitSchema>;
export type CatalogueLevel = z.output<typeof catalogueLevelSchema>;
export type CorrectionRule = z.output<typeof correctionRuleSchema>;
export type CatalogueCap = z.output<typeof catalogueCapSchema>;

import { z } from 'zod';

const key = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'Identifiant attendu en minuscules, chiffres et tirets.');
const statuses = z.array(z.string().min(1)).min(1, 'Indiquez au moins un statut.');

/** The steps of a work-unit order, expression de besoin to payment. */
export const ORDER_STEPS = [
  'besoin',
  'devis',
  'bon-de-commande',
  'acceptation',
  'demarrage',
  'livraison',
  'verification',
  'admission',
  'facture',
  'paiement',
] as const;
export type OrderStep = (typeof ORDER_STEPS)[number];

export const ORDER_STEP_LABELS: Readonly<Record<OrderStep, string>> = {
  besoin: 'Expression de besoin',
  devis: 'Devis',
  'bon-de-commande': 'Bon de commande',
  acceptation: 'Acceptation du bon de commande',
  demarrage: 'Démarrage',
  livraison: 'Livraison',
  verification: 'Vérification',
  admission: 'Admission',
  facture: 'Facture',
  paiement: 'Paiement',
};

/**
 * Where a step's date comes from on one issue: its creation, the first time it enters one of
 * some statuses, or a date field of the contract (`fields`, kind date or datetime).
 */
const ownSourceSchema = z.union([
  z.strictObject({ created: z.literal(true) }),
  z.strictObject({ enters: statuses }),
  z.strictObject({ field: key }),
]);

/**
 * Where a step's date comes from, on the order issue itself, or on an issue linked to it (the
 * devis or the invoice tracked as their own issues): the earliest date among the linked issues
 * of these types (and link types, when given).
 */
export const stepSourceSchema = z.union([
  ownSourceSchema,
  z.strictObject({
    linked: z.strictObject({
      issueTypes: z.array(z.string().min(1)).min(1),
      linkTypes: z.array(z.string().min(1)).min(1).optional(),
      date: ownSourceSchema,
    }),
  }),
]);

/** The documents kept for each order (000 L837–841: besoin, devis, bon de commande). */
export const ORDER_DOCUMENTS = ['besoin', 'devis', 'bon-de-commande', 'facture'] as const;
export type OrderDocument = (typeof ORDER_DOCUMENTS)[number];

/** The UO-9 envelope: orders credit days of one code, tickets consume their validated charge. */
export const envelopeSchema = z.strictObject({
  /** The catalogue code ordered as an envelope ("UO-9"). */
  code: z.string().min(1),
  /** The categories of the tickets that consume it. */
  categories: z.array(key).min(1),
  /** The contractor's estimated charge, in days, entered before any work (field key). */
  estimateField: key,
  /** The charge validated by the administration, in days (field key); deducted once set. */
  validatedField: key,
});

/** How the contract's work-unit orders are followed in Jira. */
export const ordersSchema = z.strictObject({
  /** The categories whose issues are orders (one issue per order). */
  categories: z.array(key).min(1),
  /** The calendar (of `calendars`) for local dates and correction deadlines. */
  calendar: key,
  /** Jalon's "Lignes UO" object field, by display name or id: `{ lines: [{ code, level, quantity, unitPrice }] }`. */
  linesField: z.string().min(1).default('Lignes UO'),
  /** Jalon's "Factures" object field: `{ invoices: [{ number, date, amount, paidOn, paidAmount }] }`. */
  invoicesField: z.string().min(1).default('Factures'),
  /** The urgent orders: a field key and the values that mean urgent. */
  urgent: z.strictObject({ field: key, values: statuses }).optional(),
  /** Field keys of the bon de commande number, the planned delivery date, the project. */
  orderNumberField: key.optional(),
  plannedDeliveryField: key.optional(),
  /** The project an order belongs to (comité top 3); default: the Jira project key. */
  projectField: key.optional(),
  /** Field keys of the links to each document of the triplet (Confluence page or attachment). */
  documents: z.partialRecord(z.enum(ORDER_DOCUMENTS), key).default({}),
  /** How each step is dated. */
  steps: z.partialRecord(z.enum(ORDER_STEPS), stepSourceSchema),
  /** A refused delivery: the issue leaves one of `from` (verification) for one of `to`. */
  refusal: z.strictObject({ from: statuses, to: statuses }).optional(),
  /** The clock (of `clocks`) that says whether each step was on time. */
  deadlines: z.partialRecord(z.enum(ORDER_STEPS), key).default({}),
  /**
   * The clock whose expiry accepts the bon de commande tacitly ("passé ce délai, le bon de
   * commande est considéré comme accepté", 000 L865–869).
   */
  tacitAcceptance: key.optional(),
  /** The administration's verification period in jours ouvrés from each delivery (ATIH: 45). */
  verificationWorkingDays: z.number().int().positive().optional(),
  envelope: envelopeSchema.optional(),
  /** First month of the administration's fiscal year (1 = January). */
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1),
});

export type OrdersConfig = z.output<typeof ordersSchema>;
export type StepSource = z.output<typeof stepSourceSchema>;
export type OwnStepSource = z.output<typeof ownSourceSchema>;
export type EnvelopeConfig = z.output<typeof envelopeSchema>;

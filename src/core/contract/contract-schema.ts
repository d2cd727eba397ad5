import { z } from 'zod';
import { isIsoDate } from '../time';
import { calendarDefinitionSchema } from '../time/calendar-schema';
import { catalogueSchema } from './catalogue-schema';
import { conditionSchema, STATUS_ROLES } from './condition';
import { indicatorSchema } from './indicators-schema';
import { ordersSchema } from './orders-schema';
import { penaltiesSchema } from './penalties-schema';

const key = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]*$/,
    'Identifiant attendu en minuscules, chiffres et tirets, par exemple "resolution".',
  );
const isoDate = z
  .string()
  .refine(isIsoDate, 'Date attendue au format AAAA-MM-JJ, par exemple "2026-01-01".');

/** A duration target: hours mode (business minutes), day-count mode, next sprint, or none. */
export const targetSchema = z.union([
  z.strictObject({ hours: z.number().positive() }),
  z.strictObject({ days: z.number().positive() }),
  z.strictObject({ workingDays: z.number().int().positive() }),
  z.strictObject({ sprint: z.literal('next') }),
  z.strictObject({ none: z.literal(true) }),
]);

export const goalSchema = z.strictObject({
  when: conditionSchema.optional(),
  target: targetSchema,
});

/** A calendar by id, or chosen by a field's value (`OR` → `or`). */
export const calendarRefSchema = z.union([
  key,
  z.strictObject({ field: key, map: z.record(z.string(), key) }),
]);

export const clockSchema = z.strictObject({
  id: key,
  label: z.string().min(1),
  categories: z.array(key).min(1),
  calendar: calendarRefSchema,
  start: conditionSchema.default({ always: true }),
  /** A datetime field whose value, when set, is the start instant ("Début d'incident"). */
  startField: key.optional(),
  pause: conditionSchema.optional(),
  stop: conditionSchema,
  goals: z.array(goalSchema).min(1, 'Indiquez au moins un objectif.'),
  /** Which field values choose the goal: those in force at evaluation (default) or at start. */
  goalValues: z.enum(['at-evaluation', 'at-start']).default('at-evaluation'),
  /** Leaving a stop state resumes the same cycle (default) or opens a new one. */
  reopen: z.enum(['resume', 'new-cycle']).default('resume'),
});

/**
 * Which issues are of a category: by issue type, and optionally Jira project keys and labels (an
 * issue matches when it has one of the listed values). `jql` narrows the search the adapters run;
 * the engine never evaluates it.
 */
export const categorySchema = z.strictObject({
  id: key,
  label: z.string().min(1),
  issueTypes: z.array(z.string().min(1)).min(1),
  projects: z.array(z.string().min(1)).optional(),
  labels: z.array(z.string().min(1)).optional(),
  jql: z.string().min(1).optional(),
});

export const fieldSchema = z.strictObject({
  label: z.string().min(1),
  /** The Jira field, by display name ("Criticité") or id ("customfield_10042"). */
  jira: z.string().min(1),
  /** The administration's own qualification of the same thing; it prevails when set. */
  adminJira: z.string().min(1).optional(),
  kind: z.enum(['option', 'datetime', 'date', 'number', 'text']),
  /** The values the contract knows (options); any other value is reported, not guessed. */
  values: z.array(z.string().min(1)).optional(),
});

export const sprintCadenceSchema = z.strictObject({
  /** First day of the first sprint. */
  firstStart: isoDate,
  /** Sprint length in working days of `calendar` (DEMAT'ADS: 20). */
  workingDays: z.number().int().positive(),
  calendar: key,
});

export const contractVersionSchema = z.strictObject({
  effectiveFrom: isoDate,
  note: z.string().optional(),
  calendars: z.record(key, calendarDefinitionSchema),
  categories: z.array(categorySchema).min(1),
  fields: z.record(key, fieldSchema).default({}),
  statuses: z.record(z.string().min(1), z.enum(STATUS_ROLES)),
  sprints: sprintCadenceSchema.optional(),
  clocks: z.array(clockSchema),
  /** The work-unit catalogue (bordereau without prices until the BPU is known). */
  catalogue: catalogueSchema.optional(),
  /** How work-unit orders are followed; needs the catalogue. */
  orders: ordersSchema.optional(),
  /** The indicators the contract requires, measured each month. */
  indicators: z.array(indicatorSchema).default([]),
  penalties: penaltiesSchema.optional(),
});

const days = z.number().int().min(0).max(30);

/**
 * The monthly publication Jalon makes on its own, and the comité deadlines it reminds of (ATIH:
 * dashboards at least 4 jours ouvrés before the comité, its support 2 before, the minutes at
 * most 2 after, 000 L956-960).
 */
export const publicationSchema = z.strictObject({
  /** The Confluence space of the monthly pages. */
  spaceKey: z.string().min(1, 'Indiquez la clé de l’espace Confluence, par exemple "DEMAT".'),
  /** From this day of the month on, the month before is published (1 to 28). */
  day: z.number().int().min(1).max(28).default(5),
  /** The calendar whose working days count the comité deadlines; the first one by default. */
  calendar: key.optional(),
  /** The planned comités. */
  comites: z.array(isoDate).default([]),
  /** In jours ouvrés: dashboards and support before the comité, minutes after it. */
  deadlines: z
    .strictObject({ dashboard: days, support: days, minutes: days })
    .default({ dashboard: 4, support: 2, minutes: 2 }),
});

/** A contract: identity and its configuration versions, each in force from its date. */
export const contractSchema = z.strictObject({
  id: key,
  label: z.string().min(1),
  /** Where the rules come from (seed CCTP and lines). */
  source: z.string().optional(),
  versions: z.array(contractVersionSchema).min(1, 'Indiquez au moins une version.'),
  /** Without it, Jalon publishes only when asked. */
  publication: publicationSchema.optional(),
});

export type Contract = z.output<typeof contractSchema>;
export type ContractInput = z.input<typeof contractSchema>;
export type ContractVersion = z.output<typeof contractVersionSchema>;
export type PublicationSettings = z.output<typeof publicationSchema>;
export type ClockDefinition = z.output<typeof clockSchema>;
export type Target = z.output<typeof targetSchema>;
export type FieldDefinition = z.output<typeof fieldSchema>;

import type { SandboxField } from '../state';

/**
 * The demo site's Jira fields. Custom field display names are those the presets `demat-ads` and
 * `atih-2025` read (`fields.*.jira`), plus Jalon's object fields ("Lignes UO", "Factures") and
 * output fields; their ids are stable (`customfield_10100`…). System fields carry the French
 * names a French-language Jira site shows.
 */

/** How a custom field's value is shaped in `fields` and in changelog items. */
export type CustomKind = 'option' | 'datetime' | 'date' | 'number' | 'string' | 'object';

interface CustomField {
  readonly id: string;
  readonly name: string;
  readonly kind: CustomKind;
  /** The allowed values of an option field, in Jira's order. */
  readonly options?: readonly string[];
}

const custom = (
  number: number,
  name: string,
  kind: CustomKind,
  options?: readonly string[],
): CustomField => ({
  id: `customfield_${String(number)}`,
  name,
  kind,
  ...(options === undefined ? {} : { options }),
});

/** Custom fields by the generator's key. */
export const CUSTOM_FIELDS = {
  severity: custom(10100, 'Criticité', 'option', [
    'Bloquante',
    'Majeure',
    'Mineure',
    'Non bloquante',
  ]),
  environment: custom(10101, 'Environnement', 'option', ['Production', 'Validation']),
  workaround: custom(10102, 'Contournement', 'option', ['Proposé', 'Validé', 'Refusé']),
  serviceLevel: custom(10103, 'Niveau de service', 'option', ['OR', 'ARGENT', 'BRONZE']),
  incidentStart: custom(10104, "Début d'incident", 'datetime'),
  docSeverity: custom(10105, 'Gravité', 'option', ['Critique', 'Majeure', 'Mineure']),
  urgency: custom(10106, 'Urgence', 'option', ['Élevée', 'Moyenne', 'Basse']),
  urgent: custom(10107, 'Urgent', 'option', ['Oui', 'Non']),
  project: custom(10108, 'Projet', 'string'),
  orderNumber: custom(10109, 'N° de bon de commande', 'string'),
  plannedDelivery: custom(10110, 'Date de livraison prévue', 'date'),
  needLink: custom(10111, 'Expression de besoin', 'string'),
  quoteLink: custom(10112, 'Devis', 'string'),
  orderLink: custom(10113, 'Bon de commande', 'string'),
  invoiceLink: custom(10114, 'Facture', 'string'),
  estimatedCharge: custom(10115, 'Charge estimée', 'number'),
  validatedCharge: custom(10116, 'Charge validée', 'number'),
  lines: custom(10117, 'Lignes UO', 'object'),
  invoices: custom(10118, 'Factures', 'object'),
  jalonState: custom(10119, 'Jalon – état des délais', 'string'),
  jalonNextDue: custom(10120, 'Jalon – prochaine échéance', 'datetime'),
  jalonRemaining: custom(10121, 'Jalon – temps restant (h ouvrées)', 'number'),
  jalonClocks: custom(10122, 'Jalon – délais', 'object'),
} as const satisfies Record<string, CustomField>;

export type CustomKey = keyof typeof CUSTOM_FIELDS;

/** A field a draft sets: a custom field by key, or the status. */
export type FieldKey = CustomKey | 'status';

const SCHEMA_TYPES: Readonly<Record<CustomKind, string>> = {
  option: 'option',
  datetime: 'datetime',
  date: 'date',
  number: 'number',
  string: 'string',
  object: 'any',
};

/** The demo site's custom fields, in a stable order; the site adds Jira's system fields. */
export const DEMO_FIELDS: readonly SandboxField[] = [
  ...Object.values(CUSTOM_FIELDS).map((field): SandboxField => ({
    id: field.id,
    name: field.name,
    custom: true,
    type: SCHEMA_TYPES[field.kind],
  })),
];

/** Stable option ids, unique on the site: 10400, 10401… in declaration order. */
export const OPTION_IDS: ReadonlyMap<string, string> = (() => {
  const ids = new Map<string, string>();
  let next = 10400;
  for (const field of Object.values(CUSTOM_FIELDS))
    if ('options' in field)
      for (const value of field.options) ids.set(`${field.id}:${value}`, String(next++));
  return ids;
})();

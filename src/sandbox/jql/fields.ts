import { indexedProperty, propertyValues, type PropertyFieldId } from './property-index';

/** An issue as the sandbox's JQL engine sees it; instants are epoch milliseconds. */
export interface JqlIssue {
  readonly key: string;
  readonly project: string;
  readonly issuetype: string;
  readonly status: string;
  readonly labels: readonly string[];
  readonly summary: string;
  readonly created: number;
  readonly updated: number;
  readonly resolved: number | null;
  /** Custom fields by id (`customfield_10042`), as display values. */
  readonly fields: Readonly<Record<string, string | null>>;
  /** Issue entity properties by key, for the indexed ones (`property-index.ts`). */
  readonly properties?: Readonly<Record<string, unknown>>;
}

export type DateFieldId = 'created' | 'updated' | 'resolved' | PropertyFieldId;
export type ValueFieldId =
  'project' | 'issuetype' | 'status' | 'key' | `customfield_${string}` | PropertyFieldId;
export type FieldId = DateFieldId | ValueFieldId | 'labels' | 'summary';

/** How a field is searched: one value, a set of values (labels), free text, or an instant. */
export type FieldSpec =
  | { readonly kind: 'value'; readonly id: ValueFieldId }
  | { readonly kind: 'labels'; readonly id: 'labels' }
  | { readonly kind: 'text'; readonly id: 'summary' }
  | { readonly kind: 'date'; readonly id: DateFieldId };

const BUILTIN = new Map<string, FieldSpec>([
  ['project', { kind: 'value', id: 'project' }],
  ['issuetype', { kind: 'value', id: 'issuetype' }],
  ['type', { kind: 'value', id: 'issuetype' }],
  ['status', { kind: 'value', id: 'status' }],
  ['key', { kind: 'value', id: 'key' }],
  ['issuekey', { kind: 'value', id: 'key' }],
  ['labels', { kind: 'labels', id: 'labels' }],
  ['summary', { kind: 'text', id: 'summary' }],
  ['created', { kind: 'date', id: 'created' }],
  ['createddate', { kind: 'date', id: 'created' }],
  ['updated', { kind: 'date', id: 'updated' }],
  ['updateddate', { kind: 'date', id: 'updated' }],
  ['resolved', { kind: 'date', id: 'resolved' }],
  ['resolutiondate', { kind: 'date', id: 'resolved' }],
]);

/**
 * The field a JQL name designates (case-insensitive, with Jira's aliases), `cf[10042]` and
 * `customfield_10042` alike; `null` when it does not exist. Every custom field id exists unless
 * `customFields` lists the ones that do.
 */
export function resolveField(
  name: string,
  customFields: ReadonlySet<string> | null,
): FieldSpec | null {
  const builtin = BUILTIN.get(name.toLowerCase());
  if (builtin !== undefined) return builtin;
  // Numbers in properties are not searched here: such an alias is reported as unknown.
  const property = indexedProperty(name);
  if (property?.type === 'date') return { kind: 'date', id: property.id };
  if (property?.type === 'string') return { kind: 'value', id: property.id };
  const digits = /^(?:cf\[(\d+)\]|customfield_(\d+))$/i.exec(name);
  const number = digits?.[1] ?? digits?.[2];
  if (number === undefined) return null;
  const id = `customfield_${BigInt(number).toString()}` as const;
  return customFields === null || customFields.has(id) ? { kind: 'value', id } : null;
}

/** The operators each kind of field supports, as Jira displays them. */
export const SUPPORTED_OPERATORS: Readonly<Record<FieldSpec['kind'], readonly string[]>> = {
  value: ['=', '!=', 'in', 'not in', 'is', 'is not'],
  labels: ['=', '!=', 'in', 'not in', 'is', 'is not'],
  text: ['~', '!~', 'is', 'is not'],
  date: ['=', '!=', '<', '>', '<=', '>=', 'in', 'not in', 'is', 'is not'],
};

function present(value: string | null | undefined): readonly string[] {
  return value === null || value === undefined || value === '' ? [] : [value];
}

/** The values of a non-date field on an issue; empty when the field is empty. */
export function valuesOf(
  issue: JqlIssue,
  field: ValueFieldId | 'labels' | 'summary',
): readonly string[] {
  switch (field) {
    case 'labels':
      return issue.labels.filter((label) => label !== '');
    case 'project':
    case 'issuetype':
    case 'status':
    case 'key':
    case 'summary':
      return present(issue[field]);
    default:
      return field.startsWith('property[')
        ? propertyValues(issue.properties, field as PropertyFieldId).filter(
            (value): value is string => typeof value === 'string',
          )
        : present(issue.fields[field]);
  }
}

export function instantOf(issue: JqlIssue, field: DateFieldId): number | null {
  if (field === 'created' || field === 'updated' || field === 'resolved') return issue[field];
  const [value] = propertyValues(issue.properties, field);
  const instant = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isNaN(instant) ? null : instant;
}

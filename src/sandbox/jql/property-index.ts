/**
 * The issue entity properties Jira indexes for JQL, as an app's `jira:entityProperty` module
 * declares them: Jalon's own (see manifest.yml), so that the sandbox answers the searches that
 * a real site with Jalon installed answers.
 */
export interface IndexedProperty {
  readonly alias: string;
  readonly propertyKey: string;
  /** Dotted path inside the property's value; an array there is indexed element by element. */
  readonly path: string;
  readonly type: 'string' | 'date' | 'number';
}

export const INDEXED_PROPERTIES: readonly IndexedProperty[] = [
  { alias: 'jalonEtat', propertyKey: 'jalon.delais', path: 'state', type: 'string' },
  { alias: 'jalonEcheance', propertyKey: 'jalon.delais', path: 'nextDueAt', type: 'date' },
  { alias: 'jalonChangement', propertyKey: 'jalon.delais', path: 'nextChangeAt', type: 'date' },
  {
    alias: 'jalonResteHeures',
    propertyKey: 'jalon.delais',
    path: 'remainingHours',
    type: 'number',
  },
  { alias: 'jalonDelai', propertyKey: 'jalon.delais', path: 'clockStates', type: 'string' },
  { alias: 'jalonDepasse', propertyKey: 'jalon.delais', path: 'breached', type: 'string' },
];

/** A property path as a JQL field id: `property[jalon.delais].nextChangeAt`. */
export type PropertyFieldId = `property[${string}].${string}`;

const byAlias = new Map(INDEXED_PROPERTIES.map((p) => [p.alias.toLowerCase(), p]));

/** The indexed property a JQL name designates (its alias, any case), if any. */
export function indexedProperty(
  name: string,
): { readonly id: PropertyFieldId; readonly type: IndexedProperty['type'] } | null {
  const property = byAlias.get(name.toLowerCase());
  return property === undefined
    ? null
    : { id: `property[${property.propertyKey}].${property.path}`, type: property.type };
}

/** The values at a property field of an issue's properties: strings, or numbers for instants. */
export function propertyValues(
  properties: Readonly<Record<string, unknown>> | undefined,
  id: PropertyFieldId,
): readonly unknown[] {
  const match = /^property\[(.+)\]\.(.+)$/.exec(id);
  if (match === null || properties === undefined) return [];
  let value: unknown = properties[match[1] ?? ''];
  for (const step of (match[2] ?? '').split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    value = (value as Record<string, unknown>)[step];
  }
  const values = Array.isArray(value) ? (value as unknown[]) : [value];
  return values.filter((v) => v !== null && v !== undefined && v !== '');
}

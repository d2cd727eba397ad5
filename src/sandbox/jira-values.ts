import { DateTime } from 'luxon';
import { isIsoDate } from '../core/time';
import { displayValue } from '../jira/display-value';
import { parseJiraTimestamp } from '../jira/jira-time';
import { jiraTimestamp, member } from './jira-site';
import type { SandboxField, SandboxHistory } from './state';

/**
 * Field values as Jira takes them in `fields` of a create or edit request, as it stores and
 * shows them, and as it writes their changes in the changelog.
 */

type Kind = 'text' | 'number' | 'date' | 'datetime' | 'option' | 'list' | 'user' | 'named' | 'raw';
export type ChangeItem = SandboxHistory['items'][number];

function kindOf(field: SandboxField): Kind {
  switch (field.type) {
    case 'string':
      return 'text';
    case 'number':
    case 'date':
    case 'datetime':
    case 'option':
    case 'user':
      return field.type;
    case 'array':
      return 'list';
    case 'priority':
    case 'resolution':
      return 'named';
    default:
      return 'raw';
  }
}

/** A stable numeric id for a name (FNV-1a), as Jira would have given an option or priority. */
export function idOf(name: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return String(10000 + ((hash >>> 0) % 90000));
}

const option = (value: string, baseUrl: string) => ({
  self: `${baseUrl}/rest/api/3/customFieldOption/${idOf(value)}`,
  value,
  id: idOf(value),
});

export interface ValueContext {
  readonly zone: string;
  readonly baseUrl: string;
  /** The value of an option id already used in this field, if any. */
  readonly optionValue: (fieldId: string, id: string) => string | null;
}

export type Converted = { readonly value: unknown } | { readonly error: string };

/** What Jira stores for an input value of a field, or Jira's sentence for a value it refuses. */
export function storedValue(field: SandboxField, input: unknown, context: ValueContext): Converted {
  const kind = kindOf(field);
  if (input === null) return { value: kind === 'list' ? [] : null };
  const invalid = { error: `Specify a valid value for ${field.name}` };
  switch (kind) {
    case 'text':
      return typeof input === 'string' ? { value: input } : invalid;
    case 'number':
      return typeof input === 'number' && Number.isFinite(input) ? { value: input } : invalid;
    case 'date':
      return typeof input === 'string' && isIsoDate(input) ? { value: input } : invalid;
    case 'datetime': {
      // Jira keeps seconds: the milliseconds of a value are dropped.
      const ms = typeof input === 'string' ? parseJiraTimestamp(input) : undefined;
      if (ms === undefined) return invalid;
      return { value: jiraTimestamp(ms - (((ms % 1000) + 1000) % 1000), context.zone) };
    }
    case 'option': {
      const value = member(input, 'value') ?? optionById(field, input, context);
      return value === null ? invalid : { value: option(value, context.baseUrl) };
    }
    case 'list':
      return listValue(field, input, context) ?? invalid;
    case 'user': {
      const accountId = member(input, 'accountId');
      if (accountId === null) return invalid;
      const displayName = member(input, 'displayName') ?? accountId;
      return { value: { accountId, displayName, active: true, accountType: 'atlassian' } };
    }
    case 'named': {
      const name = member(input, 'name');
      return name === null ? invalid : { value: { id: idOf(name), name } };
    }
    case 'raw':
      return { value: input };
  }
}

function optionById(field: SandboxField, input: unknown, context: ValueContext): string | null {
  const id = member(input, 'id');
  return id === null ? null : context.optionValue(field.id, id);
}

/** Labels (strings) or options (`{ value }`), all of one kind. */
function listValue(field: SandboxField, input: unknown, context: ValueContext): Converted | null {
  if (!Array.isArray(input)) return null;
  const items: readonly unknown[] = input;
  if (items.every((item) => typeof item === 'string')) return { value: [...items] };
  const values = items.map((item) => member(item, 'value') ?? optionById(field, item, context));
  if (values.some((value) => value === null)) return null;
  return { value: values.map((value) => option(value ?? '', context.baseUrl)) };
}

const same = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** How a French Jira shows a datetime in `fromString`/`toString`: `02/04/26 16:30`. */
function shownTimestamp(raw: string, zone: string): string {
  const ms = parseJiraTimestamp(raw);
  return ms === undefined ? raw : DateTime.fromMillis(ms, { zone }).toFormat('dd/MM/yy HH:mm');
}

/** `from`/`fromString` (or `to`/`toString`) of one side of a change. */
function side(field: SandboxField, value: unknown, zone: string): [string | null, string | null] {
  if (value === null || value === undefined) return [null, null];
  switch (kindOf(field)) {
    case 'option':
    case 'named':
      return [member(value, 'id'), member(value, 'value') ?? member(value, 'name')];
    case 'user':
      return [member(value, 'accountId'), member(value, 'displayName')];
    case 'date':
      return typeof value === 'string' ? [value, `${value} 00:00:00.0`] : [null, null];
    case 'datetime':
      return typeof value === 'string' ? [value, shownTimestamp(value, zone)] : [null, null];
    case 'list': {
      const items: readonly unknown[] = Array.isArray(value) ? value : [];
      const texts = items.map(displayValue).filter((t) => t !== null);
      const joined = texts.join(field.id === 'labels' ? ' ' : ', ');
      return [null, joined === '' ? null : joined];
    }
    default:
      return [null, displayValue(value)];
  }
}

/**
 * The changelog item of a field going from `before` to `after` (datetimes shown in `zone`);
 * null when nothing changed.
 */
export function changeItem(
  field: SandboxField,
  before: unknown,
  after: unknown,
  zone: string,
): ChangeItem | null {
  if (same(before, after)) return null;
  const [from, fromString] = side(field, before, zone);
  const [to, toString] = side(field, after, zone);
  return {
    field: field.custom ? field.name : field.id,
    fieldId: field.id,
    fieldtype: field.custom ? 'custom' : 'jira',
    from,
    fromString,
    to,
    toString,
  };
}

import { jiraTimestamp, member, replaceIssue, siteFields } from './jira-site';
import { changeItem, storedValue, type ChangeItem, type ValueContext } from './jira-values';
import type { SandboxContext } from './routes';
import type { SandboxField, SandboxIssue, SandboxState } from './state';

/** Fields a `fields` edit never sets: Jira moves them by transitions or sets them itself. */
const NOT_SETTABLE = new Set([
  'status',
  'project',
  'issuetype',
  'created',
  'updated',
  'resolution',
  'resolutiondate',
  'issuelinks',
]);

/** Jira's sentence for a field it cannot set. */
export const cannotSet = (id: string): string =>
  `Field '${id}' cannot be set. It is not on the appropriate screen, or unknown.`;

export function valueContext(context: SandboxContext): ValueContext {
  return {
    zone: context.zone,
    baseUrl: context.baseUrl,
    optionValue: (fieldId, id) => optionValue(context.state, fieldId, id),
  };
}

/** The value of an option id already seen in a field, on any issue. */
function optionValue(state: SandboxState, fieldId: string, id: string): string | null {
  for (const issue of state.issues) {
    const value = issue.fields[fieldId];
    const options: readonly unknown[] = Array.isArray(value) ? value : [value];
    for (const candidate of options)
      if (member(candidate, 'id') === id) return member(candidate, 'value');
  }
  return null;
}

export type FieldValues = Readonly<Record<string, unknown>>;

/** The stored values of a request's `fields`, or Jira's errors by field. */
export function convertFields(
  context: SandboxContext,
  input: FieldValues,
): { readonly values: FieldValues } | { readonly errors: Readonly<Record<string, string>> } {
  const byId = new Map(siteFields(context.state).map((field) => [field.id, field]));
  const values: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const [id, raw] of Object.entries(input)) {
    const field = byId.get(id);
    if (field === undefined || NOT_SETTABLE.has(id)) {
      errors[id] = cannotSet(id);
      continue;
    }
    const converted = storedValue(field, raw, valueContext(context));
    if ('error' in converted) errors[id] = converted.error;
    else values[id] = converted.value;
  }
  return Object.keys(errors).length > 0 ? { errors } : { values };
}

/** The changelog items of new values over an issue's current ones (unchanged fields give none). */
export function changesOf(
  context: SandboxContext,
  issue: SandboxIssue,
  values: FieldValues,
): ChangeItem[] {
  const fields = siteFields(context.state);
  const byId = new Map<string, SandboxField>(fields.map((field) => [field.id, field]));
  return Object.entries(values).flatMap(([id, value]) => {
    const field = byId.get(id);
    const item =
      field === undefined ? null : changeItem(field, issue.fields[id], value, context.zone);
    return item === null ? [] : [item];
  });
}

/**
 * The state after an issue changed: new field values, one history entry (by the request's user,
 * dated `now`) with every item, `updated` set to `now`. Nothing changes when there is no item.
 */
export function commitChange(
  context: SandboxContext,
  issue: SandboxIssue,
  values: FieldValues,
  items: readonly ChangeItem[],
  author: SandboxContext['user'] = context.user,
): SandboxState {
  const state = context.state;
  if (items.length === 0) return state;
  const created = jiraTimestamp(context.now, context.zone);
  const history = { id: String(state.next.history), created, author: { ...author }, items };
  const next: SandboxIssue = {
    ...issue,
    fields: { ...issue.fields, ...values, updated: created },
    histories: [...issue.histories, history],
  };
  const moved = replaceIssue(state, next);
  return { ...moved, next: { ...moved.next, history: moved.next.history + 1 } };
}

import type { SandboxHistory, SandboxIssue } from '../state';
import type { DraftStep, DraftValue, IssueDraft } from './draft';
import { CUSTOM_FIELDS, type CustomKey, type FieldKey } from './fields';
import {
  RESOLUTION_DONE,
  isDone,
  issueTypeJson,
  jiraTimestamp,
  optionId,
  optionJson,
  projectJson,
  shownTimestamp,
  statusId,
  statusJson,
  userJson,
  type StatusName,
} from './jira-json';

type Item = SandboxHistory['items'][number];

function instantOf(key: FieldKey, value: DraftValue): number {
  if (typeof value !== 'number') throw new TypeError(`${key}: a datetime is epoch ms`);
  return value;
}

/** The value Jira holds in `fields` for a custom field. */
function fieldJson(key: CustomKey, value: DraftValue): unknown {
  const { kind } = CUSTOM_FIELDS[key];
  if (value === null) return null;
  if (kind === 'option') return optionJson(key, String(value));
  if (kind === 'datetime') return jiraTimestamp(instantOf(key, value));
  return value;
}

/** One side of a changelog item: `[from, fromString]` as Jira writes it for the field's kind. */
function side(key: FieldKey, value: DraftValue): readonly [string | null, string | null] {
  if (value === null) return [null, null];
  if (key === 'status') return [statusId(value as StatusName), String(value)];
  const { kind } = CUSTOM_FIELDS[key];
  if (kind === 'option') return [optionId(key, String(value)), String(value)];
  if (kind === 'datetime') {
    const ms = instantOf(key, value);
    return [jiraTimestamp(ms), shownTimestamp(ms)];
  }
  if (kind === 'date') return [String(value), `${String(value)} 00:00:00.0`];
  if (kind === 'object') throw new TypeError(`${key}: object fields have no changelog here`);
  return [null, String(value)];
}

function itemOf(key: FieldKey, from: DraftValue, to: DraftValue): Item {
  const [rawFrom, fromString] = side(key, from);
  const [rawTo, toString] = side(key, to);
  const isStatus = key === 'status';
  return {
    field: isStatus ? 'status' : CUSTOM_FIELDS[key].name,
    fieldId: isStatus ? 'status' : CUSTOM_FIELDS[key].id,
    fieldtype: isStatus ? 'jira' : 'custom',
    from: rawFrom,
    fromString,
    to: rawTo,
    toString,
  };
}

export interface IssueIds {
  readonly id: string;
  readonly key: string;
  /** The id of the issue's first history entry; the next ones follow. */
  readonly firstHistory: number;
}

/** The steps that happened before `end`, in time order (stable for equal instants). */
function keptSteps(draft: IssueDraft, end: number): DraftStep[] {
  return draft.steps
    .map((step, index) => ({ step, index }))
    .filter(({ step }) => step.at < end && step.at > draft.created)
    .sort((a, b) => a.step.at - b.step.at || a.index - b.index)
    .map(({ step }) => step);
}

/**
 * The sandbox issue of a draft as it stands at `end`: the changes before `end` become its
 * changelog (oldest first, one entry per step, only the values that really change), the values
 * they leave become its fields.
 */
export function buildIssue(draft: IssueDraft, ids: IssueIds, end: number): SandboxIssue {
  const current = new Map<FieldKey, DraftValue>(
    Object.entries(draft.initial) as [FieldKey, DraftValue][],
  );
  let status = draft.initial.status;
  let resolvedAt: number | null = null;
  const histories: SandboxHistory[] = [];
  let updated = draft.created;
  for (const step of keptSteps(draft, end)) {
    const items: Item[] = [];
    for (const [key, to] of Object.entries(step.set) as [FieldKey, DraftValue][]) {
      const from = current.get(key) ?? null;
      if (from === to) continue;
      items.push(itemOf(key, from, to));
      current.set(key, to);
    }
    if (items.length === 0) continue;
    const next = step.set.status ?? status;
    if (next !== status && isDone(next) && !isDone(status)) resolvedAt = step.at;
    status = next;
    updated = step.at;
    histories.push({
      id: String(ids.firstHistory + histories.length),
      created: jiraTimestamp(step.at),
      author: { accountId: step.author.accountId, displayName: step.author.displayName },
      items,
    });
  }
  const done = isDone(status);
  const fields: Record<string, unknown> = {
    summary: draft.summary,
    status: statusJson(status),
    issuetype: issueTypeJson(draft.issueType),
    project: projectJson(draft.project),
    labels: [...draft.labels],
    created: jiraTimestamp(draft.created),
    updated: jiraTimestamp(updated),
    resolution: done ? RESOLUTION_DONE : null,
    resolutiondate: done && resolvedAt !== null ? jiraTimestamp(resolvedAt) : null,
    reporter: userJson(draft.reporter),
    assignee: draft.assignee === null ? null : userJson(draft.assignee),
  };
  for (const [key, value] of current)
    if (key !== 'status' && value !== null) fields[CUSTOM_FIELDS[key].id] = fieldJson(key, value);
  for (const [key, value] of Object.entries(draft.objects ?? {}))
    if (value !== undefined) fields[CUSTOM_FIELDS[key as 'lines' | 'invoices'].id] = value;
  return {
    id: ids.id,
    key: ids.key,
    project: draft.project,
    fields,
    histories,
    properties: {},
  };
}

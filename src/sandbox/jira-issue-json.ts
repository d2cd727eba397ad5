import { displayValue } from '../jira/display-value';
import { parseJiraTimestamp } from '../jira/jira-time';
import type { JqlIssue } from './jql';
import { LIST_FIELDS, member, text } from './jira-site';
import type { SandboxField, SandboxHistory, SandboxIssue } from './state';

/** Which parts of an issue a read asked for (`fields`, `expand`, `properties`). */
export interface IssueProjection {
  /** Field ids; `all` for every field of the site; `id` alone for the bare `{ id }`. */
  readonly fields: readonly string[] | 'all' | 'id';
  readonly names: boolean;
  readonly changelog: boolean;
  readonly properties: readonly string[];
}

/** `fields` of a request (a list, or one comma-separated text): `*all`, `*navigable`, ids. */
export function requestedFields(
  requested: readonly string[] | undefined,
): IssueProjection['fields'] {
  const ids = (requested ?? []).flatMap((f) => f.split(',')).map((f) => f.trim());
  const kept = ids.filter((f) => f !== '' && !f.startsWith('-'));
  if (kept.includes('*all') || kept.includes('*navigable')) return 'all';
  const fields = [...new Set(kept.filter((f) => f !== 'id' && f !== 'key'))];
  return fields.length === 0 && !kept.includes('key') ? 'id' : fields;
}

/** `expand` as a comma-separated text (search) or query parameter (GET issue). */
export function expansions(expand: string | null | undefined): ReadonlySet<string> {
  return new Set((expand ?? '').split(',').map((part) => part.trim()));
}

/** `PageOfChangelogs`: every history entry, newest first, as Jira embeds it. */
export function changelogPage(histories: readonly SandboxHistory[]) {
  return {
    startAt: 0,
    maxResults: histories.length,
    total: histories.length,
    histories: [...histories].reverse(),
  };
}

/** The projected `fields` of an issue: a site field without value is null (`[]` for lists). */
function projectFields(
  issue: SandboxIssue,
  site: ReadonlyMap<string, SandboxField>,
  wanted: readonly string[] | 'all',
): Record<string, unknown> {
  const ids =
    wanted === 'all' ? [...new Set([...site.keys(), ...Object.keys(issue.fields)])] : wanted;
  const fields: Record<string, unknown> = {};
  for (const id of ids) {
    if (Object.hasOwn(issue.fields, id)) fields[id] = issue.fields[id];
    else if (site.has(id)) fields[id] = LIST_FIELDS.has(id) ? [] : null;
  }
  return fields;
}

/** Field id → display name, for the fields a projection shows (those the site has). */
export function namesFor(
  fields: IssueProjection['fields'],
  site: ReadonlyMap<string, SandboxField>,
): Record<string, string> {
  if (fields === 'id') return {};
  const ids = fields === 'all' ? [...site.keys()] : fields.filter((id) => site.has(id));
  return Object.fromEntries(ids.map((id) => [id, site.get(id)?.name ?? id]));
}

/** `IssueBean` of an issue, projected as asked. */
export function issueBean(
  issue: SandboxIssue,
  site: ReadonlyMap<string, SandboxField>,
  projection: IssueProjection,
  baseUrl: string,
): Record<string, unknown> {
  if (projection.fields === 'id' && !projection.changelog && projection.properties.length === 0)
    return { id: issue.id };
  const fields = projection.fields === 'id' ? {} : projectFields(issue, site, projection.fields);
  const properties = Object.fromEntries(
    projection.properties.flatMap((key) =>
      Object.hasOwn(issue.properties, key) ? [[key, issue.properties[key]]] : [],
    ),
  );
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: `${baseUrl}/rest/api/3/issue/${issue.id}`,
    key: issue.key,
    fields,
    ...(projection.properties.length === 0 ? {} : { properties }),
    ...(projection.changelog ? { changelog: changelogPage(issue.histories) } : {}),
  };
}

const instant = (value: unknown): number | null => {
  const raw = text(value);
  return raw === null ? null : (parseJiraTimestamp(raw) ?? null);
};

/** The issue as the JQL engine reads it: system values by name, custom fields as displayed. */
export function toJqlIssue(issue: SandboxIssue): JqlIssue {
  const created = instant(issue.fields.created) ?? 0;
  const labels = issue.fields.labels;
  const custom = Object.entries(issue.fields).filter(([id]) => id.startsWith('customfield_'));
  return {
    key: issue.key,
    project: member(issue.fields.project, 'key') ?? issue.project,
    issuetype: member(issue.fields.issuetype, 'name') ?? '',
    status: member(issue.fields.status, 'name') ?? '',
    labels: Array.isArray(labels) ? labels.filter((l): l is string => typeof l === 'string') : [],
    summary: text(issue.fields.summary) ?? '',
    created,
    updated: instant(issue.fields.updated) ?? created,
    resolved: instant(issue.fields.resolutiondate),
    fields: Object.fromEntries(custom.map(([id, value]) => [id, displayValue(value)])),
    properties: issue.properties,
  };
}

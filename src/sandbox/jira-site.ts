import { DateTime } from 'luxon';
import type {
  SandboxField,
  SandboxIssue,
  SandboxIssueType,
  SandboxProject,
  SandboxState,
  SandboxStatus,
} from './state';

/**
 * The Jira site the sandbox state describes: its fields, statuses, projects and issue types
 * (declared in the state or read off the issues), and the JSON shapes Jira gives them.
 */

/** System fields every Jira site has, with a French site's names; the state may rename them. */
const SYSTEM_FIELDS: readonly SandboxField[] = [
  { id: 'summary', name: 'Résumé', custom: false, type: 'string' },
  { id: 'status', name: 'État', custom: false, type: 'status' },
  { id: 'issuetype', name: 'Type de ticket', custom: false, type: 'issuetype' },
  { id: 'project', name: 'Projet', custom: false, type: 'project' },
  { id: 'labels', name: 'Étiquettes', custom: false, type: 'array' },
  { id: 'created', name: 'Création', custom: false, type: 'datetime' },
  { id: 'updated', name: 'Mise à jour', custom: false, type: 'datetime' },
  { id: 'resolution', name: 'Résolution', custom: false, type: 'resolution' },
  { id: 'resolutiondate', name: 'Résolue', custom: false, type: 'datetime' },
  { id: 'issuelinks', name: 'Tickets liés', custom: false, type: 'array' },
  { id: 'duedate', name: 'Échéance', custom: false, type: 'date' },
  { id: 'reporter', name: 'Rapporteur', custom: false, type: 'user' },
  { id: 'assignee', name: 'Responsable', custom: false, type: 'user' },
];

/** System fields whose empty value is an empty list rather than null. */
export const LIST_FIELDS: ReadonlySet<string> = new Set(['labels', 'issuelinks']);

export function siteFields(state: SandboxState): SandboxField[] {
  const declared = new Set(state.fields.map((field) => field.id));
  return [...SYSTEM_FIELDS.filter((field) => !declared.has(field.id)), ...state.fields];
}

const object = (value: unknown): Readonly<Record<string, unknown>> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Readonly<Record<string, unknown>>)
    : null;

export const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A property of a JSON object field, as text (`fields.status.name`). */
export function member(value: unknown, key: string): string | null {
  return text(object(value)?.[key]);
}

/** A status's category key; Jira's `undefined` category reads as in progress. */
function categoryOf(status: unknown): SandboxStatus['category'] {
  const key = member(object(status)?.statusCategory, 'key');
  return key === 'new' || key === 'done' ? key : 'indeterminate';
}

/** Catalogue entries declared in the state, then those found on issues, unique by id. */
function catalogue<T extends { readonly id: string }>(
  declared: readonly T[] | undefined,
  found: (issue: SandboxIssue) => T | null,
  issues: readonly SandboxIssue[],
): T[] {
  const byId = new Map<string, T>();
  for (const entry of declared ?? []) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  for (const issue of issues) {
    const entry = found(issue);
    if (entry !== null && !byId.has(entry.id)) byId.set(entry.id, entry);
  }
  return [...byId.values()];
}

export function siteStatuses(state: SandboxState): SandboxStatus[] {
  return catalogue(
    state.statuses,
    (issue) => {
      const [id, name] = [member(issue.fields.status, 'id'), member(issue.fields.status, 'name')];
      return id === null || name === null
        ? null
        : { id, name, category: categoryOf(issue.fields.status) };
    },
    state.issues,
  );
}

export function siteProjects(state: SandboxState): SandboxProject[] {
  return catalogue(
    state.projects,
    (issue) => {
      const project = issue.fields.project;
      const [id, key] = [member(project, 'id'), member(project, 'key')];
      return id === null || key === null ? null : { id, key, name: member(project, 'name') ?? key };
    },
    state.issues,
  );
}

export function siteIssueTypes(state: SandboxState): SandboxIssueType[] {
  return catalogue(
    state.issueTypes,
    (issue) => {
      const [id, name] = [
        member(issue.fields.issuetype, 'id'),
        member(issue.fields.issuetype, 'name'),
      ];
      return id === null || name === null ? null : { id, name };
    },
    state.issues,
  );
}

/** Issues by id and by key, built once per issue list: state changes replace the list. */
const issueIndexes = new WeakMap<readonly SandboxIssue[], ReadonlyMap<string, SandboxIssue>>();

function issueIndex(issues: readonly SandboxIssue[]): ReadonlyMap<string, SandboxIssue> {
  let index = issueIndexes.get(issues);
  if (index === undefined) {
    const built = new Map<string, SandboxIssue>();
    // Keys first, then ids: an id wins over a key spelled like it, as the linear search did.
    for (const issue of issues) if (!built.has(issue.key)) built.set(issue.key, issue);
    for (const issue of issues) built.set(issue.id, issue);
    index = built;
    issueIndexes.set(issues, index);
  }
  return index;
}

/** The issue with this id or key (`10042`, `DEM-12`), keys compared as Jira does, upper case. */
export function findIssue(state: SandboxState, idOrKey: string): SandboxIssue | undefined {
  const index = issueIndex(state.issues);
  return index.get(idOrKey) ?? index.get(idOrKey.toUpperCase());
}

export function replaceIssue(state: SandboxState, issue: SandboxIssue): SandboxState {
  return { ...state, issues: state.issues.map((i) => (i.id === issue.id ? issue : i)) };
}

/** Jira's timestamp of an instant in the site's zone: `2026-03-02T10:00:00.000+0100`. */
export function jiraTimestamp(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZZZ");
}

const CATEGORY_JSON = {
  new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'À faire' },
  indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'En cours' },
  done: { id: 3, key: 'done', colorName: 'green', name: 'Terminé' },
} as const;

/** `StatusDetails`, as Jira puts it in `fields.status` and in a transition's `to`. */
export function statusJson(status: SandboxStatus, baseUrl: string): Record<string, unknown> {
  const category = CATEGORY_JSON[status.category];
  return {
    self: `${baseUrl}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${baseUrl}/images/icons/statuses/generic.png`,
    name: status.name,
    id: status.id,
    statusCategory: { self: `${baseUrl}/rest/api/3/statuscategory/${category.id}`, ...category },
  };
}

export function projectJson(project: SandboxProject, baseUrl: string): Record<string, unknown> {
  const self = `${baseUrl}/rest/api/3/project/${project.id}`;
  return { self, id: project.id, key: project.key, name: project.name, projectTypeKey: 'software' };
}

export function issueTypeJson(type: SandboxIssueType, baseUrl: string): Record<string, unknown> {
  const self = `${baseUrl}/rest/api/3/issuetype/${type.id}`;
  return { self, id: type.id, name: type.name, subtask: false, hierarchyLevel: 0 };
}

/** The numeric part of an issue key (`DEM-12` → 12). */
export function keyNumber(key: string): number {
  return Number(/-(\d+)$/.exec(key)?.[1] ?? '0');
}

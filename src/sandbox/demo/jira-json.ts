import { DateTime } from 'luxon';
import { ZoneOffsets } from '../../core/time/zone';
import type { SandboxIssueType, SandboxProject, SandboxStatus } from '../state';
import { CUSTOM_FIELDS, OPTION_IDS, type CustomKey } from './fields';

/** Jira's values as `POST /rest/api/3/search/jql` sends them, for the demo site. */

export const SITE = 'https://jalon-demo.atlassian.net';
const API = `${SITE}/rest/api/3`;
export const ZONE = 'Europe/Paris';

/** The site zone's offsets (luxon's zone database, looked up per year: fast in bulk). */
export const SITE_ZONE = new ZoneOffsets(ZONE);
const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * `2026-03-02T10:00:00.000+0100`: Jira's timestamp, in the site's zone. `Date` only shifts and
 * prints in UTC (never the process zone).
 */
export function jiraTimestamp(ms: number): string {
  const offset = SITE_ZONE.offsetAt(Math.floor(ms / 60_000));
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}${pad2(abs % 60)}`;
}

/** How Jira shows a datetime in a changelog's `fromString`/`toString` (French locale). */
export function shownTimestamp(ms: number): string {
  return DateTime.fromMillis(ms, { zone: ZONE }).toFormat('dd/MM/yy HH:mm');
}

/** The civil date of an instant in the site's zone, `YYYY-MM-DD`. */
export function localDate(ms: number): string {
  return DateTime.fromMillis(ms, { zone: ZONE }).toFormat('yyyy-MM-dd');
}

type Category = 'new' | 'indeterminate' | 'done';

const CATEGORIES = {
  new: {
    self: `${API}/statuscategory/2`,
    id: 2,
    key: 'new',
    colorName: 'blue-gray',
    name: 'À faire',
  },
  indeterminate: {
    self: `${API}/statuscategory/4`,
    id: 4,
    key: 'indeterminate',
    colorName: 'yellow',
    name: 'En cours',
  },
  done: {
    self: `${API}/statuscategory/3`,
    id: 3,
    key: 'done',
    colorName: 'green',
    name: 'Terminé',
  },
} as const;

/** The workflow statuses of both presets, with stable ids and Jira categories. */
const STATUSES = {
  'À faire': ['10000', 'new'],
  'En cours': ['3', 'indeterminate'],
  'Attente information': ['10001', 'indeterminate'],
  'En validation': ['10002', 'indeterminate'],
  Résolu: ['5', 'done'],
  Fermé: ['6', 'done'],
  'Besoin exprimé': ['10003', 'new'],
  'Devis transmis': ['10004', 'indeterminate'],
  'BC reçu': ['10005', 'indeterminate'],
  'BC accepté': ['10006', 'indeterminate'],
  Livré: ['10007', 'indeterminate'],
  'En vérification': ['10008', 'indeterminate'],
  Validé: ['10009', 'done'],
  Facturé: ['10010', 'done'],
  Réglé: ['10011', 'done'],
} as const satisfies Record<string, readonly [string, Category]>;

export type StatusName = keyof typeof STATUSES;

/** Every status of the two workflows, for the site's catalogue (`SandboxState.statuses`). */
export const DEMO_STATUSES: readonly SandboxStatus[] = Object.entries(STATUSES).map(
  ([name, [id, category]]) => ({ id, name, category }),
);

export function statusId(name: StatusName): string {
  return STATUSES[name][0];
}

export function isDone(name: StatusName): boolean {
  return STATUSES[name][1] === 'done';
}

/** `fields.status`. */
export function statusJson(name: StatusName): Record<string, unknown> {
  const [id, category] = STATUSES[name];
  return { self: `${API}/status/${id}`, name, id, statusCategory: CATEGORIES[category] };
}

/** `fields.resolution` of a done issue. */
export const RESOLUTION_DONE = {
  self: `${API}/resolution/10000`,
  id: '10000',
  name: 'Terminé',
  description: 'Le travail sur ce ticket est terminé.',
};

export function optionId(key: CustomKey, value: string): string {
  const id = OPTION_IDS.get(`${CUSTOM_FIELDS[key].id}:${value}`);
  if (id === undefined) throw new RangeError(`No option « ${value} » for ${key}`);
  return id;
}

/** A custom option value: `{ self, value, id }`. */
export function optionJson(key: CustomKey, value: string): Record<string, unknown> {
  const id = optionId(key, value);
  return { self: `${API}/customFieldOption/${id}`, value, id };
}

export const ISSUE_TYPES = {
  Anomalie: '10001',
  Incident: '10002',
  'Anomalie documentaire': '10003',
  "Demande d'assistance": '10004',
  Commande: '10005',
  'Maintenance UO-9': '10006',
} as const;

export type IssueTypeName = keyof typeof ISSUE_TYPES;

export const DEMO_ISSUE_TYPES: readonly SandboxIssueType[] = Object.entries(ISSUE_TYPES).map(
  ([name, id]) => ({ id, name }),
);

export function issueTypeJson(name: IssueTypeName): Record<string, unknown> {
  const id = ISSUE_TYPES[name];
  return { self: `${API}/issuetype/${id}`, id, name, subtask: false, hierarchyLevel: 0 };
}

export const PROJECTS = {
  DEM: { id: '10000', name: "DEMAT'ADS — TMA" },
  INC: { id: '10001', name: "DEMAT'ADS — Infogérance" },
  ATIH: { id: '10002', name: 'ATIH — Restitution de données' },
} as const;

export type ProjectKey = keyof typeof PROJECTS;

export const DEMO_PROJECTS: readonly SandboxProject[] = Object.entries(PROJECTS).map(
  ([key, { id, name }]) => ({ id, key, name }),
);

export function projectJson(key: ProjectKey): Record<string, unknown> {
  const { id, name } = PROJECTS[key];
  return { self: `${API}/project/${id}`, id, key, name, projectTypeKey: 'software' };
}

/** A Jira user of the demo site. */
export interface Person {
  readonly accountId: string;
  readonly displayName: string;
}

export function userJson(person: Person): Record<string, unknown> {
  return {
    self: `${API}/user?accountId=${person.accountId}`,
    accountId: person.accountId,
    displayName: person.displayName,
    active: true,
    timeZone: ZONE,
    accountType: 'atlassian',
  };
}

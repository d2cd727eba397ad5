import { isIsoDate } from '../../src/core/time';
import { parseJiraTimestamp } from '../../src/jira/jira-time';

/**
 * Jira's JSON shapes for test fixtures (see `jira-fixtures.ts`): users, statuses, options and
 * changelog items as `POST /rest/api/3/search/jql` returns them, with stable made-up ids.
 */

/** How a field's value is shaped in `fields` and in changelog items. */
export type FieldKind = 'text' | 'number' | 'date' | 'datetime' | 'option' | 'options' | 'user';
export type Kind = FieldKind | 'named' | 'status';
export type JiraJson = Readonly<Record<string, unknown>>;

export interface FieldSpec {
  readonly name: string;
  readonly kind: Kind;
  readonly initial?: unknown;
}

export interface ChangeSpec {
  readonly at: string;
  readonly author: string | null;
  readonly fieldId: string;
  readonly from: string | null;
  readonly to: string | null;
}

export const API = 'https://jalon-demo.atlassian.net/rest/api/3';
const AVATAR = 'https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/initials';
export const SYSTEM_NAMES = {
  status: 'État',
  issuetype: 'Type de ticket',
  project: 'Projet',
  labels: 'Étiquettes',
  created: 'Création',
  updated: 'Mise à jour',
};

/** A stable numeric id for a name (FNV-1a), as Jira would have given it. */
export function idOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return String(10000 + ((hash >>> 0) % 90000));
}

const avatars = (name: string) =>
  Object.fromEntries([16, 24, 32, 48].map((s) => [`${s}x${s}`, `${AVATAR}/${name}.png?size=${s}`]));

export function user(displayName: string): JiraJson {
  const accountId = `712020:${idOf(displayName)}`;
  return {
    self: `${API}/user?accountId=${accountId}`,
    accountId,
    avatarUrls: avatars(idOf(displayName)),
    displayName,
    active: true,
    timeZone: 'Europe/Paris',
    accountType: 'atlassian',
  };
}

export function status(name: string): JiraJson {
  const key = /^(à faire|nouveau|ouvert)/i.test(name)
    ? 'new'
    : /(clos|termin|résolu|annul)/i.test(name)
      ? 'done'
      : 'indeterminate';
  const category = { self: `${API}/statuscategory/${key}`, key, name: key };
  return { self: `${API}/status/${idOf(name)}`, name, id: idOf(name), statusCategory: category };
}

const option = (value: string) => ({
  self: `${API}/customFieldOption/${idOf(value)}`,
  value,
  id: idOf(value),
});

/** The value Jira shows in `fields` for a display string. */
export function rawValue(kind: Kind, text: string | null): unknown {
  if (text === null) return null;
  if (kind === 'number') return Number(text);
  if (kind === 'option') return option(text);
  if (kind === 'options') return text.split(', ').map(option);
  if (kind === 'user') return user(text);
  if (kind === 'status') return status(text);
  if (kind === 'named')
    return { self: `${API}/priority/${idOf(text)}`, name: text, id: idOf(text) };
  return text;
}

/** A changelog item as Jira writes it: ids (or dates) in `from`/`to`, display in `*String`. */
export function changeItem(
  id: string,
  spec: FieldSpec,
  change: ChangeSpec,
  withId: boolean,
): JiraJson {
  const custom = id.startsWith('customfield_');
  const ref = (text: string | null): string | null => {
    if (text === null || ['text', 'number', 'options'].includes(spec.kind)) return null;
    if (spec.kind === 'date' || spec.kind === 'datetime') return text;
    return spec.kind === 'user' ? `712020:${idOf(text)}` : idOf(text);
  };
  const shown = (text: string | null) =>
    spec.kind === 'date' && text !== null ? `${text} 00:00:00.0` : text;
  return {
    field: custom ? spec.name : id,
    fieldtype: custom ? 'custom' : 'jira',
    ...(withId ? { fieldId: id } : {}),
    from: ref(change.from),
    fromString: shown(change.from),
    to: ref(change.to),
    toString: shown(change.to),
  };
}

export function kindOf(value: unknown): Kind {
  if (typeof value === 'number') return 'number';
  if (Array.isArray(value)) return 'options';
  if (typeof value === 'string') {
    if (parseJiraTimestamp(value) !== undefined) return 'datetime';
    return isIsoDate(value) ? 'date' : 'text';
  }
  if (typeof value !== 'object' || value === null) return 'text';
  if ('accountId' in value || 'displayName' in value) return 'user';
  return 'value' in value ? 'option' : 'named';
}

/** Epoch ms of a fixture instant; a typo in a test fails loudly. */
export function instantOf(key: string, at: string): number {
  const ms = parseJiraTimestamp(at);
  if (ms === undefined) throw new Error(`aJiraIssue(${key}): unreadable instant ${at}`);
  return ms;
}

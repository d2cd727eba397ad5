import type { FieldChange, HistoryEvent, IssueHistory } from '../core/clocks/issue-history';
import { fail, succeed, type Failure, type Issue, type Result } from '../core/result';
import { parseWith } from '../core/validation';
import { changeValue, displayValue } from './display-value';
import { parseJiraTimestamp } from './jira-time';
import { StringPool } from './string-pool';
import {
  jiraIssueSchema,
  jiraSearchEnvelopeSchema,
  type JiraChangeItem,
  type JiraHistory,
  type JiraIssue,
} from './search-schemas';

/** Stable codes of the problems found while reading Jira's JSON. */
export const JIRA_CODES = {
  badSearchPage: 'JIRA.BAD_SEARCH_PAGE',
  badIssue: 'JIRA.BAD_ISSUE',
  changelogMissing: 'JIRA.CHANGELOG_MISSING',
  changelogTruncated: 'JIRA.CHANGELOG_TRUNCATED',
  badTimestamp: 'JIRA.BAD_TIMESTAMP',
} as const;

/** Shown as the author of a history entry that has none (some automation and system changes). */
export const NO_AUTHOR = '(sans auteur)';

const JIRA_FORMAT = '2026-04-02T16:30:00.000+0200';

/**
 * The field id of a changelog item: its `fieldId`, else the one id whose display name is the
 * item's `field` (same case), else `field` itself (system fields: `status`, `assignee`…).
 */
export function fieldIdOf(item: JiraChangeItem, names: Readonly<Record<string, string>>): string {
  if (item.fieldId !== undefined && item.fieldId !== '') return item.fieldId;
  const matches = Object.keys(names).filter((id) => names[id] === item.field);
  const [only] = matches;
  return matches.length === 1 && only !== undefined ? only : item.field;
}

function badTimestamp(key: string, where: string, value: string) {
  return fail(
    JIRA_CODES.badTimestamp,
    `Horodatage illisible « ${value} » dans ${key} (${where}) : Jira écrit les instants ainsi : ` +
      `${JIRA_FORMAT}. Corrigez la valeur ou relisez le ticket depuis Jira.`,
  );
}

function toEvent(
  history: JiraHistory,
  at: number,
  names: Readonly<Record<string, string>>,
  pool: StringPool,
): HistoryEvent {
  const changes: FieldChange[] = history.items.map((item) => ({
    field: pool.intern(fieldIdOf(item, names)),
    from: pool.intern(changeValue(item.from, item.fromString)),
    to: pool.intern(changeValue(item.to, item.toString)),
  }));
  const author = pool.intern(history.author?.displayName ?? NO_AUTHOR);
  return { id: history.id, at, author, changes };
}

/**
 * Maps one issue of a search response (read with `expand=names,changelog`) to the engine's
 * history. Fails when the changelog is missing or truncated, or a timestamp is unreadable:
 * a clock computed from a partial history would be silently wrong.
 */
export function toIssueHistory(
  issue: JiraIssue,
  names: Readonly<Record<string, string>>,
  pool: StringPool = new StringPool(),
): Result<IssueHistory> {
  const { key, fields, changelog } = issue;
  if (changelog === undefined) {
    return fail(
      JIRA_CODES.changelogMissing,
      `expand=changelog is missing for ${key} : la réponse de Jira ne contient pas l’historique ` +
        `du ticket. Ajoutez "changelog" au paramètre expand de la recherche ` +
        `(expand: "names,changelog") puis relancez-la.`,
    );
  }
  if (changelog.total > changelog.histories.length) {
    return fail(
      JIRA_CODES.changelogTruncated,
      `L’historique de ${key} est tronqué : Jira n’en a renvoyé que ` +
        `${changelog.histories.length} entrées sur ${changelog.total}. Lisez-le en entier avec ` +
        `GET /rest/api/3/issue/${key}/changelog (page par page) ou ` +
        `POST /rest/api/3/changelog/bulkfetch, puis recalculez.`,
    );
  }
  const created = parseJiraTimestamp(fields.created);
  if (created === undefined) return badTimestamp(key, 'fields.created', fields.created);
  // The page's names are shared by its issues unless an issue brings names of its own.
  const allNames = issue.names === undefined ? names : { ...names, ...issue.names };
  const events: HistoryEvent[] = [];
  for (const history of changelog.histories) {
    const at = parseJiraTimestamp(history.created);
    if (at === undefined) {
      return badTimestamp(key, `historique ${history.id}, created`, history.created);
    }
    events.push(toEvent(history, at, allNames, pool));
  }
  const values: Record<string, string | null> = {};
  for (const [id, value] of Object.entries(fields)) values[id] = pool.intern(displayValue(value));
  const links = (fields.issuelinks ?? []).flatMap((link) => {
    const other = link.outwardIssue ?? link.inwardIssue;
    return other === undefined ? [] : [{ type: link.type.name, key: other.key }];
  });
  return succeed({
    key,
    ...(issue.id === undefined ? {} : { id: issue.id }),
    ...(typeof fields.summary === 'string' ? { summary: fields.summary } : {}),
    issueType: pool.intern(fields.issuetype.name),
    project: pool.intern(fields.project.key),
    labels: fields.labels.map((label) => pool.intern(label)),
    created,
    fields: values,
    names: allNames,
    events,
    ...(fields.issuelinks === undefined ? {} : { links }),
  });
}

/** An issue left out of the reading, with the reason and what to fix. */
export interface JiraProblem {
  /** The issue key, or its JSON path when it has no readable key. */
  readonly key: string;
  readonly code: string;
  readonly message: string;
  readonly issues?: readonly Issue[];
}

export interface SearchReading {
  readonly histories: readonly IssueHistory[];
  readonly problems: readonly JiraProblem[];
}

function underPath(prefix: string, path: string): string {
  if (prefix === '' || path === '(racine)') return prefix === '' ? path : prefix;
  return path.startsWith('[') ? prefix + path : `${prefix}.${path}`;
}

function summarise(issues: readonly Issue[]): string {
  const [first] = issues;
  const more = issues.length > 1 ? ` (et ${issues.length - 1} autre(s) erreur(s))` : '';
  return first === undefined ? '' : `${first.path} : ${first.message}${more}`;
}

function keyOf(raw: unknown, path: string): string {
  const hasKey = typeof raw === 'object' && raw !== null && 'key' in raw;
  return hasKey && typeof raw.key === 'string' && raw.key !== '' ? raw.key : path;
}

function problemOf(key: string, failure: Failure): JiraProblem {
  const { code, message, issues } = failure;
  return issues === undefined ? { key, code, message } : { key, code, message, issues };
}

function readIssue(
  raw: unknown,
  path: string,
  names: Readonly<Record<string, string>>,
  pool: StringPool,
) {
  const parsed = parseWith(jiraIssueSchema, raw, JIRA_CODES.badIssue, 'Ticket');
  if (parsed.ok) return toIssueHistory(parsed.value, names, pool);
  const issues = (parsed.issues ?? []).map((i) => ({ ...i, path: underPath(path, i.path) }));
  const message =
    `Ticket ${keyOf(raw, path)} ignoré, réponse de Jira incomplète ou invalide : ` +
    `${summarise(issues)}. Vérifiez que la recherche demande les champs status, issuetype, ` +
    `project, labels et created.`;
  return fail(JIRA_CODES.badIssue, message, issues);
}

/**
 * Reads a saved `POST /rest/api/3/search/jql` response (one page or an array of pages). A bad
 * page shape fails with every path; a bad issue becomes a problem and the others are kept.
 * Batches read with one `pool` share their repeated texts.
 */
export function readSearchPages(
  json: unknown,
  pool: StringPool = new StringPool(),
): Result<SearchReading> {
  const pages: readonly unknown[] = Array.isArray(json) ? json : [json];
  const envelopes = [];
  const wrong: Issue[] = [];
  for (const [index, page] of pages.entries()) {
    const prefix = Array.isArray(json) ? `[${index}]` : '';
    const read = parseWith(jiraSearchEnvelopeSchema, page, JIRA_CODES.badSearchPage, 'Page');
    if (read.ok) envelopes.push({ prefix, page: read.value });
    else wrong.push(...(read.issues ?? []).map((i) => ({ ...i, path: underPath(prefix, i.path) })));
  }
  if (wrong.length > 0) {
    const message = `Réponse de recherche Jira (POST /rest/api/3/search/jql) invalide : ${summarise(wrong)}`;
    return fail(JIRA_CODES.badSearchPage, message, wrong);
  }
  const histories: IssueHistory[] = [];
  const problems: JiraProblem[] = [];
  for (const { prefix, page } of envelopes) {
    for (const [index, raw] of page.issues.entries()) {
      const path = underPath(prefix, `issues[${index}]`);
      const read = readIssue(raw, path, page.names ?? {}, pool);
      if (read.ok) histories.push(read.value);
      else problems.push(problemOf(keyOf(raw, path), read));
    }
  }
  return succeed({ histories, problems });
}

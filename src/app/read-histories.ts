import type { IssueHistory } from '../core/clocks';
import { compiledClock } from '../core/clocks/compiled-clock';
import type { CompiledVersion } from '../core/contract';
import { fail, succeed, type Result } from '../core/result';
import { JIRA_LIMITS } from '../jira/jira-requests';
import { bulkChangelogs, searchPage, siteFieldIds, type JiraHttp } from '../jira/jira-rest';
import type { JiraHistory } from '../jira/search-schemas';
import { StringPool } from '../jira/string-pool';
import { readSearchPages, type JiraProblem } from '../jira/to-issue-history';

/** The system fields Jalon reads on every issue. */
const SYSTEM_FIELDS = [
  'status',
  'issuetype',
  'project',
  'labels',
  'created',
  'summary',
  'issuelinks',
];

const idOf = (ids: ReadonlyMap<string, string>, reference: string): string =>
  ids.get(reference) ?? reference;

/** The field ids a version reads, and the ones its clocks follow over time (for the changelog). */
function fieldsOf(version: CompiledVersion['version'], ids: ReadonlyMap<string, string>) {
  const all = Object.values(version.fields).flatMap((f) =>
    f.adminJira === undefined ? [idOf(ids, f.jira)] : [idOf(ids, f.jira), idOf(ids, f.adminJira)],
  );
  const orders = version.orders;
  if (orders !== undefined) all.push(idOf(ids, orders.linesField), idOf(ids, orders.invoicesField));
  const clockKeys = new Set(version.clocks.flatMap((c) => compiledClock(c).reads));
  const followed = Object.entries(version.fields)
    .filter(([key]) => clockKeys.has(key))
    .flatMap(([, f]) => (f.adminJira === undefined ? [f.jira] : [f.jira, f.adminJira]))
    .map((reference) => idOf(ids, reference));
  // Orders are dated by status; every other field's history matters only to the clocks.
  return { fields: [...SYSTEM_FIELDS, ...new Set(all)], history: ['status', ...new Set(followed)] };
}

interface RawIssue {
  readonly id: string;
  readonly [key: string]: unknown;
}

/** What a contract version reads of a JQL scope: the search's fields, the history's fields. */
export interface HistoryQuery {
  readonly jql: string;
  readonly fields: readonly string[];
  /** The fields whose changelog matters (the clocks' and the status). */
  readonly history: readonly string[];
}

/** The query of a version over a JQL scope, with the site's field ids (read unless given). */
export async function historyQuery(
  jira: JiraHttp,
  version: CompiledVersion['version'],
  jql: string,
  options: {
    /** The site's field ids by name, when the caller already read them (one call fewer). */
    readonly fieldIds?: ReadonlyMap<string, string> | undefined;
    /** More fields to read, by name (Jalon's own output fields). */
    readonly extraFields?: readonly string[] | undefined;
  } = {},
): Promise<Result<HistoryQuery>> {
  const ids = options.fieldIds === undefined ? await siteFieldIds(jira) : succeed(options.fieldIds);
  if (!ids.ok) return ids;
  const wanted = fieldsOf(version, ids.value);
  const extra = (options.extraFields ?? []).map((name) => idOf(ids.value, name));
  return succeed({ jql, fields: [...wanted.fields, ...extra], history: wanted.history });
}

/** Some issues of a scope with their histories, and where the scope goes on. */
export interface HistorySlice {
  readonly histories: IssueHistory[];
  readonly problems: JiraProblem[];
  /** The search token of the next slice; `undefined` after the last. */
  readonly next: string | undefined;
}

/**
 * The next slice of a scope from `token`: whole search pages up to 1,000 issues (one page, as
 * Jalon asks for them), then their changelogs in one bulk call, filtered to the fields the clocks
 * follow, turned into histories. Issues Jira could not give whole are reported, not guessed.
 * A Forge queue event reads one slice; `readHistories` reads them all.
 */
export async function readHistorySlice(
  jira: JiraHttp,
  query: HistoryQuery,
  token: string | undefined,
  options: { readonly pool?: StringPool; readonly progress?: (message: string) => void } = {},
): Promise<Result<HistorySlice>> {
  const pages: unknown[] = [];
  let issues = 0;
  let next = token;
  do {
    const read = await searchPage(
      jira,
      { jql: query.jql, fields: query.fields, expand: ['names'] },
      next,
    );
    if (!read.ok) return read;
    pages.push(read.value.page);
    issues += issuesOf(read.value.page).length;
    next = read.value.next;
    options.progress?.(`Recherche Jira : ${String(issues)} ticket(s) de plus.`);
  } while (next !== undefined && issues < JIRA_LIMITS.changelogIssues);
  const batch = pages.flatMap(issuesOf);
  if (batch.length === 0) return succeed({ histories: [], problems: [], next });
  const changelogs = await bulkChangelogs(
    jira,
    batch.map((i) => i.id),
    query.history,
  );
  if (!changelogs.ok) return changelogs;
  const read = readSearchPages(
    pages.map((page) => withHistories(page, changelogs.value)),
    options.pool,
  );
  if (!read.ok) return fail(read.code, read.message, read.issues);
  return succeed({
    histories: [...read.value.histories],
    problems: [...read.value.problems],
    next,
  });
}

/**
 * The histories of the issues a JQL query selects, read the economical way: search pages with
 * only the fields the contract reads, then the changelogs in bulk, a slice of 1,000 issues at a
 * time (see `readHistorySlice`), each slice's JSON dropped once read: memory holds the
 * histories, never the whole site's responses.
 */
export async function readHistories(
  jira: JiraHttp,
  version: CompiledVersion['version'],
  jql: string,
  options: {
    readonly progress?: (message: string) => void;
    /** The site's field ids by name, when the caller already read them (one call fewer). */
    readonly fieldIds?: ReadonlyMap<string, string>;
    /** More fields to read, by name (Jalon's own output fields). */
    readonly extraFields?: readonly string[];
  } = {},
): Promise<Result<{ histories: IssueHistory[]; problems: JiraProblem[] }>> {
  const query = await historyQuery(jira, version, jql, options);
  if (!query.ok) return query;
  const histories: IssueHistory[] = [];
  const problems: JiraProblem[] = [];
  const pool = new StringPool();
  let token: string | undefined;
  do {
    const slice = await readHistorySlice(jira, query.value, token, { pool });
    if (!slice.ok) return slice;
    histories.push(...slice.value.histories);
    problems.push(...slice.value.problems);
    token = slice.value.next;
    options.progress?.(
      `Historiques lus : ${String(histories.length + problems.length)} ticket(s).`,
    );
  } while (token !== undefined);
  return succeed({ histories, problems });
}

function issuesOf(page: unknown): RawIssue[] {
  return typeof page === 'object' && page !== null && 'issues' in page && Array.isArray(page.issues)
    ? (page.issues as RawIssue[])
    : [];
}

/** A search page with each issue's changelog put back as `expand=changelog` would have it. */
function withHistories(page: unknown, byId: ReadonlyMap<string, JiraHistory[]>): unknown {
  const issues = issuesOf(page);
  if (issues.length === 0) return page;
  return {
    ...(page as object),
    issues: issues.map((issue) => {
      const histories = byId.get(issue.id) ?? [];
      return {
        ...issue,
        changelog: { startAt: 0, maxResults: histories.length, total: histories.length, histories },
      };
    }),
  };
}

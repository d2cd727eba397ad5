import type { IssueHistory } from '../core/clocks';
import { compiledClock } from '../core/clocks/compiled-clock';
import type { CompiledVersion } from '../core/contract';
import { fail, succeed, type Result } from '../core/result';
import { JIRA_LIMITS } from '../jira/jira-requests';
import { bulkChangelogs, searchAllPages, siteFieldIds, type JiraHttp } from '../jira/jira-rest';
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

/**
 * The histories of the issues a JQL query selects, read the economical way: search pages with
 * only the fields the contract reads, then the changelogs in bulk (1,000 issues a call, filtered
 * to the fields the clocks follow). Issues Jira could not give whole are reported, not guessed.
 *
 * Pages are turned into histories a batch of 1,000 issues at a time and their JSON dropped, so
 * memory holds the histories, never the whole site's responses.
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
  const progress = options.progress ?? (() => undefined);
  const extraFields = options.extraFields ?? [];
  const ids = options.fieldIds === undefined ? await siteFieldIds(jira) : succeed(options.fieldIds);
  if (!ids.ok) return ids;
  const wanted = fieldsOf(version, ids.value);
  const fields = [...wanted.fields, ...extraFields.map((name) => idOf(ids.value, name))];
  const histories: IssueHistory[] = [];
  const problems: JiraProblem[] = [];
  const pool = new StringPool();
  let pending: unknown[] = [];
  let pendingIssues = 0;
  const flush = async (): Promise<Result<unknown>> => {
    const pages = pending;
    pending = [];
    pendingIssues = 0;
    const batch = pages.flatMap(issuesOf);
    if (batch.length === 0) return succeed(null);
    const changelogs = await bulkChangelogs(
      jira,
      batch.map((i) => i.id),
      wanted.history,
    );
    if (!changelogs.ok) return changelogs;
    const read = readSearchPages(
      pages.map((page) => withHistories(page, changelogs.value)),
      pool,
    );
    if (!read.ok) return fail(read.code, read.message, read.issues);
    histories.push(...read.value.histories);
    problems.push(...read.value.problems);
    progress(`Historiques lus : ${String(histories.length + problems.length)} ticket(s).`);
    return succeed(null);
  };
  const searched = await searchAllPages(jira, { jql, fields, expand: ['names'] }, (page, i) => {
    progress(`Recherche Jira : page ${String(i + 1)} lue.`);
    pending.push(page);
    pendingIssues += issuesOf(page).length;
    return pendingIssues >= JIRA_LIMITS.changelogIssues ? flush() : undefined;
  });
  if (!searched.ok) return searched;
  const last = await flush();
  if (!last.ok) return last;
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

import type { IssueHistory } from '../core/clocks';
import { compiledClock } from '../core/clocks/compiled-clock';
import type { CompiledVersion } from '../core/contract';
import { fail, succeed, type Result } from '../core/result';
import { bulkChangelogs, searchAllPages, siteFieldIds, type JiraHttp } from '../jira/jira-rest';
import type { JiraHistory } from '../jira/search-schemas';
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
  const history = wanted.history;
  const pages: unknown[] = [];
  const searched = await searchAllPages(jira, { jql, fields, expand: ['names'] }, (page, i) => {
    pages.push(page);
    progress(`Recherche Jira : page ${String(i + 1)} lue.`);
  });
  if (!searched.ok) return searched;
  const issues = pages.flatMap((page) =>
    typeof page === 'object' && page !== null && 'issues' in page && Array.isArray(page.issues)
      ? (page.issues as RawIssue[])
      : [],
  );
  if (issues.length === 0) return succeed({ histories: [], problems: [] });
  progress(`Historiques de ${String(issues.length)} ticket(s) en lots de 1 000…`);
  const changelogs = await bulkChangelogs(
    jira,
    issues.map((i) => i.id),
    history,
  );
  if (!changelogs.ok) return changelogs;
  const withChangelog = pages.map((page) => withHistories(page, changelogs.value));
  const read = readSearchPages(withChangelog);
  if (!read.ok) return fail(read.code, read.message, read.issues);
  return succeed({ histories: [...read.value.histories], problems: [...read.value.problems] });
}

/** A search page with each issue's changelog put back as `expand=changelog` would have it. */
function withHistories(page: unknown, byId: ReadonlyMap<string, JiraHistory[]>): unknown {
  if (
    typeof page !== 'object' ||
    page === null ||
    !('issues' in page) ||
    !Array.isArray(page.issues)
  )
    return page;
  const issues = (page.issues as RawIssue[]).map((issue) => {
    const histories = byId.get(issue.id) ?? [];
    return {
      ...issue,
      changelog: { startAt: 0, maxResults: histories.length, total: histories.length, histories },
    };
  });
  return { ...page, issues };
}

import { z } from 'zod';
import { parseJiraTimestamp } from '../jira/jira-time';
import { expansions, issueBean, namesFor, requestedFields, toJqlIssue } from './jira-issue-json';
import { findIssue, siteFields } from './jira-site';
import { jqlComparator, jqlFilter, parseJql } from './jql';
import {
  decodeCursor,
  encodeCursor,
  JIRA_BAD_PAYLOAD,
  jiraError,
  readBody,
  reply,
  type Route,
  type SandboxContext,
  type RouteOutcome,
} from './routes';
import type { SandboxHistory, SandboxIssue } from './state';

/** `SearchAndReconcileRequestBean` (unknown keys refused, as Jira does). */
const searchBody = z.strictObject({
  jql: z.string().optional(),
  fields: z.array(z.string()).optional(),
  expand: z.string().optional(),
  properties: z.array(z.string()).max(5).optional(),
  fieldsByKeys: z.boolean().optional(),
  maxResults: z.number().int().optional(),
  nextPageToken: z.string().nullish(),
  reconcileIssues: z.array(z.number().int()).max(50).optional(),
});

const searchCursor = z.object({ offset: z.number().int().nonnegative(), jql: z.string() });

export const UNBOUNDED_JQL =
  'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';
const BAD_TOKEN = 'The provided next page token is invalid or expired.';

/**
 * The last selection, kept while the issue list, the query and the instant stay the same: a
 * query read page by page is evaluated once, not once a page.
 */
let lastSelection:
  | {
      readonly issues: readonly SandboxIssue[];
      readonly jql: string;
      readonly now: number;
      readonly selected: SandboxIssue[];
    }
  | undefined;

function select(context: SandboxContext, jql: string): SandboxIssue[] | RouteOutcome {
  const last = lastSelection;
  if (last?.issues === context.state.issues && last.jql === jql && last.now === context.now)
    return last.selected;
  const selected = evaluateSelection(context, jql);
  if (Array.isArray(selected))
    lastSelection = { issues: context.state.issues, jql, now: context.now, selected };
  return selected;
}

/** The issues a query selects, in its order, or Jira's 400 with every sentence. */
function evaluateSelection(context: SandboxContext, jql: string): SandboxIssue[] | RouteOutcome {
  const customFields = siteFields(context.state)
    .filter((f) => f.id.startsWith('customfield_'))
    .map((f) => f.id);
  const query = parseJql(jql, { customFields });
  if (!query.ok) {
    const sentences = query.issues?.map((issue) => issue.message) ?? [query.message];
    return jiraError(400, sentences);
  }
  if (query.value.where === null) return jiraError(400, [UNBOUNDED_JQL]);
  const keep = jqlFilter(query.value, { now: context.now, zone: context.zone });
  const order = jqlComparator(query.value);
  return context.state.issues
    .map((issue) => ({ issue, jql: toJqlIssue(issue) }))
    .filter((entry) => keep(entry.jql))
    .sort((a, b) => order(a.jql, b.jql))
    .map((entry) => entry.issue);
}

/** `POST /rest/api/3/search/jql`: one page, `nextPageToken` until `isLast`. */
function search(context: SandboxContext): RouteOutcome {
  const body = readBody(searchBody, context.body ?? {});
  if (body === null) return jiraError(400, [JIRA_BAD_PAYLOAD]);
  const jql = body.jql ?? '';
  const cursor =
    body.nextPageToken === undefined || body.nextPageToken === null
      ? { offset: 0, jql }
      : decodeCursor(body.nextPageToken, searchCursor);
  if (cursor?.jql !== jql) return jiraError(400, [BAD_TOKEN]);
  const selected = select(context, jql);
  if (!Array.isArray(selected)) return selected;
  const expand = expansions(body.expand);
  const changelog = expand.has('changelog');
  const size = Math.min(Math.max(body.maxResults ?? 50, 1), changelog ? 100 : 5000);
  const end = cursor.offset + size;
  const site = new Map(siteFields(context.state).map((field) => [field.id, field]));
  const projection = {
    fields: requestedFields(body.fields),
    names: expand.has('names'),
    changelog,
    properties: body.properties ?? [],
  };
  const issues = selected
    .slice(cursor.offset, end)
    .map((issue) => issueBean(issue, site, projection, context.baseUrl));
  const names = namesFor(projection.fields, site);
  const isLast = end >= selected.length;
  return reply(200, {
    issues,
    ...(projection.names ? { names } : {}),
    ...(isLast ? {} : { nextPageToken: encodeCursor({ offset: end, jql }) }),
    isLast,
  });
}

/** `BulkChangelogRequestBean`. */
const bulkBody = z.strictObject({
  issueIdsOrKeys: z.array(z.string()),
  fieldIds: z.array(z.string()).optional(),
  maxResults: z.number().int().optional(),
  nextPageToken: z.string().nullish(),
});

const bulkCursor = z.object({ offset: z.number().int().nonnegative() });

interface Entry {
  readonly issue: SandboxIssue;
  readonly history: SandboxHistory;
  readonly at: number;
}

/** The histories of some issues, items kept to `fieldIds`, oldest first, then by issue id. */
function entriesOf(issues: readonly SandboxIssue[], fieldIds: ReadonlySet<string>): Entry[] {
  const entries = issues.flatMap((issue) =>
    issue.histories.flatMap((history) => {
      const items = history.items.filter((i) => fieldIds.size === 0 || fieldIds.has(i.fieldId));
      if (items.length === 0) return [];
      const at = parseJiraTimestamp(history.created) ?? 0;
      return [{ issue, history: { ...history, items }, at }];
    }),
  );
  return entries.sort(
    (a, b) =>
      a.at - b.at ||
      Number(a.issue.id) - Number(b.issue.id) ||
      Number(a.history.id) - Number(b.history.id),
  );
}

/** `POST /rest/api/3/changelog/bulkfetch`: `maxResults` histories a page, grouped by issue. */
function bulkFetch(context: SandboxContext): RouteOutcome {
  const body = readBody(bulkBody, context.body ?? {});
  if (body === null) return jiraError(400, [JIRA_BAD_PAYLOAD]);
  const count = body.issueIdsOrKeys.length;
  if (count < 1 || count > 1000)
    return jiraError(400, ['issueIdsOrKeys must contain between 1 and 1000 issue IDs or keys.']);
  const fieldIds = body.fieldIds ?? [];
  if (fieldIds.length > 10) return jiraError(400, ['fieldIds must contain at most 10 field IDs.']);
  const maxResults = body.maxResults ?? 1000;
  if (maxResults < 1 || maxResults > 10_000)
    return jiraError(400, ['maxResults must be between 1 and 10000.']);
  const cursor =
    body.nextPageToken === undefined || body.nextPageToken === null
      ? { offset: 0 }
      : decodeCursor(body.nextPageToken, bulkCursor);
  if (cursor === null) return jiraError(400, [BAD_TOKEN]);
  const issues = [
    ...new Set(body.issueIdsOrKeys.flatMap((ref) => findIssue(context.state, ref) ?? [])),
  ];
  const entries = entriesOf(issues, new Set(fieldIds));
  const end = cursor.offset + maxResults;
  const byIssue = new Map<string, SandboxHistory[]>();
  for (const entry of entries.slice(cursor.offset, end))
    byIssue.set(entry.issue.id, [...(byIssue.get(entry.issue.id) ?? []), entry.history]);
  return reply(200, {
    issueChangeLogs: [...byIssue].map(([issueId, changeHistories]) => ({
      issueId,
      changeHistories,
    })),
    ...(end < entries.length ? { nextPageToken: encodeCursor({ offset: end }) } : {}),
  });
}

export const JIRA_SEARCH_ROUTES: readonly Route[] = [
  { method: 'POST', template: '/rest/api/3/search/jql', handle: search },
  { method: 'POST', template: '/rest/api/3/changelog/bulkfetch', handle: bulkFetch },
];

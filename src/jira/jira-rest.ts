import { z } from 'zod';
import { fail, succeed, type Result } from '../core/result';
import {
  appFieldValueRequest,
  bulkChangelogRequest,
  fieldListRequest,
  JIRA_LIMITS,
  searchJqlRequest,
  type AppFieldUpdate,
  type JiraRequest,
} from './jira-requests';
import { readJiraBody } from './read-body';
import { jiraHistorySchema, jiraSearchEnvelopeSchema, type JiraHistory } from './search-schemas';

/**
 * What the adapter needs from an HTTP client (retries, rate limits and the points account live
 * there): send a request, say how many objects a read returned and whether it writes.
 */
export interface JiraHttp {
  send(
    request: JiraRequest,
    options?: { readonly objects?: (json: unknown) => number; readonly write?: boolean },
  ): Promise<Result<{ readonly status: number; readonly body: string }>>;
}

const bulkPageSchema = z.looseObject({
  issueChangeLogs: z.array(
    z.looseObject({ issueId: z.string(), changeHistories: z.array(jiraHistorySchema) }),
  ),
  nextPageToken: z.string().nullish(),
});

/** A body that must be JSON, of any shape: each caller checks the shape it needs. */
const json = (body: string, what: string): Result<unknown> => readJiraBody(body, z.unknown(), what);

const issuesIn = (page: unknown): number =>
  typeof page === 'object' && page !== null && 'issues' in page && Array.isArray(page.issues)
    ? page.issues.length
    : 0;

const historiesIn = (page: unknown): number => {
  const parsed = bulkPageSchema.safeParse(page);
  return parsed.success
    ? parsed.data.issueChangeLogs.reduce((n, log) => n + log.changeHistories.length, 0)
    : 0;
};

export interface SearchQuery {
  readonly jql: string;
  readonly fields: readonly string[];
  readonly expand?: readonly ('names' | 'changelog')[];
}

/**
 * One page of a JQL search, as Jira sent it (read it with `readSearchPages`), and the token of
 * the next page; `undefined` after the last.
 */
export async function searchPage(
  http: JiraHttp,
  query: SearchQuery,
  token: string | undefined,
): Promise<Result<{ readonly page: unknown; readonly next: string | undefined }>> {
  const response = await http.send(searchJqlRequest({ ...query, nextPageToken: token }), {
    objects: issuesIn,
  });
  if (!response.ok) return response;
  const page = json(response.value.body, 'la recherche JQL');
  if (!page.ok) return page;
  const envelope = jiraSearchEnvelopeSchema.safeParse(page.value);
  if (!envelope.success)
    return fail(
      'JIRA.BAD_RESPONSE',
      'Réponse de POST /rest/api/3/search/jql inattendue : la liste "issues" manque.',
    );
  const next =
    envelope.data.isLast === true ? undefined : (envelope.data.nextPageToken ?? undefined);
  return succeed({ page: page.value, next });
}

/**
 * Every page of a JQL search, following `nextPageToken` until Jira says it is the last; each
 * page is handed over as Jira sent it. A handler that works on each page before the next is
 * read returns its promise; its failure stops the search.
 */
export async function searchAllPages(
  http: JiraHttp,
  query: SearchQuery,
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a handler may keep each page synchronously
  onPage: (page: unknown, index: number) => Promise<Result<unknown>> | void,
): Promise<Result<number>> {
  let token: string | undefined;
  let index = 0;
  do {
    const read = await searchPage(http, query, token);
    if (!read.ok) return read;
    const handled = await onPage(read.value.page, index);
    if (handled !== undefined && !handled.ok) return handled;
    index += 1;
    token = read.value.next;
  } while (token !== undefined);
  return succeed(index);
}

/**
 * The full changelog of up to any number of issues, 1,000 per call, filtered to `fieldIds` when
 * Jira allows it, every page followed: history entries by issue id.
 */
export async function bulkChangelogs(
  http: JiraHttp,
  issues: readonly string[],
  fieldIds: readonly string[],
): Promise<Result<Map<string, JiraHistory[]>>> {
  const byIssue = new Map<string, JiraHistory[]>();
  for (let start = 0; start < issues.length; start += JIRA_LIMITS.changelogIssues) {
    const slice = issues.slice(start, start + JIRA_LIMITS.changelogIssues);
    let token: string | undefined;
    do {
      const response = await http.send(
        bulkChangelogRequest({ issues: slice, fieldIds, nextPageToken: token }),
        {
          objects: historiesIn,
        },
      );
      if (!response.ok) return response;
      const body = json(response.value.body, 'l’historique en masse');
      if (!body.ok) return body;
      const page = bulkPageSchema.safeParse(body.value);
      if (!page.success)
        return fail(
          'JIRA.BAD_RESPONSE',
          'Réponse de POST /rest/api/3/changelog/bulkfetch inattendue : "issueChangeLogs" manque ou est mal formé.',
        );
      for (const log of page.data.issueChangeLogs)
        byIssue.set(log.issueId, [...(byIssue.get(log.issueId) ?? []), ...log.changeHistories]);
      token = page.data.nextPageToken ?? undefined;
    } while (token !== undefined);
  }
  return succeed(byIssue);
}

/** Writes the app's own field values in one call; nothing is sent when there is nothing to write. */
export async function writeAppFieldValues(
  http: JiraHttp,
  updates: readonly AppFieldUpdate[],
): Promise<Result<number>> {
  const useful = updates.filter((u) => u.issueIds.length > 0);
  if (useful.length === 0) return succeed(0);
  const response = await http.send(appFieldValueRequest(useful), { write: true });
  return response.ok ? succeed(useful.length) : response;
}

const fieldListSchema = z.array(z.looseObject({ id: z.string(), name: z.string() }));

/** The site's fields, display name → id (the first id wins when two fields share a name). */
export async function siteFieldIds(http: JiraHttp): Promise<Result<ReadonlyMap<string, string>>> {
  const response = await http.send(fieldListRequest(), {
    objects: (json) => (Array.isArray(json) ? json.length : 1),
  });
  if (!response.ok) return response;
  const body = json(response.value.body, 'la liste des champs');
  if (!body.ok) return body;
  const fields = fieldListSchema.safeParse(body.value);
  if (!fields.success)
    return fail(
      'JIRA.BAD_RESPONSE',
      'Réponse de GET /rest/api/3/field inattendue : une liste de champs était attendue.',
    );
  const ids = new Map<string, string>();
  for (const field of fields.data) if (!ids.has(field.name)) ids.set(field.name, field.id);
  return succeed(ids);
}

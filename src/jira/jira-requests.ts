/**
 * The requests Jalon makes to Jira Cloud REST v3, as plain values (method, path, JSON body),
 * each shaped after its request schema in the platform OpenAPI document. An adapter sends them
 * through whatever HTTP client it is given (Forge's `requestJira`, `fetch` with an API token, the
 * sandbox).
 */
export interface JiraRequest {
  readonly method: 'GET' | 'POST' | 'PUT';
  readonly path: string;
  readonly body?: string;
}

/** Jira's limits for these endpoints (OpenAPI: `maxItems`, `maximum`). */
export const JIRA_LIMITS = {
  /** `BulkChangelogRequestBean.issueIdsOrKeys`. */
  changelogIssues: 1000,
  /** `BulkChangelogRequestBean.fieldIds`: over 10, Jalon asks for every field instead. */
  changelogFields: 10,
  /** Issues per search page with the changelog expanded (Jira returns at most 100). */
  searchPage: 100,
  /** Issues per search page without the changelog: few fields, larger pages (Jira allows 5,000). */
  searchPageLight: 1000,
} as const;

/** `POST /rest/api/3/search/jql` (`SearchAndReconcileRequestBean`) for one page. */
export function searchJqlRequest(options: {
  readonly jql: string;
  readonly fields: readonly string[];
  readonly expand?: readonly ('names' | 'changelog')[];
  readonly nextPageToken?: string | undefined;
  readonly maxResults?: number;
}): JiraRequest {
  const body: Record<string, unknown> = {
    jql: options.jql,
    fields: [...new Set(options.fields)],
    maxResults:
      options.maxResults ??
      (options.expand?.includes('changelog') === true
        ? JIRA_LIMITS.searchPage
        : JIRA_LIMITS.searchPageLight),
  };
  if (options.expand !== undefined && options.expand.length > 0)
    body.expand = options.expand.join(',');
  if (options.nextPageToken !== undefined) body.nextPageToken = options.nextPageToken;
  return { method: 'POST', path: '/rest/api/3/search/jql', body: JSON.stringify(body) };
}

/**
 * `POST /rest/api/3/changelog/bulkfetch` (`BulkChangelogRequestBean`) for one page of up to
 * 1,000 issues, filtered to `fieldIds` when they are 10 or fewer (Jira's limit).
 */
export function bulkChangelogRequest(options: {
  readonly issues: readonly string[];
  readonly fieldIds: readonly string[];
  readonly nextPageToken?: string | undefined;
}): JiraRequest {
  if (options.issues.length === 0 || options.issues.length > JIRA_LIMITS.changelogIssues)
    throw new RangeError(
      `bulkfetch takes 1 to ${String(JIRA_LIMITS.changelogIssues)} issues, not ${String(options.issues.length)}`,
    );
  const fields = [...new Set(options.fieldIds)];
  const body: Record<string, unknown> = { issueIdsOrKeys: [...options.issues], maxResults: 10_000 };
  if (fields.length > 0 && fields.length <= JIRA_LIMITS.changelogFields) body.fieldIds = fields;
  if (options.nextPageToken !== undefined) body.nextPageToken = options.nextPageToken;
  return { method: 'POST', path: '/rest/api/3/changelog/bulkfetch', body: JSON.stringify(body) };
}

/** One value of one of the app's own custom fields for some issues (by numeric id). */
export interface AppFieldUpdate {
  readonly customField: string;
  readonly issueIds: readonly number[];
  readonly value: string | number | Readonly<Record<string, unknown>> | null;
}

/** `POST /rest/api/3/app/field/value` (`MultipleCustomFieldValuesUpdateDetails`): one bulk call. */
export function appFieldValueRequest(updates: readonly AppFieldUpdate[]): JiraRequest {
  return {
    method: 'POST',
    path: '/rest/api/3/app/field/value',
    body: JSON.stringify({
      updates: updates.map((u) => ({
        customField: u.customField,
        issueIds: [...u.issueIds],
        value: u.value,
      })),
    }),
  };
}

/** `PUT /rest/api/3/issue/{key}/properties/{propertyKey}`: the explanation kept on the issue. */
export function issuePropertyRequest(key: string, property: string, value: unknown): JiraRequest {
  return {
    method: 'PUT',
    path: `/rest/api/3/issue/${encodeURIComponent(key)}/properties/${encodeURIComponent(property)}`,
    body: JSON.stringify(value),
  };
}

/** `GET /rest/api/3/field`: every field of the site, to turn display names into ids. */
export function fieldListRequest(): JiraRequest {
  return { method: 'GET', path: '/rest/api/3/field' };
}

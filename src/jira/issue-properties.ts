import { z } from 'zod';
import { succeed, type Result } from '../core/result';
import { issuePropertyRequest, type JiraRequest } from './jira-requests';
import type { JiraStatusHttp } from './permissions';
import { readJiraBody } from './read-body';

/** Jira's limit on an entity property's JSON value (`EntityProperty`: 32,768 bytes). */
export const ISSUE_PROPERTY_MAX_BYTES = 32_768;

/** `GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}`. */
export function getIssuePropertyRequest(issue: string, property: string): JiraRequest {
  return {
    method: 'GET',
    path: `/rest/api/3/issue/${encodeURIComponent(issue)}/properties/${encodeURIComponent(property)}`,
  };
}

const entityPropertySchema = z.looseObject({ key: z.string(), value: z.unknown() });

/** An issue property's value; null when the issue has none of that key (404). */
export async function readIssueProperty(
  http: JiraStatusHttp,
  issue: string,
  property: string,
): Promise<Result<unknown>> {
  const response = await http.send(getIssuePropertyRequest(issue, property));
  if (!response.ok) return response.status === 404 ? succeed(null) : response;
  const read = readJiraBody(response.value.body, entityPropertySchema, `la propriété ${property}`);
  return read.ok ? succeed(read.value.value ?? null) : read;
}

/** Sets an issue property (created or replaced). */
export async function writeIssueProperty(
  http: JiraStatusHttp,
  issue: string,
  property: string,
  value: unknown,
): Promise<Result<null>> {
  const response = await http.send(issuePropertyRequest(issue, property, value), { write: true });
  return response.ok ? succeed(null) : response;
}

/** Issues per `POST /rest/api/3/issue/properties/multi` (`MultiIssueEntityProperties`). */
export const BULK_PROPERTY_ISSUES = 100;

/** `POST /rest/api/3/issue/properties/multi`: one property, a value per issue (numeric ids). */
export function bulkIssuePropertyRequest(
  property: string,
  entries: readonly { readonly issueId: number; readonly value: unknown }[],
): JiraRequest {
  if (entries.length === 0 || entries.length > BULK_PROPERTY_ISSUES)
    throw new RangeError(
      `properties/multi takes 1 to ${String(BULK_PROPERTY_ISSUES)} issues, not ${String(entries.length)}`,
    );
  return {
    method: 'POST',
    path: '/rest/api/3/issue/properties/multi',
    body: JSON.stringify({
      issues: entries.map((e) => ({ issueID: e.issueId, properties: { [property]: e.value } })),
    }),
  };
}

/**
 * Sets a property on many issues, 100 a call, each its own value. Jira runs it as a task and
 * answers `303 See Other` to it: accepted; a client that follows the redirect gets the task (2xx).
 * The number of calls made.
 */
export async function writeIssuePropertiesInBulk(
  http: JiraStatusHttp,
  property: string,
  entries: readonly { readonly issueId: number; readonly value: unknown }[],
): Promise<Result<number>> {
  let calls = 0;
  for (let start = 0; start < entries.length; start += BULK_PROPERTY_ISSUES) {
    const slice = entries.slice(start, start + BULK_PROPERTY_ISSUES);
    const response = await http.send(bulkIssuePropertyRequest(property, slice), { write: true });
    if (!response.ok && response.status !== 303) return response;
    calls += 1;
  }
  return succeed(calls);
}

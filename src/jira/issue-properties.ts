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

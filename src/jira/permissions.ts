import { z } from 'zod';
import { succeed, type Failure, type Result, type Success } from '../core/result';
import type { JiraRequest } from './jira-requests';
import { readJiraBody } from './read-body';

/** A Jira HTTP port whose failures carry the last HTTP status (404 means "not visible" here). */
export interface JiraStatusHttp {
  send(
    request: JiraRequest,
    options?: { readonly objects?: (json: unknown) => number; readonly write?: boolean },
  ): Promise<
    | Success<{ readonly status: number; readonly body: string }>
    | (Failure & { readonly status?: number | null })
  >;
}

/** The permissions Jalon checks: Jira administration, and browsing a project or an issue. */
export type JiraPermission = 'ADMINISTER' | 'BROWSE_PROJECTS';

/** Where a permission is checked: the site, a project or an issue (by key). */
export type PermissionContext =
  { readonly global: true } | { readonly projectKey: string } | { readonly issueKey: string };

/** `GET /rest/api/3/mypermissions?permissions=…` in a context. */
export function myPermissionsRequest(
  permission: JiraPermission,
  context: PermissionContext,
): JiraRequest {
  const query = new URLSearchParams({ permissions: permission });
  if ('projectKey' in context) query.set('projectKey', context.projectKey);
  if ('issueKey' in context) query.set('issueKey', context.issueKey);
  return { method: 'GET', path: `/rest/api/3/mypermissions?${query.toString()}` };
}

const permissionsSchema = z.looseObject({
  permissions: z.record(z.string(), z.looseObject({ havePermission: z.boolean().optional() })),
});

/**
 * Whether the caller of `http` (a user, through Forge's `asUser`) has a permission in a context.
 * An issue or project Jira does not show the caller (404) is a no, not a failure.
 */
export async function hasPermission(
  http: JiraStatusHttp,
  permission: JiraPermission,
  context: PermissionContext,
): Promise<Result<boolean>> {
  const response = await http.send(myPermissionsRequest(permission, context));
  if (!response.ok) return response.status === 404 ? succeed(false) : response;
  const read = readJiraBody(response.value.body, permissionsSchema, 'les permissions');
  if (!read.ok) return read;
  return succeed(read.value.permissions[permission]?.havePermission === true);
}

const userSchema = z.looseObject({ accountId: z.string().min(1) });

/** `GET /rest/api/3/myself`: the account id the caller acts as (the app's, under `asApp()`). */
export async function currentAccountId(http: JiraStatusHttp): Promise<Result<string>> {
  const response = await http.send({ method: 'GET', path: '/rest/api/3/myself' });
  if (!response.ok) return response;
  const read = readJiraBody(response.value.body, userSchema, 'le compte courant');
  return read.ok ? succeed(read.value.accountId) : read;
}

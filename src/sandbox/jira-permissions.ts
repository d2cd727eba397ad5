import { findIssue, siteProjects } from './jira-site';
import { APP_USER, NO_ISSUE } from './jira-routes';
import {
  jiraError,
  reply,
  type Route,
  type RouteOutcome,
  type SandboxContext,
  type SandboxUser,
} from './routes';
import type { SandboxAccount, SandboxState } from './state';

/**
 * Who may do what on the sandbox site: `GET /rest/api/3/mypermissions` and `GET
 * /rest/api/3/myself` for the request's account (`X-Sandbox-Account`), from the state's accounts.
 * The app's own account may do everything, as Jalon's `asApp()` calls can.
 */

/** The permissions the sandbox knows, as `GET /rest/api/3/permissions` describes them. */
const PERMISSIONS = {
  ADMINISTER: {
    id: '0',
    name: 'Administrer Jira',
    type: 'GLOBAL',
    description: 'Créer et gérer les projets, les schémas et la configuration du site.',
  },
  BROWSE_PROJECTS: {
    id: '10',
    name: 'Parcourir les projets',
    type: 'PROJECT',
    description: 'Voir les projets et leurs tickets.',
  },
} as const;
type PermissionKey = keyof typeof PERMISSIONS;

const isKnown = (key: string): key is PermissionKey => Object.hasOwn(PERMISSIONS, key);

const EVERYTHING: SandboxAccount = { ...APP_USER, admin: true, browse: ['*'] };

/** The account a request is made as; null when the state declares accounts but not this one. */
export function accountOf(state: SandboxState, user: SandboxUser): SandboxAccount | null {
  if (user.accountId === APP_USER.accountId) return EVERYTHING;
  const accounts = state.accounts;
  if (accounts === undefined || accounts.length === 0) return { ...EVERYTHING, ...user };
  return accounts.find((a) => a.accountId === user.accountId) ?? null;
}

const browses = (account: SandboxAccount | null, project: string): boolean =>
  account !== null && (account.browse.includes('*') || account.browse.includes(project));

/** The project of the query's issue or project, null for the global context; 404 when unseen. */
function projectOf(
  context: SandboxContext,
  account: SandboxAccount | null,
): { project: string | null } | RouteOutcome {
  const issueRef = context.query.get('issueId') ?? context.query.get('issueKey');
  if (issueRef !== null) {
    const issue = findIssue(context.state, issueRef);
    if (issue === undefined || !browses(account, issue.project)) return jiraError(404, [NO_ISSUE]);
    return { project: issue.project };
  }
  const projectRef = context.query.get('projectId') ?? context.query.get('projectKey');
  if (projectRef === null) return { project: null };
  const project = siteProjects(context.state).find(
    (p) => p.id === projectRef || p.key === projectRef,
  );
  if (project === undefined || !browses(account, project.key))
    return jiraError(404, [`No project could be found with key '${projectRef}'.`]);
  return { project: project.key };
}

function has(account: SandboxAccount | null, key: PermissionKey, project: string | null): boolean {
  if (account === null) return false;
  if (key === 'ADMINISTER') return account.admin;
  return project === null ? account.browse.length > 0 : browses(account, project);
}

/** `GET /rest/api/3/mypermissions`: the asked permissions, in the issue's or project's context. */
function myPermissions(context: SandboxContext): RouteOutcome {
  const asked = (context.query.get('permissions') ?? '')
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
  if (asked.length === 0)
    return jiraError(400, ['The permissions parameter is required and must not be empty.']);
  const unknown = asked.find((key) => !isKnown(key));
  if (unknown !== undefined)
    return jiraError(400, [`The permission key '${unknown}' is not valid.`]);
  const account = accountOf(context.state, context.user);
  const where = projectOf(context, account);
  if ('reply' in where) return where;
  const permissions = Object.fromEntries(
    asked
      .filter(isKnown)
      .map((key) => [
        key,
        { ...PERMISSIONS[key], key, havePermission: has(account, key, where.project) },
      ]),
  );
  return reply(200, { permissions });
}

/** `GET /rest/api/3/myself`: the request's account as Jira's `User`. */
function myself(context: SandboxContext): RouteOutcome {
  const account = accountOf(context.state, context.user);
  if (account === null) return jiraError(401, ['You are not authenticated.']);
  const { accountId, displayName } = account;
  return reply(200, {
    self: `${context.baseUrl}/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`,
    accountId,
    accountType: accountId === APP_USER.accountId ? 'app' : 'atlassian',
    active: true,
    displayName,
    timeZone: context.zone,
  });
}

export const JIRA_PERMISSION_ROUTES: readonly Route[] = [
  { method: 'GET', template: '/rest/api/3/mypermissions', handle: myPermissions },
  { method: 'GET', template: '/rest/api/3/myself', handle: myself },
];

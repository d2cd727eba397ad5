import { z } from 'zod';
import { changesOf, commitChange, convertFields, type FieldValues } from './jira-edits';
import { NO_ISSUE } from './jira-routes';
import {
  findIssue,
  issueTypeJson,
  jiraTimestamp,
  keyNumber,
  member,
  projectJson,
  siteIssueTypes,
  siteProjects,
  siteStatuses,
  statusJson,
} from './jira-site';
import type { ChangeItem } from './jira-values';
import {
  changed,
  JIRA_BAD_PAYLOAD,
  jiraError,
  readBody,
  reply,
  type Route,
  type RouteOutcome,
  type SandboxContext,
} from './routes';
import type { SandboxIssue, SandboxStatus } from './state';

/**
 * The requests a person's actions make in Jira, to drive the demo as Jira would record it:
 * create an issue, edit its fields, move it through a transition. Each is dated `now()`.
 */

/** `IssueUpdateDetails`, reduced to `fields` and `transition`; `update` operations are refused. */
const updateBody = z.looseObject({
  fields: z.record(z.string(), z.unknown()).optional(),
  update: z.record(z.string(), z.unknown()).optional(),
  transition: z.looseObject({ id: z.string().optional() }).optional(),
});

type UpdateBody = z.output<typeof updateBody>;

const NO_UPDATE_OPERATIONS =
  'The sandbox takes values in "fields" only: "update" operations (add, remove, set) are not emulated.';

function readUpdate(
  context: SandboxContext,
): { readonly body: UpdateBody } | { readonly refused: RouteOutcome } {
  const body = readBody(updateBody, context.body ?? {});
  if (body === null) return { refused: jiraError(400, [JIRA_BAD_PAYLOAD]) };
  if (Object.keys(body.update ?? {}).length > 0)
    return { refused: jiraError(400, [NO_UPDATE_OPERATIONS]) };
  return { body };
}

/** `POST /rest/api/3/issue`: project, issue type and summary required; 201 `CreatedIssue`. */
function createIssue(context: SandboxContext): RouteOutcome {
  const read = readUpdate(context);
  if ('refused' in read) return read.refused;
  const { project: projectRef, issuetype: typeRef, ...rest } = read.body.fields ?? {};
  const errors: Record<string, string> = {};
  const project = siteProjects(context.state).find(
    (p) => p.key === member(projectRef, 'key') || p.id === member(projectRef, 'id'),
  );
  if (project === undefined) errors.project = 'Specify a valid project ID or key';
  const type = siteIssueTypes(context.state).find(
    (t) => t.name === member(typeRef, 'name') || t.id === member(typeRef, 'id'),
  );
  if (type === undefined) errors.issuetype = 'Specify a valid issue type';
  if (typeof rest.summary !== 'string' || rest.summary.trim() === '')
    errors.summary = 'You must specify a summary of the issue.';
  const converted = convertFields(context, rest);
  if ('errors' in converted) Object.assign(errors, converted.errors);
  const statuses = siteStatuses(context.state);
  const initial = statuses.find((s) => s.category === 'new') ?? statuses[0];
  if (initial === undefined)
    return jiraError(400, ['The site has no status to create an issue in.']);
  if (project === undefined || type === undefined || 'errors' in converted)
    return jiraError(400, [], errors);
  const state = context.state;
  const number = Math.max(
    0,
    ...state.issues.filter((i) => i.project === project.key).map((i) => keyNumber(i.key)),
  );
  const id = String(state.next.issue);
  const created = jiraTimestamp(context.now, context.zone);
  const issue: SandboxIssue = {
    id,
    key: `${project.key}-${String(number + 1)}`,
    project: project.key,
    fields: {
      issuetype: issueTypeJson(type, context.baseUrl),
      project: projectJson(project, context.baseUrl),
      status: statusJson(initial, context.baseUrl),
      labels: [],
      created,
      updated: created,
      ...converted.values,
    },
    histories: [],
    properties: {},
  };
  const next = { ...state.next, issue: state.next.issue + 1 };
  const self = `${context.baseUrl}/rest/api/3/issue/${id}`;
  return changed({ ...state, issues: [...state.issues, issue], next }, 201, {
    id,
    key: issue.key,
    self,
  });
}

/** New values for an issue, as one history entry; 204. */
function applyEdit(
  context: SandboxContext,
  issue: SandboxIssue,
  fields: FieldValues,
  extra: { readonly values: FieldValues; readonly items: readonly ChangeItem[] },
): RouteOutcome {
  const converted = convertFields(context, fields);
  if ('errors' in converted) return jiraError(400, [], converted.errors);
  const items = [...extra.items, ...changesOf(context, issue, converted.values)];
  const values = { ...converted.values, ...extra.values };
  return changed(commitChange(context, issue, values, items), 204);
}

/** `PUT /rest/api/3/issue/{issueIdOrKey}`: the changed fields make one history entry. */
function editIssue(context: SandboxContext): RouteOutcome {
  const issue = findIssue(context.state, context.params.issueIdOrKey ?? '');
  if (issue === undefined) return jiraError(404, [NO_ISSUE]);
  const read = readUpdate(context);
  if ('refused' in read) return read.refused;
  return applyEdit(context, issue, read.body.fields ?? {}, { values: {}, items: [] });
}

/** Every status of the site but the issue's own, each reached by a global transition. */
function transitionsOf(context: SandboxContext, issue: SandboxIssue): SandboxStatus[] {
  const current = member(issue.fields.status, 'id');
  return siteStatuses(context.state).filter((status) => status.id !== current);
}

/** `GET /rest/api/3/issue/{issueIdOrKey}/transitions`: the transition id is the target's id. */
function listTransitions(context: SandboxContext): RouteOutcome {
  const issue = findIssue(context.state, context.params.issueIdOrKey ?? '');
  if (issue === undefined) return jiraError(404, [NO_ISSUE]);
  const only = context.query.get('transitionId');
  const transitions = transitionsOf(context, issue)
    .filter((status) => only === null || status.id === only)
    .map((status) => ({
      id: status.id,
      name: status.name,
      to: statusJson(status, context.baseUrl),
      hasScreen: false,
      isGlobal: true,
      isInitial: false,
      isAvailable: true,
      isConditional: false,
      isLooped: false,
    }));
  return reply(200, { expand: 'transitions', transitions });
}

const RESOLVED = { id: '10000', name: 'Terminé' };

/** The resolution a simplified workflow sets on entering a done status and clears on leaving. */
function resolutionChange(context: SandboxContext, issue: SandboxIssue, target: SandboxStatus) {
  const resolved = member(issue.fields.resolution, 'id') !== null;
  const done = target.category === 'done';
  if (resolved === done) return { values: {}, items: [] };
  const item: ChangeItem = {
    field: 'resolution',
    fieldId: 'resolution',
    fieldtype: 'jira',
    from: done ? null : member(issue.fields.resolution, 'id'),
    fromString: done ? null : member(issue.fields.resolution, 'name'),
    to: done ? RESOLVED.id : null,
    toString: done ? RESOLVED.name : null,
  };
  const when = jiraTimestamp(context.now, context.zone);
  return {
    values: { resolution: done ? RESOLVED : null, resolutiondate: done ? when : null },
    items: [item],
  };
}

/** `POST /rest/api/3/issue/{issueIdOrKey}/transitions`: a `status` change (and `fields`); 204. */
function transitionIssue(context: SandboxContext): RouteOutcome {
  const issue = findIssue(context.state, context.params.issueIdOrKey ?? '');
  if (issue === undefined) return jiraError(404, [NO_ISSUE]);
  const read = readUpdate(context);
  if ('refused' in read) return read.refused;
  const id = read.body.transition?.id;
  if (id === undefined) return jiraError(400, ["Missing 'transition' identifier."]);
  const target = transitionsOf(context, issue).find((status) => status.id === id);
  if (target === undefined)
    return jiraError(400, [`Transition id '${id}' is not valid for this issue.`]);
  const status: ChangeItem = {
    field: 'status',
    fieldId: 'status',
    fieldtype: 'jira',
    from: member(issue.fields.status, 'id'),
    fromString: member(issue.fields.status, 'name'),
    to: target.id,
    toString: target.name,
  };
  const resolution = resolutionChange(context, issue, target);
  return applyEdit(context, issue, read.body.fields ?? {}, {
    values: { status: statusJson(target, context.baseUrl), ...resolution.values },
    items: [status, ...resolution.items],
  });
}

export const DRIVE_ROUTES: readonly Route[] = [
  { method: 'POST', template: '/rest/api/3/issue', handle: createIssue },
  { method: 'PUT', template: '/rest/api/3/issue/{issueIdOrKey}', handle: editIssue },
  {
    method: 'GET',
    template: '/rest/api/3/issue/{issueIdOrKey}/transitions',
    handle: listTransitions,
  },
  {
    method: 'POST',
    template: '/rest/api/3/issue/{issueIdOrKey}/transitions',
    handle: transitionIssue,
  },
];

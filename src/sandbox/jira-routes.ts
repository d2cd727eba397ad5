import { z } from 'zod';
import { changesOf, commitChange, valueContext } from './jira-edits';
import { expansions, issueBean, namesFor, requestedFields } from './jira-issue-json';
import { findIssue, replaceIssue, siteFields } from './jira-site';
import { storedValue } from './jira-values';
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
import type { SandboxIssue } from './state';

export const NO_ISSUE = 'Issue does not exist or you do not have permission to see it.';

/** The app user Jalon's own field writes are made by (Forge `asApp()`). */
export const APP_USER = { accountId: '557058:jalon-app', displayName: 'Jalon' } as const;

const list = (text: string | null): string[] =>
  (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** `GET /rest/api/3/issue/{issueIdOrKey}`: every field unless `fields` says otherwise. */
function getIssue(context: SandboxContext): RouteOutcome {
  const issue = findIssue(context.state, context.params.issueIdOrKey ?? '');
  if (issue === undefined) return jiraError(404, [NO_ISSUE]);
  const asked = context.query.get('fields');
  const expand = expansions(context.query.get('expand'));
  const site = new Map(siteFields(context.state).map((field) => [field.id, field]));
  const fields = asked === null ? 'all' : requestedFields(list(asked));
  const projection = {
    fields: fields === 'id' ? [] : fields,
    names: expand.has('names'),
    changelog: expand.has('changelog'),
    properties: list(context.query.get('properties')),
  };
  const bean = issueBean(issue, site, projection, context.baseUrl);
  return reply(200, projection.names ? { ...bean, names: namesFor(fields, site) } : bean);
}

/** `GET /rest/api/3/field`: `FieldDetails` of every field of the site. */
function listFields(context: SandboxContext): RouteOutcome {
  return reply(
    200,
    siteFields(context.state).map((field) => {
      const number = /^customfield_(\d+)$/.exec(field.id)?.[1];
      const schema =
        number === undefined
          ? { type: field.type, system: field.id }
          : { type: field.type, customId: Number(number) };
      return {
        id: field.id,
        key: field.id,
        name: field.name,
        custom: field.custom,
        orderable: true,
        navigable: true,
        searchable: true,
        clauseNames: number === undefined ? [field.id] : [`cf[${number}]`, field.name],
        schema,
      };
    }),
  );
}

/** `MultipleCustomFieldValuesUpdateDetails`. */
const appValuesBody = z.strictObject({
  updates: z.array(
    z.strictObject({
      customField: z.string(),
      issueIds: z.array(z.number().int()),
      value: z.unknown(),
    }),
  ),
});

/**
 * `POST /rest/api/3/app/field/value`: all updates or none; with `generateChangelog` (the
 * default) each issue gets one history entry by the app user.
 */
function writeAppValues(context: SandboxContext): RouteOutcome {
  const body = readBody(appValuesBody, context.body ?? {});
  if (body === null) return jiraError(400, [JIRA_BAD_PAYLOAD]);
  const byId = new Map(siteFields(context.state).map((field) => [field.id, field]));
  const values = new Map<string, Record<string, unknown>>();
  for (const update of body.updates) {
    const field = byId.get(update.customField);
    if (field?.custom !== true)
      return jiraError(404, [`The custom field ${update.customField} was not found.`]);
    const converted = storedValue(field, update.value ?? null, valueContext(context));
    if ('error' in converted) return jiraError(400, [], { [field.id]: converted.error });
    for (const issueId of update.issueIds) {
      const issue = findIssue(context.state, String(issueId));
      if (issue === undefined) return jiraError(404, [NO_ISSUE]);
      const own = values.get(issue.id) ?? {};
      if (Object.hasOwn(own, field.id))
        return jiraError(400, ['Combinations of custom field and issue must be unique.']);
      values.set(issue.id, { ...own, [field.id]: converted.value });
    }
  }
  const withLog = context.query.get('generateChangelog') !== 'false';
  let state = context.state;
  for (const [issueId, fields] of values) {
    const issue = findIssue(state, issueId);
    if (issue === undefined) continue;
    const items = changesOf({ ...context, state }, issue, fields);
    state = withLog
      ? commitChange({ ...context, state }, issue, fields, items, APP_USER)
      : replaceIssue(state, { ...issue, fields: { ...issue.fields, ...fields } });
  }
  return changed(state, 204);
}

const MAX_PROPERTY = 32_768;

/** `PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}`: 201 created, 200 replaced. */
function putProperty(context: SandboxContext): RouteOutcome {
  const issue = findIssue(context.state, context.params.issueIdOrKey ?? '');
  if (issue === undefined) return jiraError(404, [NO_ISSUE]);
  const key = context.params.propertyKey ?? '';
  if (key.length > 255)
    return jiraError(400, ['The property key cannot be longer than 255 characters.']);
  if (context.body === undefined)
    return jiraError(400, ['The property value must be a non-empty JSON value.']);
  if (JSON.stringify(context.body).length > MAX_PROPERTY)
    return jiraError(400, [`The property value cannot be longer than ${MAX_PROPERTY} characters.`]);
  const existed = Object.hasOwn(issue.properties, key);
  const next: SandboxIssue = { ...issue, properties: { ...issue.properties, [key]: context.body } };
  return changed(replaceIssue(context.state, next), existed ? 200 : 201);
}

function getProperty(context: SandboxContext): RouteOutcome {
  const issue = findIssue(context.state, context.params.issueIdOrKey ?? '');
  if (issue === undefined) return jiraError(404, [NO_ISSUE]);
  const key = context.params.propertyKey ?? '';
  if (!Object.hasOwn(issue.properties, key))
    return jiraError(404, [`The property with key '${key}' does not exist.`]);
  return reply(200, { key, value: issue.properties[key] });
}

const removedSearch = (): RouteOutcome =>
  jiraError(410, [
    'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046',
  ]);

export const JIRA_ROUTES: readonly Route[] = [
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}', handle: getIssue },
  { method: 'GET', template: '/rest/api/3/field', handle: listFields },
  { method: 'POST', template: '/rest/api/3/app/field/value', handle: writeAppValues },
  {
    method: 'PUT',
    template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    handle: putProperty,
  },
  {
    method: 'GET',
    template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
    handle: getProperty,
  },
  { method: 'GET', template: '/rest/api/3/search', handle: removedSearch },
  { method: 'POST', template: '/rest/api/3/search', handle: removedSearch },
];

import { z } from 'zod';
import { findIssue, replaceIssue } from './jira-site';
import {
  JIRA_BAD_PAYLOAD,
  jiraError,
  readBody,
  type Route,
  type RouteOutcome,
  type SandboxContext,
} from './routes';

/** `MultiIssueEntityProperties`: up to 100 issues, up to 10 properties each. */
const multiBody = z.strictObject({
  issues: z
    .array(
      z.strictObject({
        issueID: z.number().int(),
        properties: z.record(z.string(), z.unknown()),
      }),
    )
    .min(1)
    .max(100),
});

const MAX_PROPERTY = 32_768;

/**
 * `POST /rest/api/3/issue/properties/multi`: sets the properties at once (Jira runs a task and
 * answers `303 See Other` with its address); issues not found are ignored, as Jira documents.
 */
function setMany(context: SandboxContext): RouteOutcome {
  const body = readBody(multiBody, context.body ?? {});
  if (body === null) return jiraError(400, [JIRA_BAD_PAYLOAD]);
  for (const { properties } of body.issues) {
    const keys = Object.keys(properties);
    if (keys.length === 0 || keys.length > 10)
      return jiraError(400, ['Each issue must have between 1 and 10 properties.']);
    if (keys.some((key) => JSON.stringify(properties[key]).length > MAX_PROPERTY))
      return jiraError(400, [
        `The property value cannot be longer than ${String(MAX_PROPERTY)} characters.`,
      ]);
  }
  let state = context.state;
  for (const { issueID, properties } of body.issues) {
    const issue = findIssue(state, String(issueID));
    if (issue !== undefined)
      state = replaceIssue(state, { ...issue, properties: { ...issue.properties, ...properties } });
  }
  const task = `${context.baseUrl}/rest/api/3/task/${String(context.now)}`;
  return { reply: { status: 303, headers: { location: task } }, state };
}

export const JIRA_PROPERTY_ROUTES: readonly Route[] = [
  { method: 'POST', template: '/rest/api/3/issue/properties/multi', handle: setMany },
];

import { z } from 'zod';

/*
 * What Jalon reads from `POST /rest/api/3/search/jql` with `expand: "names,changelog"`, after
 * the Jira platform v3 OpenAPI document (`shared/openapi/jira-platform-v3.json`): the response
 * is `SearchAndReconcileResults`, each issue an `IssueBean`, its changelog a `PageOfChangelogs`
 * of `Changelog` entries whose author is a `UserDetails` and whose items are `ChangeDetails`.
 * Objects are loose: keys we do not use pass through unchecked; the keys we use are checked.
 * Jira sends `null` in `ChangeDetails` values although the document types them as strings.
 */

/** Field id → display name (`customfield_10042` → `Criticité`). */
export const jiraNamesSchema = z.record(z.string(), z.string());

/** `ChangeDetails`: one field changed in a history entry. */
export const jiraChangeItemSchema = z.looseObject({
  field: z.string(),
  fieldId: z.string().optional(),
  fieldtype: z.string(),
  from: z.string().nullish(),
  fromString: z.string().nullish(),
  to: z.string().nullish(),
  toString: z.string().nullish(),
});

/** `Changelog`: one history entry; no author for some automated changes. */
export const jiraHistorySchema = z.looseObject({
  id: z.string(),
  created: z.string(),
  author: z.looseObject({ displayName: z.string() }).optional(),
  items: z.array(jiraChangeItemSchema),
});

/** `PageOfChangelogs`: the changelog embedded in an issue, possibly truncated. */
export const jiraChangelogSchema = z.looseObject({
  startAt: z.number().int().nonnegative().optional(),
  maxResults: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  histories: z.array(jiraHistorySchema),
});

/** `IssueLink` in `fields.issuelinks`: its type and the issue at its other end. */
export const jiraIssueLinkSchema = z.looseObject({
  type: z.looseObject({ name: z.string() }),
  inwardIssue: z.looseObject({ key: z.string() }).optional(),
  outwardIssue: z.looseObject({ key: z.string() }).optional(),
});

/** `IssueBean.fields`: the system fields Jalon needs, any other field as Jira sent it. */
export const jiraFieldsSchema = z.looseObject({
  status: z.looseObject({ name: z.string() }),
  issuetype: z.looseObject({ name: z.string() }),
  project: z.looseObject({ key: z.string() }),
  labels: z.array(z.string()),
  created: z.string(),
  issuelinks: z.array(jiraIssueLinkSchema).optional(),
});

/** `IssueBean`: `names` is there when the issue was read alone with `expand=names`. */
export const jiraIssueSchema = z.looseObject({
  id: z.string().optional(),
  key: z.string(),
  fields: jiraFieldsSchema,
  names: jiraNamesSchema.optional(),
  changelog: jiraChangelogSchema.optional(),
});

const pageShape = {
  names: jiraNamesSchema.optional(),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
};

/** `SearchAndReconcileResults` with issues left unread, so that one bad issue spoils nothing. */
export const jiraSearchEnvelopeSchema = z.looseObject({
  ...pageShape,
  issues: z.array(z.unknown()),
});

/** `SearchAndReconcileResults` with every issue checked. */
export const jiraSearchPageSchema = z.looseObject({
  ...pageShape,
  issues: z.array(jiraIssueSchema),
});

export type JiraChangeItem = z.output<typeof jiraChangeItemSchema>;
export type JiraHistory = z.output<typeof jiraHistorySchema>;
export type JiraIssue = z.output<typeof jiraIssueSchema>;
export type JiraSearchPage = z.output<typeof jiraSearchPageSchema>;

/**
 * The local Atlassian sandbox's state: a small Jira site and a small Confluence site, kept as
 * JSON (under `.jalon/`, git-ignored). Values are stored as Jira and Confluence send them, so
 * that responses are built by projection, not by translation.
 */

/** A field of the Jira site (`GET /rest/api/3/field` shape, reduced). */
export interface SandboxField {
  /** `status`, `summary`, `customfield_10042`… */
  readonly id: string;
  readonly name: string;
  readonly custom: boolean;
  /** Jira schema type: `string`, `option`, `datetime`, `date`, `number`, `array`, `any`… */
  readonly type: string;
}

/** One changelog entry, as Jira's `Changelog` (author, created in Jira's format, items). */
export interface SandboxHistory {
  readonly id: string;
  /** `2026-03-02T10:00:00.000+0100`. */
  readonly created: string;
  readonly author: { readonly accountId: string; readonly displayName: string };
  readonly items: readonly {
    readonly field: string;
    readonly fieldId: string;
    readonly fieldtype: 'jira' | 'custom';
    readonly from: string | null;
    readonly fromString: string | null;
    readonly to: string | null;
    readonly toString: string | null;
  }[];
}

export interface SandboxIssue {
  /** Numeric id as a string (`10042`). */
  readonly id: string;
  readonly key: string;
  readonly project: string;
  /**
   * Every field as Jira's `IssueBean.fields` holds it: `summary` (string), `status`
   * (`{ name, id, statusCategory }`), `issuetype` (`{ name, id }`), `project` (`{ key, id, name }`),
   * `labels` (string[]), `created` / `updated` (Jira timestamps), custom fields by id (an option is
   * `{ value, id }`, a date `YYYY-MM-DD`, a datetime a Jira timestamp, an object field its JSON
   * object).
   */
  readonly fields: Readonly<Record<string, unknown>>;
  /** Oldest first. */
  readonly histories: readonly SandboxHistory[];
  /** Issue properties (`PUT /rest/api/3/issue/{key}/properties/{key}`). */
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface SandboxSpace {
  readonly id: string;
  readonly key: string;
  readonly name: string;
}

export interface SandboxPage {
  readonly id: string;
  readonly spaceId: string;
  readonly parentId: string | null;
  readonly title: string;
  /** Storage format. */
  readonly body: string;
  readonly version: number;
  /** ISO 8601. */
  readonly createdAt: string;
  /** ISO 8601 of the current version, and its message; absent on a page never updated. */
  readonly updatedAt?: string;
  readonly versionMessage?: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** A workflow status of the Jira site; its id is also the id of the global transition to it. */
export interface SandboxStatus {
  readonly id: string;
  readonly name: string;
  readonly category: 'new' | 'indeterminate' | 'done';
}

/** A project or an issue type of the Jira site (`{ id, key, name }`, `{ id, name }`). */
export interface SandboxProject {
  readonly id: string;
  readonly key: string;
  readonly name: string;
}

export interface SandboxIssueType {
  readonly id: string;
  readonly name: string;
}

/**
 * A person of the site and what Jira lets them do: Jira administration (the `ADMINISTER` global
 * permission) and browsing projects (`BROWSE_PROJECTS`, by project key; `*` for every project).
 */
export interface SandboxAccount {
  readonly accountId: string;
  readonly displayName: string;
  readonly admin: boolean;
  readonly browse: readonly string[];
}

export interface SandboxState {
  readonly fields: readonly SandboxField[];
  /**
   * The site's statuses, projects and issue types, beyond those the issues already show (the
   * sandbox also reads them off `fields.status`, `fields.project`, `fields.issuetype`).
   */
  readonly statuses?: readonly SandboxStatus[];
  readonly projects?: readonly SandboxProject[];
  readonly issueTypes?: readonly SandboxIssueType[];
  /**
   * The site's people, for permission checks made as a user (`X-Sandbox-Account`). Without any,
   * every user may do everything, as a sandbox used by one person expects.
   */
  readonly accounts?: readonly SandboxAccount[];
  readonly issues: readonly SandboxIssue[];
  readonly spaces: readonly SandboxSpace[];
  readonly pages: readonly SandboxPage[];
  /** The next numeric ids to hand out (issues, histories, pages). */
  readonly next: { readonly issue: number; readonly history: number; readonly page: number };
}

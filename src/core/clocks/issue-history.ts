/**
 * A Jira issue as the clock engine sees it, independent of Jira's JSON: values by field id
 * (`status`, `customfield_10042`…), display names, and the dated changes. Built by `src/jira`.
 */
export interface FieldChange {
  /** Field id (`status`, `customfield_10042`). */
  readonly field: string;
  /** Display values before and after (option value, status name, ISO instant…), null when empty. */
  readonly from: string | null;
  readonly to: string | null;
}

export interface HistoryEvent {
  /** Jira history id, for explanations and stable ordering. */
  readonly id: string;
  /** Epoch ms. */
  readonly at: number;
  readonly author: string;
  readonly changes: readonly FieldChange[];
}

/** A link from this issue to another (Jira `issuelinks`), by the other issue's key. */
export interface IssueLink {
  /** The link type's name ("Relates", "Blocks"…). */
  readonly type: string;
  readonly key: string;
}

export interface IssueHistory {
  readonly key: string;
  /** Jira's numeric issue id, when read from Jira (writes by id need it). */
  readonly id?: string;
  /** The issue's summary as people typed it (shown in reports, never interpreted). */
  readonly summary?: string;
  readonly issueType: string;
  readonly project: string;
  readonly labels: readonly string[];
  /** Epoch ms. */
  readonly created: number;
  /** Values as fetched (the latest state), by field id; `status` is the status name. */
  readonly fields: Readonly<Record<string, string | null>>;
  /** Display name of each field id (the search response's `names`). */
  readonly names: Readonly<Record<string, string>>;
  /** Changes in any order; the engine sorts them by instant, then by id. */
  readonly events: readonly HistoryEvent[];
  /** Links to other issues, when the search asked for `issuelinks`. */
  readonly links?: readonly IssueLink[];
}

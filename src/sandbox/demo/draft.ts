import type { CustomKey } from './fields';
import type { IssueTypeName, Person, ProjectKey, StatusName } from './jira-json';

/**
 * An issue as the generators write it: its values at creation and its dated changes, by field
 * key, before Jira's JSON shapes are applied (`build-issue.ts`). Datetime values are epoch ms,
 * dates `YYYY-MM-DD`, numbers numbers, options and texts their display string.
 */
export type DraftValue = string | number | null;

export type Values = { readonly status?: StatusName } & Partial<Record<CustomKey, DraftValue>>;

export interface DraftStep {
  readonly at: number;
  readonly author: Person;
  readonly set: Values;
}

export interface IssueDraft {
  readonly project: ProjectKey;
  readonly issueType: IssueTypeName;
  readonly summary: string;
  readonly labels: readonly string[];
  /** Epoch ms. */
  readonly created: number;
  readonly reporter: Person;
  readonly assignee: Person | null;
  readonly initial: Values & { readonly status: StatusName };
  /** In time order; those at or after the period's end are dropped when the issue is built. */
  readonly steps: readonly DraftStep[];
  /** Jalon's object fields ("Lignes UO", "Factures"), final values without changelog. */
  readonly objects?: Partial<Record<'lines' | 'invoices', unknown>>;
}

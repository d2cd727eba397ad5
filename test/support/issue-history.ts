import type { HistoryEvent, IssueHistory } from '../../src/core/clocks';
import { at } from './calendars';

/** Field ids of the test site, with their display names (as the search response's `names`). */
export const NAMES = {
  status: 'Statut',
  customfield_10001: 'Criticité',
  customfield_10002: 'Environnement',
  customfield_10003: "Début d'incident",
  customfield_10004: 'Niveau de service',
} as const;
type FieldId = keyof typeof NAMES;

export interface Step {
  readonly at: string;
  readonly author?: string;
  readonly set: Partial<Record<FieldId, string | null>>;
}

/**
 * An issue as the Jira adapter delivers it on a site whose fields are `names`: `initial` values
 * at creation, then dated steps; the builder fills each change's `from` and the latest `fields`,
 * like Jira's changelog. Values are by field id.
 */
export function historyOf(
  names: Readonly<Record<string, string>>,
  key: string,
  issueType: string,
  created: string,
  initial: Readonly<Record<string, string | null>>,
  steps: readonly {
    readonly at: string;
    readonly author?: string;
    readonly set: Readonly<Record<string, string | null>>;
  }[],
): IssueHistory {
  const values: Record<string, string | null> = { ...initial };
  const events: HistoryEvent[] = steps.map((step, i) => ({
    id: String(10_000 + i),
    at: at(step.at),
    author: step.author ?? 'Agent X',
    changes: Object.entries(step.set).map(([field, to]) => {
      const change = { field, from: values[field] ?? null, to };
      values[field] = to;
      return change;
    }),
  }));
  return {
    key,
    issueType,
    project: key.split('-')[0] ?? key,
    labels: [],
    created: at(created),
    fields: values,
    names,
    events,
  };
}

/** An issue of the test site (`NAMES`), values by field id. */
export function anIssue(
  key: string,
  issueType: string,
  created: string,
  initial: Partial<Record<FieldId, string | null>>,
  steps: readonly Step[] = [],
): IssueHistory {
  return historyOf(NAMES, key, issueType, created, initial, steps);
}

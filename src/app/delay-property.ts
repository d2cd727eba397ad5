import { isDeepStrictEqual } from 'node:util';
import type { JalonFieldValues } from '../core/clocks/field-values';
import { succeed, type Result } from '../core/result';
import { readIssueProperty, writeIssueProperty } from '../jira/issue-properties';
import type { JiraHttp } from '../jira/jira-rest';
import type { JiraStatusHttp } from '../jira/permissions';

/**
 * The issue entity property `jalon.delais`: what Jalon's fields say, in a shape Jira
 * Automation conditions and JQL (the manifest's `jira:entityProperty` index) can read —
 * `clockStates: ["resolution:En pause"]` (each clock in the state field's words),
 * `breached: ["prise-en-compte"]`, and `nextChangeAt`, when the state field would change with no
 * event: the hourly refresh searches on it.
 */
export const DELAY_PROPERTY = 'jalon.delais';

export interface DelayProperty {
  readonly state: string | null;
  readonly nextDueAt: string | null;
  readonly nextChangeAt: string | null;
  readonly remainingHours: number | null;
  readonly clockStates: readonly string[];
  readonly breached: readonly string[];
}

export function delayProperty(values: JalonFieldValues): DelayProperty {
  const clocks = values.clocks.clocks;
  return {
    state: values.state,
    nextDueAt: values.nextDue,
    nextChangeAt: values.nextChangeAt,
    remainingHours: values.remainingHours,
    clockStates: clocks.map((c) => `${c.id}:${c.state}`),
    breached: clocks.filter((c) => c.breached).map((c) => c.id),
  };
}

/**
 * Writes the property when it differs from the one the issue holds (one read, at most one
 * write); true when it wrote. `known` skips the read when the caller knows the fields changed.
 */
export async function syncDelayProperty(
  jira: JiraHttp & JiraStatusHttp,
  issueKey: string,
  values: JalonFieldValues,
  known: 'compare' | 'changed' = 'compare',
): Promise<Result<boolean>> {
  const next = delayProperty(values);
  if (known === 'compare') {
    const current = await readIssueProperty(jira, issueKey, DELAY_PROPERTY);
    if (!current.ok) return current;
    if (isDeepStrictEqual(current.value, next)) return succeed(false);
  }
  const written = await writeIssueProperty(jira, issueKey, DELAY_PROPERTY, next);
  return written.ok ? succeed(true) : written;
}

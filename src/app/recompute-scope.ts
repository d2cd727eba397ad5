import { recomputeIssues, type IssueRecomputation } from './recompute-issues';
import type { Adjustment } from '../core/clocks';
import type { CompiledContract } from '../core/contract';
import { fail, succeed, type Result } from '../core/result';
import type { JiraHttp } from '../jira/jira-rest';
import type { JiraStatusHttp } from '../jira/permissions';
import { writeIssuePropertiesInBulk } from '../jira/issue-properties';
import {
  DELAY_PROPERTY,
  delayProperty,
  syncDelayProperty,
  type DelayProperty,
} from './delay-property';

/** A Jira issue key (`DEM-42`): the only shape put into JQL unquoted-safe. */
export const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-\d+$/;

export const projectOfKey = (key: string): string => key.slice(0, key.lastIndexOf('-'));

export interface IssueOutcome {
  readonly key: string;
  /** False when the contract's categories do not cover the issue (or Jira did not give it). */
  readonly evaluated: boolean;
  readonly fieldsWritten: boolean;
  readonly propertyWritten: boolean;
}

/**
 * Recomputes one issue now: Jalon's fields are written in one bulk call only when a value
 * changed, then the `jalon.delais` property only when it differs from the issue's.
 */
export async function recomputeIssue(
  jira: JiraHttp & JiraStatusHttp,
  now: () => number,
  contract: CompiledContract,
  issueKey: string,
  adjustments?: ReadonlyMap<string, readonly Adjustment[]>,
): Promise<Result<IssueOutcome>> {
  if (!ISSUE_KEY.test(issueKey))
    return fail(
      'JALON.BAD_ISSUE_KEY',
      `Clé de ticket invalide « ${issueKey} » : attendu PROJET-123.`,
    );
  let seen: IssueRecomputation | undefined;
  const done = await recomputeIssues({ jira, now }, contract, `key = ${issueKey}`, {
    ...(adjustments === undefined ? {} : { adjustments }),
    onIssue: (issue) => {
      seen = issue;
    },
  });
  if (!done.ok) return done;
  if (seen === undefined)
    return succeed({
      key: issueKey,
      evaluated: false,
      fieldsWritten: false,
      propertyWritten: false,
    });
  const property = await syncDelayProperty(jira, issueKey, seen.values);
  if (!property.ok) return property;
  return succeed({
    key: issueKey,
    evaluated: true,
    fieldsWritten: done.value.writes > 0,
    propertyWritten: property.value,
  });
}

export interface ScopeOutcome {
  readonly evaluated: number;
  readonly changed: readonly string[];
  /** Bulk field writes and property writes. */
  readonly writes: number;
  readonly problems: readonly { readonly key: string; readonly message: string }[];
}

/**
 * Recomputes a JQL scope of one contract: fields in bulk where they changed, then the property
 * of the changed issues in bulk too, 100 issues a call (their property changed with their
 * fields: no read first).
 */
export async function recomputeScope(
  jira: JiraHttp & JiraStatusHttp,
  now: () => number,
  contract: CompiledContract,
  jql: string,
  adjustments?: ReadonlyMap<string, readonly Adjustment[]>,
): Promise<Result<ScopeOutcome>> {
  const changed: { issueId: number; value: DelayProperty }[] = [];
  const done = await recomputeIssues({ jira, now }, contract, jql, {
    ...(adjustments === undefined ? {} : { adjustments }),
    onIssue: (issue) => {
      if (issue.changes.length > 0)
        changed.push({ issueId: Number(issue.id), value: delayProperty(issue.values) });
    },
  });
  if (!done.ok) return done;
  const properties = await writeIssuePropertiesInBulk(jira, DELAY_PROPERTY, changed);
  if (!properties.ok) return properties;
  return succeed({
    evaluated: done.value.evaluated,
    changed: done.value.changed,
    writes: done.value.writes + properties.value,
    problems: done.value.problems,
  });
}

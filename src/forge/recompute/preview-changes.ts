import { recomputeIssues, type IssueRecomputation } from '../../app';
import type { CompiledContract } from '../../core/contract';
import { succeed, type Result } from '../../core/result';
import type { ForgeRuntime } from '../runtime';
import { adjustmentsFor } from '../store/adjustments';

/** At most this many field changes are listed; the counts cover the whole scope. */
export const PREVIEW_MAX_CHANGES = 500;

export interface FieldChange {
  readonly key: string;
  readonly field: string;
  readonly from: string | null;
  readonly to: string | null;
}

export interface ChangesPreview {
  readonly jql: string;
  readonly evaluated: number;
  readonly changedIssues: number;
  readonly changes: readonly FieldChange[];
  readonly truncated: boolean;
  readonly problems: readonly { readonly key: string; readonly message: string }[];
  /** "12 tickets changent sur 180 : DEM-3, DEM-7, …" or "Aucun ticket ne change (180 évalués)." */
  readonly summary: string;
}

const LISTED_KEYS = 12;

/** The French sentence a dry run ends with. */
export function changesSummary(evaluated: number, keys: readonly string[]): string {
  if (keys.length === 0)
    return `Aucun ticket ne change (${String(evaluated)} évalué${evaluated > 1 ? 's' : ''}).`;
  const listed = keys.slice(0, LISTED_KEYS).join(', ');
  const more =
    keys.length > LISTED_KEYS ? `, et ${String(keys.length - LISTED_KEYS)} autre(s)` : '';
  const verb = keys.length > 1 ? `${String(keys.length)} tickets changent` : '1 ticket change';
  return `${verb} sur ${String(evaluated)} : ${listed}${more}.`;
}

/**
 * A recompute of `jql` with `contract` that writes nothing: which of Jalon's fields would
 * change on which issue, from what to what (the contract may be a draft not saved yet).
 */
export async function previewChanges(
  runtime: ForgeRuntime,
  contract: CompiledContract,
  jql: string,
): Promise<Result<ChangesPreview>> {
  const at = runtime.now();
  const changes: FieldChange[] = [];
  const keys: string[] = [];
  let total = 0;
  const collect = (issue: IssueRecomputation): void => {
    if (issue.changes.length > 0) keys.push(issue.key);
    total += issue.changes.length;
    for (const change of issue.changes)
      if (changes.length < PREVIEW_MAX_CHANGES) changes.push({ key: issue.key, ...change });
  };
  const adjustments = await adjustmentsFor(runtime.store);
  if (!adjustments.ok) return adjustments;
  const done = await recomputeIssues({ jira: runtime.asApp().jira, now: () => at }, contract, jql, {
    dryRun: true,
    onIssue: collect,
    adjustments: adjustments.value,
  });
  if (!done.ok) return done;
  return succeed({
    jql,
    evaluated: done.value.evaluated,
    changedIssues: keys.length,
    changes,
    truncated: total > changes.length,
    problems: done.value.problems,
    summary: changesSummary(done.value.evaluated, keys),
  });
}

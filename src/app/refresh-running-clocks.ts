import type { Adjustment } from '../core/clocks';
import type { CompiledContract } from '../core/contract';
import type { Result } from '../core/result';
import type { JiraHttp } from '../jira/jira-rest';
import type { JiraStatusHttp } from '../jira/permissions';
import { contractScope } from './publish-month';
import { recomputeScope, type ScopeOutcome } from './recompute-scope';

/**
 * The issues of a contract whose displayed state is due to change by now: the ones whose
 * `jalon.delais` property says so (`nextChangeAt`, indexed as `jalonChangement`).
 */
export function refreshJql(contract: CompiledContract): string {
  return `${contractScope(contract)} AND jalonChangement <= now() ORDER BY key ASC`;
}

/**
 * The hourly refresh: the running clocks whose state is due to change ("À risque", "Dépassé")
 * are recomputed at `now()`, and only the issues whose fields change are written. Other clocks
 * wait for their issue's next event: an hour of delay at most, for a fraction of the points of
 * recomputing every open issue.
 */
export function refreshRunningClocks(
  jira: JiraHttp & JiraStatusHttp,
  now: () => number,
  contract: CompiledContract,
  adjustments?: ReadonlyMap<string, readonly Adjustment[]>,
): Promise<Result<ScopeOutcome>> {
  return recomputeScope(jira, now, contract, refreshJql(contract), adjustments);
}

import type { CompiledContract, CompiledVersion } from '../contract';
import { fail, succeed, type Result } from '../result';
import type { Adjustment } from './adjustments';
import type { ClockResult } from './clock-result';
import { checkTimeline } from './check-timeline';
import { evaluateClock, type EvaluationOptions, type IssueContext } from './evaluate-clock';
import type { IssueHistory } from './issue-history';
import { buildTimeline } from './timeline';

export interface IssueEvaluation {
  readonly key: string;
  /** The contract category (anomaly, incident…), or null when the issue is outside every one. */
  readonly category: string | null;
  readonly contractVersion: string;
  readonly clocks: readonly ClockResult[];
}

/** The version in force at an instant: the last one whose effective date has begun. */
export function versionAt(contract: CompiledContract, at: number): CompiledVersion | undefined {
  let found: CompiledVersion | undefined;
  for (const compiled of contract.versions) if (compiled.effectiveAt <= at) found = compiled;
  return found;
}

export function categoryOf(
  version: CompiledVersion['version'],
  history: IssueHistory,
): string | null {
  const category = version.categories.find(
    (c) =>
      c.issueTypes.includes(history.issueType) &&
      (c.projects === undefined || c.projects.includes(history.project)) &&
      (c.labels === undefined || c.labels.some((l) => history.labels.includes(l))),
  );
  return category?.id ?? null;
}

/**
 * Every clock of the contract that applies to the issue, evaluated at `at` (epoch ms): events
 * after `at` are ignored; one clock that cannot be computed does not stop the others.
 */
export function evaluateIssue(
  contract: CompiledContract,
  history: IssueHistory,
  at: number,
  adjustments: readonly Adjustment[] = [],
  options: EvaluationOptions = {},
): Result<IssueEvaluation> {
  const compiled = versionAt(contract, at);
  if (compiled === undefined) {
    return fail(
      'CONTRACT.NO_VERSION',
      `Aucune version du contrat « ${contract.contract.id} » n'est en vigueur au ${new Date(at).toISOString()} : ajoutez une version dont la date d'effet précède cet instant.`,
    );
  }
  const category = categoryOf(compiled.version, history);
  const base = { key: history.key, category, contractVersion: compiled.version.effectiveFrom };
  if (category === null) return succeed({ ...base, clocks: [] });
  const timeline = buildTimeline(history, compiled.version, at, 'clocks');
  const context: IssueContext = {
    compiled,
    timeline,
    check: checkTimeline(compiled.version, timeline),
    at,
    adjustments:
      adjustments.length === 0 ? adjustments : adjustments.filter((a) => a.issue === history.key),
    options,
  };
  const clocks: ClockResult[] = [];
  for (const clock of compiled.version.clocks)
    if (clock.categories.includes(category)) clocks.push(evaluateClock(clock, context));
  return succeed({ ...base, clocks });
}

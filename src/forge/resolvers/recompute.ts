import { z } from 'zod';
import { contractJql, recomputeIssues, type IssueRecomputation } from '../../app';
import { fail, succeed } from '../../core/result';
import type { ForgeRuntime } from '../runtime';
import { contractIdSchema, loadContract } from '../store/contracts';
import { guarded, type ResolverDefinitions } from './define';

/** At most this many field changes are listed; the counts cover the whole scope. */
export const PREVIEW_MAX_CHANGES = 500;

export const recomputePreviewPayload = z.object({
  contractId: contractIdSchema,
  /** A narrower scope; the contract's issues by default. */
  jql: z.string().trim().min(1).max(5000).optional(),
});

/** The admin page's dry run: which of Jalon's fields a recompute would change, and how. */
export function recomputeResolvers(runtime: ForgeRuntime): ResolverDefinitions {
  return {
    'recompute/preview': guarded(
      runtime,
      { payload: recomputePreviewPayload, access: { kind: 'admin' } },
      async (input) => {
        const loaded = await loadContract(runtime.store, input.contractId);
        if (!loaded.ok) return loaded;
        if (loaded.value === null)
          return fail(
            'JALON.UNKNOWN_CONTRACT',
            `Aucun contrat « ${input.contractId} » n’est configuré dans Jalon.`,
          );
        const contract = loaded.value.compiled;
        const at = runtime.now();
        const jql = input.jql ?? contractJql(contract, new Date(at).toISOString().slice(0, 7));
        const changes: { key: string; field: string; from: string | null; to: string | null }[] =
          [];
        let changedIssues = 0;
        let totalChanges = 0;
        const collect = (issue: IssueRecomputation): void => {
          if (issue.changes.length > 0) changedIssues += 1;
          totalChanges += issue.changes.length;
          for (const change of issue.changes)
            if (changes.length < PREVIEW_MAX_CHANGES) changes.push({ key: issue.key, ...change });
        };
        const done = await recomputeIssues(
          { jira: runtime.asApp().jira, now: () => at },
          contract,
          jql,
          {
            dryRun: true,
            onIssue: collect,
          },
        );
        if (!done.ok) return done;
        return succeed({
          jql,
          evaluated: done.value.evaluated,
          changedIssues,
          changes,
          truncated: totalChanges > changes.length,
          problems: done.value.problems,
        });
      },
    ),
  };
}

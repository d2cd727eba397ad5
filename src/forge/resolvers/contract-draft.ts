import { z } from 'zod';
import { contractJql } from '../../app';
import { compileContract } from '../../core/contract';
import { succeed } from '../../core/result';
import { isoInstant } from '../../core/report/describe';
import { enqueueJob } from '../jobs/enqueue';
import { previewChanges } from '../recompute/preview-changes';
import type { ForgeRuntime } from '../runtime';
import { appendAudit } from '../store/audit';
import { contractSavePayload, saveAudited } from './contract';
import { guarded, type ResolverDefinitions } from './define';

export const contractPreviewPayload = z.object({
  /** The configuration as edited, not saved yet. */
  contract: z.unknown(),
  /** A narrower scope; the contract's issues by default. */
  jql: z.string().trim().min(1).max(5000).optional(),
});
export const contractApplyPayload = contractSavePayload;

/** The contract's issues created up to the end of the current month (Paris time). */
const scopeOf = (runtime: ForgeRuntime, contract: Parameters<typeof contractJql>[0]): string =>
  contractJql(contract, isoInstant(runtime.now(), 'Europe/Paris').slice(0, 7));

/**
 * A configuration change in two steps, for administrators: `contract/preview` validates the
 * edited contract (every problem located by its path) and says which of Jalon's fields a
 * recompute with it would change, writing nothing; `contract/apply` saves it (audited) and
 * queues the recompute of its issues, whose progress `jobs/get` tells.
 */
export function contractDraftResolvers(runtime: ForgeRuntime): ResolverDefinitions {
  const admin = { kind: 'admin' } as const;
  return {
    'contract/preview': guarded(
      runtime,
      { payload: contractPreviewPayload, access: admin },
      async (input) => {
        const compiled = compileContract(input.contract);
        if (!compiled.ok) return compiled;
        return previewChanges(
          runtime,
          compiled.value,
          input.jql ?? scopeOf(runtime, compiled.value),
        );
      },
    ),
    'contract/apply': guarded(
      runtime,
      { payload: contractApplyPayload, access: admin },
      async (input, caller) => {
        const compiled = compileContract(input.contract);
        if (!compiled.ok) return compiled;
        const saved = await saveAudited(runtime, input.contract, input.reason, caller.accountId);
        if (!saved.ok) return saved;
        const jql = scopeOf(runtime, compiled.value);
        const queued = await enqueueJob(runtime, {
          kind: 'recompute',
          contractId: saved.value.contractId,
          jql,
          requestedBy: caller.accountId,
        });
        if (!queued.ok) return queued;
        const audited = await appendAudit(
          runtime.store,
          {
            actor: { accountId: caller.accountId, kind: 'user' },
            action: 'recalcul',
            subject: saved.value.contractId,
            summary: `Recalcul des tickets du contrat après la révision ${String(saved.value.revision)} (tâche ${queued.value}).`,
            why: input.reason,
            details: { jql, jobId: queued.value, revision: saved.value.revision },
          },
          runtime.now(),
        );
        return audited.ok ? succeed({ revision: saved.value, jobId: queued.value }) : audited;
      },
    ),
  };
}

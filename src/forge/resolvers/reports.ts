import { z } from 'zod';
import { fail, succeed } from '../../core/result';
import { enqueueJob } from '../jobs/enqueue';
import type { ForgeRuntime } from '../runtime';
import { appendAudit } from '../store/audit';
import { contractIdSchema, loadContract } from '../store/contracts';
import { listPublications } from '../store/reports';
import { guarded, type ResolverDefinitions } from './define';

export const reportListPayload = z.object({ contractId: contractIdSchema });
export const reportPublishPayload = z.object({
  contractId: contractIdSchema,
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'mois attendu au format AAAA-MM, par exemple 2026-09'),
  spaceKey: z.string().min(1, 'indiquez la clé de l’espace Confluence des rapports'),
  reason: z.string().trim().max(2000).default(''),
});

/**
 * The monthly reports: the published months of a contract (the Confluence macro lists them; the
 * pages themselves keep Confluence's own permissions), and a publication, queued, for admins.
 */
export function reportResolvers(runtime: ForgeRuntime): ResolverDefinitions {
  return {
    'report/list': guarded(
      runtime,
      { payload: reportListPayload, access: { kind: 'signed-in' } },
      (input) => listPublications(runtime.store, input.contractId),
    ),
    'report/publish': guarded(
      runtime,
      { payload: reportPublishPayload, access: { kind: 'admin' } },
      async (input, caller) => {
        const known = await loadContract(runtime.store, input.contractId);
        if (!known.ok) return known;
        if (known.value === null)
          return fail(
            'JALON.UNKNOWN_CONTRACT',
            `Aucun contrat « ${input.contractId} » n’est configuré dans Jalon.`,
          );
        const { contractId, month, spaceKey } = input;
        const queued = await enqueueJob(runtime, {
          kind: 'publish',
          contractId,
          month,
          spaceKey,
          requestedBy: caller.accountId,
        });
        if (!queued.ok) return queued;
        const audited = await appendAudit(
          runtime.store,
          {
            actor: { accountId: caller.accountId, kind: 'user' },
            action: 'publication',
            subject: contractId,
            summary: `Publication du rapport de ${month} demandée dans l’espace ${spaceKey} (tâche ${queued.value}).`,
            why: input.reason,
            details: { month, spaceKey, jobId: queued.value },
          },
          runtime.now(),
        );
        return audited.ok ? succeed({ jobId: queued.value }) : audited;
      },
    ),
  };
}

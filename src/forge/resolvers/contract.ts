import { z } from 'zod';
import { fail, succeed, type Result } from '../../core/result';
import type { ForgeRuntime } from '../runtime';
import { appendAudit } from '../store/audit';
import {
  contractIndex,
  contractIdSchema,
  contractRevisions,
  loadContract,
  saveContract,
  type ContractRevision,
} from '../store/contracts';
import { guarded, type ResolverDefinitions } from './define';

export const contractGetPayload = z.object({
  contractId: contractIdSchema,
  /** An older revision; the current one by default. */
  revision: z.number().int().positive().optional(),
});
export const contractSavePayload = z.object({
  contract: z.unknown(),
  /** Why: it goes to the audit log with who and when. */
  reason: z
    .string()
    .trim()
    .min(1, 'indiquez le motif de la modification (il est inscrit au journal d’audit)')
    .max(2000),
});
export const contractVersionsPayload = z.object({ contractId: contractIdSchema });

/** A revision without its contract body (the list stays light). */
const meta = (r: ContractRevision) => ({
  revision: r.revision,
  contractId: r.contractId,
  savedAt: r.savedAt,
  savedBy: r.savedBy,
  reason: r.reason,
});

const unknownContract = (id: string) =>
  fail(
    'JALON.UNKNOWN_CONTRACT',
    `Aucun contrat « ${id} » n’est configuré dans Jalon : vérifiez l’identifiant ou enregistrez-le.`,
  );

/**
 * Saves a contract as its next revision (validated with the contract model's own checks) and
 * writes who, when and why to the audit log; the revision without its body.
 */
export async function saveAudited(
  runtime: ForgeRuntime,
  contract: unknown,
  reason: string,
  accountId: string,
): Promise<Result<ReturnType<typeof meta>>> {
  const at = runtime.now();
  const saved = await saveContract(runtime.store, contract, { by: accountId, at, reason });
  if (!saved.ok) return saved;
  const { revision, compiled } = saved.value;
  const versions = compiled.contract.versions.map((v) => v.effectiveFrom).join(', ');
  const audited = await appendAudit(
    runtime.store,
    {
      actor: { accountId, kind: 'user' },
      action: 'configuration',
      subject: revision.contractId,
      summary: `Révision ${String(revision.revision)} du contrat « ${compiled.contract.label} » enregistrée (versions en vigueur le ${versions}).`,
      why: reason,
      details: { revision: revision.revision },
    },
    at,
  );
  return audited.ok ? succeed(meta(revision)) : audited;
}

/** The admin page's configuration: list, read, save (validated, audited), revisions. */
export function contractResolvers(runtime: ForgeRuntime): ResolverDefinitions {
  const admin = { kind: 'admin' } as const;
  return {
    'contract/list': guarded(runtime, { payload: z.object({}), access: admin }, () =>
      contractIndex(runtime.store),
    ),
    'contract/get': guarded(
      runtime,
      { payload: contractGetPayload, access: admin },
      async (input) => {
        if (input.revision === undefined) {
          const loaded = await loadContract(runtime.store, input.contractId);
          if (!loaded.ok) return loaded;
          return loaded.value === null
            ? unknownContract(input.contractId)
            : succeed(loaded.value.revision);
        }
        const all = await contractRevisions(runtime.store, input.contractId);
        if (!all.ok) return all;
        const found = all.value.find((r) => r.revision === input.revision);
        return found === undefined
          ? fail(
              'JALON.UNKNOWN_REVISION',
              `Le contrat « ${input.contractId} » n’a pas de révision ${String(input.revision)}.`,
            )
          : succeed(found);
      },
    ),
    'contract/save': guarded(
      runtime,
      { payload: contractSavePayload, access: admin },
      (input, caller) => saveAudited(runtime, input.contract, input.reason, caller.accountId),
    ),
    'contract/versions': guarded(
      runtime,
      { payload: contractVersionsPayload, access: admin },
      async (input) => {
        const all = await contractRevisions(runtime.store, input.contractId);
        if (!all.ok) return all;
        return all.value.length === 0
          ? unknownContract(input.contractId)
          : succeed(all.value.map(meta));
      },
    ),
  };
}

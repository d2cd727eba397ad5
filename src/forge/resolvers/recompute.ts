import { z } from 'zod';
import { contractJql } from '../../app';
import { fail } from '../../core/result';
import { previewChanges } from '../recompute/preview-changes';
import type { ForgeRuntime } from '../runtime';
import { loadContract } from '../store/contracts';
import { guarded, type ResolverDefinitions } from './define';

export const recomputePreviewPayload = z.object({
  contractId: z.string().min(1),
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
        const month = new Date(runtime.now()).toISOString().slice(0, 7);
        return previewChanges(runtime, contract, input.jql ?? contractJql(contract, month));
      },
    ),
  };
}

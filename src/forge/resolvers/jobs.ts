import { z } from 'zod';
import { fail, succeed } from '../../core/result';
import type { ForgeRuntime } from '../runtime';
import { readJobState } from '../store/jobs';
import { guarded, type ResolverDefinitions } from './define';

export const jobGetPayload = z.object({ jobId: z.string().min(1).max(200) });

/** `jobs/get`: where a queued recompute or publication is (queued, running, done, failed). */
export function jobResolvers(runtime: ForgeRuntime): ResolverDefinitions {
  return {
    'jobs/get': guarded(
      runtime,
      { payload: jobGetPayload, access: { kind: 'admin' } },
      async (input) => {
        const state = await readJobState(runtime.store, input.jobId);
        if (!state.ok) return state;
        return state.value === null
          ? fail('JALON.UNKNOWN_JOB', `Aucune tâche « ${input.jobId} » n’est connue de Jalon.`)
          : succeed(state.value);
      },
    ),
  };
}

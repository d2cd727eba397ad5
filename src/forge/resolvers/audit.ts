import { z } from 'zod';
import type { ForgeRuntime } from '../runtime';
import { listAudit } from '../store/audit';
import { KVS_MAX_PAGE } from '../store/kvs-rules';
import { guarded, type ResolverDefinitions } from './define';

export const auditListPayload = z.object({
  /** The `nextCursor` of the previous page. */
  cursor: z.string().min(1).optional(),
  limit: z.number().int().min(1).max(KVS_MAX_PAGE).optional(),
});

/** The audit log for administrators, newest first, a page at a time. */
export function auditResolvers(runtime: ForgeRuntime): ResolverDefinitions {
  return {
    'audit/list': guarded(
      runtime,
      { payload: auditListPayload, access: { kind: 'admin' } },
      (input) => listAudit(runtime.store, input),
    ),
  };
}

import { z } from 'zod';
import { succeed } from '../../core/result';
import { exportAll } from '../export/export-all';
import type { ForgeRuntime } from '../runtime';
import { appendAudit } from '../store/audit';
import { guarded, type ResolverDefinitions } from './define';

/** `export/all`: the administration's data, whole, for administrators; the export is audited. */
export function exportResolvers(runtime: ForgeRuntime): ResolverDefinitions {
  return {
    'export/all': guarded(
      runtime,
      {
        payload: z.object({ reason: z.string().trim().max(2000).default('') }),
        access: { kind: 'admin' },
      },
      async (input, caller) => {
        const at = runtime.now();
        const exported = await exportAll(runtime.store, runtime.asApp().jira, at);
        if (!exported.ok) return exported;
        const { data, files } = exported.value;
        const audited = await appendAudit(
          runtime.store,
          {
            actor: { accountId: caller.accountId, kind: 'user' },
            action: 'export',
            subject: 'site',
            summary: `Export complet : ${String(data.configuration.contracts.length)} contrat(s), ${String(data.audit.length)} entrée(s) du journal, ${String(data.values.length)} ticket(s).`,
            why: input.reason,
          },
          at,
        );
        return audited.ok ? succeed({ files }) : audited;
      },
    ),
  };
}

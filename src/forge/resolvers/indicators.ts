import { z } from 'zod';
import { contractJql, readHistories } from '../../app';
import { versionAt } from '../../core/clocks';
import { fail, succeed } from '../../core/result';
import { assembleReportParts } from '../../core/report';
import { isoInstant } from '../../core/report/describe';
import { indicatorsView } from '../../render/ui/order-view';
import type { ForgeRuntime } from '../runtime';
import { loadOwningContract } from '../store/contracts';
import { guarded, type ResolverDefinitions } from './define';

const PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;

export const indicatorsMonthPayload = z.object({
  /** The project of the page, unless the payload names another. */
  projectKey: z.string().regex(PROJECT_KEY).optional(),
  /** `YYYY-MM`; the current month (Paris time) by default. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'mois attendu au format AAAA-MM, par exemple 2026-09')
    .optional(),
});

/**
 * `indicators/month`: the indicators of the contract that owns the project for a month so far,
 * with their verdicts and the 12 months before, as the monthly report computes them.
 */
export function indicatorResolvers(runtime: ForgeRuntime): ResolverDefinitions {
  return {
    'indicators/month': guarded(
      runtime,
      {
        payload: indicatorsMonthPayload,
        access: {
          kind: 'project',
          projectKey: (input, caller) => input.projectKey ?? caller.projectKey,
        },
      },
      async (input, caller) => {
        const project = input.projectKey ?? caller.projectKey ?? '';
        const owner = await loadOwningContract(runtime.store, project);
        if (!owner.ok) return owner;
        if (owner.value === null)
          return succeed({ projectKey: project, contract: null, view: null });
        const contract = owner.value.compiled;
        const at = runtime.now();
        const month = input.month ?? isoInstant(at, 'Europe/Paris').slice(0, 7);
        const version = versionAt(contract, at);
        if (version === undefined)
          return fail(
            'CONTRACT.NO_VERSION',
            `Aucune version du contrat « ${contract.contract.id} » n’est en vigueur aujourd’hui.`,
          );
        const read = await readHistories(
          runtime.asApp().jira,
          version.version,
          contractJql(contract, month),
        );
        if (!read.ok) return read;
        const report = assembleReportParts(contract, read.value.histories, month, {
          generatedAt: at,
        });
        if (!report.ok) return report;
        return succeed({
          projectKey: project,
          contract: { id: contract.contract.id, label: contract.contract.label },
          view: indicatorsView(report.value.head),
        });
      },
    ),
  };
}

import { z } from 'zod';
import { readHistories } from '../../app';
import { versionAt } from '../../core/clocks';
import { evaluateOrders } from '../../core/orders';
import { fail, succeed } from '../../core/result';
import { isIsoDate } from '../../core/time/civil-date';
import { ordersView } from '../../render/ui/order-view';
import type { ForgeRuntime } from '../runtime';
import { loadOwningContract } from '../store/contracts';
import { guarded, type ResolverDefinitions } from './define';

const PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;

export const ordersListPayload = z.object({
  /** The project of the page, unless the payload names another. */
  projectKey: z.string().regex(PROJECT_KEY).optional(),
  /** The date of the last comité: the dashboard lists what happened since. */
  since: z.string().refine(isIsoDate, 'date attendue au format AAAA-MM-JJ').optional(),
});

/**
 * The project page's orders: triplet, steps, deadlines, amounts, envelope, comité dashboard, and
 * the rows of the page's table with every text ready (`view`).
 */
export function orderResolvers(runtime: ForgeRuntime): ResolverDefinitions {
  return {
    'orders/list': guarded(
      runtime,
      {
        payload: ordersListPayload,
        access: {
          kind: 'project',
          projectKey: (input, caller) => input.projectKey ?? caller.projectKey,
        },
      },
      async (input, caller) => {
        const project = input.projectKey ?? caller.projectKey ?? '';
        if (!PROJECT_KEY.test(project))
          return fail('RESOLVER.BAD_PAYLOAD', `Clé de projet invalide « ${project} ».`);
        const owner = await loadOwningContract(runtime.store, project);
        if (!owner.ok) return owner;
        if (owner.value === null)
          return succeed({ projectKey: project, contract: null, evaluation: null });
        const contract = owner.value.compiled;
        const at = runtime.now();
        const version = versionAt(contract, at);
        if (version?.version.orders === undefined)
          return fail(
            'ORDERS.NOT_CONFIGURED',
            `Le contrat « ${contract.contract.id} » ne suit pas de commandes d’unités d’œuvre : ajoutez « orders » et le catalogue à sa version en vigueur.`,
          );
        const read = await readHistories(
          runtime.asApp().jira,
          version.version,
          `project = ${project} ORDER BY key ASC`,
        );
        if (!read.ok) return read;
        const evaluation = evaluateOrders(contract, read.value.histories, at, {
          lastComite: input.since,
        });
        if (!evaluation.ok) return evaluation;
        return succeed({
          projectKey: project,
          contract: { id: contract.contract.id, label: contract.contract.label },
          evaluation: evaluation.value,
          view: ordersView(evaluation.value),
          problems: read.value.problems.map((p) => ({ key: p.key, message: p.message })),
        });
      },
    ),
  };
}

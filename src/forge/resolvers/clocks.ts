import { z } from 'zod';
import { readHistories } from '../../app';
import { evaluateIssue, versionAt } from '../../core/clocks';
import { jalonFieldValues } from '../../core/clocks/field-values';
import { fail, succeed } from '../../core/result';
import { clockViews } from '../../render/ui/clock-view';
import { ISSUE_KEY, projectOfKey } from '../../app/recompute-scope';
import type { ForgeRuntime } from '../runtime';
import { listAdjustments } from '../store/adjustments';
import { loadOwningContract } from '../store/contracts';
import { guarded, type ResolverDefinitions } from './define';

/** `clocks/get`: the issue of the panel, unless the payload names another. */
export const clocksGetPayload = z.object({ issueKey: z.string().regex(ISSUE_KEY).optional() });

/**
 * The issue panel's data: every clock of the issue now, with its segments and their reasons
 * (the explanation a committee asks for), the manual adjustments counted, and each clock's view
 * for the panel (texts in French), for users who may browse the issue.
 */
export function clockResolvers(runtime: ForgeRuntime): ResolverDefinitions {
  return {
    'clocks/get': guarded(
      runtime,
      {
        payload: clocksGetPayload,
        access: { kind: 'issue', issueKey: (input, caller) => input.issueKey ?? caller.issueKey },
      },
      async (input, caller) => {
        const key = input.issueKey ?? caller.issueKey ?? '';
        if (!ISSUE_KEY.test(key))
          return fail(
            'RESOLVER.BAD_PAYLOAD',
            `Clé de ticket invalide « ${key} » : attendu PROJET-123.`,
          );
        const owner = await loadOwningContract(runtime.store, projectOfKey(key));
        if (!owner.ok) return owner;
        if (owner.value === null) return succeed({ issueKey: key, contract: null, clocks: [] });
        const contract = owner.value.compiled;
        const at = runtime.now();
        const version = versionAt(contract, at);
        if (version === undefined)
          return fail(
            'CONTRACT.NO_VERSION',
            `Aucune version du contrat « ${contract.contract.id} » n’est en vigueur aujourd’hui.`,
          );
        const read = await readHistories(runtime.asApp().jira, version.version, `key = ${key}`);
        if (!read.ok) return read;
        const history = read.value.histories[0];
        if (history === undefined)
          return fail(
            'JIRA.ISSUE_UNREADABLE',
            read.value.problems[0]?.message ?? `Jira n’a pas rendu le ticket ${key}.`,
          );
        const adjustments = await listAdjustments(runtime.store, key);
        if (!adjustments.ok) return adjustments;
        const evaluation = evaluateIssue(contract, history, at, adjustments.value, {
          segments: true,
        });
        if (!evaluation.ok) return evaluation;
        const zoneOf = (calendar: string): string =>
          version.version.calendars[calendar]?.zone ?? 'Europe/Paris';
        return succeed({
          issueKey: key,
          contract: { id: contract.contract.id, label: contract.contract.label },
          evaluatedAt: new Date(at).toISOString(),
          ...evaluation.value,
          fields: jalonFieldValues(evaluation.value.clocks),
          views: clockViews(evaluation.value.clocks, zoneOf),
        });
      },
    ),
  };
}

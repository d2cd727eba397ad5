import { z } from 'zod';
import { describeAdjustment, versionAt, type Adjustment } from '../../core/clocks';
import { fail, succeed } from '../../core/result';
import { isoInstant } from '../../core/report/describe';
import { hasPermission } from '../../jira/permissions';
import { ISSUE_KEY, projectOfKey, recomputeIssue } from '../../app/recompute-scope';
import type { ForgeRuntime } from '../runtime';
import { addAdjustment, listAdjustments } from '../store/adjustments';
import { appendAudit } from '../store/audit';
import { loadOwningContract } from '../store/contracts';
import { guarded, type ResolverDefinitions } from './define';

export const clockAdjustmentsPayload = z.object({
  issueKey: z.string().regex(ISSUE_KEY).optional(),
});

export const clockAdjustPayload = z
  .object({
    issueKey: z.string().regex(ISSUE_KEY).optional(),
    clock: z.string().min(1, 'choisissez le délai concerné'),
    kind: z.enum(['extension', 'waiver']),
    /** Extension of an hours-mode clock, in business minutes … */
    minutes: z.number().int().positive('la prolongation doit être positive').optional(),
    /** … or of a day-count clock, in working days. */
    workingDays: z.number().int().positive('la prolongation doit être positive').optional(),
    reason: z
      .string()
      .trim()
      .min(1, 'indiquez le motif de la décision (il est inscrit au journal d’audit)')
      .max(2000),
  })
  .refine((a) => a.kind === 'waiver' || a.minutes !== undefined || a.workingDays !== undefined, {
    message: 'indiquez la durée de la prolongation',
    path: ['minutes'],
  });

/**
 * Manual decisions on an issue's clocks: the list, and a new extension or waiver. Jira
 * administrators decide (the administration's representatives on the site); every decision is
 * signed, dated, counted in the issue's clocks from then on, and written to the audit log.
 */
export function adjustmentResolvers(runtime: ForgeRuntime): ResolverDefinitions {
  const issueOf = (
    input: { issueKey?: string | undefined },
    caller: { issueKey?: string | undefined },
  ) => input.issueKey ?? caller.issueKey;
  return {
    'clocks/adjustments': guarded(
      runtime,
      { payload: clockAdjustmentsPayload, access: { kind: 'issue', issueKey: issueOf } },
      async (input, caller) => {
        const key = issueOf(input, caller) ?? '';
        const adjustments = await listAdjustments(runtime.store, key);
        if (!adjustments.ok) return adjustments;
        const admin = await hasPermission(runtime.asUser(caller.accountId), 'ADMINISTER', {
          global: true,
        });
        if (!admin.ok) return admin;
        return succeed({
          issueKey: key,
          canAdjust: admin.value,
          adjustments: adjustments.value.map((a) => ({ ...a, text: describeAdjustment(a) })),
        });
      },
    ),
    'clocks/adjust': guarded(
      runtime,
      { payload: clockAdjustPayload, access: { kind: 'admin' } },
      async (input, caller) => {
        const key = issueOf(input, caller);
        if (key === undefined)
          return fail('RESOLVER.BAD_PAYLOAD', 'Indiquez le ticket dont le délai est ajusté.');
        const owner = await loadOwningContract(runtime.store, projectOfKey(key));
        if (!owner.ok) return owner;
        const at = runtime.now();
        const version = owner.value === null ? undefined : versionAt(owner.value.compiled, at);
        if (version?.version.clocks.some((c) => c.id === input.clock) !== true)
          return fail(
            'JALON.UNKNOWN_CLOCK',
            `Le contrat de ${key} n’a pas de délai « ${input.clock} » en vigueur : choisissez un délai du panneau.`,
          );
        const adjustment: Adjustment = {
          issue: key,
          clock: input.clock,
          kind: input.kind,
          ...(input.kind === 'extension' && input.minutes !== undefined
            ? { minutes: input.minutes }
            : {}),
          ...(input.kind === 'extension' && input.workingDays !== undefined
            ? { workingDays: input.workingDays }
            : {}),
          author: caller.accountId,
          decidedAt: isoInstant(at, 'UTC'),
          reason: input.reason,
        };
        const saved = await addAdjustment(runtime.store, adjustment);
        if (!saved.ok) return saved;
        const audited = await appendAudit(
          runtime.store,
          {
            actor: { accountId: caller.accountId, kind: 'user' },
            action: 'ajustement',
            subject: key,
            summary: `${key}, délai « ${input.clock} » : ${describeAdjustment(adjustment)}`,
            why: input.reason,
            details: { clock: input.clock, kind: input.kind },
          },
          at,
        );
        if (!audited.ok) return audited;
        // The decision reaches Jalon's Jira fields at once; if Jira is unavailable now, the
        // issue's next event or the hourly refresh will carry it (it is saved).
        const recomputed =
          owner.value === null
            ? undefined
            : await recomputeIssue(
                runtime.asApp().jira,
                () => runtime.now(),
                owner.value.compiled,
                key,
                new Map([[key, saved.value]]),
              );
        return succeed({
          adjustment,
          count: saved.value.length,
          fieldsWritten: recomputed?.ok === true && recomputed.value.fieldsWritten,
        });
      },
    ),
  };
}

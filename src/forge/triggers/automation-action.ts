import { z } from 'zod';
import { parseWith } from '../../core/validation';
import { recomputeRequestSchema, requestRecompute } from '../recompute/request-recompute';
import type { ForgeRuntime } from '../runtime';

/**
 * The inputs of the action "Recalculer les délais Jalon" as Automation passes them: the
 * manifest's inputs as properties of the payload (`issueKey`, optional `jql` and `contract`);
 * an input left blank may arrive empty.
 */
const inputsSchema = z.looseObject({
  issueKey: z.string().optional(),
  jql: z.string().optional(),
  contract: z.string().optional(),
});

/** The function's context: the user the rule runs as (`principal`, or `accountId`). */
const contextSchema = z.looseObject({
  principal: z.looseObject({ accountId: z.string().min(1) }).optional(),
  accountId: z.string().min(1).optional(),
});

/** Automation shows these messages in the rule's audit log and stops the rule. */
export interface ActionErrors {
  readonly errors: readonly { readonly message: string }[];
}

const refuse = (message: string): ActionErrors => ({ errors: [{ message }] });

/**
 * The native automation action: recomputes the rule's issue (or a JQL scope) as the rule's
 * user may see it — Jira is asked as that user whether they browse the issue — then writes
 * Jalon's fields as the app, the only one allowed to write them.
 */
export function makeAutomationAction(runtime: ForgeRuntime) {
  return async (
    payload: unknown,
    context?: unknown,
  ): Promise<ActionErrors | { readonly message: string }> => {
    const inputs = inputsSchema.safeParse(payload ?? {});
    const who = contextSchema.safeParse(context ?? {});
    const accountId = who.success
      ? (who.data.principal?.accountId ?? who.data.accountId)
      : undefined;
    if (accountId === undefined)
      return refuse(
        'Aucun utilisateur pour cette exécution : associez une connexion (un utilisateur) à l’action.',
      );
    if (!inputs.success)
      return refuse('Entrées illisibles : indiquez issueKey (par exemple {{issue.key}}) ou jql.');
    const given = (text: string | undefined): string | undefined =>
      text === undefined || text.trim() === '' ? undefined : text.trim();
    const [issueKey, jql, contract] = [
      inputs.data.issueKey,
      inputs.data.jql,
      inputs.data.contract,
    ].map(given);
    if (issueKey === undefined && jql === undefined)
      return refuse(
        'Indiquez la clé du ticket (issueKey, par exemple {{issue.key}}) ou une requête JQL (jql).',
      );
    // A JQL scope wins over the rule's issue: the action was configured for it.
    const candidate: unknown =
      jql === undefined ? { issueKey } : { jql, ...(contract === undefined ? {} : { contract }) };
    const request = parseWith(
      recomputeRequestSchema,
      candidate,
      'ACTION.BAD_INPUTS',
      'Entrées de l’action',
    );
    if (!request.ok) return refuse(request.message);
    const done = await requestRecompute(runtime, request.value, { kind: 'automation', accountId });
    if (!done.ok) return refuse(done.message);
    return {
      message:
        done.value.kind === 'queued'
          ? `Recalcul mis en file (tâche ${done.value.jobId}).`
          : 'Délais Jalon recalculés.',
    };
  };
}

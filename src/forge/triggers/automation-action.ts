import { z } from 'zod';
import { parseWith } from '../../core/validation';
import {
  recomputeRequestSchema,
  requestRecompute,
  type RecomputeReply,
} from '../recompute/request-recompute';
import type { ForgeRuntime } from '../runtime';

/**
 * The inputs of the action "Recalculer les délais Jalon" as Automation passes them: the
 * manifest's inputs as properties of the payload (`issueKey`, optional `jql`); an input left
 * blank, or a smart value that resolved to nothing, may arrive empty.
 */
const inputsSchema = z.looseObject({
  issueKey: z.string().optional(),
  jql: z.string().optional(),
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

/** One recompute of the action, or its refusal. */
async function recompute(
  runtime: ForgeRuntime,
  candidate: unknown,
  accountId: string,
): Promise<ActionErrors | RecomputeReply> {
  const request = parseWith(recomputeRequestSchema, candidate, 'ACTION.BAD_INPUTS', 'Entrées');
  if (!request.ok) return refuse(request.message);
  const done = await requestRecompute(runtime, request.value, { kind: 'automation', accountId });
  return done.ok ? done.value : refuse(done.message);
}

const said = (reply: RecomputeReply): string =>
  reply.kind === 'queued'
    ? `recalcul mis en file (tâche ${reply.jobId})`
    : reply.kind === 'issue'
      ? `${reply.outcome.key} recalculé`
      : `${String(reply.outcome.evaluated)} ticket(s) de la requête recalculé(s)`;

/**
 * The native automation action: recomputes the rule's issue, then the tickets of the optional
 * JQL for the contract of that issue, as the rule's user may see them — Jira is asked as that
 * user — while Jalon's fields are written as the app, the only one allowed to write them.
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
    const given = (text: string | undefined): string | undefined =>
      text === undefined || text.trim() === '' ? undefined : text.trim();
    const issueKey = inputs.success ? given(inputs.data.issueKey) : undefined;
    const jql = inputs.success ? given(inputs.data.jql) : undefined;
    if (issueKey === undefined && jql === undefined)
      return refuse(
        'Indiquez la clé du ticket (issueKey, par exemple {{issue.key}}) ou une requête JQL (jql).',
      );
    const issue =
      issueKey === undefined ? undefined : await recompute(runtime, { issueKey }, accountId);
    if (issue !== undefined && 'errors' in issue) return issue;
    // The JQL's tickets follow the contract of the rule's issue.
    const scope =
      jql === undefined
        ? undefined
        : await recompute(
            runtime,
            { jql, ...(issue === undefined ? {} : { contract: issue.contractId }) },
            accountId,
          );
    if (scope !== undefined && 'errors' in scope) return scope;
    const parts = [issue, scope].flatMap((reply) => (reply === undefined ? [] : [said(reply)]));
    return { message: `Délais Jalon : ${parts.join(' ; ')}.` };
  };
}

import { z } from 'zod';
import { fail, succeed, type Result } from '../../core/result';
import { issueKeysUpTo } from '../../jira/issue-keys';
import { hasPermission } from '../../jira/permissions';
import { enqueueJob } from '../jobs/enqueue';
import type { ForgeRuntime } from '../runtime';
import { appendAudit, type AuditEntry } from '../store/audit';
import {
  contractIdSchema,
  contractIndex,
  loadContract,
  loadOwningContract,
  type LoadedContract,
} from '../store/contracts';
import {
  ISSUE_KEY,
  projectOfKey,
  recomputeIssue,
  recomputeScope,
  type IssueOutcome,
  type ScopeOutcome,
} from '../../app/recompute-scope';
import { adjustmentsFor } from '../store/adjustments';

/**
 * A recompute asked from outside Jalon — Jira Automation's "Send web request" to the web
 * trigger, or the native automation action: one issue, or a JQL scope of one contract. A scope
 * of more than `INLINE_SCOPE_LIMIT` issues goes to the queue instead of the 25-second budget.
 */
export const INLINE_SCOPE_LIMIT = 50;

export const recomputeRequestSchema = z.union([
  z.strictObject({
    issueKey: z.string().regex(ISSUE_KEY, 'clé de ticket attendue, par exemple DEM-42'),
  }),
  z.strictObject({
    jql: z.string().trim().min(1).max(5000),
    /** The contract whose clocks apply; optional when Jalon knows only one. */
    contract: contractIdSchema.optional(),
  }),
]);
export type RecomputeRequest = z.output<typeof recomputeRequestSchema>;

/** Who asks: the web trigger (authenticated by its secret) or a rule run as a user. */
export type RecomputeCaller =
  { readonly kind: 'web-trigger' } | { readonly kind: 'automation'; readonly accountId: string };

export type RecomputeReply =
  | { readonly kind: 'issue'; readonly contractId: string; readonly outcome: IssueOutcome }
  | { readonly kind: 'scope'; readonly contractId: string; readonly outcome: ScopeOutcome }
  | { readonly kind: 'queued'; readonly contractId: string; readonly jobId: string };

export const NO_CONTRACT = 'JALON.NO_CONTRACT';
/** A JQL without a contract while Jalon knows several: the caller must name one. */
export const CONTRACT_NEEDED = 'JALON.CONTRACT_NEEDED';
export const ACCESS_DENIED = 'ACCESS.DENIED';

export async function requestRecompute(
  runtime: ForgeRuntime,
  request: RecomputeRequest,
  caller: RecomputeCaller,
): Promise<Result<RecomputeReply>> {
  const reply =
    'issueKey' in request
      ? await recomputeOne(runtime, request.issueKey, caller)
      : await recomputeJql(runtime, request.jql, request.contract, caller);
  if (!reply.ok) return reply;
  const audited = await appendAudit(
    runtime.store,
    auditOf(request, caller, reply.value),
    runtime.now(),
  );
  return audited.ok ? reply : audited;
}

async function recomputeOne(
  runtime: ForgeRuntime,
  issueKey: string,
  caller: RecomputeCaller,
): Promise<Result<RecomputeReply>> {
  if (caller.kind === 'automation') {
    const allowed = await hasPermission(runtime.asUser(caller.accountId), 'BROWSE_PROJECTS', {
      issueKey,
    });
    if (!allowed.ok) return allowed;
    if (!allowed.value)
      return fail(
        ACCESS_DENIED,
        `Ticket ${issueKey} introuvable ou non visible pour l’utilisateur de la règle.`,
      );
  }
  const owner = await loadOwningContract(runtime.store, projectOfKey(issueKey));
  if (!owner.ok) return owner;
  if (owner.value === null)
    return fail(
      NO_CONTRACT,
      `Le ticket ${issueKey} n’appartient à aucun contrat configuré dans Jalon : ajoutez son projet aux catégories d’un contrat.`,
    );
  const adjustments = await adjustmentsFor(runtime.store, issueKey);
  if (!adjustments.ok) return adjustments;
  const done = await recomputeIssue(
    runtime.asApp().jira,
    () => runtime.now(),
    owner.value.compiled,
    issueKey,
    adjustments.value,
  );
  if (!done.ok) return done;
  return succeed({
    kind: 'issue',
    contractId: owner.value.compiled.contract.id,
    outcome: done.value,
  });
}

async function recomputeJql(
  runtime: ForgeRuntime,
  jql: string,
  contractId: string | undefined,
  caller: RecomputeCaller,
): Promise<Result<RecomputeReply>> {
  const contract = await chosenContract(runtime, contractId);
  if (!contract.ok) return contract;
  const id = contract.value.compiled.contract.id;
  // A rule's user sees only the issues Jira shows them; the web trigger acts as the app.
  const searcher =
    caller.kind === 'automation' ? runtime.asUser(caller.accountId) : runtime.asApp().jira;
  const scope = await issueKeysUpTo(searcher, jql, INLINE_SCOPE_LIMIT);
  if (!scope.ok) return scope;
  if (scope.value.more) {
    const queued = await enqueueJob(runtime, {
      kind: 'recompute',
      contractId: id,
      jql,
      ...(caller.kind === 'automation' ? { requestedBy: caller.accountId } : {}),
    });
    return queued.ok ? succeed({ kind: 'queued', contractId: id, jobId: queued.value }) : queued;
  }
  const keys = scope.value.keys;
  const adjustments = await adjustmentsFor(runtime.store);
  if (!adjustments.ok) return adjustments;
  const outcome: Result<ScopeOutcome> =
    keys.length === 0
      ? succeed({ evaluated: 0, changed: [], writes: 0, problems: [] })
      : await recomputeScope(
          runtime.asApp().jira,
          () => runtime.now(),
          contract.value.compiled,
          `key in (${keys.join(', ')}) ORDER BY key ASC`,
          adjustments.value,
        );
  return outcome.ok ? succeed({ kind: 'scope', contractId: id, outcome: outcome.value }) : outcome;
}

/** The named contract, or the only one Jalon knows. */
async function chosenContract(
  runtime: ForgeRuntime,
  contractId: string | undefined,
): Promise<Result<LoadedContract>> {
  let id = contractId;
  if (id === undefined) {
    const index = await contractIndex(runtime.store);
    if (!index.ok) return index;
    const ids = index.value.map((e) => e.id);
    if (ids.length === 0)
      return fail(
        NO_CONTRACT,
        'Aucun contrat n’est configuré dans Jalon : enregistrez-en un depuis la page d’administration.',
      );
    if (ids.length > 1)
      return fail(CONTRACT_NEEDED, `Précisez le contrat (« contract ») parmi : ${ids.join(', ')}.`);
    id = ids[0];
  }
  const loaded = await loadContract(runtime.store, id ?? '');
  if (!loaded.ok) return loaded;
  return loaded.value === null
    ? fail(NO_CONTRACT, `Le contrat « ${id ?? ''} » n’est pas configuré dans Jalon.`)
    : succeed(loaded.value);
}

function auditOf(
  request: RecomputeRequest,
  caller: RecomputeCaller,
  reply: RecomputeReply,
): Omit<AuditEntry, 'at'> {
  const subject = 'issueKey' in request ? request.issueKey : request.jql;
  const summary =
    reply.kind === 'queued'
      ? `Recalcul de plus de ${String(INLINE_SCOPE_LIMIT)} tickets mis en file (tâche ${reply.jobId}).`
      : reply.kind === 'issue'
        ? `Recalcul de ${reply.outcome.key} : ${reply.outcome.fieldsWritten ? 'champs mis à jour' : 'champs inchangés'}.`
        : `Recalcul de ${String(reply.outcome.evaluated)} ticket(s), ${String(reply.outcome.changed.length)} modifié(s).`;
  return {
    actor:
      caller.kind === 'automation'
        ? { accountId: caller.accountId, kind: 'automation' }
        : { accountId: null, kind: 'web-trigger' },
    action: 'recalcul',
    subject,
    summary,
    why:
      caller.kind === 'automation'
        ? 'Action « Recalculer les délais Jalon » d’une règle Jira Automation.'
        : 'Appel du déclencheur web par Jira Automation (« Envoyer une requête web »).',
    details: { contractId: reply.contractId },
  };
}

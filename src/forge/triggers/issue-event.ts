import { z } from 'zod';
import { HTTP_RETRIES_EXHAUSTED, HTTP_RETRY_AFTER_TOO_LONG } from '../../platform/http';
import type { Failure } from '../../core/result';
import {
  ISSUE_KEY,
  projectOfKey,
  recomputeIssue,
  type IssueOutcome,
} from '../../app/recompute-scope';
import type { ForgeRuntime } from '../runtime';
import { loadOwningContract } from '../store/contracts';
import { adjustmentsFor } from '../store/adjustments';

/** What Jalon reads of an `avi:jira:created|updated:issue` event. */
const issueEventSchema = z.looseObject({
  issue: z.looseObject({
    key: z.string().regex(ISSUE_KEY),
    fields: z
      .looseObject({
        project: z.looseObject({ key: z.string() }).optional(),
        issuetype: z.looseObject({ name: z.string() }).optional(),
      })
      .optional(),
  }),
  /** The account that made the change. */
  atlassianId: z.string().optional(),
  /** Set by Forge on the events the app's own changes caused (without `ignoreSelf`). */
  selfGenerated: z.boolean().optional(),
});

export type IssueEventOutcome =
  | { readonly status: 'ignored'; readonly reason: 'malformed' | 'self' | 'no-contract' }
  | { readonly status: 'done'; readonly contractId: string; readonly outcome: IssueOutcome }
  | { readonly status: 'failed'; readonly code: string; readonly retryAfterSeconds: number | null };

/** A failure worth Forge retrying later (rate limits, an unavailable site), and after how long. */
export function retryDelaySeconds(failure: Failure): number | null {
  if (failure.code !== HTTP_RETRIES_EXHAUSTED && failure.code !== HTTP_RETRY_AFTER_TOO_LONG)
    return null;
  const asked =
    'retryAfterMs' in failure && typeof failure.retryAfterMs === 'number'
      ? failure.retryAfterMs
      : null;
  return Math.min(900, Math.max(60, Math.ceil((asked ?? 0) / 1000)));
}

/**
 * `avi:jira:updated:issue` (and created): recomputes the issue for the contract owning its
 * project and writes Jalon's fields and `jalon.delais` only where they changed. Changes Jalon
 * made itself and issues outside every contract change nothing.
 */
export function makeIssueEventHandler(runtime: ForgeRuntime) {
  const failed = (key: string, failure: Failure): IssueEventOutcome => {
    runtime.log.error(`Recalcul de ${key} impossible : ${failure.message}`, { code: failure.code });
    return { status: 'failed', code: failure.code, retryAfterSeconds: retryDelaySeconds(failure) };
  };
  return async (event: unknown): Promise<IssueEventOutcome> => {
    const parsed = issueEventSchema.safeParse(event);
    if (!parsed.success) {
      runtime.log.warn('Événement de ticket sans clé lisible : ignoré.');
      return { status: 'ignored', reason: 'malformed' };
    }
    const { issue, atlassianId, selfGenerated } = parsed.data;
    if (selfGenerated === true) return { status: 'ignored', reason: 'self' };
    if (atlassianId !== undefined && atlassianId === (await runtime.appAccountId()))
      return { status: 'ignored', reason: 'self' };
    const project = issue.fields?.project?.key ?? projectOfKey(issue.key);
    const owner = await loadOwningContract(runtime.store, project, issue.fields?.issuetype?.name);
    if (!owner.ok) return failed(issue.key, owner);
    if (owner.value === null) return { status: 'ignored', reason: 'no-contract' };
    const contract = owner.value.compiled;
    const adjustments = await adjustmentsFor(runtime.store, issue.key);
    if (!adjustments.ok) return failed(issue.key, adjustments);
    const done = await recomputeIssue(
      runtime.asApp().jira,
      () => runtime.now(),
      contract,
      issue.key,
      adjustments.value,
    );
    if (!done.ok) return failed(issue.key, done);
    runtime.log.info(`Ticket ${issue.key} recalculé`, { ...done.value });
    return { status: 'done', contractId: contract.contract.id, outcome: done.value };
  };
}

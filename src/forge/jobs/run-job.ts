import { fail, succeed, type Result } from '../../core/result';
import { parseWith } from '../../core/validation';
import { recomputeScope } from '../../app/recompute-scope';
import type { ForgeRuntime } from '../runtime';
import { loadContract, type LoadedContract } from '../store/contracts';
import { writeJobState } from '../store/jobs';
import { jobEventSchema, type JobEvent, type QueuedJob } from './job-event';
import { assemblePublication, publishSlice, startPublication } from './publication';
import { adjustmentsFor } from '../store/adjustments';

/** What became of a page, in French. */
export const PAGE_ACTIONS = {
  created: 'créée',
  updated: 'mise à jour',
  unchanged: 'inchangée',
} as const;

/**
 * Runs one queued job to its end — a contract's JQL recompute or a month's publication — and
 * records its state (running, then done or failed with a French outcome). The queue consumer
 * calls it for each event; `npm start` and the tests drain the local queue through it.
 */
export async function runJob(runtime: ForgeRuntime, job: QueuedJob): Promise<Result<string>> {
  const parsed = parseWith(jobEventSchema, job.body, 'JOB.BAD_EVENT', 'Événement de file');
  if (!parsed.ok) return parsed;
  const event = parsed.value;
  await writeJobState(runtime.store, job.jobId, { status: 'running', event }, runtime.now());
  const outcome = await run(runtime, event);
  await writeJobState(
    runtime.store,
    job.jobId,
    {
      status: outcome.ok ? 'done' : 'failed',
      outcome: outcome.ok ? outcome.value : outcome.message,
      event,
    },
    runtime.now(),
  );
  if (!outcome.ok) runtime.log.error('Tâche en échec', { jobId: job.jobId, code: outcome.code });
  return outcome;
}

async function run(runtime: ForgeRuntime, event: JobEvent): Promise<Result<string>> {
  const loaded = await loadContract(runtime.store, event.contractId);
  if (!loaded.ok) return loaded;
  if (loaded.value === null)
    return fail(
      'JALON.UNKNOWN_CONTRACT',
      `Le contrat « ${event.contractId} » n’est pas configuré dans Jalon : enregistrez-le depuis la page d’administration.`,
    );
  switch (event.kind) {
    case 'recompute':
      return recompute(runtime, loaded.value, event.jql);
    case 'publish':
      return startPublication(runtime, loaded.value, event);
    case 'publish-slice':
      return publishSlice(runtime, event);
    case 'publish-assemble':
      return assemblePublication(runtime, loaded.value, event);
  }
}

async function recompute(
  runtime: ForgeRuntime,
  loaded: LoadedContract,
  jql: string,
): Promise<Result<string>> {
  const adjustments = await adjustmentsFor(runtime.store);
  if (!adjustments.ok) return adjustments;
  const done = await recomputeScope(
    runtime.asApp().jira,
    () => runtime.now(),
    loaded.compiled,
    jql,
    adjustments.value,
  );
  if (!done.ok) return done;
  return succeed(
    `${String(done.value.evaluated)} ticket(s) recalculé(s), ${String(done.value.changed.length)} modifié(s).`,
  );
}

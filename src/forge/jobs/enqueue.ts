import { succeed, type Result } from '../../core/result';
import type { ForgeRuntime } from '../runtime';
import { writeJobState } from '../store/jobs';
import type { JobEvent } from './job-event';

/** Queues one job and records it as queued; its id is the push's job id. */
export async function enqueueJob(runtime: ForgeRuntime, event: JobEvent): Promise<Result<string>> {
  const [jobId] = await runtime.queue.push([event]);
  if (jobId === undefined) throw new Error('The queue returned no job id for one event');
  await writeJobState(runtime.store, jobId, { status: 'queued', event }, runtime.now());
  runtime.log.info('Tâche mise en file', { jobId, kind: event.kind, contractId: event.contractId });
  return succeed(jobId);
}

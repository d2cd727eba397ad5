import type { JobEvent, QueuedJob } from '../jobs/job-event';
import { pushInChunks } from '../jobs/push-chunks';
import type { JobQueue } from '../runtime';

/**
 * Forge's queue in process: pushes keep Forge's limits and get job ids; `drain` hands the
 * events, oldest first, to the consumer until none is left (events pushed while draining too).
 */
export function localQueue(): JobQueue & {
  drain(consume: (job: QueuedJob) => Promise<unknown>): Promise<number>;
  pending(): readonly QueuedJob[];
} {
  const waiting: QueuedJob[] = [];
  let pushes = 0;
  return {
    push: (events) =>
      pushInChunks(events, (chunk: readonly JobEvent[]) => {
        pushes += 1;
        const jobId = `local-job-${String(pushes)}`;
        for (const body of chunk) waiting.push({ body: structuredClone(body), jobId });
        return Promise.resolve(jobId);
      }),
    async drain(consume) {
      let ran = 0;
      for (let job = waiting.shift(); job !== undefined; job = waiting.shift()) {
        await consume(job);
        ran += 1;
      }
      return ran;
    },
    pending: () => [...waiting],
  };
}

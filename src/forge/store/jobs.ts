import { z } from 'zod';
import type { Result } from '../../core/result';
import { jobEventSchema, type JobEvent } from '../jobs/job-event';
import type { KeyValueStore } from '../runtime';
import { readStored } from './stored';

/**
 * What became of a queued job (`job:<job id>`): queued when pushed, running, then done or
 * failed with a French outcome, so the admin page can say where a recompute or a publication is.
 */

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

const jobStateSchema = z.object({
  id: z.string(),
  status: z.enum(JOB_STATUSES),
  event: jobEventSchema,
  requestedAt: z.string(),
  updatedAt: z.string(),
  /** What happened, in French, once done or failed. */
  outcome: z.string().nullable(),
});
export type JobState = z.output<typeof jobStateSchema>;

/** Forge job ids are opaque: anything outside the store's key alphabet becomes `_`. */
const jobKey = (id: string): string => `job:${id.replace(/[^a-zA-Z0-9:._#-]/g, '_')}`;

export async function writeJobState(
  store: KeyValueStore,
  id: string,
  change: {
    readonly status: JobState['status'];
    readonly outcome?: string;
    readonly event: JobEvent;
  },
  at: number,
): Promise<void> {
  const known = await readJobState(store, id);
  const instant = new Date(at).toISOString();
  const state: JobState = {
    id,
    status: change.status,
    event: change.event,
    requestedAt: known.ok ? (known.value?.requestedAt ?? instant) : instant,
    updatedAt: instant,
    outcome: change.outcome ?? null,
  };
  await store.set(jobKey(id), state);
}

export function readJobState(store: KeyValueStore, id: string): Promise<Result<JobState | null>> {
  return readStored(store, jobKey(id), jobStateSchema);
}

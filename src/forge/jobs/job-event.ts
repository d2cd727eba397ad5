import { z } from 'zod';

/**
 * The events of Jalon's queue (`jalon-jobs`), parsed again by the consumer: a recompute of a
 * contract's JQL scope too large for a 25-second function, or a month's publication. The account
 * that asked is kept for the audit log.
 */
const publication = {
  contractId: z.string().min(1),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  spaceKey: z.string().min(1),
  requestedBy: z.string().optional(),
};

/** A run id goes into store keys: the store's alphabet, no colon. */
const KVS_KEY_PART = /^[a-zA-Z0-9._-]+$/;

export const jobEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('recompute'),
    contractId: z.string().min(1),
    jql: z.string().min(1),
    requestedBy: z.string().optional(),
  }),
  z.object({ kind: z.literal('publish'), ...publication }),
  // A publication fans out: each slice event reads ≤ 1,000 issues and keeps them in the store
  // under its run, then queues the next slice, or the final event that assembles and publishes.
  z.object({
    kind: z.literal('publish-slice'),
    ...publication,
    run: z.string().regex(KVS_KEY_PART),
    slice: z.number().int().nonnegative(),
    token: z.string().nullable(),
    query: z.object({
      jql: z.string(),
      fields: z.array(z.string()),
      history: z.array(z.string()),
    }),
  }),
  z.object({
    kind: z.literal('publish-assemble'),
    ...publication,
    run: z.string().regex(KVS_KEY_PART),
    slices: z.number().int().positive(),
  }),
]);

export type JobEvent = z.output<typeof jobEventSchema>;

/** An event as a consumer receives it: the body and the job it was pushed with. */
export interface QueuedJob {
  readonly body: unknown;
  readonly jobId: string;
}

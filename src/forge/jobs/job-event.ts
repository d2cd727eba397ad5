import { z } from 'zod';

/**
 * The events of Jalon's queue (`jalon-jobs`), parsed again by the consumer: a recompute of a
 * contract's JQL scope too large for a 25-second function, or a month's publication. The account
 * that asked is kept for the audit log.
 */
export const jobEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('recompute'),
    contractId: z.string().min(1),
    jql: z.string().min(1),
    requestedBy: z.string().optional(),
  }),
  z.object({
    kind: z.literal('publish'),
    contractId: z.string().min(1),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    spaceKey: z.string().min(1),
    requestedBy: z.string().optional(),
  }),
]);

export type JobEvent = z.output<typeof jobEventSchema>;

/** An event as a consumer receives it: the body and the job it was pushed with. */
export interface QueuedJob {
  readonly body: unknown;
  readonly jobId: string;
}

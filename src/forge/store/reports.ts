import { z } from 'zod';
import { succeed, type Result } from '../../core/result';
import type { KeyValueStore } from '../runtime';
import { readAllStored } from './stored';

/**
 * The months Jalon published, per contract (`report:<contract>:<YYYY-MM>`): the pages' ids and
 * titles and the month's verdicts, for the Confluence macro that lists a contract's reports. A
 * publication of the same month again replaces the record.
 */

const publicationSchema = z.object({
  contractId: z.string(),
  month: z.string(),
  spaceKey: z.string(),
  publishedAt: z.string(),
  publishedBy: z.string().nullable(),
  pages: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      action: z.enum(['created', 'updated', 'unchanged']),
      version: z.number().int(),
    }),
  ),
  /** The report's summary: issue and verdict counts, penalties, its one-sentence headline. */
  verdict: z.object({
    issues: z.number().int(),
    conforme: z.number().int(),
    nonConforme: z.number().int(),
    sansObjet: z.number().int(),
    penaltiesCents: z.number().int().nullable(),
    headline: z.string(),
  }),
});
export type PublishedMonth = z.output<typeof publicationSchema>;

const prefix = (contractId: string): string => `report:${contractId}:`;

export async function recordPublication(
  store: KeyValueStore,
  publication: PublishedMonth,
): Promise<void> {
  await store.set(`${prefix(publication.contractId)}${publication.month}`, publication);
}

/** A contract's published months, the latest month first. */
export async function listPublications(
  store: KeyValueStore,
  contractId: string,
): Promise<Result<PublishedMonth[]>> {
  const all = await readAllStored(store, prefix(contractId), publicationSchema);
  if (!all.ok) return all;
  return succeed(
    all.value
      .map((e) => e.value)
      .sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0)),
  );
}

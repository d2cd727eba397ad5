import { z } from 'zod';
import { adjustmentSchema, type Adjustment } from '../../core/clocks';
import { succeed, type Result } from '../../core/result';
import type { KeyValueStore } from '../runtime';
import { checkValue } from './kvs-rules';
import { readAllStored, readStored } from './stored';

/**
 * The manual adjustments of an issue's clocks (`adjustments:<issue key>`): extensions granted by
 * the administration and waivers, each signed and dated, oldest first. They enter every
 * evaluation of the issue from then on; the audit log keeps who decided what and why.
 */
const listSchema = z.array(adjustmentSchema);

const PREFIX = 'adjustments:';
const keyOf = (issueKey: string): string => `${PREFIX}${issueKey}`;

export async function listAdjustments(
  store: KeyValueStore,
  issueKey: string,
): Promise<Result<Adjustment[]>> {
  const read = await readStored(store, keyOf(issueKey), listSchema);
  return read.ok ? succeed(read.value ?? []) : read;
}

/**
 * The adjustments a recompute counts, by issue key: one issue's with one read, a scope's with a
 * scan of every adjusted issue (a few, decided by hand), never a read per issue of the scope.
 */
export async function adjustmentsFor(
  store: KeyValueStore,
  issueKey?: string,
): Promise<Result<ReadonlyMap<string, readonly Adjustment[]>>> {
  if (issueKey !== undefined) {
    const one = await listAdjustments(store, issueKey);
    return one.ok ? succeed(new Map([[issueKey, one.value]])) : one;
  }
  const all = await readAllStored(store, PREFIX, listSchema);
  return all.ok
    ? succeed(new Map(all.value.map(({ key, value }) => [key.slice(PREFIX.length), value])))
    : all;
}

/** Appends an adjustment to its issue's list; the whole list, or a failure (nothing written). */
export async function addAdjustment(
  store: KeyValueStore,
  adjustment: Adjustment,
): Promise<Result<Adjustment[]>> {
  const known = await listAdjustments(store, adjustment.issue);
  if (!known.ok) return known;
  const next = [...known.value, adjustment];
  const fits = checkValue(
    next,
    `Les ajustements de ${adjustment.issue}`,
    'exportez le journal puis regroupez les décisions anciennes.',
  );
  if (!fits.ok) return fits;
  await store.set(keyOf(adjustment.issue), next);
  return succeed(next);
}

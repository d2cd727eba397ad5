import { z } from 'zod';
import { adjustmentSchema, type Adjustment } from '../../core/clocks';
import { succeed, type Result } from '../../core/result';
import type { KeyValueStore } from '../runtime';
import { checkValue } from './kvs-rules';
import { readStored } from './stored';

/**
 * The manual adjustments of an issue's clocks (`adjustments:<issue key>`): extensions granted by
 * the administration and waivers, each signed and dated, oldest first. They enter every
 * evaluation of the issue from then on; the audit log keeps who decided what and why.
 */
const listSchema = z.array(adjustmentSchema);

const keyOf = (issueKey: string): string => `adjustments:${issueKey}`;

export async function listAdjustments(
  store: KeyValueStore,
  issueKey: string,
): Promise<Result<Adjustment[]>> {
  const read = await readStored(store, keyOf(issueKey), listSchema);
  return read.ok ? succeed(read.value ?? []) : read;
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

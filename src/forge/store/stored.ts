import type { z } from 'zod';
import { fail, succeed, type Result } from '../../core/result';
import type { KeyValueStore, StoredEntry } from '../runtime';

export const STORE_CORRUPT = 'STORE.CORRUPT';

const corrupt = (key: string) =>
  fail(
    STORE_CORRUPT,
    `Donnée Jalon illisible sous la clé « ${key} » : elle a été modifiée hors de Jalon ; restaurez-la depuis un export (jalon export) ou supprimez-la.`,
  );

/** A stored value read with its schema; null when absent, a failure when it does not match. */
export async function readStored<S extends z.ZodType>(
  store: KeyValueStore,
  key: string,
  schema: S,
): Promise<Result<z.output<S> | null>> {
  const value = await store.get(key);
  if (value === undefined) return succeed(null);
  const parsed = schema.safeParse(value);
  return parsed.success ? succeed(parsed.data) : corrupt(key);
}

/** Every entry under a prefix, page after page, each read with its schema. */
export async function readAllStored<S extends z.ZodType>(
  store: KeyValueStore,
  prefix: string,
  schema: S,
): Promise<Result<{ readonly key: string; readonly value: z.output<S> }[]>> {
  const found: { key: string; value: z.output<S> }[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.query(prefix, cursor === null ? {} : { cursor });
    const read = readEntries(page.results, schema);
    if (!read.ok) return read;
    found.push(...read.value);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return succeed(found);
}

/** Entries of one query page read with their schema. */
export function readEntries<S extends z.ZodType>(
  entries: readonly StoredEntry[],
  schema: S,
): Result<{ readonly key: string; readonly value: z.output<S> }[]> {
  const found: { key: string; value: z.output<S> }[] = [];
  for (const entry of entries) {
    const parsed = schema.safeParse(entry.value);
    if (!parsed.success) return corrupt(entry.key);
    found.push({ key: entry.key, value: parsed.data });
  }
  return succeed(found);
}

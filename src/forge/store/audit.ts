import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { succeed, type Result } from '../../core/result';
import type { KeyValueStore } from '../runtime';
import { checkValue, KVS_MAX_PAGE } from './kvs-rules';
import { readAllStored, readEntries } from './stored';

/**
 * The append-only audit log: who did what, when and why (configuration changes, manual
 * adjustments, recomputes, publications, exports), one store key per entry, never rewritten.
 *
 * Forge's key prefix queries return keys in ascending order (the only order they offer), so a
 * key starts with the instant counted down from the year 2286 — `audit:8213…:2026-10-05T09:00:00.000Z:…`
 * — and the newest entry comes first; the ISO instant follows for people reading raw keys.
 */

export const AUDIT_ACTIONS = [
  'configuration',
  'ajustement',
  'recalcul',
  'publication',
  'export',
  'rappel',
] as const;

const entrySchema = z.object({
  at: z.string(),
  actor: z.object({
    accountId: z.string().nullable(),
    kind: z.enum(['user', 'app', 'automation', 'web-trigger']),
  }),
  action: z.enum(AUDIT_ACTIONS),
  /** What it was about: a contract id, an issue key, a JQL scope. */
  subject: z.string(),
  /** What was done, in French. */
  summary: z.string(),
  /** Why, as the person said it; empty for what the app does on its own. */
  why: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type AuditEntry = z.output<typeof entrySchema>;

const PREFIX = 'audit:';
/** 10^13 ms after 1970 is in 2286: every instant before fits in 13 digits counted down. */
const LAST_INSTANT = 9_999_999_999_999;
let sequence = 0;

/** A key that sorts after every older entry's (see above), unique across concurrent writers. */
function auditKey(at: number): string {
  sequence = (sequence + 1) % 1000;
  const countdown = String(LAST_INSTANT - at).padStart(13, '0');
  // Within one millisecond, a later entry of this process sorts first; the random tail keeps
  // two functions writing in the same millisecond from sharing a key.
  const tail = `${String(999 - sequence).padStart(3, '0')}${randomBytes(3).toString('hex')}`;
  return `${PREFIX}${countdown}:${new Date(at).toISOString()}:${tail}`;
}

/** Appends an entry; too large a `details` is refused (nothing is written). */
export async function appendAudit(
  store: KeyValueStore,
  entry: Omit<AuditEntry, 'at'>,
  at: number,
): Promise<Result<string>> {
  const stored: AuditEntry = { ...entry, at: new Date(at).toISOString() };
  const fits = checkValue(
    stored,
    'L’entrée du journal d’audit',
    'raccourcissez le motif ou le détail de l’opération.',
  );
  if (!fits.ok) return fits;
  const key = auditKey(at);
  await store.set(key, stored);
  return succeed(key);
}

export interface AuditPage {
  readonly entries: readonly (AuditEntry & { readonly id: string })[];
  /** Pass it back for the next (older) entries; null on the last page. */
  readonly nextCursor: string | null;
}

/** One page of the log, newest first. */
export async function listAudit(
  store: KeyValueStore,
  page: { readonly cursor?: string | undefined; readonly limit?: number | undefined } = {},
): Promise<Result<AuditPage>> {
  const found = await store.query(PREFIX, {
    limit: Math.min(page.limit ?? KVS_MAX_PAGE, KVS_MAX_PAGE),
    ...(page.cursor === undefined ? {} : { cursor: page.cursor }),
  });
  const read = readEntries(found.results, entrySchema);
  if (!read.ok) return read;
  return succeed({
    entries: read.value.map((e) => ({ ...e.value, id: e.key })),
    nextCursor: found.nextCursor,
  });
}

/** The whole log, newest first (for the export). */
export async function allAudit(
  store: KeyValueStore,
): Promise<Result<(AuditEntry & { readonly id: string })[]>> {
  const all = await readAllStored(store, PREFIX, entrySchema);
  return all.ok ? succeed(all.value.map((e) => ({ ...e.value, id: e.key }))) : all;
}

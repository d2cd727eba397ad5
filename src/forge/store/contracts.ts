import { z } from 'zod';
import { compileContract, type CompiledContract } from '../../core/contract';
import { fail, succeed, type Result } from '../../core/result';
import type { KeyValueStore } from '../runtime';
import { checkValue } from './kvs-rules';
import { readAllStored, readStored } from './stored';

/**
 * Contract configurations in Forge's store. Each save is a new revision, kept whole with who
 * saved it, when and why (`contract:<id>:revision:<000001>`); a head (`contract:<id>:head`)
 * names the current one, and one index (`contracts:index`) says which projects and issue types
 * each contract covers, so an issue event finds its contract in one read.
 */

/** A contract id as the contract model spells it (and as store keys can hold it). */
export const contractIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'identifiant de contrat attendu, par exemple "demat-ads"')
  .max(100);

export interface SaveMeta {
  readonly by: string;
  /** Epoch ms. */
  readonly at: number;
  readonly reason: string;
}

const revisionSchema = z.object({
  revision: z.number().int().positive(),
  contractId: z.string(),
  savedAt: z.string(),
  savedBy: z.string(),
  reason: z.string(),
  contract: z.unknown(),
});
export type ContractRevision = z.output<typeof revisionSchema>;

const headSchema = z.object({ revision: z.number().int().positive() });

const indexEntrySchema = z.object({
  id: z.string(),
  label: z.string(),
  /** Null: some category names no project, so the contract may own issues of any project. */
  projects: z.array(z.string()).nullable(),
  issueTypes: z.array(z.string()),
  revision: z.number().int().positive(),
});
export type ContractIndexEntry = z.output<typeof indexEntrySchema>;
const indexSchema = z.object({ contracts: z.array(indexEntrySchema) });

const INDEX_KEY = 'contracts:index';
const headKey = (id: string): string => `contract:${id}:head`;
const revisionPrefix = (id: string): string => `contract:${id}:revision:`;
const revisionKey = (id: string, revision: number): string =>
  `${revisionPrefix(id)}${String(revision).padStart(6, '0')}`;

export interface LoadedContract {
  readonly revision: ContractRevision;
  readonly compiled: CompiledContract;
}

/** What an index entry says of a compiled contract: every version's projects and issue types. */
function indexEntry(compiled: CompiledContract, revision: number): ContractIndexEntry {
  const categories = compiled.contract.versions.flatMap((v) => v.categories);
  const open = categories.some((c) => c.projects === undefined);
  return {
    id: compiled.contract.id,
    label: compiled.contract.label,
    projects: open ? null : [...new Set(categories.flatMap((c) => c.projects ?? []))].sort(),
    issueTypes: [...new Set(categories.flatMap((c) => c.issueTypes))].sort(),
    revision,
  };
}

export async function contractIndex(store: KeyValueStore): Promise<Result<ContractIndexEntry[]>> {
  const index = await readStored(store, INDEX_KEY, indexSchema);
  return index.ok ? succeed(index.value?.contracts ?? []) : index;
}

/**
 * Validates a contract with the contract model's own checks, then saves it as the contract's
 * next revision and updates the index. Nothing is written when it is invalid or too large.
 */
export async function saveContract(
  store: KeyValueStore,
  input: unknown,
  meta: SaveMeta,
): Promise<Result<LoadedContract>> {
  const compiled = compileContract(input);
  if (!compiled.ok) return compiled;
  const id = compiled.value.contract.id;
  const head = await readStored(store, headKey(id), headSchema);
  if (!head.ok) return head;
  const revision: ContractRevision = {
    revision: (head.value?.revision ?? 0) + 1,
    contractId: id,
    savedAt: new Date(meta.at).toISOString(),
    savedBy: meta.by,
    reason: meta.reason,
    contract: input,
  };
  const fits = checkValue(
    revision,
    `La configuration du contrat « ${id} »`,
    'retirez les versions qui ne sont plus en vigueur (exportez-les d’abord avec « jalon export ») ou allégez le catalogue et les notes, puis enregistrez à nouveau.',
  );
  if (!fits.ok) return fits;
  const index = await contractIndex(store);
  if (!index.ok) return index;
  await store.set(revisionKey(id, revision.revision), revision);
  await store.set(headKey(id), { revision: revision.revision });
  const entries = [
    ...index.value.filter((e) => e.id !== id),
    indexEntry(compiled.value, revision.revision),
  ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  await store.set(INDEX_KEY, { contracts: entries });
  return succeed({ revision, compiled: compiled.value });
}

/** A contract's current revision, compiled; null when no contract has that id. */
export async function loadContract(
  store: KeyValueStore,
  id: string,
): Promise<Result<LoadedContract | null>> {
  const head = await readStored(store, headKey(id), headSchema);
  if (!head.ok || head.value === null) return head.ok ? succeed(null) : head;
  const revision = await readStored(store, revisionKey(id, head.value.revision), revisionSchema);
  if (!revision.ok) return revision;
  if (revision.value === null)
    return fail(
      'STORE.CORRUPT',
      `La révision ${String(head.value.revision)} du contrat « ${id} » manque : restaurez-la depuis un export (jalon export) ou enregistrez le contrat à nouveau.`,
    );
  const compiled = compileContract(revision.value.contract);
  if (!compiled.ok) return compiled;
  return succeed({ revision: revision.value, compiled: compiled.value });
}

/** Every saved revision of a contract, newest first. */
export async function contractRevisions(
  store: KeyValueStore,
  id: string,
): Promise<Result<ContractRevision[]>> {
  const all = await readAllStored(store, revisionPrefix(id), revisionSchema);
  return all.ok
    ? succeed(all.value.map((e) => e.value).sort((a, b) => b.revision - a.revision))
    : all;
}

/**
 * The contract that owns an issue of a project: one naming the project first, else one open to
 * every project; among them, one whose categories know the issue type when it is given.
 */
export function ownerOf(
  index: readonly ContractIndexEntry[],
  project: string,
  issueType?: string,
): ContractIndexEntry | undefined {
  const named = index.filter((e) => e.projects?.includes(project) === true);
  const open = index.filter((e) => e.projects === null);
  for (const candidates of [named, open]) {
    const typed =
      issueType === undefined
        ? candidates
        : candidates.filter((e) => e.issueTypes.includes(issueType));
    if (typed[0] !== undefined) return typed[0];
  }
  return undefined;
}

/** The contract owning an issue of `project` (see `ownerOf`), compiled; null when none does. */
export async function loadOwningContract(
  store: KeyValueStore,
  project: string,
  issueType?: string,
): Promise<Result<LoadedContract | null>> {
  const index = await contractIndex(store);
  if (!index.ok) return index;
  const owner = ownerOf(index.value, project, issueType);
  return owner === undefined ? succeed(null) : loadContract(store, owner.id);
}

import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { fail, succeed, type Result } from '../core/result';
import type { SandboxState } from './state';

/** Where `npm start` keeps the sandbox between runs (git-ignored). */
export const DEFAULT_SANDBOX_DIRECTORY = '.jalon';
export const SANDBOX_FILE = 'sandbox.json';

const id = z.string().min(1);
const nullableText = z.string().nullable();

const historySchema = z.object({
  id,
  created: z.string(),
  author: z.object({ accountId: z.string(), displayName: z.string() }),
  items: z.array(
    z.object({
      field: z.string(),
      fieldId: z.string(),
      fieldtype: z.enum(['jira', 'custom']),
      from: nullableText,
      fromString: nullableText,
      to: nullableText,
      toString: nullableText,
    }),
  ),
});

/** The saved state, checked whole: a file edited by hand or by an older version fails here. */
const stateSchema = z.object({
  fields: z.array(z.object({ id, name: z.string(), custom: z.boolean(), type: z.string() })),
  statuses: z
    .array(z.object({ id, name: z.string(), category: z.enum(['new', 'indeterminate', 'done']) }))
    .exactOptional(),
  projects: z.array(z.object({ id, key: id, name: z.string() })).exactOptional(),
  issueTypes: z.array(z.object({ id, name: z.string() })).exactOptional(),
  accounts: z
    .array(
      z.object({
        accountId: id,
        displayName: z.string(),
        admin: z.boolean(),
        browse: z.array(z.string()),
      }),
    )
    .exactOptional(),
  issues: z.array(
    z.object({
      id,
      key: id,
      project: id,
      fields: z.record(z.string(), z.unknown()),
      histories: z.array(historySchema),
      properties: z.record(z.string(), z.unknown()),
    }),
  ),
  spaces: z.array(z.object({ id, key: id, name: z.string() })),
  pages: z.array(
    z.object({
      id,
      spaceId: id,
      parentId: z.string().nullable(),
      title: z.string(),
      body: z.string(),
      version: z.number().int().positive(),
      createdAt: z.string(),
      updatedAt: z.string().exactOptional(),
      versionMessage: z.string().exactOptional(),
      properties: z.record(z.string(), z.unknown()),
    }),
  ),
  next: z.object({
    issue: z.number().int(),
    history: z.number().int(),
    page: z.number().int(),
  }),
});

export interface SandboxStore {
  /** The state file: `<directory>/sandbox.json`. */
  readonly file: string;
  /** The saved state; null when none was saved; a failure when the file cannot be read. */
  load(): Promise<Result<SandboxState | null>>;
  /**
   * Writes the whole state atomically (a temporary file, then a rename over the old one); saves
   * run one after the other, in call order, so the last state saved is the last one written.
   */
  save(state: SandboxState): Promise<void>;
  /** Forgets the saved state; true when there was one. */
  reset(): Promise<boolean>;
}

const isMissing = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';

export function sandboxStore(directory: string = DEFAULT_SANDBOX_DIRECTORY): SandboxStore {
  const file = path.join(directory, SANDBOX_FILE);
  let writes = 0;
  let queue: Promise<void> = Promise.resolve();

  async function load(): Promise<Result<SandboxState | null>> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error: unknown) {
      if (isMissing(error)) return succeed(null);
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return fail(
        'SANDBOX.UNREADABLE_STATE',
        `L’état du bac à sable (${file}) n’est pas du JSON : supprimez-le ou lancez une réinitialisation.`,
      );
    }
    const parsed = stateSchema.safeParse(json);
    if (!parsed.success)
      return fail(
        'SANDBOX.INVALID_STATE',
        `L’état du bac à sable (${file}) est mal formé : supprimez-le ou lancez une réinitialisation.`,
        parsed.error.issues.slice(0, 10).map((issue) => ({
          path: issue.path.map(String).join('.'),
          message: issue.message,
        })),
      );
    return succeed(parsed.data);
  }

  function save(state: SandboxState): Promise<void> {
    const run = queue.then(() => write(state));
    queue = run.catch(() => undefined);
    return run;
  }

  async function write(state: SandboxState): Promise<void> {
    await mkdir(directory, { recursive: true });
    writes += 1;
    const temporary = `${file}.${String(process.pid)}.${String(writes)}.tmp`;
    try {
      await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
      await rename(temporary, file);
    } catch (error: unknown) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async function reset(): Promise<boolean> {
    try {
      await rm(file);
      return true;
    } catch (error: unknown) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  return { file, load, save, reset };
}

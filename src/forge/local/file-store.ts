import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { KeyValueStore } from '../runtime';
import { memoryStore } from './memory-store';

/** Where `npm start` keeps the local Forge store, next to the sandbox's state (git-ignored). */
export const LOCAL_STORE_FILE = path.join('.jalon', 'forge-store.json');

const fileSchema = z.record(z.string(), z.unknown());

/**
 * The local Forge store kept in a JSON file: read once, then written whole after each change
 * (a temporary file renamed over the old one, so a crash never leaves half a file). A file that
 * is not a JSON object is refused with what to do.
 */
export function fileStore(file: string = LOCAL_STORE_FILE): KeyValueStore {
  let initial: Record<string, unknown> = {};
  let text: string | null = null;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error: unknown) {
    if (!(
      typeof error === 'object' &&
      error !== null &&
      'code' in error &&
      error.code === 'ENOENT'
    ))
      throw error;
  }
  if (text !== null) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const parsed = fileSchema.safeParse(json);
    if (!parsed.success)
      throw new Error(
        `Le stockage Forge local (${file}) n’est pas un objet JSON : supprimez-le pour repartir de zéro.`,
      );
    initial = parsed.data;
  }
  return memoryStore(initial, (entries) => {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${String(process.pid)}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(entries, null, 2)}\n`, 'utf8');
    renameSync(temporary, file);
  });
}

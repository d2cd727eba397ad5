import { z } from 'zod';
import type { IssueHistory } from '../../core/clocks';
import { fail, succeed, type Result } from '../../core/result';
import type { JiraProblem } from '../../jira/to-issue-history';
import type { KeyValueStore } from '../runtime';
import { KVS_MAX_VALUE_BYTES, valueBytes } from './kvs-rules';
import { STORE_CORRUPT } from './stored';

/**
 * The partial results of a publication fanned out over the queue: each slice event keeps the
 * histories it read under `tranche:<run>:<slice>:<part>`, the final event reads them all back.
 * A slice's JSON is cut into parts within Forge's 240 KiB a value; the field names, shared by
 * the issues of a search page, are stored once per slice.
 */

const PREFIX = 'tranche:';
/** Room left under Forge's limit for the JSON quoting of the part. */
const PART_BYTES = KVS_MAX_VALUE_BYTES - 16 * 1024;

const eventSchema = z.object({
  id: z.string(),
  at: z.number(),
  author: z.string(),
  changes: z.array(
    z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() }),
  ),
});

const storedIssueSchema = z.object({
  key: z.string(),
  id: z.string().optional(),
  summary: z.string().optional(),
  issueType: z.string(),
  project: z.string(),
  labels: z.array(z.string()),
  created: z.number(),
  fields: z.record(z.string(), z.string().nullable()),
  /** Index into the slice's `names`. */
  names: z.number().int().nonnegative(),
  events: z.array(eventSchema),
  links: z.array(z.object({ type: z.string(), key: z.string() })).optional(),
});

const sliceSchema = z.object({
  names: z.array(z.record(z.string(), z.string())),
  issues: z.array(storedIssueSchema),
  problems: z.array(z.object({ key: z.string(), code: z.string(), message: z.string() })),
});

export interface SliceContent {
  readonly histories: readonly IssueHistory[];
  readonly problems: readonly JiraProblem[];
}

/** Runs and slices sort as they were read: `tranche:<run>:00003:002`. */
const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const slicePrefix = (run: string, slice: number): string => `${PREFIX}${run}:${pad(slice, 5)}:`;

/** The parts of a text, each of whose JSON stays within `bytes` (never splitting a pair). */
function parts(text: string, bytes: number): string[] {
  const found: string[] = [];
  let start = 0;
  while (start < text.length) {
    let length = Math.min(text.length - start, bytes);
    while (valueBytes(text.slice(start, start + length)) > bytes) length = Math.floor(length * 0.8);
    const code = text.charCodeAt(start + length - 1);
    if (start + length < text.length && code >= 0xd800 && code <= 0xdbff) length -= 1;
    found.push(text.slice(start, start + length));
    start += length;
  }
  return found;
}

/** Keeps one slice's histories and problems; a slice written again replaces its parts. */
export async function saveSlice(
  store: KeyValueStore,
  run: string,
  slice: number,
  content: SliceContent,
): Promise<number> {
  const names: Readonly<Record<string, string>>[] = [];
  const indexOf = new Map<Readonly<Record<string, string>>, number>();
  const issues = content.histories.map((history) => {
    let index = indexOf.get(history.names);
    if (index === undefined) {
      index = names.push(history.names) - 1;
      indexOf.set(history.names, index);
    }
    return { ...history, names: index };
  });
  const problems = content.problems.map(({ key, code, message }) => ({ key, code, message }));
  const text = JSON.stringify({ names, issues, problems });
  const pieces = parts(text, PART_BYTES);
  const prefix = slicePrefix(run, slice);
  await deleteUnder(store, prefix);
  for (const [index, piece] of pieces.entries())
    await store.set(`${prefix}${pad(index, 3)}`, piece);
  return pieces.length;
}

/** Every slice of a run, in order, as one reading. */
export async function loadSlices(
  store: KeyValueStore,
  run: string,
  slices: number,
): Promise<Result<{ histories: IssueHistory[]; problems: JiraProblem[] }>> {
  const histories: IssueHistory[] = [];
  const problems: JiraProblem[] = [];
  for (let slice = 0; slice < slices; slice++) {
    const prefix = slicePrefix(run, slice);
    const pieces: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await store.query(prefix, cursor === null ? {} : { cursor });
      for (const entry of page.results)
        if (typeof entry.value === 'string') pieces.push(entry.value);
      cursor = page.nextCursor;
    } while (cursor !== null);
    const parsed = parseSlice(pieces.join(''));
    if (parsed === null)
      return fail(
        STORE_CORRUPT,
        `La tranche ${String(slice + 1)} sur ${String(slices)} de la publication est absente ou illisible : relancez la publication.`,
      );
    for (const issue of parsed.issues)
      histories.push({ ...issue, names: parsed.names[issue.names] ?? {} } as IssueHistory);
    problems.push(...parsed.problems);
  }
  return succeed({ histories, problems });
}

function parseSlice(text: string): z.output<typeof sliceSchema> | null {
  try {
    const parsed = sliceSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Forgets a run's slices once its page is published. */
export async function deleteSlices(store: KeyValueStore, run: string): Promise<void> {
  await deleteUnder(store, `${PREFIX}${run}:`);
}

async function deleteUnder(store: KeyValueStore, prefix: string): Promise<void> {
  for (;;) {
    const page = await store.query(prefix);
    if (page.results.length === 0) return;
    for (const entry of page.results) await store.delete(entry.key);
  }
}

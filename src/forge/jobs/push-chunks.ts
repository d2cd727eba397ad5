import type { JobEvent } from './job-event';

/** Forge's limits on one `Queue.push` (forge-platform.md §1.6). */
export const QUEUE_LIMITS = { eventsPerPush: 50, bytesPerPush: 200 * 1024 } as const;

/**
 * Pushes events in the fewest pushes Forge accepts (≤ 50 events, ≤ 200 KB each), in order, and
 * returns each push's job id. An event too large for a push alone is a programmer error.
 */
export async function pushInChunks(
  events: readonly JobEvent[],
  pushOne: (chunk: readonly JobEvent[]) => Promise<string>,
): Promise<string[]> {
  const ids: string[] = [];
  let chunk: JobEvent[] = [];
  let bytes = 0;
  for (const event of events) {
    const size = Buffer.byteLength(JSON.stringify(event), 'utf8');
    if (size > QUEUE_LIMITS.bytesPerPush)
      throw new RangeError(`A queue event of ${String(size)} bytes exceeds one push's limit`);
    if (chunk.length === QUEUE_LIMITS.eventsPerPush || bytes + size > QUEUE_LIMITS.bytesPerPush) {
      ids.push(await pushOne(chunk));
      chunk = [];
      bytes = 0;
    }
    chunk.push(event);
    bytes += size;
  }
  if (chunk.length > 0) ids.push(await pushOne(chunk));
  return ids;
}

import type { IssueHistory } from '../../src/core/clocks';
import { memoryStore } from '../../src/forge/local/memory-store';
import { KVS_MAX_VALUE_BYTES, valueBytes } from '../../src/forge/store/kvs-rules';
import { deleteSlices, loadSlices, saveSlice } from '../../src/forge/store/slices';

const NAMES = { status: 'État', customfield_10042: 'Sévérité' };

/** An issue with a long history of accented text, so that a slice needs several parts. */
function history(n: number): IssueHistory {
  return {
    key: `DEM-${String(n)}`,
    id: String(10_000 + n),
    summary: `Écran « Dépôt » bloqué n° ${String(n)} — “guillemets” et \\ barre`,
    issueType: 'Anomalie',
    project: 'DEM',
    labels: ['prod'],
    created: Date.UTC(2026, 8, 1) + n,
    fields: { status: 'Ouvert', customfield_10042: 'Bloquante' },
    names: NAMES,
    events: Array.from({ length: 40 }, (_, i) => ({
      id: String(i),
      at: Date.UTC(2026, 8, 2) + i * 60_000,
      author: 'Chloé Équipe',
      changes: [{ field: 'status', from: 'Ouvert', to: `En cours d’analyse ${String(i)}` }],
    })),
    ...(n % 2 === 0 ? { links: [{ type: 'Relates', key: 'DEM-1' }] } : {}),
  };
}

describe('the slices of a fanned-out publication in the store', () => {
  const histories = Array.from({ length: 400 }, (_, i) => history(i));
  const problems = [{ key: 'DEM-999', code: 'JIRA.BAD_ISSUE', message: 'Ticket DEM-999 ignoré.' }];

  test('come back as they were read, cut into parts each within Forge’s 240 KiB', async () => {
    const store = memoryStore();
    const parts = await saveSlice(store, 'demat.2026-09.1', 0, { histories, problems });
    await saveSlice(store, 'demat.2026-09.1', 1, {
      histories: histories.slice(0, 3),
      problems: [],
    });
    expect(parts).toBeGreaterThan(3);
    for (const value of Object.values(store.entries()))
      expect(valueBytes(value)).toBeLessThanOrEqual(KVS_MAX_VALUE_BYTES);
    const read = await loadSlices(store, 'demat.2026-09.1', 2);
    expect(read).toEqual({
      ok: true,
      value: { histories: [...histories, ...histories.slice(0, 3)], problems },
    });
    // The names of a page are one object again, shared by its issues.
    if (read.ok) expect(read.value.histories[5]?.names).toBe(read.value.histories[6]?.names);
  });

  test('a missing or damaged slice fails with what to do, and a run is forgotten whole', async () => {
    const store = memoryStore();
    await saveSlice(store, 'run', 0, { histories, problems: [] });
    expect(await loadSlices(store, 'run', 2)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/tranche 2 sur 2.*relancez la publication/) as unknown,
    });
    await store.set('tranche:run:00000:001', 'abîmé');
    expect((await loadSlices(store, 'run', 1)).ok).toBe(false);
    await deleteSlices(store, 'run');
    expect(store.entries()).toEqual({});
  });
});

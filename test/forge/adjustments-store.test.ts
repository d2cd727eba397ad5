import type { Adjustment } from '../../src/core/clocks';
import { memoryStore } from '../../src/forge/local/memory-store';
import { addAdjustment, adjustmentsFor } from '../../src/forge/store/adjustments';

const waiver = (issue: string): Adjustment => ({
  issue,
  clock: 'resolution',
  kind: 'waiver',
  author: '712020:agnes-admin',
  decidedAt: '2026-10-05T07:00:00.000Z',
  reason: 'Panne du réseau de l’administration.',
});

describe('the adjustments a recompute counts', () => {
  test('one issue’s from its key, a scope’s from a scan of the adjusted issues only', async () => {
    const store = memoryStore();
    await addAdjustment(store, waiver('DEM-1'));
    await addAdjustment(store, waiver('DEM-1'));
    await addAdjustment(store, waiver('INC-7'));
    const one = await adjustmentsFor(store, 'DEM-1');
    expect(one.ok && [...one.value.entries()].map(([k, v]) => [k, v.length])).toEqual([
      ['DEM-1', 2],
    ]);
    const none = await adjustmentsFor(store, 'DEM-2');
    expect(none.ok && none.value.get('DEM-2')).toEqual([]);
    const all = await adjustmentsFor(store);
    expect(all.ok && [...all.value.entries()].map(([k, v]) => [k, v.length])).toEqual([
      ['DEM-1', 2],
      ['INC-7', 1],
    ]);
  });
});

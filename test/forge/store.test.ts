import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobEvent } from '../../src/forge/jobs/job-event';
import { fileStore } from '../../src/forge/local/file-store';
import { localQueue } from '../../src/forge/local/local-queue';
import { memoryStore } from '../../src/forge/local/memory-store';
import { appendAudit, listAudit } from '../../src/forge/store/audit';
import { contractIndex, ownerOf, saveContract } from '../../src/forge/store/contracts';
import { KVS_MAX_VALUE_BYTES, StoreLimitError } from '../../src/forge/store/kvs-rules';
import { demoContract } from '../../src/sandbox/demo';

const AT = Date.parse('2026-10-05T07:00:00Z');
const meta = { by: '712020:admin', at: AT, reason: 'Essai' };

describe('the store keeps Forge’s key-value rules', () => {
  test('a key outside Forge’s alphabet or too long is refused before anything is written', async () => {
    const store = memoryStore();
    await expect(store.set('contrat:démat', 1)).rejects.toThrow(StoreLimitError);
    await expect(store.set('   ', 1)).rejects.toThrow(/Clé de stockage refusée/);
    await expect(store.set(`k${'x'.repeat(500)}`, 1)).rejects.toThrow(/au plus 500 caractères/);
    await store.set('audit:0001:2026-10-05T07:00:00.000Z:#a b-c_d.e', 1);
    expect(Object.keys(store.entries())).toEqual([
      'audit:0001:2026-10-05T07:00:00.000Z:#a b-c_d.e',
    ]);
  });

  test('a value over 240 KiB is refused with its size, one just under is kept', async () => {
    const store = memoryStore();
    const text = (bytes: number) => 'a'.repeat(bytes - 2); // JSON adds the two quotes
    await store.set('fits', text(KVS_MAX_VALUE_BYTES));
    await expect(store.set('too-big', text(KVS_MAX_VALUE_BYTES + 1))).rejects.toThrow(
      'La valeur de « too-big » occupe 241 Kio, au-delà des 240 Kio qu’une valeur Forge peut contenir : découpez-la.',
    );
    expect(Object.keys(store.entries())).toEqual(['fits']);
  });

  test('a contract too large for one value is refused in French with what to do, nothing saved', async () => {
    const store = memoryStore();
    const contract = demoContract('demat-ads');
    const [first] = contract.versions;
    if (first === undefined) throw new Error('no version');
    const large = { ...contract, versions: [{ ...first, note: 'n'.repeat(250_000) }] };
    const saved = await saveContract(store, large, meta);
    expect(saved).toMatchObject({ ok: false, code: 'STORE.TOO_LARGE' });
    expect(saved.ok ? '' : saved.message).toMatch(
      /^La configuration du contrat « demat-ads » occupe \d+ Kio, au-delà des 240 Kio .* retirez les versions qui ne sont plus en vigueur/,
    );
    expect(store.entries()).toEqual({});
  });

  test('the index finds the contract naming a project before one open to every project', async () => {
    const store = memoryStore();
    const open = { ...demoContract('atih-2025'), id: 'ouvert' };
    // A contract whose categories name no project may own issues of any project.
    const openVersions = open.versions.map((v) => ({
      ...v,
      categories: v.categories.map((c) => ({ ...c, projects: undefined })),
    }));
    expect((await saveContract(store, { ...open, versions: openVersions }, meta)).ok).toBe(true);
    expect((await saveContract(store, demoContract('demat-ads'), meta)).ok).toBe(true);
    const index = await contractIndex(store);
    if (!index.ok) throw new Error(index.message);
    expect(ownerOf(index.value, 'DEM')?.id).toBe('demat-ads');
    expect(ownerOf(index.value, 'AUTRE')?.id).toBe('ouvert');
    expect(ownerOf(index.value, 'AUTRE', 'Type inconnu')).toBeUndefined();
  });
});

describe('the audit log', () => {
  test('lists the newest entry first, twenty a page, then the older ones', async () => {
    const store = memoryStore();
    for (let n = 0; n < 25; n++) {
      const added = await appendAudit(
        store,
        {
          actor: { accountId: '712020:admin', kind: 'user' },
          action: 'configuration',
          subject: 'demat-ads',
          summary: `Révision ${String(n + 1)}`,
          why: '',
        },
        AT + n * 60_000,
      );
      expect(added.ok).toBe(true);
    }
    const first = await listAudit(store);
    if (!first.ok) throw new Error(first.message);
    expect(first.value.entries.map((e) => e.summary)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Révision ${String(25 - i)}`),
    );
    expect(first.value.nextCursor).not.toBeNull();
    const second = await listAudit(store, { cursor: first.value.nextCursor ?? '' });
    if (!second.ok) throw new Error(second.message);
    expect(second.value.entries.map((e) => e.summary)).toEqual(
      ['5', '4', '3', '2', '1'].map((n) => `Révision ${n}`),
    );
    expect(second.value.nextCursor).toBeNull();
    expect(second.value.entries[4]?.at).toBe('2026-10-05T07:00:00.000Z');
  });

  test('an entry edited outside Jalon is reported, not trusted', async () => {
    const store = memoryStore();
    const added = await appendAudit(
      store,
      {
        actor: { accountId: null, kind: 'app' },
        action: 'recalcul',
        subject: 'x',
        summary: 's',
        why: '',
      },
      AT,
    );
    if (!added.ok) throw new Error(added.message);
    await store.set(added.value, { at: 'hier' });
    expect(await listAudit(store)).toMatchObject({ ok: false, code: 'STORE.CORRUPT' });
  });
});

describe('the local store file and queue', () => {
  test('a file store keeps its entries across runs; a file that is not a JSON object is refused', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'jalon-store-'));
    const file = join(folder, 'forge-store.json');
    await fileStore(file).set('contracts:index', { contracts: [] });
    expect(await fileStore(file).get('contracts:index')).toEqual({ contracts: [] });
    writeFileSync(file, '[1, 2]');
    expect(() => fileStore(file)).toThrow(/n’est pas un objet JSON : supprimez-le/);
  });

  test('pushes respect Forge’s 50 events a push, and drain runs every event in order', async () => {
    const queue = localQueue();
    const events: JobEvent[] = Array.from({ length: 120 }, (_, n) => ({
      kind: 'recompute',
      contractId: 'demat-ads',
      jql: `key = DEM-${String(n + 1)}`,
    }));
    const ids = await queue.push(events);
    expect(ids).toEqual(['local-job-1', 'local-job-2', 'local-job-3']);
    expect(queue.pending().map((job) => job.jobId)).toEqual([
      ...Array<string>(50).fill('local-job-1'),
      ...Array<string>(50).fill('local-job-2'),
      ...Array<string>(20).fill('local-job-3'),
    ]);
    const seen: unknown[] = [];
    expect(await queue.drain((job) => Promise.resolve(seen.push(job.body)))).toBe(120);
    expect(seen).toEqual(events);
  });
});

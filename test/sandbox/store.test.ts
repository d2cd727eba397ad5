import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSandbox } from '../../src/sandbox/handler';
import { sandboxStore } from '../../src/sandbox/store';
import { driveIssue, EMPTY_SITE, manualClock } from './site';

describe('the sandbox store', () => {
  let directory = '';
  beforeEach(async () => {
    directory = path.join(await mkdtemp(path.join(tmpdir(), 'jalon-sandbox-')), '.jalon');
  });
  afterEach(async () => {
    await rm(path.dirname(directory), { recursive: true, force: true });
  });

  test('nothing saved yet loads as null', async () => {
    expect(await sandboxStore(directory).load()).toEqual({ ok: true, value: null });
  });

  test('a saved state loads back equal, and no temporary file is left behind', async () => {
    const clock = manualClock('2026-03-02T08:00:00Z');
    const sandbox = createSandbox(EMPTY_SITE, { now: clock.now });
    await driveIssue(sandbox.transport, clock, '2026-03-02T09:00:00Z', { summary: 'A' }, [
      ['2026-03-02T10:00:00Z', 'En cours'],
    ]);
    const store = sandboxStore(directory);
    await store.save(sandbox.state());
    expect(await store.load()).toEqual({ ok: true, value: sandbox.state() });
    expect(await readdir(directory)).toEqual(['sandbox.json']);
    expect(store.file).toBe(path.join(directory, 'sandbox.json'));
  });

  test('saves made at once are written in call order: the last one wins', async () => {
    const store = sandboxStore(directory);
    const states = [1, 2, 3, 4].map((n) => ({
      ...EMPTY_SITE,
      next: { ...EMPTY_SITE.next, page: n },
    }));
    await Promise.all(states.map((state) => store.save(state)));
    const loaded = await store.load();
    expect(loaded.ok && loaded.value?.next.page).toBe(4);
  });

  test('a file that is not JSON, or not a state, is a failure that says what to do', async () => {
    const store = sandboxStore(directory);
    await store.save(EMPTY_SITE);
    await writeFile(store.file, '{ oops', 'utf8');
    expect(await store.load()).toMatchObject({ ok: false, code: 'SANDBOX.UNREADABLE_STATE' });
    await writeFile(store.file, JSON.stringify({ ...EMPTY_SITE, pages: [{ id: 1 }] }), 'utf8');
    const invalid = await store.load();
    expect(invalid).toMatchObject({ ok: false, code: 'SANDBOX.INVALID_STATE' });
    expect(!invalid.ok && invalid.issues?.[0]?.path).toMatch(/^pages\.0\./);
  });

  test('reset forgets the saved state', async () => {
    const store = sandboxStore(directory);
    await store.save(EMPTY_SITE);
    expect(JSON.parse(await readFile(store.file, 'utf8'))).toEqual(EMPTY_SITE);
    expect(await store.reset()).toBe(true);
    expect(await store.reset()).toBe(false);
    expect(await store.load()).toEqual({ ok: true, value: null });
  });
});

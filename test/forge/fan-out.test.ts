import { publishMonth } from '../../src/app';
import { compileContract } from '../../src/core/contract';
import { readJobState } from '../../src/forge/store/jobs';
import { demoContract, demoState } from '../../src/sandbox/demo';
import { ADMIN, localSite, NOW, withDematContract } from './local-site';

// A quarter of DEMAT'ADS at the scale where the contract's projects hold about 20,000 issues.
const QUARTER = demoState({ seed: 0x20000, from: '2026-07-01', months: 3, scale: 25_000 / 530 });

describe('a publication fanned out over the queue', () => {
  test('20,000 issues read slice by slice give the page a single run gives, byte for byte', async () => {
    const site = localSite(QUARTER);
    await withDematContract(site);
    const inScope = QUARTER.issues.filter((i) => ['DEM', 'INC'].includes(i.project)).length;
    expect(inScope).toBeGreaterThan(19_000);

    // The single run, as `jalon publish` does it, straight through the app's use case.
    const contract = compileContract(demoContract('demat-ads'));
    if (!contract.ok) throw new Error(contract.message);
    const app = site.runtime.asApp();
    const single = await publishMonth(
      { jira: app.jira, confluence: app.confluence, now: () => NOW },
      { contract: contract.value, month: '2026-09', spaceKey: 'DEMAT' },
    );
    if (!single.ok) throw new Error(single.message);
    const pagesAfterSingle = site.sandbox.state().pages;
    expect(pagesAfterSingle.length).toBeGreaterThan(1);

    // The same month from the queue: one event per slice, then the assembly.
    const asked = await site.invoke(
      'report/publish',
      { contractId: 'demat-ads', month: '2026-09', spaceKey: 'DEMAT' },
      ADMIN,
    );
    expect(asked.ok).toBe(true);
    const events = await site.runtime.drain();
    const slices = Math.ceil(inScope / 1000);
    expect(events).toBe(1 + slices + 1);

    // Nothing to update: every page is the single run's, still at its first version.
    expect(site.sandbox.state().pages).toEqual(pagesAfterSingle);
    expect(site.sandbox.state().pages.every((page) => page.version === 1)).toBe(true);
    // The partial results are gone once the page is published.
    expect(Object.keys(site.store.entries()).filter((k) => k.startsWith('tranche:'))).toEqual([]);
    const last = await readJobState(site.store, `local-job-${String(events)}`);
    expect(last).toMatchObject({ ok: true, value: { status: 'done' } });
    expect(last.ok && last.value?.outcome).toMatch(/^Rapport de 2026-09 publié/);
    expect(site.check.mismatches).toEqual([]);
  }, 300_000);
});

import { runJob } from '../../src/forge/jobs/run-job';
import { readJobState } from '../../src/forge/store/jobs';
import { ADMIN, localSite, withDematContract } from './local-site';

describe('queued jobs', () => {
  test('a job for a contract Jalon does not know fails, and its state says why in French', async () => {
    const site = localSite();
    const [jobId] = await site.runtime.queue.push([
      { kind: 'recompute', contractId: 'inconnu', jql: 'project = DEM' },
    ]);
    const outcome = await runJob(site.runtime, {
      jobId: jobId ?? '',
      body: site.runtime.pending()[0]?.body,
    });
    expect(outcome).toMatchObject({ ok: false, code: 'JALON.UNKNOWN_CONTRACT' });
    const state = await readJobState(site.store, jobId ?? '');
    expect(state).toMatchObject({
      ok: true,
      value: {
        status: 'failed',
        outcome:
          'Le contrat « inconnu » n’est pas configuré dans Jalon : enregistrez-le depuis la page d’administration.',
      },
    });
    expect(site.sent).toEqual([]);
  });

  test('an event the consumer cannot read is refused with its path, nothing run', async () => {
    const site = localSite();
    const outcome = await runJob(site.runtime, {
      jobId: 'j',
      body: { kind: 'publish', contractId: 'x' },
    });
    expect(outcome).toMatchObject({ ok: false, code: 'JOB.BAD_EVENT' });
    expect(outcome.ok ? [] : outcome.issues?.map((i) => i.path)).toEqual(['month', 'spaceKey']);
    expect(site.store.entries()).toEqual({});
  });

  test('contract/get gives the current revision or an older one; contract/list the index', async () => {
    const site = localSite();
    await withDematContract(site);
    await withDematContract(site);
    expect(await site.invoke('contract/get', { contractId: 'demat-ads' }, ADMIN)).toMatchObject({
      ok: true,
      value: { revision: 2, contract: { id: 'demat-ads' } },
    });
    expect(
      await site.invoke('contract/get', { contractId: 'demat-ads', revision: 1 }, ADMIN),
    ).toMatchObject({ ok: true, value: { revision: 1 } });
    expect(
      await site.invoke('contract/get', { contractId: 'demat-ads', revision: 9 }, ADMIN),
    ).toMatchObject({ ok: false, code: 'JALON.UNKNOWN_REVISION' });
    expect(await site.invoke('contract/list', {}, ADMIN)).toMatchObject({
      ok: true,
      value: [{ id: 'demat-ads', projects: ['DEM', 'INC'], revision: 2 }],
    });
  });
});

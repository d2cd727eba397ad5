import { contractJql, recomputeIssues } from '../../src/app';
import { compileContract } from '../../src/core/contract';
import { makeDailyCheck, makeHourlyRefresh } from '../../src/forge/triggers/scheduled';
import { demoContract } from '../../src/sandbox/demo';
import { ADMIN, localSite, NOW, withDematContract, type LocalSite } from './local-site';

const nextChanges = (site: LocalSite): number[] =>
  site.sandbox
    .state()
    .issues.map(
      (issue) =>
        (issue.properties['jalon.delais'] as { nextChangeAt?: string } | undefined)?.nextChangeAt,
    )
    .filter((at): at is string => typeof at === 'string')
    .map((at) => Date.parse(at));

describe('the hourly refresh', () => {
  test('recomputes exactly the issues whose state was due to change, then nothing more', async () => {
    let now = NOW;
    const site = localSite(undefined, () => now);
    await withDematContract(site);
    const contract = compileContract(demoContract('demat-ads'));
    if (!contract.ok) throw new Error(contract.message);
    await site.runtime.queue.push([
      { kind: 'recompute', contractId: 'demat-ads', jql: contractJql(contract.value, '2026-10') },
    ]);
    await site.runtime.drain();
    const refresh = makeHourlyRefresh(site.runtime);
    // Right after a full recompute nothing is due.
    expect(await refresh()).toEqual([
      { contractId: 'demat-ads', done: '0 ticket(s) à échéance recalculé(s), 0 modifié(s).' },
    ]);

    // An hour after the first change falls due, the issues due by then change state.
    const first = Math.min(...nextChanges(site));
    now = first + 3_600_000;
    const due = nextChanges(site).filter((at) => at <= now).length;
    expect(due).toBeGreaterThan(0);
    expect(await refresh()).toEqual([
      {
        contractId: 'demat-ads',
        done: `${String(due)} ticket(s) à échéance recalculé(s), ${String(due)} modifié(s).`,
      },
    ]);
    expect(nextChanges(site).every((at) => at > now)).toBe(true);

    // No issue's state field is left behind: a full recompute would change none.
    const stale: string[] = [];
    const full = await recomputeIssues(
      { jira: site.runtime.asApp().jira, now: () => now },
      contract.value,
      contractJql(contract.value, '2026-10'),
      {
        dryRun: true,
        onIssue: (issue) => {
          if (issue.changes.some((c) => c.field === 'Jalon – état des délais'))
            stale.push(issue.key);
        },
      },
    );
    expect(full.ok).toBe(true);
    expect(stale).toEqual([]);
    expect(site.check.mismatches).toEqual([]);
  });
});

describe('the daily check', () => {
  test('publishes the closed month once and reminds of a comité deadline once', async () => {
    const site = localSite();
    const saved = await site.invoke(
      'contract/save',
      {
        contract: {
          ...demoContract('demat-ads'),
          // Thursday 8 October: the support is due 2 jours ouvrés before, on Tuesday 6.
          publication: { spaceKey: 'DEMAT', day: 5, calendar: 'tma', comites: ['2026-10-08'] },
        },
        reason: 'Publication mensuelle automatique.',
      },
      ADMIN,
    );
    expect(saved.ok).toBe(true);
    const check = makeDailyCheck(site.runtime);
    expect(await check()).toEqual([
      {
        contractId: 'demat-ads',
        done: 'publication de 2026-09 lancée ; Support du comité du 08/10/2026 à diffuser au plus tard le 06/10/2026.',
      },
    ]);
    await site.runtime.drain();
    expect(site.sandbox.state().pages.length).toBeGreaterThan(0);
    // The next day's run finds the month published and the reminder given.
    expect(await check()).toEqual([{ contractId: 'demat-ads', done: 'rien à faire aujourd’hui' }]);
    const log = await site.invoke('audit/list', { limit: 5 }, ADMIN);
    const actions = log.ok ? (log.value as { entries: { action: string }[] }).entries : [];
    expect(actions.filter((e) => e.action === 'rappel')).toHaveLength(1);
  });
});

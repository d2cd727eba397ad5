import type { ResolverApi } from '../../src/forge/resolvers/ui-api';
import { demoContract } from '../../src/sandbox/demo';
import { ADMIN, AGENT, localSite, withDematContract, type LocalSite } from './local-site';

type Value<K extends keyof ResolverApi> = ResolverApi[K]['value'];

/** The value of a successful answer, typed as the UI receives it from `key`. */
function valueOf<K extends keyof ResolverApi>(
  answer: { ok: boolean; value?: unknown; message?: string },
  key: K,
): Value<K> {
  if (!answer.ok) throw new Error(`${key}: expected success: ${answer.message ?? ''}`);
  return answer.value as Value<K>;
}

/** The first DEM issue with a breached clock, and that clock's view. */
async function breachedAnomaly(site: LocalSite) {
  for (const issue of site.sandbox.state().issues.filter((i) => i.project === 'DEM')) {
    const panel = valueOf(
      await site.invoke('clocks/get', { issueKey: issue.key }, ADMIN),
      'clocks/get',
    );
    if (panel.contract === null) continue;
    const view = panel.views.find((v) => v.state === 'Dépassé');
    if (view !== undefined) return { key: issue.key, panel, view };
  }
  throw new Error('no breached anomaly in the demo month');
}

describe('the resolvers behind the Custom UI pages', () => {
  test('clocks/get gives each clock its view: state, due instant in Paris time, the why in French', async () => {
    const site = localSite();
    await withDematContract(site);
    const { panel, view } = await breachedAnomaly(site);
    const measure = panel.clocks.find((c) => c.id === view.id);
    expect(measure).toMatchObject({ breached: true });
    expect(view.tone).toBe('breached');
    expect(view.due).toMatch(/^\d{2}\/\d{2}\/2026 \d{2}:\d{2}$/);
    expect(view.why[0]).toMatch(/^Dépassé : l’échéance était le \d{2}\/\d{2}\/2026 \d{2}:\d{2}/);
    expect(view.why[0]).toContain(view.due ?? '?');
    expect(view.timeline?.spans.length).toBeGreaterThan(0);
    expect(view.timeline?.events.some((e) => e.text === 'Échéance dépassée')).toBe(true);
  });

  test('an administrator grants an extension: it is counted, listed and audited; an agent may not', async () => {
    const site = localSite();
    await withDematContract(site);
    const { key, view } = await breachedAnomaly(site);
    const listed = valueOf(
      await site.invoke('clocks/adjustments', { issueKey: key }, AGENT),
      'clocks/adjustments',
    );
    expect(listed).toEqual({ issueKey: key, canAdjust: false, adjustments: [] });
    const refused = await site.invoke(
      'clocks/adjust',
      { issueKey: key, clock: view.id, kind: 'waiver', reason: 'Essai' },
      AGENT,
    );
    expect(refused).toMatchObject({ ok: false, code: 'ACCESS.DENIED' });
    const unexplained = await site.invoke(
      'clocks/adjust',
      { issueKey: key, clock: view.id, kind: 'extension', reason: ' ' },
      ADMIN,
    );
    expect(unexplained).toMatchObject({ ok: false, code: 'RESOLVER.BAD_PAYLOAD' });
    expect(unexplained.ok ? [] : unexplained.issues?.map((i) => i.path)).toEqual([
      'reason',
      'minutes',
    ]);
    const granted = await site.invoke(
      'clocks/adjust',
      {
        issueKey: key,
        clock: view.id,
        kind: 'waiver',
        reason: 'Panne du réseau de l’administration.',
      },
      ADMIN,
    );
    expect(granted).toMatchObject({ ok: true, value: { count: 1, fieldsWritten: true } });
    // The waiver reaches Jira's fields, not only the panel: the clock reads "Terminé", not
    // "Dépassé", in "Jalon – délais".
    const written = site.sandbox.state().issues.find((i) => i.key === key)?.properties[
      'jalon.delais'
    ] as { clockStates: string[] } | undefined;
    expect(written?.clockStates).toContain(`${view.id}:Terminé`);
    const after = valueOf(await site.invoke('clocks/get', { issueKey: key }, ADMIN), 'clocks/get');
    const waived = after.contract === null ? undefined : after.views.find((v) => v.id === view.id);
    expect(waived?.why[0]).toBe('Exonéré : une décision d’exonération s’applique à ce délai.');
    expect(waived?.adjustments[0]).toContain('Panne du réseau de l’administration.');
    const log = valueOf(await site.invoke('audit/list', { limit: 1 }, ADMIN), 'audit/list');
    expect(log.entries[0]).toMatchObject({
      action: 'ajustement',
      subject: key,
      why: 'Panne du réseau de l’administration.',
    });
    expect(
      valueOf(
        await site.invoke('clocks/adjustments', { issueKey: key }, ADMIN),
        'clocks/adjustments',
      ),
    ).toMatchObject({
      canAdjust: true,
      adjustments: [{ kind: 'waiver', author: ADMIN.accountId }],
    });
  });

  test('contract/preview locates a broken calendar field and writes nothing', async () => {
    const site = localSite();
    await withDematContract(site);
    const draft = structuredClone(demoContract('demat-ads')) as {
      versions: { calendars: Record<string, { windows: { to: string }[] }> }[];
    };
    const window = draft.versions[0]?.calendars.tma?.windows[0];
    if (window === undefined) throw new Error('no tma window');
    window.to = '25:00';
    const before = site.sent.length;
    const refused = await site.invoke('contract/preview', { contract: draft }, ADMIN);
    expect(refused).toMatchObject({
      ok: false,
      code: 'CONTRACT.INVALID',
      issues: [{ path: 'versions[0].calendars.tma.windows[0].to' }],
    });
    expect(site.sent.length - before).toBe(1); // the administrator check only
  });

  test('a calendar change: the dry run lists the changes, apply saves, queues the recompute, and the fields then agree', async () => {
    const site = localSite();
    await withDematContract(site);
    await site.invoke(
      'contract/apply',
      { contract: demoContract('demat-ads'), reason: 'Mise en service' },
      ADMIN,
    );
    await site.runtime.drain();
    const draft = structuredClone(demoContract('demat-ads')) as {
      versions: { calendars: Record<string, { windows: { to: string }[] }> }[];
    };
    const window = draft.versions[0]?.calendars.tma?.windows[0];
    if (window === undefined) throw new Error('no tma window');
    window.to = '17:00';
    const before = site.writesSince(0).length;
    const preview = valueOf(
      await site.invoke('contract/preview', { contract: draft }, ADMIN),
      'contract/preview',
    );
    expect(site.writesSince(0).length).toBe(before);
    expect(preview.changedIssues).toBeGreaterThan(0);
    expect(preview.summary).toMatch(/^\d+ tickets? changen?t? sur \d+ : [A-Z]+-\d+/);
    const applied = valueOf(
      await site.invoke(
        'contract/apply',
        { contract: draft, reason: 'Avenant 3 : fin à 17 h.' },
        ADMIN,
      ),
      'contract/apply',
    );
    expect(applied.revision.revision).toBe(3);
    expect(
      valueOf(await site.invoke('jobs/get', { jobId: applied.jobId }, ADMIN), 'jobs/get'),
    ).toMatchObject({ status: 'queued' });
    await site.runtime.drain();
    const job = valueOf(await site.invoke('jobs/get', { jobId: applied.jobId }, ADMIN), 'jobs/get');
    expect(job.status).toBe('done');
    const check = valueOf(
      await site.invoke('contract/preview', { contract: draft }, ADMIN),
      'contract/preview',
    );
    expect(check.changedIssues).toBe(0);
    const log = valueOf(await site.invoke('audit/list', { limit: 2 }, ADMIN), 'audit/list');
    expect(log.entries.map((e) => e.action)).toEqual(['recalcul', 'configuration']);
  });

  test('indicators/month gives the month’s indicators with verdicts and 12 months of trend', async () => {
    const site = localSite();
    await withDematContract(site);
    const answer = valueOf(
      await site.invoke('indicators/month', { month: '2026-09' }, AGENT, {
        project: { key: 'DEM' },
      }),
      'indicators/month',
    );
    expect(answer.contract?.id).toBe('demat-ads');
    expect(answer.view?.monthLabel).toBe('septembre 2026');
    expect(answer.view?.months).toHaveLength(12);
    expect(answer.view?.indicators.length).toBeGreaterThan(0);
    expect(answer.view?.trend[0]?.points).toHaveLength(12);
  });

  test('orders/list carries the rows of the triplet table with their verdicts', async () => {
    const site = localSite();
    await site.invoke(
      'contract/save',
      { contract: demoContract('atih-2025'), reason: 'Mise en service' },
      ADMIN,
    );
    const answer = valueOf(
      await site.invoke('orders/list', { projectKey: 'ATIH' }, ADMIN),
      'orders/list',
    );
    const rows = answer.view?.rows ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.verdict === 'non conforme')).toBe(true);
    expect(rows[0]?.cells.besoin.dateLabel).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(answer.view?.envelope?.code).toBe('UO-9');
  });
});

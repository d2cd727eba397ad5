import { makeResolvers } from '../../src/forge/resolvers';
import { RESOLVER_KEYS } from '../../src/forge/resolvers/keys';
import { demoContract } from '../../src/sandbox/demo';
import { ADMIN, AGENT, OUTSIDER, localSite, withDematContract, type LocalSite } from './local-site';

const DENIED_ADMIN =
  'Réservé aux administrateurs Jira : demandez à un administrateur du site de faire cette opération.';
const DENIED_ISSUE =
  'Ticket introuvable ou non visible pour vous : vérifiez la clé ou demandez l’accès au projet.';

const anIssueOf = (site: LocalSite, project: string): string => {
  const issue = site.sandbox.state().issues.find((i) => i.project === project);
  if (issue === undefined) throw new Error(`no ${project} issue`);
  return issue.key;
};

describe('resolvers, each behind the one permission wrapper', () => {
  test('every key of the UI has its resolver, and no other is defined', () => {
    expect(Object.keys(makeResolvers(localSite().runtime)).sort()).toEqual(
      [...RESOLVER_KEYS].sort(),
    );
  });

  test('a non-administrator cannot save the configuration: a French refusal, nothing stored', async () => {
    const site = localSite();
    const refused = await site.invoke(
      'contract/save',
      { contract: demoContract('demat-ads'), reason: 'Essai' },
      AGENT,
    );
    expect(refused).toEqual({ ok: false, code: 'ACCESS.DENIED', message: DENIED_ADMIN });
    expect(site.store.entries()).toEqual({});
  });

  test('an administrator saves it; the audit log records who, when, what and why', async () => {
    const site = localSite();
    const saved = await site.invoke(
      'contract/save',
      { contract: demoContract('demat-ads'), reason: 'Avenant n° 2 : nouveaux délais.' },
      ADMIN,
    );
    expect(saved).toEqual({
      ok: true,
      value: {
        revision: 1,
        contractId: 'demat-ads',
        savedAt: '2026-10-05T07:00:00.000Z',
        savedBy: ADMIN.accountId,
        reason: 'Avenant n° 2 : nouveaux délais.',
      },
    });
    const log = await site.invoke('audit/list', {}, ADMIN);
    expect(log).toMatchObject({
      ok: true,
      value: {
        entries: [
          {
            at: '2026-10-05T07:00:00.000Z',
            actor: { accountId: ADMIN.accountId, kind: 'user' },
            action: 'configuration',
            subject: 'demat-ads',
            why: 'Avenant n° 2 : nouveaux délais.',
          },
        ],
        nextCursor: null,
      },
    });
    const again = await site.invoke(
      'contract/save',
      { contract: demoContract('demat-ads'), reason: 'Correction' },
      ADMIN,
    );
    expect(again).toMatchObject({ ok: true, value: { revision: 2 } });
    const versions = await site.invoke('contract/versions', { contractId: 'demat-ads' }, ADMIN);
    expect(
      versions.ok && (versions.value as { revision: number }[]).map((v) => v.revision),
    ).toEqual([2, 1]);
    expect(await site.invoke('audit/list', {}, AGENT)).toMatchObject({
      ok: false,
      code: 'ACCESS.DENIED',
    });
  });

  test('an invalid configuration is refused with every problem located, nothing stored', async () => {
    const site = localSite();
    const broken = { ...demoContract('demat-ads'), versions: [] };
    const refused = await site.invoke(
      'contract/save',
      { contract: broken, reason: 'Essai' },
      ADMIN,
    );
    expect(refused).toMatchObject({
      ok: false,
      issues: [{ path: 'versions', message: 'Indiquez au moins une version.' }],
    });
    const unexplained = await site.invoke(
      'contract/save',
      { contract: demoContract('demat-ads') },
      ADMIN,
    );
    expect(unexplained).toMatchObject({ ok: false, code: 'RESOLVER.BAD_PAYLOAD' });
    expect(site.store.entries()).toEqual({});
  });

  test('a user who cannot browse an issue gets nothing about it from clocks/get', async () => {
    const site = localSite();
    await withDematContract(site);
    const key = anIssueOf(site, 'DEM');
    const before = site.sent.length;
    const hidden = await site.invoke('clocks/get', {}, OUTSIDER, { issue: { key } });
    const missing = await site.invoke('clocks/get', { issueKey: 'DEM-999999' }, OUTSIDER);
    // The same answer as for an issue that does not exist: not even its existence leaks.
    expect(hidden).toEqual({ ok: false, code: 'ACCESS.DENIED', message: DENIED_ISSUE });
    expect(missing).toEqual(hidden);
    // Only the permission checks ran, as the outsider; the issue itself was never read.
    expect(site.sent.slice(before).map((s) => [s.endpoint, s.account])).toEqual([
      ['GET /rest/api/3/mypermissions', OUTSIDER.accountId],
      ['GET /rest/api/3/mypermissions', OUTSIDER.accountId],
    ]);
  });

  test('a user who may browse the issue gets its clocks with segments and their reasons', async () => {
    const site = localSite();
    await withDematContract(site);
    const key = anIssueOf(site, 'DEM');
    const shown = await site.invoke('clocks/get', {}, AGENT, { issue: { key } });
    expect(shown).toMatchObject({
      ok: true,
      value: { issueKey: key, contract: { id: 'demat-ads' }, category: 'anomaly' },
    });
    const clocks = shown.ok
      ? (shown.value as { clocks: { segments?: { reason: string }[] }[] }).clocks
      : [];
    expect(clocks.length).toBeGreaterThan(0);
    expect(clocks.some((c) => (c.segments ?? []).some((s) => s.reason.length > 0))).toBe(true);
  });

  test('the recompute preview lists the fields that would change and writes nothing', async () => {
    const site = localSite();
    await withDematContract(site);
    const before = site.sent.length;
    const preview = await site.invoke(
      'recompute/preview',
      { contractId: 'demat-ads', jql: 'project = INC ORDER BY key ASC' },
      ADMIN,
    );
    expect(preview).toMatchObject({ ok: true, value: { truncated: false } });
    const value = preview.ok
      ? (preview.value as { changedIssues: number; changes: { field: string; from: unknown }[] })
      : { changedIssues: 0, changes: [] };
    expect(value.changedIssues).toBeGreaterThan(0);
    expect(value.changes[0]).toMatchObject({ field: 'Jalon – état des délais', from: null });
    expect(site.writesSince(before)).toEqual([]);
  });

  test('a publication is queued by an administrator, runs from the queue, and report/list shows it', async () => {
    const site = localSite();
    await withDematContract(site);
    const asked = await site.invoke(
      'report/publish',
      { contractId: 'demat-ads', month: '2026-09', spaceKey: 'DEMAT' },
      ADMIN,
    );
    expect(asked).toMatchObject({ ok: true, value: { jobId: 'local-job-1' } });
    // The queue runs the publication to its end, however many events it fans out into.
    expect(await site.runtime.drain()).toBeGreaterThan(0);
    expect(site.runtime.pending()).toEqual([]);
    const listed = await site.invoke('report/list', { contractId: 'demat-ads' }, AGENT);
    expect(listed).toMatchObject({
      ok: true,
      value: [{ month: '2026-09', spaceKey: 'DEMAT', publishedBy: ADMIN.accountId }],
    });
    const pages = listed.ok ? (listed.value as { pages: { id: string }[] }[])[0]?.pages : [];
    expect(pages?.map((p) => site.sandbox.state().pages.some((page) => page.id === p.id))).toEqual(
      pages?.map(() => true),
    );
    const log = await site.invoke('audit/list', { limit: 2 }, ADMIN);
    expect(
      log.ok && (log.value as { entries: { action: string }[] }).entries.map((e) => e.action),
    ).toEqual(['publication', 'publication']);
    expect(site.check.mismatches).toEqual([]);
  });

  test('orders/list evaluates the orders of a project the user may browse', async () => {
    const site = localSite();
    const saved = await site.invoke(
      'contract/save',
      { contract: demoContract('atih-2025'), reason: 'Mise en service' },
      ADMIN,
    );
    expect(saved.ok).toBe(true);
    const orders = await site.invoke('orders/list', {}, OUTSIDER, { project: { key: 'ATIH' } });
    expect(orders).toMatchObject({
      ok: true,
      value: { projectKey: 'ATIH', contract: { id: 'atih-2025' } },
    });
    const evaluation = orders.ok
      ? (orders.value as { evaluation: { orders: unknown[] } }).evaluation
      : null;
    expect(evaluation?.orders.length).toBeGreaterThan(0);
    expect(await site.invoke('orders/list', {}, AGENT, { project: { key: 'ATIH' } })).toMatchObject(
      {
        ok: false,
        code: 'ACCESS.DENIED',
      },
    );
  });

  test('a malformed contract id is a located payload error, never a store key', async () => {
    const site = localSite();
    const refused = await site.invoke('report/list', { contractId: 'Démat ADS' }, AGENT);
    expect(refused).toMatchObject({
      ok: false,
      code: 'RESOLVER.BAD_PAYLOAD',
      issues: [
        { path: 'contractId', message: 'identifiant de contrat attendu, par exemple "demat-ads"' },
      ],
    });
  });

  test('a request without a signed-in user is refused before anything else', async () => {
    const site = localSite();
    const handler = makeResolvers(site.runtime)['report/list'];
    expect(await handler?.({ payload: { contractId: 'demat-ads' }, context: {} })).toMatchObject({
      ok: false,
      code: 'ACCESS.DENIED',
    });
    expect(site.sent).toEqual([]);
  });
});

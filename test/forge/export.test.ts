import { z } from 'zod';
import { EXPORT_FILES } from '../../src/forge/export/export-all';
import { demoContract } from '../../src/sandbox/demo';
import { ADMIN, AGENT, localSite, withDematContract } from './local-site';

const exportSchema = z.object({
  format: z.literal('jalon-export'),
  configuration: z.object({
    contracts: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        revisions: z.array(
          z.object({ revision: z.number(), reason: z.string(), contract: z.unknown() }),
        ),
      }),
    ),
  }),
  audit: z.array(z.object({ action: z.string(), why: z.string() }).loose()),
  values: z.array(
    z.object({ contractId: z.string(), issueKey: z.string(), state: z.unknown() }).loose(),
  ),
});
const filesSchema = z.object({ files: z.record(z.string(), z.string()) });

describe('export/all: the administration’s data, whole, in open formats', () => {
  test('the export holds the configuration, the audit log and the values Jalon wrote', async () => {
    const site = localSite();
    await withDematContract(site);
    await site.runtime.queue.push([
      { kind: 'recompute', contractId: 'demat-ads', jql: 'project = INC ORDER BY key ASC' },
    ]);
    await site.runtime.drain();

    const exported = await site.invoke('export/all', { reason: 'Fin de marché' }, ADMIN);
    if (!exported.ok) throw new Error(exported.message);
    const { files } = filesSchema.parse(exported.value);
    expect(Object.keys(files).sort()).toEqual(Object.values(EXPORT_FILES).sort());
    const data = exportSchema.parse(JSON.parse(files[EXPORT_FILES.json] ?? ''));

    expect(data.configuration.contracts).toEqual([
      {
        id: 'demat-ads',
        label: expect.any(String) as unknown,
        revisions: [
          expect.objectContaining({
            revision: 1,
            reason: 'Mise en service de Jalon pour DEMAT’ADS.',
            contract: JSON.parse(JSON.stringify(demoContract('demat-ads'))) as unknown,
          }) as unknown,
        ],
      },
    ]);
    expect(data.audit.map((e) => e.action)).toEqual(['configuration']);
    const inc = site.sandbox
      .state()
      .issues.filter((i) => i.project === 'INC')
      .map((i) => i.key);
    const withState = data.values.filter((v) => inc.includes(v.issueKey) && v.state !== null);
    expect(withState.length).toBeGreaterThan(0);

    const [auditHeader] = (files[EXPORT_FILES.audit] ?? '').split('\r\n');
    expect(auditHeader).toBe('Date;Compte;Type de compte;Action;Objet;Résumé;Motif');
    const valueLines = (files[EXPORT_FILES.values] ?? '').trimEnd().split('\r\n');
    expect(valueLines[0]).toBe(
      'Contrat;Ticket;Jalon – état des délais;Jalon – prochaine échéance;Jalon – temps restant (h ouvrées);Jalon – délais',
    );
    expect(valueLines.length - 1).toBe(data.values.length);

    // The export itself is in the log, after the fact.
    const log = await site.invoke('audit/list', { limit: 1 }, ADMIN);
    expect(log).toMatchObject({
      ok: true,
      value: { entries: [{ action: 'export', why: 'Fin de marché' }] },
    });
    expect(site.check.mismatches).toEqual([]);
  });

  test('only an administrator may export', async () => {
    const site = localSite();
    expect(await site.invoke('export/all', {}, AGENT)).toMatchObject({
      ok: false,
      code: 'ACCESS.DENIED',
    });
  });
});

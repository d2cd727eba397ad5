import { z } from 'zod';
import { demoContract } from '../../src/sandbox/demo';
import { INLINE_SCOPE_LIMIT } from '../../src/forge/recompute/request-recompute';
import { readJobState } from '../../src/forge/store/jobs';
import { listAudit } from '../../src/forge/store/audit';
import { makeAutomationAction } from '../../src/forge/triggers/automation-action';
import { makeWebTrigger, sameSecret } from '../../src/forge/triggers/web-trigger';
import { SANDBOX_APP_ACCOUNT } from '../../src/forge/local/sandbox-site';
import {
  ADMIN,
  AGENT,
  OUTSIDER,
  SECRET,
  localSite,
  withDematContract,
  type LocalSite,
} from './local-site';

const answer = z.object({ message: z.string() }).loose();

function post(body: unknown, secret: string | null) {
  return {
    method: 'POST',
    path: '/',
    headers: {
      'content-type': ['application/json'],
      ...(secret === null ? {} : { 'X-Jalon-Secret': [secret] }),
    },
    queryParameters: {},
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

async function call(site: LocalSite, body: unknown, secret: string | null = SECRET) {
  const response = await makeWebTrigger(site.runtime)(post(body, secret));
  return { ...response, json: answer.parse(JSON.parse(response.body ?? '{}')) };
}

const dematIssue = (site: LocalSite): string => {
  const issue = site.sandbox.state().issues.find((i) => i.project === 'INC');
  if (issue === undefined) throw new Error('no INC issue');
  return issue.key;
};

describe('the web trigger for Jira Automation’s “Send web request”', () => {
  test('a wrong or missing secret is refused with 401 in French, before anything is read', async () => {
    const site = localSite();
    await withDematContract(site);
    const before = site.sent.length;
    const wrong = await call(site, { issueKey: dematIssue(site) }, 'devine');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json.message).toBe(
      'Secret absent ou incorrect : ajoutez l’en-tête X-Jalon-Secret avec le secret partagé de Jalon.',
    );
    const missing = await call(site, { issueKey: dematIssue(site) }, null);
    expect(missing.statusCode).toBe(401);
    expect(site.sent.slice(before)).toEqual([]);
  });

  test('the right secret recomputes the issue and answers 200; the audit log says who asked', async () => {
    const site = localSite();
    await withDematContract(site);
    const key = dematIssue(site);
    const response = await call(site, { issueKey: key });
    expect(response.statusCode).toBe(200);
    expect(response.json).toMatchObject({ kind: 'issue', contractId: 'demat-ads' });
    expect(response.json.message).toMatch(
      new RegExp(`^${key} recalculé : champs Jalon mis à jour\\.$`),
    );
    const log = await listAudit(site.store, { limit: 1 });
    expect(log.ok && log.value.entries[0]).toMatchObject({
      action: 'recalcul',
      subject: key,
      actor: { accountId: null, kind: 'web-trigger' },
    });
    expect(site.check.mismatches).toEqual([]);
  });

  test('a body it cannot use is a 400 that says what to send', async () => {
    const site = localSite();
    await withDematContract(site);
    for (const body of ['pas du json', { issue: 'DEM-1' }, { issueKey: 'dem 1' }]) {
      const response = await call(site, body);
      expect(response.statusCode).toBe(400);
      expect(response.json.message).toContain('Envoyez en POST un JSON { "issueKey": "DEM-42" }');
    }

    // With two contracts, a JQL must say which one applies.
    const atih = await site.invoke(
      'contract/save',
      { contract: demoContract('atih-2025'), reason: 'Mise en service' },
      ADMIN,
    );
    expect(atih.ok).toBe(true);
    const unnamed = await call(site, { jql: 'project = INC' });
    expect(unnamed).toMatchObject({
      statusCode: 400,
      json: { message: 'Précisez le contrat (« contract ») parmi : atih-2025, demat-ads.' },
    });
  });

  test('a JQL scope within the limit is recomputed now; a larger one is queued and the queue runs it', async () => {
    const site = localSite();
    await withDematContract(site);
    const small = await call(site, {
      jql: 'project = INC ORDER BY key ASC',
      contract: 'demat-ads',
    });
    expect(small.statusCode).toBe(200);
    expect(small.json).toMatchObject({ kind: 'scope' });

    const large = await call(site, { jql: 'project = DEM ORDER BY key ASC' });
    expect(large.statusCode).toBe(202);
    const queued = z.object({ jobId: z.string() }).loose().parse(large.json);
    expect(site.runtime.pending()).toEqual([
      {
        jobId: queued.jobId,
        body: { kind: 'recompute', contractId: 'demat-ads', jql: 'project = DEM ORDER BY key ASC' },
      },
    ]);
    expect(await site.runtime.drain()).toBe(1);
    const job = await readJobState(site.store, queued.jobId);
    expect(job.ok && job.value).toMatchObject({ status: 'done' });
    const dem = site.sandbox.state().issues.filter((i) => i.project === 'DEM');
    expect(dem.length).toBeGreaterThan(INLINE_SCOPE_LIMIT);
    expect(dem.filter((i) => Object.hasOwn(i.properties, 'jalon.delais')).length).toBeGreaterThan(
      0,
    );
  });

  test('without a secret configured every call is refused with 503 and what to set', async () => {
    const site = localSite();
    const unset = makeWebTrigger({
      ...site.runtime,
      webTriggerSecret: () => Promise.resolve(null),
    });
    const response = await unset(post({ issueKey: 'DEM-1' }, ''));
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('définissez JALON_WEBTRIGGER_SECRET');
    expect(site.sent).toEqual([]);
  });

  test('the secret comparison tells equal secrets from different ones of any length', () => {
    expect(sameSecret(SECRET, SECRET)).toBe(true);
    expect(sameSecret(`${SECRET} `, SECRET)).toBe(false);
    expect(sameSecret('', SECRET)).toBe(false);
  });
});

describe('the automation action “Recalculer les délais Jalon”', () => {
  test('recomputes the rule’s issue for a user who may browse it', async () => {
    const site = localSite();
    await withDematContract(site);
    const key = dematIssue(site);
    const before = site.sent.length;
    const result = await makeAutomationAction(site.runtime)(
      { issueKey: key, jql: '' },
      { principal: { accountId: AGENT.accountId } },
    );
    expect(result).toEqual({ message: `Délais Jalon : ${key} recalculé.` });
    // The permission was asked of Jira as the rule's user, the write made as the app.
    const asked = site.sent.slice(before);
    expect(asked.filter((s) => s.endpoint === 'GET /rest/api/3/mypermissions')).toEqual([
      { endpoint: 'GET /rest/api/3/mypermissions', status: 200, account: AGENT.accountId },
    ]);
    expect(asked.filter((s) => s.endpoint.startsWith('POST /rest/api/3/app'))).toEqual([
      { endpoint: 'POST /rest/api/3/app/field/value', status: 204, account: SANDBOX_APP_ACCOUNT },
    ]);
  });

  test('with a JQL too, its tickets are recomputed for the contract of the rule’s issue', async () => {
    const site = localSite();
    await withDematContract(site);
    // A second contract: the JQL alone would not say which one applies.
    const atih = await site.invoke(
      'contract/save',
      { contract: demoContract('atih-2025'), reason: 'Mise en service' },
      ADMIN,
    );
    expect(atih.ok).toBe(true);
    const key = dematIssue(site);
    const result = await makeAutomationAction(site.runtime)(
      { issueKey: key, jql: 'project = INC AND created >= "2026-09-15" ORDER BY key ASC' },
      { principal: { accountId: AGENT.accountId } },
    );
    expect(result).toEqual({
      message: expect.stringMatching(
        new RegExp(
          `^Délais Jalon : ${key} recalculé ; [1-9]\\d* ticket\\(s\\) de la requête recalculé\\(s\\)\\.$`,
        ),
      ) as unknown,
    });
    const log = await listAudit(site.store, { limit: 1 });
    expect(log.ok && log.value.entries[0]).toMatchObject({
      action: 'recalcul',
      details: { contractId: 'demat-ads' },
      actor: { accountId: AGENT.accountId, kind: 'automation' },
    });
  });

  test('refuses, with messages Automation shows, an issue the user cannot see or missing inputs', async () => {
    const site = localSite();
    await withDematContract(site);
    const key = dematIssue(site);
    const action = makeAutomationAction(site.runtime);
    expect(
      await action({ issueKey: key }, { principal: { accountId: OUTSIDER.accountId } }),
    ).toEqual({
      errors: [
        { message: `Ticket ${key} introuvable ou non visible pour l’utilisateur de la règle.` },
      ],
    });
    expect(await action({}, { principal: { accountId: ADMIN.accountId } })).toEqual({
      errors: [
        {
          message:
            'Indiquez la clé du ticket (issueKey, par exemple {{issue.key}}) ou une requête JQL (jql).',
        },
      ],
    });
    expect(site.writesSince(0).filter((w) => w.includes('field/value'))).toEqual([]);
  });
});

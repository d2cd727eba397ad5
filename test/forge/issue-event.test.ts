import { DELAY_PROPERTY } from '../../src/app/delay-property';
import { makeIssueEventHandler } from '../../src/forge/triggers/issue-event';
import { SANDBOX_APP_ACCOUNT } from '../../src/forge/local/sandbox-site';
import type { SandboxIssue } from '../../src/sandbox';
import { call } from '../sandbox/site';
import { AGENT, issueEvent, localSite, withDematContract, type LocalSite } from './local-site';

const statusOf = (issue: SandboxIssue): string =>
  (issue.fields.status as { name?: string } | undefined)?.name ?? '';

/** An open DEMAT'ADS anomaly of the demo month. */
function openAnomaly(site: LocalSite): SandboxIssue {
  const found = site.sandbox
    .state()
    .issues.find(
      (i) =>
        i.project === 'DEM' &&
        (i.fields.issuetype as { name?: string } | undefined)?.name === 'Anomalie' &&
        statusOf(i) === 'En cours',
    );
  if (found === undefined) throw new Error('the demo month has no anomaly in progress');
  return found;
}

describe('onIssueEvent, through the local runtime against the sandbox', () => {
  test('an issue update writes Jalon’s fields and its property once; the same event again writes nothing', async () => {
    const site = localSite();
    await withDematContract(site);
    const issue = openAnomaly(site);
    await site.transition(issue.key, 'Attente information');
    const onIssueEvent = makeIssueEventHandler(site.runtime);

    const before = site.sent.length;
    const first = await onIssueEvent(issueEvent(site, issue.key, AGENT.accountId));
    expect(first).toMatchObject({
      status: 'done',
      contractId: 'demat-ads',
      outcome: { key: issue.key, evaluated: true, fieldsWritten: true, propertyWritten: true },
    });
    expect(site.writesSince(before)).toEqual([
      'POST /rest/api/3/app/field/value',
      `PUT /rest/api/3/issue/{id}/properties/${DELAY_PROPERTY}`,
    ]);
    const written = site.sandbox.state().issues.find((i) => i.key === issue.key);
    expect(written?.properties[DELAY_PROPERTY]).toMatchObject({
      state: 'En pause',
      clockStates: expect.arrayContaining([expect.stringMatching(/^[a-z-]+:En pause$/)]) as unknown,
      breached: [],
      // Paused clocks do not change the state field on their own.
      nextChangeAt: null,
    });

    const again = site.sent.length;
    const second = await onIssueEvent(issueEvent(site, issue.key, AGENT.accountId));
    expect(second).toMatchObject({
      status: 'done',
      outcome: { evaluated: true, fieldsWritten: false, propertyWritten: false },
    });
    expect(site.writesSince(again)).toEqual([]);
    expect(site.check.mismatches).toEqual([]);
  });

  test('a running clock’s property says when its state changes next, which the refresh’s JQL finds', async () => {
    const site = localSite();
    await withDematContract(site);
    const issue = openAnomaly(site);
    await site.transition(issue.key, 'Attente information');
    await site.transition(issue.key, 'En cours');
    await makeIssueEventHandler(site.runtime)(issueEvent(site, issue.key, AGENT.accountId));
    const property = site.sandbox.state().issues.find((i) => i.key === issue.key)?.properties[
      DELAY_PROPERTY
    ] as { nextChangeAt?: unknown } | undefined;
    expect(property?.nextChangeAt).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
    const found = await call(site.sandbox.transport, 'POST', '/rest/api/3/search/jql', {
      jql: `jalonChangement <= "${String(property?.nextChangeAt).slice(0, 10)} 23:59" AND key = ${issue.key}`,
      fields: ['summary'],
    });
    expect(found).toMatchObject({ status: 200, json: { issues: [{ key: issue.key }] } });
  });

  test('a self-generated event, or one caused by the app’s own account, changes nothing', async () => {
    const site = localSite();
    await withDematContract(site);
    const issue = openAnomaly(site);
    await site.transition(issue.key, 'Attente information');
    const onIssueEvent = makeIssueEventHandler(site.runtime);

    const before = site.sent.length;
    const flagged = await onIssueEvent(
      issueEvent(site, issue.key, AGENT.accountId, { selfGenerated: true }),
    );
    expect(flagged).toEqual({ status: 'ignored', reason: 'self' });
    expect(site.sent.slice(before)).toEqual([]);

    const byApp = await onIssueEvent(issueEvent(site, issue.key, SANDBOX_APP_ACCOUNT));
    expect(byApp).toEqual({ status: 'ignored', reason: 'self' });
    // Only the app's own account was asked for; nothing was read or written about the issue.
    expect(site.sent.slice(before).map((s) => s.endpoint)).toEqual(['GET /rest/api/3/myself']);
    expect(site.sandbox.state().issues.find((i) => i.key === issue.key)?.properties).toEqual(
      issue.properties,
    );
  });

  test('an issue outside every configured contract is ignored quietly, without a request', async () => {
    const site = localSite();
    await withDematContract(site);
    const atih = site.sandbox.state().issues.find((i) => i.project === 'ATIH');
    if (atih === undefined) throw new Error('no ATIH issue');
    const before = site.sent.length;
    const outcome = await makeIssueEventHandler(site.runtime)(
      issueEvent(site, atih.key, AGENT.accountId, { selfGenerated: false }),
    );
    expect(outcome).toEqual({ status: 'ignored', reason: 'no-contract' });
    expect(site.sent.slice(before).filter((s) => s.endpoint !== 'GET /rest/api/3/myself')).toEqual(
      [],
    );
    expect(site.log.lines.filter((line) => line.startsWith('error'))).toEqual([]);
  });

  test('an event without an issue key is ignored with a warning, not thrown', async () => {
    const site = localSite();
    const outcome = await makeIssueEventHandler(site.runtime)({ issue: { id: '1' } });
    expect(outcome).toEqual({ status: 'ignored', reason: 'malformed' });
    expect(site.log.lines).toEqual(['warn Événement de ticket sans clé lisible : ignoré.']);
  });

  // Measured here: about 0.3 s for the recompute of an issue with 500 history entries (sandbox
  // in process; the Forge budget is 25 s, and the calls made are the same five).
  test('an issue with 500 history entries is recomputed well within the 25-second budget', async () => {
    const site = localSite();
    await withDematContract(site);
    const issue = openAnomaly(site);
    for (let n = 0; n < 250; n++) {
      await site.transition(issue.key, 'Attente information');
      await site.transition(issue.key, 'En cours');
    }
    const histories = site.sandbox.state().issues.find((i) => i.key === issue.key)?.histories;
    expect(histories?.length).toBeGreaterThanOrEqual(500);

    const before = site.sent.length;
    const started = performance.now();
    const outcome = await makeIssueEventHandler(site.runtime)(
      issueEvent(site, issue.key, AGENT.accountId),
    );
    const seconds = (performance.now() - started) / 1000;
    expect(outcome).toMatchObject({ status: 'done', outcome: { evaluated: true } });
    expect(seconds).toBeLessThan(25);
    expect(site.sent.slice(before).map((s) => s.endpoint)).toEqual([
      'GET /rest/api/3/myself',
      'GET /rest/api/3/field',
      'POST /rest/api/3/search/jql',
      'POST /rest/api/3/changelog/bulkfetch',
      'POST /rest/api/3/app/field/value',
      `GET /rest/api/3/issue/{id}/properties/${DELAY_PROPERTY}`,
      `PUT /rest/api/3/issue/{id}/properties/${DELAY_PROPERTY}`,
    ]);
  });
});

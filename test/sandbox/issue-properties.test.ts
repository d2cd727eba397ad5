import {
  BULK_PROPERTY_ISSUES,
  readIssueProperty,
  writeIssuePropertiesInBulk,
} from '../../src/jira/issue-properties';
import { createSandbox } from '../../src/sandbox';
import { openApiCheck } from './openapi';
import { call, clientOver, driveIssue, EMPTY_SITE, manualClock } from './site';

async function siteWith(count: number) {
  const clock = manualClock('2026-03-02T08:00:00Z');
  const check = openApiCheck();
  const sandbox = createSandbox(EMPTY_SITE, { now: clock.now, validate: check.validate });
  for (let n = 0; n < count; n++)
    await driveIssue(sandbox.transport, clock, '2026-03-02T08:00:00Z', {
      summary: `A${String(n)}`,
    });
  return { sandbox, check, client: clientOver(sandbox.transport, clock.now).client };
}

describe('issue properties in bulk (POST /rest/api/3/issue/properties/multi)', () => {
  test('each issue gets its own value, 100 issues a call, Jira’s 303 to the task taken as accepted', async () => {
    const { sandbox, check, client } = await siteWith(BULK_PROPERTY_ISSUES + 5);
    const entries = sandbox
      .state()
      .issues.map((issue) => ({ issueId: Number(issue.id), value: { n: issue.key } }));
    expect(await writeIssuePropertiesInBulk(client, 'jalon.delais', entries)).toEqual({
      ok: true,
      value: 2,
    });
    for (const issue of sandbox.state().issues)
      expect(issue.properties['jalon.delais']).toEqual({ n: issue.key });
    const first = sandbox.state().issues[0];
    expect(await readIssueProperty(client, first?.key ?? '', 'jalon.delais')).toEqual({
      ok: true,
      value: { n: first?.key },
    });
    expect(await readIssueProperty(client, first?.key ?? '', 'absente')).toEqual({
      ok: true,
      value: null,
    });
    expect(check.checked).toContain('POST /rest/api/3/issue/properties/multi 303');
    expect(check.mismatches).toEqual([]);
  });

  test('an unknown issue is ignored; a body out of Jira’s schema is a 400', async () => {
    const { sandbox } = await siteWith(1);
    const accepted = await call(sandbox.transport, 'POST', '/rest/api/3/issue/properties/multi', {
      issues: [{ issueID: 99999, properties: { k: 1 } }],
    });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.location).toMatch(/\/rest\/api\/3\/task\/\d+$/);
    const refused = await call(sandbox.transport, 'POST', '/rest/api/3/issue/properties/multi', {
      issues: [],
    });
    expect(refused.status).toBe(400);
  });
});

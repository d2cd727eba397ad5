import { createSandbox } from '../../src/sandbox/handler';
import { openApiCheck } from './openapi';
import { call, driveIssue, EMPTY_SITE, manualClock, statusId } from './site';

function site(zone?: string) {
  const clock = manualClock('2026-03-02T08:00:00Z');
  const openApi = openApiCheck();
  const sandbox = createSandbox(EMPTY_SITE, {
    now: clock.now,
    validate: openApi.validate,
    ...(zone === undefined ? {} : { zone }),
  });
  return { clock, sandbox, openApi, transport: sandbox.transport };
}

const issueOf = (sandbox: ReturnType<typeof site>['sandbox'], key: string) => {
  const issue = sandbox.state().issues.find((i) => i.key === key);
  if (issue === undefined) throw new Error(`no ${key}`);
  return issue;
};

describe('driving the demo as Jira records it', () => {
  test('creating an issue numbers it in its project, dates it now in the site zone, opens it in the first « new » status', async () => {
    const { sandbox, transport, clock } = site();
    clock.at('2026-03-02T09:15:00Z');
    const made = await call(transport, 'POST', '/rest/api/3/issue', {
      fields: {
        project: { key: 'DEM' },
        issuetype: { name: 'Anomalie' },
        summary: 'Le dépôt de pièces échoue',
        customfield_10042: { value: 'Bloquante' },
        customfield_10050: '2026-03-02T09:00:00.000+0100',
      },
    });
    expect(made).toMatchObject({ status: 201, json: { id: '10001', key: 'DEM-1' } });
    const issue = issueOf(sandbox, 'DEM-1');
    expect(issue.fields).toMatchObject({
      summary: 'Le dépôt de pièces échoue',
      created: '2026-03-02T10:15:00.000+0100',
      status: { name: 'À faire', id: '10000', statusCategory: { key: 'new' } },
      issuetype: { name: 'Anomalie' },
      project: { key: 'DEM' },
      customfield_10042: { value: 'Bloquante' },
      customfield_10050: '2026-03-02T09:00:00.000+0100',
    });
    expect(issue.histories).toEqual([]);
    const second = await call(transport, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'DEM' }, issuetype: { name: 'Demande' }, summary: 'Export' },
    });
    expect(second.json).toMatchObject({ key: 'DEM-2', id: '10002' });
  });

  test('a create without summary, with an unknown type or an unknown field says so field by field', async () => {
    const { transport } = site();
    const refused = await call(transport, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'DEM' }, issuetype: { name: 'Épopée' }, customfield_99: 'x' },
    });
    expect(refused).toEqual({
      status: 400,
      headers: expect.any(Object) as unknown,
      json: {
        errorMessages: [],
        errors: {
          issuetype: 'Specify a valid issue type',
          summary: 'You must specify a summary of the issue.',
          customfield_99:
            "Field 'customfield_99' cannot be set. It is not on the appropriate screen, or unknown.",
        },
      },
    });
  });

  test('an edit writes one history entry with every changed field, by the acting user, dated now', async () => {
    const { sandbox, transport, clock } = site();
    await driveIssue(transport, clock, '2026-03-02T09:00:00Z', {
      summary: 'Lenteurs',
      customfield_10042: { value: 'Majeure' },
    });
    clock.at('2026-03-03T14:30:00Z');
    const edited = await call(
      transport,
      'PUT',
      '/rest/api/3/issue/DEM-1',
      {
        fields: {
          customfield_10042: { value: 'Bloquante' },
          summary: 'Lenteurs',
          labels: ['prod'],
        },
      },
      { 'X-Sandbox-User': 'Agent de la DSI' },
    );
    expect(edited.status).toBe(204);
    const issue = issueOf(sandbox, 'DEM-1');
    expect(issue.histories).toEqual([
      {
        id: '20001',
        created: '2026-03-03T15:30:00.000+0100',
        author: {
          accountId: expect.stringMatching(/^712020:/) as unknown,
          displayName: 'Agent de la DSI',
        },
        items: [
          {
            field: 'Criticité',
            fieldId: 'customfield_10042',
            fieldtype: 'custom',
            from: expect.any(String) as unknown,
            fromString: 'Majeure',
            to: expect.any(String) as unknown,
            toString: 'Bloquante',
          },
          {
            field: 'labels',
            fieldId: 'labels',
            fieldtype: 'jira',
            from: null,
            fromString: null,
            to: null,
            toString: 'prod',
          },
        ],
      },
    ]);
    expect(issue.fields.updated).toBe('2026-03-03T15:30:00.000+0100');
  });

  test('an edit cannot move the status: that takes a transition', async () => {
    const { transport, clock } = site();
    await driveIssue(transport, clock, '2026-03-02T09:00:00Z', { summary: 'A' });
    const refused = await call(transport, 'PUT', '/rest/api/3/issue/DEM-1', {
      fields: { status: { name: 'Résolu' } },
    });
    expect(refused.status).toBe(400);
    expect(refused.json).toMatchObject({
      errors: { status: expect.stringContaining('cannot be set') as unknown },
    });
  });

  test('transitions lead to every other status of the site, with stable ids', async () => {
    const { transport, clock } = site();
    await driveIssue(transport, clock, '2026-03-02T09:00:00Z', { summary: 'A' });
    const listed = await call(transport, 'GET', '/rest/api/3/issue/DEM-1/transitions');
    const ids = (listed.json as { transitions: { id: string; to: { name: string } }[] })
      .transitions;
    expect(ids.map((t) => [t.id, t.to.name])).toEqual([
      ['10001', 'En cours'],
      ['10002', 'En attente client'],
      ['10003', 'Résolu'],
    ]);
    clock.at('2026-03-02T10:00:00Z');
    await call(transport, 'POST', '/rest/api/3/issue/DEM-1/transitions', {
      transition: { id: '10001' },
    });
    const again = await call(transport, 'GET', '/rest/api/3/issue/DEM-1/transitions');
    const after = (again.json as { transitions: { id: string }[] }).transitions.map((t) => t.id);
    expect(after).toEqual(['10000', '10002', '10003']);
  });

  test('a transition records a status item, and entering a done status resolves the issue', async () => {
    const { sandbox, transport, clock } = site('UTC');
    await driveIssue(transport, clock, '2026-03-02T09:00:00Z', { summary: 'A' }, [
      ['2026-03-02T10:00:00Z', 'En cours'],
      ['2026-03-04T16:00:00Z', 'Résolu'],
    ]);
    const issue = issueOf(sandbox, 'DEM-1');
    expect(
      issue.histories.map((h) => [h.created, h.items.map((i) => [i.field, i.from, i.toString])]),
    ).toEqual([
      ['2026-03-02T10:00:00.000+0000', [['status', '10000', 'En cours']]],
      [
        '2026-03-04T16:00:00.000+0000',
        [
          ['status', '10001', 'Résolu'],
          ['resolution', null, 'Terminé'],
        ],
      ],
    ]);
    expect(issue.fields.resolutiondate).toBe('2026-03-04T16:00:00.000+0000');
    expect(issue.fields.status).toMatchObject({ id: statusId('Résolu') });
  });

  test('a transition to the current status, or to none, is refused as Jira does', async () => {
    const { transport, clock } = site();
    await driveIssue(transport, clock, '2026-03-02T09:00:00Z', { summary: 'A' });
    const same = await call(transport, 'POST', '/rest/api/3/issue/DEM-1/transitions', {
      transition: { id: '10000' },
    });
    expect(same).toMatchObject({
      status: 400,
      json: { errorMessages: ["Transition id '10000' is not valid for this issue."] },
    });
    const missing = await call(transport, 'POST', '/rest/api/3/issue/DEM-404/transitions', {
      transition: { id: '10001' },
    });
    expect(missing).toMatchObject({
      status: 404,
      json: { errorMessages: ['Issue does not exist or you do not have permission to see it.'] },
    });
  });

  test('every request and response of the drive routes matches the OpenAPI document', async () => {
    const { transport, clock, openApi } = site();
    await driveIssue(transport, clock, '2026-03-02T09:00:00Z', { summary: 'A' }, [
      ['2026-03-02T10:00:00Z', 'En cours'],
      ['2026-03-02T11:00:00Z', { customfield_10060: 2.5 }],
    ]);
    await call(transport, 'GET', '/rest/api/3/issue/DEM-1/transitions');
    expect(openApi.mismatches).toEqual([]);
    expect([...openApi.checked].sort()).toEqual([
      'GET /rest/api/3/issue/{issueIdOrKey}/transitions 200',
      'POST /rest/api/3/issue 201',
      'POST /rest/api/3/issue request',
      'POST /rest/api/3/issue/{issueIdOrKey}/transitions 204',
      'POST /rest/api/3/issue/{issueIdOrKey}/transitions request',
      'PUT /rest/api/3/issue/{issueIdOrKey} 204',
      'PUT /rest/api/3/issue/{issueIdOrKey} request',
    ]);
  });

  test('onChange sees each state a write made, and nothing for reads', async () => {
    const clock = manualClock('2026-03-02T08:00:00Z');
    const seen: number[] = [];
    const sandbox = createSandbox(EMPTY_SITE, {
      now: clock.now,
      onChange: (state) => seen.push(state.issues.length),
    });
    await driveIssue(sandbox.transport, clock, '2026-03-02T09:00:00Z', { summary: 'A' }, [
      ['2026-03-02T10:00:00Z', 'En cours'],
    ]);
    await call(sandbox.transport, 'GET', '/rest/api/3/issue/DEM-1');
    expect(seen).toEqual([1, 1]);
  });
});

import { z } from 'zod';
import { aJiraIssue, aSearchPage } from '../support/jira-fixtures';

const record = z.record(z.string(), z.unknown());
const historiesSchema = z.object({
  changelog: z.object({
    total: z.number(),
    histories: z.array(
      z.object({
        created: z.string(),
        author: z.object({ displayName: z.string() }).optional(),
        items: z.array(record),
      }),
    ),
  }),
});
const fieldsOf = (issue: Readonly<Record<string, unknown>>) => record.parse(issue.fields);
const changelogOf = (issue: Readonly<Record<string, unknown>>) =>
  historiesSchema.parse(issue).changelog;

const T1 = '2026-04-02T10:00:00.000+0200';
const T2 = '2026-04-03T10:00:00.000+0200';

describe('aJiraIssue', () => {
  it('is immutable: each call returns a new builder', () => {
    const base = aJiraIssue('DEM-1');
    base
      .field('customfield_1', 'Criticité', { value: 'Mineure' })
      .transition(T1, 'A', 'À faire', 'Clos');
    expect(fieldsOf(base.build()).customfield_1).toBeUndefined();
    expect(changelogOf(base.build()).histories).toEqual([]);
  });

  it('starts in « À faire » with the system fields Jalon reads', () => {
    expect(fieldsOf(aJiraIssue('DEM-1').build())).toMatchObject({
      status: { name: 'À faire', statusCategory: { key: 'new' } },
      issuetype: { name: 'Anomalie' },
      project: { key: 'DEM' },
      labels: [],
      created: '2026-04-01T09:00:00.000+0200',
    });
  });

  it('writes the latest values in fields, shaped like the declared one', () => {
    const issue = aJiraIssue('DEM-1')
      .field('customfield_1', 'Criticité', { value: 'Bloquante' })
      .change(T2, 'B', 'customfield_1', 'Criticité', 'Majeure', 'Mineure')
      .change(T1, 'A', 'customfield_1', 'Criticité', 'Bloquante', 'Majeure')
      .build();
    expect(fieldsOf(issue).customfield_1).toMatchObject({
      value: 'Mineure',
      id: expect.any(String) as unknown,
    });
    expect(fieldsOf(issue).updated).toBe(T2);
  });

  it('takes a field’s value at creation from its first change when it was not declared', () => {
    const issue = aJiraIssue('DEM-1').transition(T1, 'A', 'Nouveau', 'En cours').build();
    expect(fieldsOf(issue).status).toMatchObject({ name: 'En cours' });
    expect(changelogOf(issue).histories[0]?.items[0]).toMatchObject({ fromString: 'Nouveau' });
  });

  it('refuses a change whose from is not the value at that instant', () => {
    const issue = aJiraIssue('DEM-1').status('En cours').transition(T1, 'A', 'À faire', 'Clos');
    expect(() => issue.build()).toThrow(/status changes at .* from À faire, not En cours/);
    expect(() => aJiraIssue('DEM-1').transition('hier', 'A', 'À faire', 'Clos').build()).toThrow(
      'unreadable instant hier',
    );
  });

  it('groups the changes of one author at one instant, newest entry first, as Jira sends them', () => {
    const { histories, total } = changelogOf(
      aJiraIssue('DEM-1')
        .transition(T1, 'A', 'À faire', 'En cours')
        .change(T1, 'A', 'customfield_1', 'Criticité', null, 'Majeure')
        .change(T1, null, 'customfield_2', 'Pause', null, 'Oui')
        .transition(T2, 'B', 'En cours', 'Clos')
        .build(),
    );
    expect(total).toBe(3);
    expect(histories.map((h) => [h.created, h.author?.displayName, h.items.length])).toEqual([
      [T2, 'B', 1],
      [T1, undefined, 1],
      [T1, 'A', 2],
    ]);
  });

  it('writes items with ids in from/to and display text in fromString/toString', () => {
    const { histories } = changelogOf(
      aJiraIssue('DEM-1')
        .field('customfield_1', 'Criticité', null, 'option')
        .change(T1, 'A', 'customfield_1', 'Criticité', null, 'Majeure')
        .change(T2, 'A', 'duedate', 'Échéance', null, '2026-04-10')
        .withoutFieldIds()
        .build(),
    );
    expect(histories.flatMap((h) => h.items)).toEqual([
      {
        field: 'duedate',
        fieldtype: 'jira',
        from: null,
        fromString: null,
        to: '2026-04-10',
        toString: '2026-04-10 00:00:00.0',
      },
      {
        field: 'Criticité',
        fieldtype: 'custom',
        from: null,
        fromString: null,
        to: expect.stringMatching(/^\d+$/) as unknown,
        toString: 'Majeure',
      },
    ]);
  });

  it('truncates to the most recent entries and can leave the changelog out', () => {
    const issue = aJiraIssue('DEM-1')
      .transition(T1, 'A', 'À faire', 'En cours')
      .transition(T2, 'A', 'En cours', 'Clos');
    const truncated = changelogOf(issue.truncatedChangelog(1).build());
    expect([truncated.total, truncated.histories.map((h) => h.created)]).toEqual([2, [T2]]);
    expect(issue.withoutChangelog().build()).not.toHaveProperty('changelog');
  });
});

describe('aSearchPage', () => {
  it('gathers the names of every issue and says whether more pages follow', () => {
    const one = aJiraIssue('DEM-1').field('customfield_1', 'Criticité', { value: 'Mineure' });
    const two = aJiraIssue('DEM-2').field('customfield_2', 'Pause', 'Oui');
    expect(aSearchPage([one, two])).toMatchObject({
      names: { status: 'État', customfield_1: 'Criticité', customfield_2: 'Pause' },
      isLast: true,
    });
    expect(aSearchPage([one], 'token')).toMatchObject({ nextPageToken: 'token', isLast: false });
  });
});

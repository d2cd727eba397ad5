import { jiraIssueSchema, type JiraIssue } from '../../src/jira/search-schemas';
import { JIRA_CODES, NO_AUTHOR, toIssueHistory } from '../../src/jira/to-issue-history';
import { aJiraIssue } from '../support/jira-fixtures';

const AT = (day: number, time: string) => `2026-04-0${String(day)}T${time}:00.000+0200`;

const anomaly = aJiraIssue('DEM-12')
  .type('Anomalie')
  .labels('tma')
  .created(AT(1, '09:00'))
  .field('customfield_10042', 'Criticité', { value: 'Bloquante' })
  .field('customfield_10043', 'Environnements', [{ value: 'Recette' }, { value: 'Production' }])
  .field('customfield_10044', 'Référent', null, 'user')
  .field('customfield_10045', 'Charge (j)', 2.5)
  .transition(AT(2, '10:00'), 'Agent X', 'À faire', 'En cours')
  .change(AT(2, '10:00'), 'Agent X', 'customfield_10042', 'Criticité', 'Bloquante', 'Majeure')
  .change(AT(2, '11:00'), 'Agent X', 'customfield_10044', 'Référent', null, 'Agent Y')
  .change(AT(3, '08:00'), null, 'customfield_10050', 'Début d’incident', null, AT(1, '08:30'))
  .change(AT(3, '09:00'), 'Agent Y', 'duedate', 'Échéance', null, '2026-04-10');

function read(builder = anomaly): JiraIssue {
  return jiraIssueSchema.parse(builder.build());
}

function mapped(builder = anomaly) {
  const history = toIssueHistory(read(builder), builder.names());
  if (!history.ok) throw new Error(`${history.code}: ${history.message}`);
  return history.value;
}

describe('toIssueHistory', () => {
  it('reads the links to other issues when the search asked for issuelinks', () => {
    expect(mapped(anomaly.link('Relates', 'DEV-3').link('Blocks', 'FAC-9')).links).toEqual([
      { type: 'Relates', key: 'DEV-3' },
      { type: 'Blocks', key: 'FAC-9' },
    ]);
    expect(mapped().links).toBeUndefined();
  });

  it('reads the issue’s identity and its creation instant', () => {
    const history = mapped();
    expect(history).toMatchObject({ key: 'DEM-12', issueType: 'Anomalie', project: 'DEM' });
    expect(history.labels).toEqual(['tma']);
    expect(history.created).toBe(Date.UTC(2026, 3, 1, 7));
    expect(history.names.customfield_10042).toBe('Criticité');
  });

  it('gives the latest value of each field as a display string', () => {
    expect(mapped().fields).toMatchObject({
      status: 'En cours',
      customfield_10042: 'Majeure',
      customfield_10043: 'Recette, Production',
      customfield_10044: 'Agent Y',
      customfield_10045: '2.5',
      customfield_10050: '2026-04-01T06:30:00.000Z',
      duedate: '2026-04-10',
      labels: 'tma',
    });
  });

  it('turns two items of one history entry into two changes of one event', () => {
    const event = mapped().events.find((e) => e.at === Date.UTC(2026, 3, 2, 8));
    expect(event?.author).toBe('Agent X');
    expect(event?.changes).toEqual([
      { field: 'status', from: 'À faire', to: 'En cours' },
      { field: 'customfield_10042', from: 'Bloquante', to: 'Majeure' },
    ]);
  });

  it('keeps the histories in the file’s order (newest first from Jira); the engine sorts', () => {
    const ats = mapped().events.map((e) => e.at);
    expect(ats).toEqual([...ats].sort((a, b) => b - a));
    expect(ats).toHaveLength(4);
  });

  it('names a history entry without author as such', () => {
    const event = mapped().events.find((e) => e.changes[0]?.field === 'customfield_10050');
    expect(event?.author).toBe(NO_AUTHOR);
  });

  it('writes date and date-time changes as the field values are written', () => {
    const history = mapped();
    const change = history.events.flatMap((e) => e.changes).find((c) => c.field === 'duedate');
    expect(change?.to).toBe(history.fields.duedate);
    const start = history.events.flatMap((e) => e.changes).find((c) => c.field.endsWith('10050'));
    expect(start?.to).toBe(history.fields.customfield_10050);
  });

  it('prefers the raw date of from/to to Jira’s locale text', () => {
    const issue = read();
    const item = {
      field: 'Début d’incident',
      fieldtype: 'custom',
      from: '2026-04-01T08:30:00.000+0200',
      fromString: '01/avr./26 08:30',
      to: null,
      toString: null,
    };
    const history = { id: '1', created: AT(4, '12:00'), items: [item] };
    const changelog = { startAt: 0, maxResults: 1, total: 1, histories: [history] };
    const result = toIssueHistory({ ...issue, changelog }, anomaly.names());
    expect(result.ok && result.value.events[0]?.changes).toEqual([
      { field: 'customfield_10050', from: '2026-04-01T06:30:00.000Z', to: null },
    ]);
  });

  describe('finds the field id of a changelog item', () => {
    const names = { status: 'État', customfield_1: 'Criticité', customfield_2: 'Pause' };
    const itemOf = (field: string, fieldId?: string) => ({
      field,
      fieldtype: 'custom',
      ...(fieldId === undefined ? {} : { fieldId }),
      fromString: 'a',
      toString: 'b',
    });
    const fieldOf = (item: ReturnType<typeof itemOf>, more: Record<string, string> = {}) => {
      const history = { id: '1', created: AT(4, '12:00'), items: [item] };
      const changelog = { maxResults: 1, total: 1, histories: [history] };
      const result = toIssueHistory({ ...read(), changelog }, { ...names, ...more });
      return result.ok ? result.value.events[0]?.changes[0]?.field : result.code;
    };

    it.each([
      ['its fieldId', itemOf('Criticité', 'customfield_9'), 'customfield_9'],
      ['the id whose display name is its field', itemOf('Criticité'), 'customfield_1'],
      ['its field when no display name matches (system fields)', itemOf('status'), 'status'],
      ['its field when only the case matches', itemOf('criticité'), 'criticité'],
    ])('uses %s', (_, item, expected) => {
      expect(fieldOf(item)).toBe(expected);
    });

    it('does not guess between two fields with the same display name', () => {
      expect(fieldOf(itemOf('Criticité'), { customfield_3: 'Criticité' })).toBe('Criticité');
    });

    it('uses the issue’s own names (GET issue with expand=names)', () => {
      const history = { id: '1', created: AT(4, '12:00'), items: [itemOf('Priorité PCA')] };
      const changelog = { maxResults: 1, total: 1, histories: [history] };
      const issue = { ...read(), changelog, names: { customfield_7: 'Priorité PCA' } };
      const result = toIssueHistory(issue, {});
      expect(result.ok && result.value.events[0]?.changes[0]?.field).toBe('customfield_7');
    });
  });

  describe('refuses what would give a wrong clock', () => {
    it('an issue read without expand=changelog', () => {
      const result = toIssueHistory(read(anomaly.withoutChangelog()), {});
      expect(result).toMatchObject({ ok: false, code: JIRA_CODES.changelogMissing });
      expect(!result.ok && result.message).toContain('expand=changelog is missing for DEM-12');
      expect(!result.ok && result.message).toContain('expand: "names,changelog"');
    });

    it('a truncated changelog, saying how to fetch it whole', () => {
      const result = toIssueHistory(read(anomaly.truncatedChangelog(3)), {});
      expect(result).toMatchObject({ ok: false, code: JIRA_CODES.changelogTruncated });
      const message = result.ok ? '' : result.message;
      expect(message).toContain('3 entrées sur 4');
      expect(message).toContain('/rest/api/3/issue/DEM-12/changelog');
      expect(message).toContain('/rest/api/3/changelog/bulkfetch');
    });

    it('an unreadable creation instant, naming the value and the issue', () => {
      const issue = read();
      const result = toIssueHistory({ ...issue, fields: { ...issue.fields, created: 'hier' } }, {});
      expect(result).toMatchObject({ ok: false, code: JIRA_CODES.badTimestamp });
      expect(!result.ok && result.message).toMatch(/« hier » dans DEM-12 \(fields\.created\)/);
    });

    it('an unreadable history instant, naming the value, the entry and the issue', () => {
      const issue = read();
      const [newest, ...older] = issue.changelog?.histories ?? [];
      const bad = { ...newest!, created: '2026-04-31T10:00:00.000+0200' };
      const changelog = { maxResults: 4, total: 4, histories: [bad, ...older] };
      const result = toIssueHistory({ ...issue, changelog }, {});
      expect(result).toMatchObject({ ok: false, code: JIRA_CODES.badTimestamp });
      expect(!result.ok && result.message).toContain(
        `« 2026-04-31T10:00:00.000+0200 » dans DEM-12 (historique ${bad.id}, created)`,
      );
    });
  });
});

import { z } from 'zod';
import { JIRA_CODES, readSearchPages } from '../../src/jira/to-issue-history';
import { aJiraIssue, aSearchPage } from '../support/jira-fixtures';

const record = z.record(z.string(), z.unknown());
const AT = '2026-04-02T10:00:00.000+0200';
const good = (key: string) => aJiraIssue(key).transition(AT, 'Agent X', 'À faire', 'En cours');

function reading(json: unknown) {
  const result = readSearchPages(json);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
}

describe('readSearchPages', () => {
  it('reads one page, with the page’s names', () => {
    const issue = good('DEM-1').field('customfield_10042', 'Criticité', { value: 'Mineure' });
    const { histories, problems } = reading(aSearchPage([issue]));
    expect(problems).toEqual([]);
    expect(histories.map((h) => h.key)).toEqual(['DEM-1']);
    expect(histories[0]?.names.customfield_10042).toBe('Criticité');
  });

  it('reads an array of pages in order', () => {
    const pages = [
      aSearchPage([good('DEM-1'), good('DEM-2')], 'token-2'),
      aSearchPage([good('DEM-3')]),
    ];
    expect(reading(pages).histories.map((h) => h.key)).toEqual(['DEM-1', 'DEM-2', 'DEM-3']);
  });

  it('keeps the good issues when one is bad, and says which and why', () => {
    const page = aSearchPage([
      good('DEM-1'),
      good('DEM-2').withoutChangelog(),
      good('DEM-3').truncatedChangelog(0),
    ]);
    const { histories, problems } = reading(page);
    expect(histories.map((h) => h.key)).toEqual(['DEM-1']);
    expect(problems.map((p) => [p.key, p.code])).toEqual([
      ['DEM-2', JIRA_CODES.changelogMissing],
      ['DEM-3', JIRA_CODES.changelogTruncated],
    ]);
    expect(problems[0]?.message).toContain('expand=changelog is missing for DEM-2');
  });

  it('reports an issue with a wrongly typed field by its key and the field’s path', () => {
    const dem2 = good('DEM-2').build();
    const broken = { ...dem2, fields: { ...record.parse(dem2.fields), created: 42 } };
    const page = { ...aSearchPage([]), issues: [good('DEM-1').build(), broken] };
    const { histories, problems } = reading(page);
    expect(histories.map((h) => h.key)).toEqual(['DEM-1']);
    expect(problems).toEqual([
      {
        key: 'DEM-2',
        code: JIRA_CODES.badIssue,
        message: expect.stringMatching(
          /^Ticket DEM-2 ignoré.*issues\[1\]\.fields\.created : /,
        ) as unknown,
        issues: [{ path: 'issues[1].fields.created', message: expect.any(String) as unknown }],
      },
    ]);
    expect(problems[0]?.message).toContain('demande les champs status, issuetype, project');
  });

  it('names an issue without key by its path in the file', () => {
    const built = good('DEM-1').build();
    const withoutKey = Object.fromEntries(Object.entries(built).filter(([k]) => k !== 'key'));
    const { problems } = reading([aSearchPage([]), { issues: [withoutKey] }]);
    expect(problems).toEqual([
      expect.objectContaining({
        key: '[1].issues[0]',
        code: JIRA_CODES.badIssue,
        issues: [
          { path: '[1].issues[0].key', message: expect.stringContaining('chaîne') as unknown },
        ],
      }),
    ]);
  });

  it('fails on a file that is not search pages, with every path', () => {
    const result = readSearchPages([{ issues: 'DEM-1' }, { names: 3 }]);
    expect(result).toMatchObject({ ok: false, code: JIRA_CODES.badSearchPage });
    expect(result.ok ? [] : result.issues?.map((i) => i.path)).toEqual([
      '[0].issues',
      '[1].names',
      '[1].issues',
    ]);
    expect(readSearchPages('DEM-1')).toMatchObject({ ok: false, issues: [{ path: '(racine)' }] });
  });

  it('reads an empty array of pages as no issue', () => {
    expect(reading([])).toEqual({ histories: [], problems: [] });
  });
});

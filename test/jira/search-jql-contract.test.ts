import { existsSync } from 'node:fs';
import { aJiraIssue, aSearchPage } from '../support/jira-fixtures';
import { JIRA_OPENAPI_PATH, loadJiraOpenApi, type JiraOpenApi } from './jira-openapi';

const SEARCH = '/rest/api/3/search/jql';
const CHANGELOG = '/rest/api/3/issue/{issueIdOrKey}/changelog';

const anomaly = aJiraIssue('DEM-12')
  .created('2026-04-01T09:00:00.000+0200')
  .labels('tma', 'lot-2')
  .field('customfield_10042', 'Criticité', { value: 'Bloquante' })
  .field('customfield_10043', 'Environnements', [{ value: 'Recette' }, { value: 'Production' }])
  .field('customfield_10044', 'Référent', null, 'user')
  .field('customfield_10045', 'Charge (j)', 2.5)
  .transition('2026-04-02T10:00:00.000+0200', 'Agent X', 'À faire', 'En cours')
  .change(
    '2026-04-02T10:00:00.000+0200',
    'Agent X',
    'customfield_10042',
    'Criticité',
    'Bloquante',
    'Majeure',
  )
  .change(
    '2026-04-02T11:00:00.000+0200',
    'Agent X',
    'customfield_10044',
    'Référent',
    null,
    'Agent Y',
  )
  .change(
    '2026-04-03T08:00:00.000+0200',
    null,
    'customfield_10050',
    'Début d’incident',
    null,
    '2026-04-01T08:30:00.000+0200',
  )
  .change('2026-04-03T09:00:00.000+0200', 'Agent Y', 'duedate', 'Échéance', null, '2026-04-10')
  .transition('2026-04-06T17:45:00.000+0200', 'Agent Y', 'En cours', 'Résolu');

describe(`fixtures match the OpenAPI response of POST ${SEARCH}`, () => {
  let jira: JiraOpenApi;
  let pageSchema = '';

  beforeAll(() => {
    jira = loadJiraOpenApi();
    pageSchema = jira.responseSchema(SEARCH, 'post');
  });

  it('finds the published document next to the repository', () => {
    expect(existsSync(JIRA_OPENAPI_PATH)).toBe(true);
    expect(pageSchema).toBe('#/components/schemas/SearchAndReconcileResults');
  });

  it('accepts the document’s own example of the search response', () => {
    expect(jira.validate(pageSchema, jira.example(SEARCH, 'post'))).toEqual([]);
  });

  it.each([
    ['a rich anomaly with transitions, options, a user, dates and an automated change', anomaly],
    ['an issue without changelog', anomaly.withoutChangelog()],
    ['an issue with a truncated changelog', anomaly.truncatedChangelog(2)],
    ['an issue whose items have no fieldId', anomaly.withoutFieldIds()],
    ['a freshly created issue', aJiraIssue('DEM-1')],
    [
      'an order linked to its devis and its invoice',
      aJiraIssue('CMD-1').link('Relates', 'DEV-1').link('Blocks', 'FAC-1'),
    ],
  ])('accepts a page with %s', (_, issue) => {
    expect(jira.validate(pageSchema, aSearchPage([issue]))).toEqual([]);
  });

  it('accepts a page that is not the last one', () => {
    const page = aSearchPage([anomaly, aJiraIssue('DEM-13').status('En cours')], 'CAEaAggD');
    expect(jira.validate(pageSchema, page)).toEqual([]);
  });

  it('refuses a key that Jira does not send, so a drifting fixture fails here', () => {
    const page = aSearchPage([anomaly]);
    const drifted = { ...page, issues: [{ ...anomaly.build(), changelogs: [] }] };
    expect(jira.validate(pageSchema, drifted)).toEqual([
      '/issues/0 must NOT have additional properties',
    ]);
  });
});

describe('where Jira and its OpenAPI document disagree', () => {
  it('ChangeDetails values are typed string, yet the document’s own examples send null', () => {
    const published = loadJiraOpenApi('as-published');
    const example = published.example(CHANGELOG, 'get');
    const schema = published.responseSchema(CHANGELOG, 'get');
    expect(published.validate(schema, example)).toContain('/values/0/items/0/from must be string');
    expect(loadJiraOpenApi('as-jira-sends').validate(schema, example)).toEqual([]);
  });
});

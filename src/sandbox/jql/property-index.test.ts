import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { runJql, type JqlIssue } from '.';
import { INDEXED_PROPERTIES } from './property-index';

const NOW = Date.parse('2026-10-05T09:00:00+02:00');

function issue(key: string, delais?: object): JqlIssue {
  return {
    key,
    project: 'DEM',
    issuetype: 'Anomalie',
    status: 'Ouvert',
    labels: [],
    summary: '',
    created: Date.parse('2026-09-01T09:00:00+02:00'),
    updated: Date.parse('2026-09-01T09:00:00+02:00'),
    resolved: null,
    fields: {},
    ...(delais === undefined ? {} : { properties: { 'jalon.delais': delais } }),
  };
}

const ISSUES = [
  issue('DEM-1', {
    state: 'Dans les délais',
    nextChangeAt: '2026-10-05T07:30:00.000Z',
    clockStates: ['resolution:Dans les délais', 'prise-en-compte:Terminé'],
    breached: [],
  }),
  issue('DEM-2', {
    state: 'À risque',
    nextChangeAt: '2026-10-06T14:00:00.000Z',
    clockStates: ['resolution:À risque'],
    breached: [],
  }),
  issue('DEM-3', {
    state: 'Dépassé',
    nextChangeAt: null,
    clockStates: ['resolution:Dépassé'],
    breached: ['resolution'],
  }),
  issue('DEM-4'),
];

function keys(jql: string): string[] {
  const result = runJql(jql, ISSUES, { now: NOW });
  if (!result.ok) throw new Error(result.message);
  return result.value.map((found) => found.key);
}

describe("JQL on Jalon's indexed issue property", () => {
  test.each([
    ['jalonChangement <= "2026-10-05 10:00"', ['DEM-1']],
    ['jalonChangement <= "2026-10-07"', ['DEM-1', 'DEM-2']],
    ['jalonChangement IS EMPTY', ['DEM-3', 'DEM-4']],
    ['jalonEtat IN ("Dans les délais", "à risque")', ['DEM-1', 'DEM-2']],
    ['jalonDelai = "resolution:Dépassé"', ['DEM-3']],
    ['jalonDelai = "prise-en-compte:Terminé"', ['DEM-1']],
    ['jalonDepasse = resolution', ['DEM-3']],
    ['jalonEtat IS EMPTY', ['DEM-4']],
  ])('%s', (jql, expected) => {
    expect(keys(`project = DEM AND ${jql} ORDER BY key`)).toEqual(expected);
  });

  test('a numeric alias is not searched by the sandbox and says so as Jira does for a field it does not know', () => {
    const result = runJql('jalonResteHeures = 2', ISSUES, { now: NOW });
    expect(result.ok).toBe(false);
  });

  test('the sandbox indexes exactly the paths and aliases the manifest declares', () => {
    const manifest = readFileSync(join(__dirname, '..', '..', '..', 'manifest.yml'), 'utf8');
    const block = manifest.slice(manifest.indexOf('jira:entityProperty:'));
    const declared = z
      .array(z.tuple([z.string(), z.string(), z.string()]))
      .parse(
        [...block.matchAll(/- path: (\S+)\s+type: (\S+)\s+searchAlias: (\S+)/g)].map((m) =>
          m.slice(1, 4),
        ),
      );
    expect(INDEXED_PROPERTIES.map((p) => [p.path, p.type, p.alias])).toEqual(declared);
  });
});

import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inputFiles, jalon } from '../../../../test/support/cli';
import { aJiraIssue, aSearchPage } from '../../../../test/support/jira-fixtures';
import { parseStorage } from '../../../../test/support/xml';

const file = inputFiles('jalon-report-');

/** An OR blocking incident of March 2026, resolved in 5 hours (its GTR is 2 h): breached. */
const incident = aJiraIssue('INC-4')
  .type('Incident')
  .created('2026-03-11T10:00:00.000+0100')
  .status('En cours')
  .field('summary', 'Résumé', 'Base <indisponible> & "relancée" ]]>')
  .field('customfield_10042', 'Criticité', { value: 'Bloquante' })
  .field('customfield_10050', 'Niveau de service', { value: 'OR' })
  .transition('2026-03-11T15:00:00.000+0100', 'Exploitant', 'En cours', 'Résolu');
const exported = file('march.json', aSearchPage([incident]));

const run = (...extra: string[]) =>
  jalon(
    'report',
    '--contract',
    'preset:demat-ads',
    '--issues',
    exported,
    '--month',
    '2026-03',
    ...extra,
  );

describe('jalon report', () => {
  test('json: the report model with the indicators of point 1, rates in %', async () => {
    const r = await run('--format', 'json', '--values', file('values.json', { IND_GOUV01: 100 }));
    expect(r.code).toBe(0);
    const model = JSON.parse(r.out) as {
      month: string;
      indicators: { id: string; value: number | null; verdict: string; contributing: string[] }[];
    };
    expect(model.month).toBe('2026-03');
    expect(model.indicators.find((i) => i.id === 'IND_INC01')).toMatchObject({
      value: 0,
      verdict: 'non conforme',
      contributing: ['INC-4'],
    });
    expect(model.indicators.find((i) => i.id === 'IND_GOUV01')).toMatchObject({
      value: 100,
      verdict: 'conforme',
    });
  });

  test('storage on stdout is one well-formed page; the summary stays inert text', async () => {
    const r = await run();
    expect(r.code).toBe(0);
    expect(() => parseStorage(r.out)).not.toThrow();
    expect(r.out).toContain('Base &lt;indisponible&gt; &amp; &quot;relancée&quot; ]]&gt;');
    expect(r.err).toMatch(/graphique\(s\) SVG non écrit\(s\) : indiquez --out DOSSIER/);
  });

  test('--out writes the pages and one chart per indicator with history', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jalon-report-out-'));
    const r = await run('--out', dir);
    expect(r.code).toBe(0);
    const names = readdirSync(dir);
    expect(names).toContain('page-1.xml');
    expect(names.some((n) => n.startsWith('graphique-IND_INC01'))).toBe(true);
    expect(readFileSync(join(dir, 'page-1.xml'), 'utf8')).toContain('ac:name="toc"');
  });

  test('csv needs a folder, and says so', async () => {
    const r = await run('--format', 'csv');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^jalon report : le rapport fait 5 fichiers \(indicateurs\.csv, .*\) : indiquez --out DOSSIER\.\n$/,
    );
  });

  test('html is a standalone French page', async () => {
    const r = await run('--format', 'html');
    expect(r.out).toMatch(/^<!DOCTYPE html>/);
    expect(r.out).toContain('lang="fr"');
  });

  test('a month written otherwise is named', async () => {
    const r = await jalon(
      'report',
      '--contract',
      'preset:demat-ads',
      '--issues',
      exported,
      '--month',
      'mars',
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('--month attend AAAA-MM');
  });
});

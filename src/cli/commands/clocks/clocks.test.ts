import { inputFiles, jalon } from '../../../../test/support/cli';
import { aJiraIssue, aSearchPage } from '../../../../test/support/jira-fixtures';

const file = inputFiles('jalon-clocks-');

const blocking = aJiraIssue('DEM-12')
  .type('Anomalie')
  .created('2026-06-05T16:00:00.000+0200')
  .status('À faire')
  .field('customfield_10042', 'Criticité', { value: 'Bloquante' })
  .field('customfield_10043', 'Environnement', { value: 'Production' })
  .transition('2026-06-05T17:00:00.000+0200', 'Agent X', 'À faire', 'Attente information')
  .transition('2026-06-08T10:00:00.000+0200', 'MOA', 'Attente information', 'En cours')
  .transition('2026-06-08T16:00:00.000+0200', 'Agent X', 'En cours', 'Résolu');
const incident = aJiraIssue('INC-3')
  .type('Incident')
  .created('2026-06-08T10:00:00.000+0200')
  .status('En cours')
  .field('customfield_10042', 'Criticité', { value: 'Majeure' })
  .field('customfield_10050', 'Niveau de service', { value: 'OR' })
  .field('customfield_10051', "Début d'incident", '2026-06-08T09:30:00.000+0200', 'datetime');
const export1 = file('export.json', aSearchPage([blocking, incident]));

describe('jalon clocks', () => {
  test("computes the DEMAT'ADS clocks of an export, with offsets and French reasons", async () => {
    const r = await jalon(
      'clocks',
      '--contract',
      'preset:demat-ads',
      '--issues',
      export1,
      '--at',
      '2026-06-08T18:00+02:00',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const output = JSON.parse(r.out) as {
      at: string;
      issues: { key: string; clocks: Record<string, unknown>[] }[];
    };
    expect(output.at).toBe('2026-06-08T18:00:00+02:00');
    const [dem, inc] = output.issues;
    expect(dem?.clocks.find((c) => c.id === 'resolution')).toMatchObject({
      state: 'stopped',
      elapsedMinutes: 60 + 360,
      pausedMinutes: 60 + 120,
      targetMinutes: 600,
      breached: false,
      stoppedAt: '2026-06-08T16:00:00+02:00',
    });
    const segments = dem?.clocks.find((c) => c.id === 'resolution')?.segments;
    expect(JSON.stringify(segments)).toContain(
      'Attente information depuis le changement de DEM-12 par Agent X le 05/06 17:00',
    );
    expect(inc?.clocks.find((c) => c.id === 'gtr')).toMatchObject({
      calendar: 'or',
      state: 'running',
      startedAt: '2026-06-08T09:30:00+02:00',
      elapsedMinutes: 510,
      targetMinutes: 240,
      breached: true,
      breachedAt: '2026-06-08T13:30:00+02:00',
    });
  });

  test('the table format reads in French', async () => {
    const r = await jalon(
      'clocks',
      '--contract',
      'preset:demat-ads',
      '--issues',
      export1,
      '--at',
      '2026-06-08T18:00+02:00',
      '--format',
      'table',
    );
    expect(r.out.split('\n')[0]).toMatch(
      /^Ticket\s+Horloge\s+État\s+Écoulé\s+Objectif\s+Reste\s+Échéance\s+Dépassé$/,
    );
    expect(r.out).toContain('Délai de résolution');
  });

  test('the result does not depend on the order of pages and histories in the file', async () => {
    const page = aSearchPage([blocking, incident]);
    const reversed = file('reversed.json', [aSearchPage([incident]), aSearchPage([blocking])]);
    const a = await jalon(
      'clocks',
      '--contract',
      'preset:demat-ads',
      '--issues',
      file('one.json', page),
      '--at',
      '2026-06-08T18:00+02:00',
    );
    const b = await jalon(
      'clocks',
      '--contract',
      'preset:demat-ads',
      '--issues',
      reversed,
      '--at',
      '2026-06-08T18:00+02:00',
    );
    const byKey = (text: string) =>
      (JSON.parse(text) as { issues: { key: string }[] }).issues.sort((x, y) =>
        x.key.localeCompare(y.key),
      );
    expect(byKey(b.out)).toEqual(byKey(a.out));
  });

  test('an issue without its changelog is reported and the others are still computed', async () => {
    const path = file('no-changelog.json', aSearchPage([blocking.withoutChangelog(), incident]));
    const r = await jalon(
      'clocks',
      '--contract',
      'preset:demat-ads',
      '--issues',
      path,
      '--at',
      '2026-06-08T18:00+02:00',
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('expand=changelog is missing for DEM-12');
    const output = JSON.parse(r.out) as { issues: { key: string; clocks?: unknown[] }[] };
    expect(output.issues.find((i) => i.key === 'INC-3')?.clocks).toHaveLength(1);
  });

  test.each([
    ['malformed JSON', ['--issues', 'BROKEN'], 'n’est pas du JSON valide'],
    [
      'an unknown preset',
      ['--contract', 'preset:demat'],
      'préréglage de contrat inconnu « demat »',
    ],
    ['an unreadable --at', ['--at', 'hier'], '--at « hier » illisible'],
    ['an unknown format', ['--format', 'xml'], '--format attend json ou table'],
  ])('%s is an input error with a message', async (_name, override, message) => {
    const options: Record<string, string> = {
      '--contract': 'preset:demat-ads',
      '--issues': export1,
      '--at': '2026-06-08T18:00+02:00',
    };
    for (let i = 0; i < override.length; i += 2) options[override[i] ?? ''] = override[i + 1] ?? '';
    if (options['--issues'] === 'BROKEN')
      options['--issues'] = file('broken.json', '{ "issues": [');
    const r = await jalon('clocks', ...Object.entries(options).flat());
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(message);
  });

  test('a contract file that fails validation lists every error with its path', async () => {
    const path = file('contract.json', {
      id: 'x',
      label: 'X',
      versions: [
        {
          effectiveFrom: '2026-01-01',
          calendars: {},
          categories: [],
          statuses: {},
          clocks: [{ id: 'A' }],
        },
      ],
    });
    const r = await jalon('clocks', '--contract', path, '--issues', export1);
    expect(r.code).toBe(2);
    expect(r.err).toContain('versions[0].categories');
    expect(r.err).toContain('versions[0].clocks[0].id');
  });
});

describe('jalon contract', () => {
  test('check exports a preset as JSON that checks again', async () => {
    const exported = await jalon('contract', 'check', 'preset:demat-ads');
    expect(exported.code).toBe(0);
    const again = await jalon('contract', 'check', file('exported.json', exported.out));
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toEqual(JSON.parse(exported.out));
  });

  test('check lists every problem of an invalid file with its path', async () => {
    const r = await jalon(
      'contract',
      'check',
      file('bad-contract.json', { id: 'x', label: 'X', versions: [] }),
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('versions');
  });

  test('presets lists the four seed contracts', async () => {
    const r = await jalon('contract', 'presets');
    expect(r.out.match(/^preset:/gm)).toHaveLength(4);
  });
});

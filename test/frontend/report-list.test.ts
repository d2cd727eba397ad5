import {
  macroConfigSchema,
  monthLabel,
  newestFirst,
  pageUrl,
  reportListSchema,
  verdictSummary,
} from '../../src/frontend/report-list';

// Shaped like the publication record the Forge store keeps (src/forge/store/reports.ts).
const report = (month: string) => ({
  contractId: 'demat-ads',
  month,
  spaceKey: 'TMA',
  publishedAt: '2026-10-01T07:00:00.000Z',
  publishedBy: null,
  pages: [{ id: '98765', title: `DEMAT'ADS – ${month}`, action: 'created', version: 1 }],
  verdict: {
    issues: 12,
    conforme: 1,
    nonConforme: 0,
    sansObjet: 0,
    penaltiesCents: null,
    headline: '1 indicateur(s) conforme(s) sur 1 mesuré(s) ; 12 ticket(s) concerné(s).',
  },
});

describe('the reports macro', () => {
  it.each([
    [{ conforme: 3, nonConforme: 1, sansObjet: 2 }, '3 conformes, 1 non conforme, 2 sans objet'],
    [{ conforme: 1, nonConforme: 2, sansObjet: 0 }, '1 conforme, 2 non conformes'],
    [{ conforme: 0, nonConforme: 0, sansObjet: 1 }, '1 sans objet'],
    [{ conforme: 0, nonConforme: 0, sansObjet: 0 }, 'Aucun indicateur'],
  ])('words the verdicts %j as "%s"', (verdicts, words) => {
    expect(verdictSummary(verdicts)).toBe(words);
  });

  it.each([
    ['2026-01', 'janvier 2026'],
    ['2026-08', 'août 2026'],
    ['2025-12', 'décembre 2025'],
  ])('names the month %s "%s"', (month, label) => {
    expect(monthLabel(month)).toBe(label);
  });

  it('lists the newest month first without reordering what it was given', () => {
    const given = [report('2026-03'), report('2026-11'), report('2025-12')];

    expect(newestFirst(given).map((r) => r.month)).toEqual(['2026-11', '2026-03', '2025-12']);
    expect(given.map((r) => r.month)).toEqual(['2026-03', '2026-11', '2025-12']);
  });

  it('accepts the stored publications and rejects a month that is not YYYY-MM', () => {
    const parsed = reportListSchema.parse({ reports: [report('2026-09')] });

    expect(parsed.reports[0]?.pages).toEqual([{ id: '98765', title: "DEMAT'ADS – 2026-09" }]);
    expect(reportListSchema.safeParse({ reports: [report('2026-13')] }).success).toBe(false);
    expect(reportListSchema.safeParse([report('2026-09')]).success).toBe(false);
  });

  it('links each page on the site the macro runs on', () => {
    expect(pageUrl('https://dsi.atlassian.net/', 'TMA ADS', '98765')).toBe(
      'https://dsi.atlassian.net/wiki/spaces/TMA%20ADS/pages/98765',
    );
  });

  it('reads the configured contract, and nothing from a configuration it cannot read', () => {
    expect(macroConfigSchema.parse({ contractId: 'atih-2025' })).toEqual({
      contractId: 'atih-2025',
    });
    expect(macroConfigSchema.parse(undefined)).toEqual({ contractId: undefined });
    expect(macroConfigSchema.parse({ contractId: 7 })).toEqual({ contractId: undefined });
  });
});

import { at } from '../../../test/support/calendars';
import { anIssue } from '../../../test/support/issue-history';
import { anOrderIssue, compiledPreset, lines } from '../../../test/support/orders';
import { adjustmentsByIssue, type IssueHistory } from '../clocks';
import { compileContract, type CompiledContract } from '../contract';
import { contractPreset } from '../contract/presets';
import { assembleReport, type MonthlyReport } from '.';

const GENERATED = at('2026-04-01T08:00:00+02:00');

function report(
  contract: CompiledContract,
  issues: readonly IssueHistory[],
  month: string,
): MonthlyReport {
  const result = assembleReport(contract, issues, month, {
    generatedAt: GENERATED,
    historyMonths: 3,
  });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** DEMAT'ADS with a fixed penalty per GTR breach (the preset leaves penalties empty). */
function dematWithPenalty(): CompiledContract {
  const input = contractPreset('demat-ads') as unknown as { versions: Record<string, unknown>[] };
  const [version] = input.versions;
  if (version === undefined) throw new Error('no version');
  version.penalties = {
    rules: [
      {
        id: 'gtr-depassee',
        label: 'GTR dépassée',
        kind: 'per-breach',
        amountCents: 50_000,
        clocks: ['gtr'],
      },
    ],
  };
  const compiled = compileContract(input);
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.value;
}

const incident = (n: number, start: string, minutes: number, summary: string) => ({
  ...anIssue(
    `INC-${String(n)}`,
    'Incident',
    start,
    { status: 'En cours', customfield_10001: 'Bloquante', customfield_10004: 'OR' },
    [{ at: new Date(at(start) + minutes * 60_000).toISOString(), set: { status: 'Résolu' } }],
  ),
  summary,
});

describe('the monthly report model', () => {
  test('a month with no issue is an honest empty report, not an error', () => {
    const empty = report(compiledPreset('demat-ads'), [], '2026-03');
    expect(empty).toMatchObject({
      month: '2026-03',
      monthLabel: 'mars 2026',
      period: { from: '2026-03-01', to: '2026-03-31' },
      generatedAt: '2026-04-01T08:00:00+02:00',
      issues: [],
      penalties: null,
    });
    expect(empty.summary.headline).toBe(
      '3 indicateur(s) conforme(s) sur 3 mesuré(s), 9 sans objet ; aucun ticket concerné ce mois.',
    );
    expect(empty.indicators.map((i) => i.id)).toHaveLength(12);
  });

  test('indicators carry twelve months of history, oldest first', () => {
    const issues = [
      incident(1, '2026-02-10T10:00:00+01:00', 60, 'Panne'),
      incident(2, '2026-03-10T10:00:00+01:00', 60, 'Panne'),
    ];
    const history = report(compiledPreset('demat-ads'), issues, '2026-03').history;
    expect(history.map((h) => h.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(history.map((h) => h.values.find((v) => v.id === 'IND_INC01')?.value)).toEqual([
      null,
      100,
      100,
    ]);
  });

  test('penalties: one line per breach, with the total and the issues explained', () => {
    const issues = [
      incident(1, '2026-03-10T10:00:00+01:00', 60, 'Serveur <b>arrêté</b> & relancé'),
      incident(2, '2026-03-11T10:00:00+01:00', 300, 'Base de données indisponible'),
    ];
    const month = report(dematWithPenalty(), issues, '2026-03');
    expect(
      month.penalties?.lines
        .filter((l) => l.amountCents > 0)
        .map((l) => [l.subject, l.amountCents]),
    ).toEqual([['INC-2:gtr', 50_000]]);
    expect(month.penalties?.state).toBe('brouillon');
    expect(month.issues.map((i) => [i.key, i.summary, i.clocks[0]?.verdict])).toEqual([
      ['INC-1', 'Serveur <b>arrêté</b> & relancé', 'conforme'],
      ['INC-2', 'Base de données indisponible', 'non conforme'],
    ]);
    expect(month.issues[1]?.clocks[0]?.explanation[0]).toMatch(
      /^11\/03\/2026 10:00 → 11\/03\/2026 15:00 : Décompte/,
    );
  });

  test('a waiver the administration decided counts in the detail, the penalties and the figures', () => {
    const issues = [incident(2, '2026-03-11T10:00:00+01:00', 300, 'Base de données indisponible')];
    const waiver = {
      issue: 'INC-2',
      clock: 'gtr',
      kind: 'waiver' as const,
      author: 'Chef de projet de l’administration',
      decidedAt: '2026-03-20T10:00:00+01:00',
      reason: 'Panne électrique du site de l’administration.',
    };
    const result = assembleReport(dematWithPenalty(), issues, '2026-03', {
      generatedAt: GENERATED,
      historyMonths: 1,
      adjustments: adjustmentsByIssue([waiver]),
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.value.penalties?.lines.filter((l) => l.amountCents > 0)).toEqual([]);
    const [gtr] = result.value.issues[0]?.clocks ?? [];
    // Exonerated, the breach no longer counts, in the detail as in the indicators.
    expect(gtr?.verdict).toBe('conforme');
    expect(gtr?.figures).toContain('exonéré');
  });

  test('issues resolved before the month are left out of its detail', () => {
    const old = incident(1, '2026-02-10T10:00:00+01:00', 60, 'Ancien');
    expect(report(compiledPreset('demat-ads'), [old], '2026-03').issues).toEqual([]);
  });

  test('orders of the month come with the comité dashboard and the method annex', () => {
    const order = anOrderIssue(
      'CMD-1',
      'Commande',
      '2026-03-02T10:00:00+01:00',
      {
        Statut: 'Besoin exprimé',
        'Lignes UO': lines({ code: 'UO-4', quantity: 2 }),
      },
      [{ at: '2026-03-10T10:00:00+01:00', set: { Statut: 'Devis transmis' } }],
    );
    const month = report(compiledPreset('atih-2025'), [order], '2026-03');
    expect(
      month.orders?.rows.map((r) => [r.key, r.steps.find((s) => s.label === 'Devis')?.note]),
    ).toEqual([['CMD-1', 'hors délai (+1 j ouvré(s)), échéance 2026-03-09']]);
    expect(month.orders?.dashboard.fiscalYear.quotes.count).toBe(1);
    expect(month.annex.calendars[0]).toEqual({
      id: 'atih',
      description:
        'lun, mar, mer, jeu, ven 09:00–18:00 ; jours fériés metropole ; 1 jour = 9 h ; fuseau Europe/Paris',
    });
  });
});

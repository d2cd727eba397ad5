import { compileContract, type CompiledContract } from '../contract';
import { contractPreset } from '../contract/presets';
import { dailyPlan } from './schedule';

/** ATIH with its comité of Thursday 12 November 2026 (11 November is a holiday). */
function atih(publication: object = {}): CompiledContract {
  const compiled = compileContract({
    ...contractPreset('atih-2025'),
    publication: { spaceKey: 'ATIH', day: 5, comites: ['2026-11-12'], ...publication },
  });
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.value;
}

const paris = (iso: string): number => Date.parse(`${iso}T10:00:00+01:00`);
const NONE = new Set<string>();

describe('the daily check of a contract', () => {
  test('publishes last month from the publication day on, until it is published', () => {
    expect(dailyPlan(atih(), paris('2026-11-04'), NONE)).not.toContainEqual(
      expect.objectContaining({ kind: 'publish' }),
    );
    expect(dailyPlan(atih(), paris('2026-11-05'), NONE)).toContainEqual({
      kind: 'publish',
      month: '2026-10',
    });
    expect(dailyPlan(atih(), paris('2026-11-20'), new Set(['2026-10']))).toEqual([]);
  });

  test('reminds of the dashboard 4 jours ouvrés before the comité, the holiday skipped', () => {
    // 12 Nov ← 10, 9, 6, 5 (11 November is not worked): the dashboard is due on Thursday 5.
    expect(dailyPlan(atih(), paris('2026-11-02'), NONE)).toEqual([
      {
        kind: 'reminder',
        id: '2026-11-12:tableau-de-bord',
        comite: '2026-11-12',
        due: '2026-11-05',
        message:
          'Tableau de bord d’octobre 2026 à publier au plus tard le 05/11/2026 pour le comité du 12/11/2026.',
      },
    ]);
    // Once October is published, nothing to remind of the dashboard.
    expect(dailyPlan(atih(), paris('2026-11-02'), new Set(['2026-10']))).toEqual([]);
  });

  test('reminds of the support 2 jours ouvrés before, and of the minutes until 2 after', () => {
    const support = dailyPlan(atih(), paris('2026-11-06'), new Set(['2026-10']));
    expect(support.map((a) => (a.kind === 'reminder' ? [a.id, a.due] : a.kind))).toEqual([
      ['2026-11-12:support', '2026-11-09'],
    ]);
    const minutes = dailyPlan(atih(), paris('2026-11-13'), new Set(['2026-10']));
    expect(minutes.map((a) => (a.kind === 'reminder' ? [a.id, a.due] : a.kind))).toEqual([
      ['2026-11-12:compte-rendu', '2026-11-16'],
    ]);
    expect(dailyPlan(atih(), paris('2026-11-17'), new Set(['2026-10']))).toEqual([]);
  });

  test('follows the deadlines the contract sets, and does nothing without a publication', () => {
    const tight = atih({ deadlines: { dashboard: 0, support: 0, minutes: 0 } });
    expect(
      dailyPlan(tight, paris('2026-11-12'), new Set(['2026-10'])).map((a) =>
        a.kind === 'reminder' ? a.id : a.kind,
      ),
    ).toEqual(['2026-11-12:support', '2026-11-12:compte-rendu']);
    const compiled = compileContract(contractPreset('atih-2025'));
    if (!compiled.ok) throw new Error(compiled.message);
    expect(dailyPlan(compiled.value, paris('2026-11-06'), NONE)).toEqual([]);
  });

  test('refuses a publication calendar the contract does not have', () => {
    const compiled = compileContract({
      ...contractPreset('atih-2025'),
      publication: { spaceKey: 'ATIH', calendar: 'inconnu' },
    });
    expect(compiled).toMatchObject({ ok: false, code: 'CONTRACT.UNKNOWN_CALENDAR' });
  });
});

import {
  anOrderIssue,
  compiledPreset,
  lines,
  ordersOf,
  type LineSpec,
  type OrderStep,
} from '../../../test/support/orders';
import { catalogueSchema } from '../contract/catalogue-schema';
import { dsiGrandEstCatalogue } from '../contract/presets/catalogues/dsi-grand-est';
import { checkLines } from '.';

const dsi = compiledPreset('dsi-grand-est');
const demat = compiledPreset('demat-ads');

describe('DSI Grand Est 6_EXP tiers by duration (003 L1696–1703)', () => {
  const catalogue = catalogueSchema.parse(dsiGrandEstCatalogue);
  const problemsOf = (code: string, quantity: number) =>
    checkLines(catalogue, [{ code, quantity }]).problems.map((p) => p.message);

  test.each([
    ['6_EXP_1J', 4.5],
    ['6_EXP_5J', 5],
    ['6_EXP_5J', 9.5],
    ['6_EXP_10J', 10],
  ])('%s for %d days is the right tier', (code, days) => {
    expect(problemsOf(code, days)).toEqual([]);
  });

  test.each([
    ['6_EXP_1J', 5, '6_EXP_5J'],
    ['6_EXP_5J', 4.5, '6_EXP_1J'],
    ['6_EXP_5J', 10, '6_EXP_10J'],
    ['6_EXP_10J', 9.5, '6_EXP_5J'],
  ])('%s for %d days is refused and names %s', (code, days, right) => {
    expect(problemsOf(code, days)).toEqual([
      expect.stringContaining(
        `hors de la tranche de ce code ; le code de cette durée est ${right}`,
      ),
    ]);
  });
});

describe('DSI Grand Est recette: refused deliveries and correction deadlines (003 §3.3)', () => {
  const order = (key: string, code: string, quantity: number, recette: OrderStep[]) =>
    anOrderIssue(
      key,
      'Commande',
      '2026-03-02T09:00:00+01:00',
      { Statut: 'Besoin exprimé', 'Lignes UO': lines({ code, quantity }) },
      [
        { at: '2026-03-03T10:00:00+01:00', set: { Statut: 'Devis transmis' } },
        { at: '2026-03-04T10:00:00+01:00', set: { Statut: 'BC reçu' } },
        { at: '2026-03-05T10:00:00+01:00', set: { Statut: 'En cours' } },
        ...recette,
      ],
    );
  /** Delivered Friday 13 March, refused Wednesday 18, re-delivered Monday 23, refused 25, re-delivered 26, validated 30. */
  const ITERATIONS: OrderStep[] = [
    { at: '2026-03-13T10:00:00+01:00', set: { Statut: 'Livré' } },
    { at: '2026-03-16T10:00:00+01:00', set: { Statut: 'En recette' } },
    { at: '2026-03-18T14:00:00+01:00', set: { Statut: 'Refusé' } },
    { at: '2026-03-19T09:00:00+01:00', set: { Statut: 'En correction' } },
    { at: '2026-03-23T10:00:00+01:00', set: { Statut: 'Livré' } },
    { at: '2026-03-23T15:00:00+01:00', set: { Statut: 'En recette' } },
    { at: '2026-03-25T11:00:00+01:00', set: { Statut: 'Refusé' } },
    { at: '2026-03-26T16:00:00+01:00', set: { Statut: 'Livré' } },
    { at: '2026-03-27T09:00:00+01:00', set: { Statut: 'En recette' } },
    { at: '2026-03-30T17:00:00+02:00', set: { Statut: 'Validé' } },
  ];
  const evaluated = (issue: ReturnType<typeof order>) => {
    const found = ordersOf(dsi, [issue], '2026-04-15T12:00:00+02:00').orders[0];
    if (found === undefined) throw new Error('no order');
    return found;
  };

  test('10 % of 15 development days is 1.5, rounded up to 2 jours ouvrés after the PV', () => {
    const deliveries = evaluated(order('DSI-1', '1_DEV_MOYEN', 15, ITERATIONS)).deliveries;
    expect(deliveries[0]?.correction).toEqual({
      rule: '10 % de 15 j de développement = 1,5 j, arrondi au jour ouvré supérieur (minimum 1) : 2 jour(s) ouvré(s) après le PV',
      dueDate: '2026-03-20',
      redeliveredAt: deliveries[1]?.at,
      lateWorkingDays: 1,
      breached: true,
    });
  });

  test('each refusal opens an iteration; the last delivery is validated', () => {
    const outcome = evaluated(order('DSI-1', '1_DEV_MOYEN', 15, ITERATIONS));
    expect(
      outcome.deliveries.map((d) => [
        d.iteration,
        d.date,
        d.refusedDate,
        d.correction?.breached ?? null,
      ]),
    ).toEqual([
      [1, '2026-03-13', '2026-03-18', true],
      [2, '2026-03-23', '2026-03-25', false],
      [3, '2026-03-26', null, null],
    ]);
    expect(outcome.steps.find((s) => s.step === 'admission')?.date).toBe('2026-03-30');
  });

  test('a small order still gets the minimum of one jour ouvré', () => {
    const deliveries = evaluated(order('DSI-2', '1_DEV_SIMPLE', 4, ITERATIONS)).deliveries;
    expect(deliveries[0]?.correction?.rule).toBe(
      '10 % de 4 j de développement = 0,4 j, arrondi au jour ouvré supérieur (minimum 1) : 1 jour(s) ouvré(s) après le PV',
    );
    expect(deliveries[0]?.correction?.dueDate).toBe('2026-03-19');
  });

  test('expertise corrections have a fixed 10 jours ouvrés; a correction still awaited runs on', () => {
    const awaited = order('DSI-3', '6_EXP_5J', 6, ITERATIONS.slice(0, 4));
    const correction = evaluated(awaited).deliveries[0]?.correction;
    expect(correction).toMatchObject({
      dueDate: '2026-04-01',
      redeliveredAt: null,
      breached: true,
    });
    expect(correction?.lateWorkingDays).toBe(9);
  });

  test('integration has no correction deadline', () => {
    const correction = evaluated(order('DSI-4', '8_INT_SIMPLE', 3, ITERATIONS)).deliveries[0]
      ?.correction;
    expect(correction).toMatchObject({
      rule: 'aucun délai de correction fixé',
      dueDate: null,
      breached: false,
    });
  });
});

describe('DEMAT’ADS ordering rules (001 §2)', () => {
  const ordered = (key: string, day: string, ...items: LineSpec[]) =>
    anOrderIssue(
      key,
      'Commande',
      `2026-05-${day}T09:00:00+02:00`,
      { Statut: 'Besoin exprimé', 'Lignes UO': lines(...items) },
      [
        { at: `2026-05-${day}T11:00:00+02:00`, set: { Statut: 'Devis transmis' } },
        { at: `2026-05-${day}T15:00:00+02:00`, set: { Statut: 'BC reçu' } },
      ],
    );
  const at = '2026-06-30T18:00:00+02:00';
  const cap = (...issues: ReturnType<typeof ordered>[]) => ordersOf(demat, issues, at).caps[0];

  test('expertise above 20 % of the amount ordered breaks the cap', () => {
    const result = cap(
      ordered('D-1', '04', { code: 'UO_PC_TMA_1', quantity: 1, unitPrice: 3_000_000 }),
      ordered(
        'D-2',
        '05',
        { code: 'UO_EXP_I6', level: 'MOYEN', quantity: 1, unitPrice: 500_000 },
        { code: 'UO_EXP_TMA_6', level: 'SIMPLE', quantity: 1, unitPrice: 300_000 },
      ),
    );
    expect(result).toMatchObject({
      verdict: 'dépassé',
      cappedAmount: 800_000,
      totalAmount: 3_800_000,
    });
    expect(result?.explanation).toBe(
      '8\u202f000,00\u00a0€ sur 38\u202f000,00\u00a0€ HT commandés, soit 21,1 % (plafond 20 %).',
    );
  });

  test('expertise at exactly 20 % is within the cap', () => {
    const result = cap(
      ordered('D-1', '04', { code: 'UO_PC_TMA_1', quantity: 1, unitPrice: 3_200_000 }),
      ordered('D-2', '05', { code: 'UO_EXP_I6', level: 'MOYEN', quantity: 1, unitPrice: 800_000 }),
    );
    expect(result).toMatchObject({ verdict: 'conforme', share: 0.2 });
  });

  test('without prices the cap cannot be checked and says which prices are missing', () => {
    const result = cap(ordered('D-1', '04', { code: 'UO_EXP_I6', level: 'MOYEN', quantity: 1 }));
    expect(result).toMatchObject({ verdict: 'non calculable', share: null });
    expect(result?.explanation).toContain('UO_EXP_I6');
  });

  test('a level missing on a code sized by complexity is named on its line', () => {
    const outcome = ordersOf(demat, [ordered('D-1', '04', { code: 'UO_CP_I5', quantity: 1 })], at)
      .orders[0];
    expect(outcome?.problems.map((p) => p.message)).toEqual([
      'D-1, ligne 1 (UO_CP_I5) : niveau manquant ; choisissez parmi Très simple, Simple, Moyen, Complexe.',
    ]);
  });

  test('a second order of a once-only code is flagged on the later order', () => {
    const outcomes = ordersOf(
      demat,
      [
        ordered('D-2', '06', { code: 'UO_INIT_1', quantity: 1 }),
        ordered('D-1', '04', { code: 'UO_INIT_1', quantity: 1 }),
      ],
      at,
    ).orders;
    expect(outcomes.map((o) => [o.key, o.problems.map((p) => p.code)])).toEqual([
      ['D-1', []],
      ['D-2', ['ORDER.ONCE_ONLY']],
    ]);
  });

  test('a code ordered before its prerequisite is flagged', () => {
    const outcome = ordersOf(demat, [ordered('D-1', '04', { code: 'UO_PC_I1', quantity: 1 })], at)
      .orders[0];
    expect(outcome?.problems.map((p) => p.message)).toEqual([
      "D-1 : UO_PC_I1 demande d'avoir commandé UO_INIT_1 auparavant ; aucune commande antérieure ne le contient.",
    ]);
  });
});

describe('codes that need prior agreement', () => {
  test('an order of on-call hours reminds that the administration must agree first', () => {
    const issue = anOrderIssue('D-9', 'Commande', '2026-05-04T09:00:00+02:00', {
      Statut: 'Besoin exprimé',
      'Lignes UO': lines({ code: 'UO_HNO_TMA_10', quantity: 4 }),
    });
    const outcome = ordersOf(demat, [issue], '2026-06-30T18:00:00+02:00').orders[0];
    expect(outcome?.lines.notices).toEqual([
      'UO_HNO_TMA_10 : accord préalable de l’administration requis avant la commande.',
    ]);
    expect(outcome?.problems).toEqual([]);
  });
});

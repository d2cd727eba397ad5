import { aClock, anOrder, compute, tic } from '../../../test/support/penalties';
import { penaltiesSchema } from '../contract/penalties-schema';
import { formatEuros } from '../orders/money';
import { CCAG_DEFAULT_RULES, computePenalties } from '.';

describe('CCAG late penalties P = V × R / D', () => {
  test('a 10 000,00 € order 3 days late under CCAG-TIC costs 30,00 €', () => {
    const { lines, totalCents } = compute(tic(), { lateItems: [anOrder('ATIH-1', 1_000_000, 3)] });
    expect(lines).toEqual([
      {
        rule: 'retard',
        label: 'Retard de livraison',
        subject: 'ATIH-1',
        computation: `P = V × R / 1000 = ${formatEuros(1_000_000)} × 3 / 1000 = ${formatEuros(3000)} (CCAG-TIC)`,
        amountCents: 3000,
        waived: false,
      },
    ]);
    expect(totalCents).toBe(3000);
  });

  test('the same order under CCAG-PI costs 10,00 €', () => {
    const config = CCAG_DEFAULT_RULES('CCAG-PI');
    const { lines } = compute(config, { lateItems: [anOrder('ATIH-1', 1_000_000, 3)] });
    expect(lines[0]?.amountCents).toBe(1000);
    expect(lines[0]?.computation).toContain('/ 3000');
  });

  test.each([
    { ccag: 'CCAG-TIC', value: 100_500, expected: 101, why: 'half a cent rounds up' },
    { ccag: 'CCAG-TIC', value: 100_400, expected: 100, why: 'less than half a cent rounds down' },
    { ccag: 'CCAG-PI', value: 100_500, expected: 34, why: '33,5 c rounds up' },
    { ccag: 'CCAG-FCS', value: 100_600, expected: 101, why: '100,6 c rounds up' },
  ] as const)(
    '$ccag, V = $value c, 1 day late: $expected c ($why)',
    ({ ccag, value, expected }) => {
      const config = { rules: [{ id: 'r', label: 'R', kind: 'ccag-late' as const, ccag }] };
      expect(compute(config, { lateItems: [anOrder('A-1', value, 1)] }).totalCents).toBe(expected);
    },
  );

  test('an order on time gives no line', () => {
    expect(compute(tic(), { lateItems: [anOrder('A-1', 1_000_000, 0)] }).lines).toEqual([]);
  });

  test('an order without an amount gives a line of 0 and a note, never nothing', () => {
    const { lines, notes, totalCents } = compute(tic(), {
      lateItems: [anOrder('ATIH-7', null, 4)],
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.amountCents).toBe(0);
    expect(lines[0]?.computation).toMatch(/^Montant HT manquant/);
    expect(notes).toEqual([expect.stringContaining('montant HT manquant pour ATIH-7 — livraison')]);
    expect(totalCents).toBe(0);
  });

  test('subject clocks with a clock list only looks at those clocks', () => {
    const config = {
      rules: [
        {
          id: 'r',
          label: 'R',
          kind: 'ccag-late' as const,
          ccag: 'CCAG-TIC' as const,
          subject: 'clocks' as const,
          clocks: ['correction'],
        },
      ],
    };
    const items = [
      aClock('A-1', 'correction', { valueCents: 200_000, lateDays: 5 }),
      aClock('A-2', 'devis', { valueCents: 200_000, lateDays: 5 }),
      anOrder('A-3', 200_000, 5),
    ];
    expect(compute(config, { lateItems: items }).lines.map((l) => l.subject)).toEqual(['A-1']);
  });
});

describe('fixed amounts per day, per started hour, per breach', () => {
  test('per working day counts the working days late', () => {
    const config = {
      rules: [
        {
          id: 'j',
          label: 'Par jour',
          kind: 'per-day' as const,
          amountCents: 15_000,
          days: 'working' as const,
        },
      ],
    };
    const item = { ...anOrder('A-1', null, 6), lateWorkingDays: 4 };
    const { lines } = compute(config, { lateItems: [item] });
    expect(lines[0]?.amountCents).toBe(60_000);
    expect(lines[0]?.computation).toBe(
      `${formatEuros(15_000)} × 4 jours ouvrés de retard = ${formatEuros(60_000)}`,
    );
  });

  test('per hour counts every started hour: 61 minutes are 2 hours', () => {
    const config = {
      rules: [{ id: 'h', label: 'Par heure', kind: 'per-hour' as const, amountCents: 5_000 }],
    };
    const { lines } = compute(config, {
      lateItems: [aClock('D-1', 'resolution', { lateMinutes: 61 })],
    });
    expect(lines[0]?.amountCents).toBe(10_000);
    expect(lines[0]?.computation).toContain('2 heures entamées (61 minutes ouvrées de retard)');
  });

  test('per hour with an unknown lateness is a line of 0 with a note', () => {
    const config = {
      rules: [{ id: 'h', label: 'Par heure', kind: 'per-hour' as const, amountCents: 5_000 }],
    };
    const { lines, notes } = compute(config, { lateItems: [aClock('D-1', 'resolution')] });
    expect(lines[0]?.amountCents).toBe(0);
    expect(notes).toHaveLength(1);
  });

  test('per breach applies once per breached item of the listed clocks', () => {
    const config = {
      rules: [
        {
          id: 'b',
          label: 'Forfait',
          kind: 'per-breach' as const,
          amountCents: 20_000,
          clocks: ['resolution'],
        },
      ],
    };
    const items = [
      aClock('D-1', 'resolution'),
      aClock('D-2', 'resolution', { breached: false }),
      aClock('D-3', 'prise-en-compte'),
    ];
    const { lines, totalCents } = compute(config, { lateItems: items });
    expect(lines.map((l) => l.subject)).toEqual(['D-1']);
    expect(totalCents).toBe(20_000);
  });
});

describe('inputs are checked', () => {
  test.each([
    ['a fractional amount', { ...anOrder('A-1', 10.5, 3) }, 'lateItems[0].valueCents'],
    ['negative days', { ...anOrder('A-1', 1000, 3), lateDays: -1 }, 'lateItems[0].lateDays'],
  ])('%s is refused with its path', (_name, item, path) => {
    const result = computePenalties(penaltiesSchema.parse(tic()), {
      indicators: [],
      lateItems: [item],
      contractAmountCents: null,
      previousTotalCents: 0,
      waivers: [],
    });
    expect(result).toMatchObject({ ok: false, code: 'PENALTY.INVALID_INPUT', issues: [{ path }] });
  });

  test('an item listed twice is refused', () => {
    const result = computePenalties(penaltiesSchema.parse(tic()), {
      indicators: [],
      lateItems: [anOrder('A-1', 1000, 3), anOrder('A-1', 1000, 3)],
      contractAmountCents: null,
      previousTotalCents: 0,
      waivers: [],
    });
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'lateItems[1].key' }] });
  });
});

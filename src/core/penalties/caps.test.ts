import { aClock, anOrder, compute, tic } from '../../../test/support/penalties';
import { penaltiesSchema, type PenaltiesConfigInput } from '../contract/penalties-schema';
import { formatEuros } from '../orders/money';
import { CCAG_DEFAULT_RULES, type PenaltyWaiver } from '.';

const fixed = (amountCents: number): PenaltiesConfigInput => ({
  rules: [{ id: 'forfait', label: 'Forfait', kind: 'per-breach', amountCents }],
});

describe('caps', () => {
  test('late penalties on an order are capped at 10 % of its amount', () => {
    // 10 000,00 € × 150 / 1000 = 1 500,00 €, capped at 1 000,00 €.
    const { lines, notes, totalCents } = compute(tic({ caps: { itemShare: 0.1 } }), {
      lateItems: [anOrder('A-1', 1_000_000, 150)],
    });
    expect(lines[0]?.amountCents).toBe(100_000);
    expect(lines[0]?.computation).toContain(`plafonné à ${formatEuros(100_000)}`);
    expect(totalCents).toBe(100_000);
    expect(notes).toEqual([
      expect.stringContaining(`${formatEuros(150_000)} ramenés à ${formatEuros(100_000)}`),
    ]);
  });

  test('under the item cap nothing changes', () => {
    const { lines, notes } = compute(tic({ caps: { itemShare: 0.1 } }), {
      lateItems: [anOrder('A-1', 1_000_000, 100)],
    });
    expect(lines[0]?.amountCents).toBe(100_000);
    expect(notes).toEqual([]);
  });

  test('two rules on one order share its cap, the first keeping its amount', () => {
    const config = {
      rules: [
        { id: 'ccag', label: 'CCAG', kind: 'ccag-late' as const, ccag: 'CCAG-TIC' as const },
        {
          id: 'jour',
          label: 'Jour',
          kind: 'per-day' as const,
          amountCents: 10_000,
          days: 'calendar' as const,
        },
      ],
      caps: { itemShare: 0.1 },
    };
    // CCAG 10 000,00 € × 80 / 1000 = 800,00 €; per day 100,00 € × 80 = 8 000,00 €; cap 1 000,00 €.
    const { lines, subtotalCents } = compute(config, {
      lateItems: [anOrder('A-1', 1_000_000, 80)],
    });
    expect(lines.map((l) => l.amountCents)).toEqual([80_000, 20_000]);
    expect(subtotalCents).toBe(100_000);
  });

  test('the monthly cap bounds the total, the lines keep their amounts', () => {
    const { lines, subtotalCents, totalCents, notes } = compute(
      tic({ caps: { monthlyCents: 5_000 } }),
      {
        lateItems: [anOrder('A-1', 1_000_000, 3), anOrder('A-2', 1_000_000, 3)],
      },
    );
    expect(lines.map((l) => l.amountCents)).toEqual([3000, 3000]);
    expect(subtotalCents).toBe(6000);
    expect(totalCents).toBe(5000);
    expect(notes).toEqual([
      `Plafond mensuel de ${formatEuros(5000)} : ${formatEuros(6000)} ramenés à ${formatEuros(5000)}.`,
    ]);
  });

  test('the contract cap leaves what the earlier months did not use', () => {
    // 10 % of 10 000,00 € = 1 000,00 €; 950,00 € already applied: 50,00 € left.
    const result = compute(tic({ caps: { contractShare: 0.1 } }), {
      lateItems: [anOrder('A-1', 1_000_000, 30)],
      contractAmountCents: 1_000_000,
      previousTotalCents: 95_000,
    });
    expect(result.subtotalCents).toBe(30_000);
    expect(result.totalCents).toBe(5_000);
  });

  test('the contract cap without the contract amount is reported, not guessed', () => {
    const result = compute(tic({ caps: { contractShare: 0.1 } }), {
      lateItems: [anOrder('A-1', 1_000_000, 3)],
    });
    expect(result.totalCents).toBe(3000);
    expect(result.notes).toEqual([expect.stringContaining('montant du marché inconnu')]);
  });
});

describe('exoneration under 1 000 € HT (CCAG art. 14.1.3)', () => {
  const month = { exoneration: { thresholdCents: 100_000, scope: 'month' as const } };
  const contract = { exoneration: { scope: 'contract' as const } };
  const breached = [aClock('D-1', 'resolution')];

  test('a month of exactly 1 000,00 € is exonerated', () => {
    const result = compute({ ...fixed(100_000), ...month }, { lateItems: breached });
    expect(result.subtotalCents).toBe(100_000);
    expect(result.totalCents).toBe(0);
    expect(result.notes).toEqual([expect.stringMatching(/^Exonération/)]);
  });

  test('a month of 1 000,01 € is not', () => {
    const result = compute({ ...fixed(100_001), ...month }, { lateItems: breached });
    expect(result.totalCents).toBe(100_001);
    expect(result.notes).toEqual([]);
  });

  test('over the contract, 400,00 € before and 600,00 € now (1 000,00 €) are exonerated', () => {
    const result = compute(
      { ...fixed(60_000), ...contract },
      { lateItems: breached, previousTotalCents: 40_000 },
    );
    expect(result.totalCents).toBe(0);
    expect(result.notes[0]).toContain(
      `${formatEuros(40_000)} + ${formatEuros(60_000)} = ${formatEuros(100_000)}`,
    );
  });

  test('over the contract, 1 000,01 € in all ends the exoneration and says what came before', () => {
    const result = compute(
      { ...fixed(60_001), ...contract },
      { lateItems: breached, previousTotalCents: 40_000 },
    );
    expect(result.totalCents).toBe(60_001);
    expect(result.notes).toEqual([
      expect.stringContaining(`mois précédents (${formatEuros(40_000)})`),
    ]);
  });

  test('the CCAG default regime is 1000 €, contract-wide, 10 % per order, 15 days', () => {
    expect(penaltiesSchema.parse(CCAG_DEFAULT_RULES())).toEqual({
      rules: [
        {
          id: 'retard-ccag',
          label: 'Pénalités de retard (CCAG-TIC)',
          kind: 'ccag-late',
          ccag: 'CCAG-TIC',
          subject: 'orders',
          source: 'CCAG-TIC 2021, art. 14.1.1',
        },
      ],
      caps: { itemShare: 0.1 },
      exoneration: { thresholdCents: 100_000, scope: 'contract' },
      observationDays: 15,
    });
  });
});

describe('waivers', () => {
  const waiver: PenaltyWaiver = {
    rule: 'retard',
    subject: 'A-2',
    author: 'Claire Martin (ATIH)',
    decidedAt: '2026-04-03T11:00:00+02:00',
    reason: 'Retard dû à la fourniture tardive des jeux de données.',
  };

  test('a waived line stays in the table at 0, marked waived, with who and why', () => {
    const { lines, totalCents } = compute(tic(), {
      lateItems: [anOrder('A-1', 1_000_000, 3), anOrder('A-2', 1_000_000, 3)],
      waivers: [waiver],
    });
    expect(lines.map((l) => [l.subject, l.amountCents, l.waived])).toEqual([
      ['A-1', 3000, false],
      ['A-2', 0, true],
    ]);
    expect(lines[1]?.computation).toContain('pénalité levée par Claire Martin (ATIH)');
    expect(lines[1]?.computation).toContain(waiver.reason);
    expect(totalCents).toBe(3000);
  });

  test('a waiver naming no line of the month is reported', () => {
    const { notes } = compute(tic(), { waivers: [waiver] });
    expect(notes).toEqual([expect.stringContaining('sans effet')]);
  });
});

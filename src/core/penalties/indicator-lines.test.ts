import { compute as computeWith } from '../../../test/support/penalties';
import { penaltiesSchema, type PenaltiesConfigInput } from '../contract/penalties-schema';
import type { IndicatorResult, Threshold, Verdict } from '../indicators/indicator-result';
import { formatEuros } from '../orders/money';
import { formatDecimal } from './decimal';
import { shortfallOf } from '.';

function anIndicator(
  value: number | null,
  verdict: Verdict,
  threshold: Threshold | null = { comparator: '>=', value: 95 },
): IndicatorResult {
  return {
    id: 'IQ-4',
    label: 'Taux de livraisons dans les délais',
    unit: '%',
    value,
    threshold,
    verdict,
    numerator: null,
    denominator: null,
    contributing: [],
    apart: [],
    rule: 'livraisons du mois',
  };
}

const compute = (config: PenaltiesConfigInput, indicators: IndicatorResult[]) =>
  computeWith(config, { indicators });

/** 1 % of a 50 000,00 € monthly fee per 0.1 point below target. */
const shortfallRule: PenaltiesConfigInput = {
  rules: [
    {
      id: 'iq4',
      label: 'Livraisons en retard',
      kind: 'indicator-shortfall',
      indicator: 'IQ-4',
      baseCents: 5_000_000,
      share: 0.01,
      step: 0.1,
    },
  ],
};
const tiersRule: PenaltiesConfigInput = {
  rules: [
    {
      id: 'iq4-tranches',
      label: 'Livraisons en retard (tranches)',
      kind: 'tiers',
      indicator: 'IQ-4',
      tiers: [
        { fromShortfall: 2, amountCents: 500_000 },
        { fromShortfall: 0.5, amountCents: 100_000 },
      ],
    },
  ],
};

describe('shortfall is measured exactly, in the right direction', () => {
  test.each([
    [94.8, '>=', 95, '0,2'],
    [92.8, '>=', 95, '2,2'],
    [94.7, '>=', 95, '0,3'],
    [95, '>=', 95, '0'],
    [96, '>=', 95, '0'],
    [5, '<=', 2, '3'],
    [1, '<=', 2, '0'],
    [0.9, '=', 1, '0,1'],
    [1.1, '=', 1, '0,1'],
  ] as const)('%d against %s %d falls short by %s', (value, comparator, target, expected) => {
    expect(formatDecimal(shortfallOf(value, { comparator, value: target }))).toBe(expected);
  });
});

describe('indicator shortfall: floor(shortfall / step) × share × base', () => {
  test('95 against ≥ 95 is conforme: a line of 0', () => {
    const { lines, totalCents } = compute(shortfallRule, [anIndicator(95, 'conforme')]);
    expect(lines).toEqual([
      {
        rule: 'iq4',
        label: 'Livraisons en retard',
        subject: 'IQ-4',
        computation: 'IQ-4 : 95\u00a0% pour un objectif ≥ 95\u00a0%, conforme : aucune pénalité.',
        amountCents: 0,
        waived: false,
      },
    ]);
    expect(totalCents).toBe(0);
  });

  test('94.8 against ≥ 95 is 2 steps of 0.1: 1 000,00 €', () => {
    const { lines } = compute(shortfallRule, [anIndicator(94.8, 'non conforme')]);
    expect(lines[0]?.amountCents).toBe(100_000);
    expect(lines[0]?.computation).toBe(
      `IQ-4 : 94,8\u00a0% pour un objectif ≥ 95\u00a0%, écart de 0,2 point : 2 pas de 0,1 (arrondi inférieur) × 1\u00a0% × ${formatEuros(5_000_000)} = ${formatEuros(100_000)}`,
    );
  });

  test('92.8 against ≥ 95 is floor(2.2 / 0.1) = 22 steps: 11 000,00 €', () => {
    const { lines } = compute(shortfallRule, [anIndicator(92.8, 'non conforme')]);
    expect(lines[0]?.amountCents).toBe(1_100_000);
  });

  test('94.7 against ≥ 95 is 3 steps, although 0.3 / 0.1 is 2.999… in floats', () => {
    const { lines } = compute(shortfallRule, [anIndicator(94.7, 'non conforme')]);
    expect(lines[0]?.amountCents).toBe(150_000);
  });

  test('an indicator without anything to measure is sans objet: a line of 0', () => {
    const { lines } = compute(shortfallRule, [anIndicator(null, 'sans objet')]);
    expect(lines[0]?.amountCents).toBe(0);
    expect(lines[0]?.computation).toContain('sans objet');
  });

  test('an indicator missing from the month gives a line of 0 and a note', () => {
    const { lines, notes } = compute(shortfallRule, []);
    expect(lines[0]?.amountCents).toBe(0);
    expect(notes).toEqual([expect.stringContaining("l'indicateur IQ-4 n'a pas été calculé")]);
  });

  test('a ceiling indicator (≤ 2 days) falls short above it', () => {
    const indicator = {
      ...anIndicator(5, 'non conforme', { comparator: '<=', value: 2 }),
      unit: 'jours ouvrés' as const,
    };
    const config = {
      rules: [
        {
          id: 'retard',
          label: 'Retard',
          kind: 'indicator-shortfall' as const,
          indicator: 'IQ-4',
          baseCents: 1_000_000,
          share: 0.05,
          step: 1,
        },
      ],
    };
    // 3 days × 5 % × 10 000,00 € = 1 500,00 €.
    const { lines } = compute(config, [indicator]);
    expect(lines[0]?.amountCents).toBe(150_000);
    expect(lines[0]?.computation).toContain('écart de 3 jours ouvrés');
  });
});

describe('tiers: the highest band reached applies', () => {
  test.each([
    [94.8, 0, 'under the first band (0.2 < 0.5)'],
    [94.5, 100_000, 'exactly at the first band (0.5)'],
    [93.1, 100_000, 'between the bands (1.9)'],
    [92.8, 500_000, 'in the second band (2.2)'],
  ])('%d against ≥ 95 costs %i c: %s', (value, expected) => {
    const { lines } = compute(tiersRule, [anIndicator(value, 'non conforme')]);
    expect(lines[0]?.amountCents).toBe(expected);
  });

  test('a conforme indicator reaches no band', () => {
    expect(compute(tiersRule, [anIndicator(97, 'conforme')]).totalCents).toBe(0);
  });

  test('two bands from the same shortfall are refused', () => {
    const parsed = penaltiesSchema.safeParse({
      rules: [
        {
          id: 't',
          label: 'T',
          kind: 'tiers',
          indicator: 'IQ-4',
          tiers: [
            { fromShortfall: 1, amountCents: 1 },
            { fromShortfall: 1, amountCents: 2 },
          ],
        },
      ],
    });
    expect(parsed.success).toBe(false);
  });
});

import fc from 'fast-check';
import { penaltiesSchema, type PenaltiesConfigInput } from '../contract/penalties-schema';
import type { IndicatorResult } from '../indicators/indicator-result';
import { computePenalties, type LateItem, type PenaltyInputs, type PenaltyWaiver } from '.';

/**
 * Laws of the penalty computation over random months: random late orders and clocks, an
 * indicator below or above its target, every kind of rule, random caps and exoneration.
 */

const SEED = 20260412;
const options = { seed: SEED, numRuns: 400 };

const CLOCKS = ['resolution', 'livraison', 'devis'] as const;

const itemArb = (key: string): fc.Arbitrary<LateItem> =>
  fc.record({
    key: fc.constant(key),
    label: fc.constant(`${key} — élément`),
    subject: fc.constantFrom('order' as const, 'clock' as const),
    clock: fc.option(fc.constantFrom(...CLOCKS), { nil: null }),
    valueCents: fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: null }),
    lateDays: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
    lateWorkingDays: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
    lateMinutes: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }),
    breached: fc.boolean(),
  });

const itemsArb = fc
  .integer({ min: 0, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => itemArb(`A-${String(i + 1)}`))));

const indicatorArb: fc.Arbitrary<IndicatorResult> = fc
  .integer({ min: 800, max: 1000 })
  .map((tenths) => {
    const value = tenths / 10;
    return {
      id: 'IQ-4',
      label: 'Taux',
      unit: '%',
      value,
      threshold: { comparator: '>=', value: 95 },
      verdict: value >= 95 ? 'conforme' : 'non conforme',
      numerator: null,
      denominator: null,
      contributing: [],
      apart: [],
      rule: 'mois',
    };
  });

const configArb: fc.Arbitrary<PenaltiesConfigInput> = fc.record({
  rules: fc.constant([
    { id: 'ccag', label: 'CCAG', kind: 'ccag-late', ccag: 'CCAG-TIC', subject: 'orders' },
    { id: 'pi', label: 'PI', kind: 'ccag-late', ccag: 'CCAG-PI', subject: 'clocks' },
    { id: 'jour', label: 'Jour', kind: 'per-day', amountCents: 7_777, days: 'working' },
    { id: 'heure', label: 'Heure', kind: 'per-hour', amountCents: 1_234, clocks: ['resolution'] },
    { id: 'forfait', label: 'Forfait', kind: 'per-breach', amountCents: 50_000 },
    {
      id: 'iq',
      label: 'IQ',
      kind: 'indicator-shortfall',
      indicator: 'IQ-4',
      baseCents: 5_000_000,
      share: 0.01,
      step: 0.1,
    },
    {
      id: 'tranches',
      label: 'Tranches',
      kind: 'tiers',
      indicator: 'IQ-4',
      tiers: [
        { fromShortfall: 1, amountCents: 100_000 },
        { fromShortfall: 5, amountCents: 300_000 },
      ],
    },
  ] as const satisfies PenaltiesConfigInput['rules']),
  caps: fc.record(
    {
      itemShare: fc.constantFrom(0.1, 0.05, 0.25),
      monthlyCents: fc.integer({ min: 0, max: 2_000_000 }),
      contractShare: fc.constantFrom(0.1, 0.2),
    },
    { requiredKeys: [] },
  ),
  exoneration: fc.option(
    fc.record({
      thresholdCents: fc.constantFrom(100_000, 0, 50_000),
      scope: fc.constantFrom('month' as const, 'contract' as const),
    }),
    { nil: undefined },
  ),
});

const inputsArb: fc.Arbitrary<Omit<PenaltyInputs, 'waivers'>> = fc.record({
  indicators: fc.array(indicatorArb, { maxLength: 1 }),
  lateItems: itemsArb,
  contractAmountCents: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: null }),
  previousTotalCents: fc.integer({ min: 0, max: 5_000_000 }),
});

function totalOf(config: PenaltiesConfigInput, inputs: PenaltyInputs) {
  const result = computePenalties(penaltiesSchema.parse(config), inputs);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function waiverFor(rule: string, subject: string): PenaltyWaiver {
  return {
    rule,
    subject,
    author: 'Acheteur',
    decidedAt: '2026-04-01T10:00:00+02:00',
    reason: 'Accord.',
  };
}

describe('penalty laws (seeded)', () => {
  test('the total is a whole number of cents, never negative, never above the monthly cap', () => {
    fc.assert(
      fc.property(configArb, inputsArb, (config, inputs) => {
        const { totalCents, subtotalCents, lines } = totalOf(config, { ...inputs, waivers: [] });
        expect(Number.isSafeInteger(totalCents)).toBe(true);
        expect(totalCents).toBeGreaterThanOrEqual(0);
        expect(totalCents).toBeLessThanOrEqual(subtotalCents);
        expect(lines.every((line) => line.amountCents >= 0)).toBe(true);
        if (config.caps?.monthlyCents !== undefined)
          expect(totalCents).toBeLessThanOrEqual(config.caps.monthlyCents);
      }),
      options,
    );
  });

  test('waiving a line never increases the total', () => {
    fc.assert(
      fc.property(configArb, inputsArb, fc.nat(), (config, inputs, pick) => {
        const before = totalOf(config, { ...inputs, waivers: [] });
        const line = before.lines[pick % Math.max(1, before.lines.length)];
        if (line === undefined) return;
        const after = totalOf(config, { ...inputs, waivers: [waiverFor(line.rule, line.subject)] });
        expect(after.totalCents).toBeLessThanOrEqual(before.totalCents);
        expect(after.subtotalCents).toBeLessThanOrEqual(before.subtotalCents);
        expect(after.lines).toHaveLength(before.lines.length);
      }),
      options,
    );
  });
});

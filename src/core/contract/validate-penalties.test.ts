import { compileContract } from '.';
import { CCAG_DEFAULT_RULES } from '../penalties';
import { contractPreset } from './presets';

// The ATIH preset with a penalties configuration, plus an indicator of our own so that the
// tests do not depend on the preset's indicator ids.
function atihWithPenalties(penalties: unknown) {
  const contract = contractPreset('atih-2025') as unknown as {
    versions: Record<string, unknown>[];
  };
  const [version] = contract.versions;
  if (version === undefined) throw new Error('no version');
  const indicators = (version.indicators as unknown[] | undefined) ?? [];
  version.indicators = [
    ...indicators,
    {
      id: 'IQ-PEN',
      label: 'Taux de livraisons à l’heure',
      kind: 'manual',
      unit: '%',
      threshold: { comparator: '>=', value: 95 },
    },
    {
      id: 'IQ-SUIVI',
      label: 'Suivi sans objectif',
      kind: 'manual',
      unit: 'nombre',
      threshold: null,
    },
  ];
  version.penalties = penalties;
  return contract;
}

const shortfall = (indicator: string) => ({
  id: 'taux',
  label: 'Taux sous l’objectif',
  kind: 'indicator-shortfall',
  indicator,
  baseCents: 5_000_000,
  share: 0.01,
  step: 0.1,
});

describe('penalty rules are checked against the contract', () => {
  test('a penalty on a declared indicator and the CCAG regime compile', () => {
    const ccag = CCAG_DEFAULT_RULES('CCAG-TIC');
    const compiled = compileContract(
      atihWithPenalties({ ...ccag, rules: [...ccag.rules, shortfall('IQ-PEN')] }),
    );
    if (!compiled.ok) throw new Error(compiled.message);
    expect(compiled.value.contract.versions[0]?.penalties?.rules).toHaveLength(2);
  });

  test('a contract without penalties still compiles', () => {
    const contract = atihWithPenalties(undefined);
    const [version] = contract.versions;
    if (version !== undefined) delete version.penalties;
    expect(compileContract(contract).ok).toBe(true);
  });

  test.each([
    [
      'a rule on an unknown indicator',
      { rules: [shortfall('IQ-99')] },
      'CONTRACT.UNKNOWN_INDICATOR',
      'versions[0].penalties.rules[0].indicator',
      'IQ-99',
    ],
    [
      'tiers on an indicator without a target',
      {
        rules: [
          {
            id: 'suivi',
            label: 'Suivi',
            kind: 'tiers',
            indicator: 'IQ-SUIVI',
            tiers: [{ fromShortfall: 1, amountCents: 100 }],
          },
        ],
      },
      'CONTRACT.NO_THRESHOLD',
      'versions[0].penalties.rules[0].indicator',
      'IQ-SUIVI',
    ],
    [
      'a rule on an unknown clock',
      {
        rules: [
          {
            id: 'forfait',
            label: 'Forfait',
            kind: 'per-breach',
            amountCents: 100,
            clocks: ['resolution'],
          },
        ],
      },
      'CONTRACT.UNKNOWN_CLOCK',
      'versions[0].penalties.rules[0].clocks[0]',
      'resolution',
    ],
    [
      'two rules with one id',
      { rules: [shortfall('IQ-PEN'), shortfall('IQ-PEN')] },
      'CONTRACT.DUPLICATE_RULE',
      'versions[0].penalties.rules[1].id',
      'taux',
    ],
  ])('%s is reported with its path', (_name, penalties, code, path, named) => {
    const compiled = compileContract(atihWithPenalties(penalties));
    expect(compiled).toMatchObject({ ok: false, code, issues: [{ path }] });
    if (!compiled.ok) expect(compiled.message).toContain(`« ${named} »`);
  });

  test('a late-order rule on a contract that does not follow orders is reported (CONTRACT.NO_ORDERS)', () => {
    const contract = atihWithPenalties(CCAG_DEFAULT_RULES());
    const [version] = contract.versions;
    if (version !== undefined) delete version.orders;
    const compiled = compileContract(contract);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok)
      expect(compiled.issues).toContainEqual({
        path: 'versions[0].penalties.rules[0].subject',
        message: expect.stringContaining('renseignez orders') as string,
      });
  });

  test('a penalty configuration with a float amount is refused by the schema', () => {
    const compiled = compileContract(
      atihWithPenalties({ rules: [{ ...shortfall('IQ-PEN'), baseCents: 12.5 }] }),
    );
    expect(compiled).toMatchObject({
      ok: false,
      code: 'CONTRACT.INVALID',
      issues: [{ path: 'versions[0].penalties.rules[0].baseCents' }],
    });
  });
});

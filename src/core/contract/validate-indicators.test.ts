import { compileContract } from '.';
import { contractPreset } from './presets';

/** The DEMAT'ADS preset with its indicators replaced, as a user's file would be. */
function dematWith(indicators: unknown[]) {
  const contract = contractPreset('demat-ads') as unknown as {
    versions: Record<string, unknown>[];
  };
  const [version] = contract.versions;
  if (version === undefined) throw new Error('no version');
  version.indicators = indicators;
  return contract;
}

const rate = {
  id: 'IND_X',
  label: 'Taux',
  kind: 'clock-rate',
  clock: 'gtr',
  categories: ['incident'],
  threshold: { comparator: '>=', value: 95 },
};

describe('indicators are checked against the contract with their paths', () => {
  test.each([
    [
      'an unknown clock',
      [{ ...rate, clock: 'grt' }],
      'CONTRACT.UNKNOWN_CLOCK',
      'versions[0].indicators[0].clock',
    ],
    [
      'an unknown category',
      [{ ...rate, categories: ['incidents'] }],
      'CONTRACT.UNKNOWN_CATEGORY',
      'versions[0].indicators[0].categories[0]',
    ],
    [
      'a condition on an undeclared field',
      [{ ...rate, when: { field: 'urgence', set: true } }],
      'CONTRACT.UNKNOWN_FIELD',
      'versions[0].indicators[0].when',
    ],
    [
      'a window on an undeclared calendar',
      [{ ...rate, kind: 'availability', window: 'platine' }],
      'CONTRACT.UNKNOWN_CALENDAR',
      'versions[0].indicators[0].window',
    ],
    [
      'the same id twice',
      [rate, rate],
      'CONTRACT.DUPLICATE_INDICATOR',
      'versions[0].indicators[1].id',
    ],
  ])('%s', (_name, indicators, code, path) => {
    const result = compileContract(dematWith(indicators));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.issues?.[0]?.path).toBe(path);
  });

  test('an order indicator in a contract without orders says what to add', () => {
    const contract = dematWith([
      { id: 'ID-1', label: 'Devis', kind: 'order-lateness', step: 'devis', threshold: null },
    ]);
    const [version] = contract.versions;
    if (version !== undefined) delete version.orders;
    const result = compileContract(contract);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toContain('lit les commandes : renseignez orders et catalogue');
  });
});

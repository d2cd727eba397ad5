import { catalogueSchema, type Catalogue, type CatalogueUnit } from '../../catalogue-schema';
import { arsPacaItsmCatalogue } from './ars-paca-itsm';
import { atihCatalogue } from './atih-2025';
import { dematAdsCatalogue } from './demat-ads';
import { dsiGrandEstCatalogue } from './dsi-grand-est';

function parsed(input: unknown): Catalogue {
  const result = catalogueSchema.safeParse(input);
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

const atih = parsed(atihCatalogue);
const demat = parsed(dematAdsCatalogue);
const dsi = parsed(dsiGrandEstCatalogue);
const ars = parsed(arsPacaItsmCatalogue);

const catalogues: [string, Catalogue][] = [
  ['ATIH', atih],
  ["DEMAT'ADS", demat],
  ['DSI Grand Est', dsi],
  ['ARS PACA', ars],
];

function codes(catalogue: Catalogue, where: (unit: CatalogueUnit) => boolean = () => true) {
  return catalogue.units
    .filter(where)
    .map((unit) => unit.code)
    .sort();
}

function unit(catalogue: Catalogue, code: string): CatalogueUnit {
  const found = catalogue.units.find((u) => u.code === code);
  if (found === undefined) throw new Error(`No unit ${code}`);
  return found;
}

const DSI_FAMILIES = [
  '1_DEV',
  '2_CPR',
  '3_DTC',
  '4_UXD',
  '5_ARC',
  '6_EXP',
  '7_QUF',
  '8_INT',
  '9_DIF',
  '10_DIT',
  '11_SCR',
  '12_POW',
  '13_ADD',
  '14_DTA',
];
const TEN_PERCENT_FAMILIES = ['1_DEV', '3_DTC', '4_UXD', '5_ARC', '13_ADD', '14_DTA'];

describe.each(catalogues)('the %s catalogue', (_name, catalogue) => {
  it('has no unit price anywhere: prices live in the BPU', () => {
    for (const u of catalogue.units) {
      expect(u.unitPrice).toBeUndefined();
      for (const level of u.levels ?? []) expect(level.unitPrice).toBeUndefined();
    }
  });

  it('lists each code once', () => {
    const all = codes(catalogue);
    expect(new Set(all).size).toBe(all.length);
  });

  it('caps and prerequisites only name codes of the catalogue', () => {
    const known = new Set(codes(catalogue));
    for (const cap of catalogue.caps) for (const code of cap.codes) expect(known).toContain(code);
    for (const u of catalogue.units)
      for (const code of u.prerequisites ?? []) expect(known).toContain(code);
  });

  it('cites the seed lines of every code', () => {
    for (const u of catalogue.units) expect(u.source).toMatch(/^\d{3} L\d+/);
  });

  it('gives level ids unique within a code', () => {
    for (const u of catalogue.units) {
      const ids = (u.levels ?? []).map((level) => level.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('ATIH catalogue (seed 000)', () => {
  it('has exactly the 13 orderable codes, all billed per day', () => {
    expect(codes(atih)).toEqual(
      [
        'UO-1',
        'UO-2F',
        'UO-2T',
        'UO-3D',
        'UO-3F',
        'UO-3M',
        'UO-4',
        'UO-5T',
        'UO-5A',
        'UO-6',
        'UO-7',
        'UO-8',
        'UO-9',
      ].sort(),
    );
    expect(new Set(atih.units.map((u) => u.billing))).toEqual(new Set(['jour']));
  });

  it('counts UO-3D, UO-3F, UO-3M and UO-4 as development, the IQ-3 denominator', () => {
    expect(codes(atih, (u) => u.development)).toEqual(['UO-3D', 'UO-3F', 'UO-3M', 'UO-4']);
  });

  it('groups sub-codes by UO number', () => {
    expect(codes(atih, (u) => u.family === 'UO-3')).toEqual(['UO-3D', 'UO-3F', 'UO-3M']);
    expect(codes(atih, (u) => u.family === 'UO-5')).toEqual(['UO-5A', 'UO-5T']);
  });

  it('sets no per-code correction deadline nor cap', () => {
    expect(atih.units.filter((u) => u.correction !== undefined)).toEqual([]);
    expect(atih.caps).toEqual([]);
  });
});

describe("DEMAT'ADS catalogue (seed 001)", () => {
  it('has the 23 codes, with the six monthly fixed fees listed separately', () => {
    expect(demat.units).toHaveLength(23);
    expect(codes(demat, (u) => u.code.startsWith('UO_FM'))).toEqual([
      'UO_FMA_A',
      'UO_FMA_B',
      'UO_FMA_O',
      'UO_FMP_A',
      'UO_FMP_B',
      'UO_FMP_O',
    ]);
    for (const code of codes(demat, (u) => u.code.startsWith('UO_FM')))
      expect(unit(demat, code).billing).toBe('forfait-mensuel');
  });

  it('caps UO_EXP_I6 and UO_EXP_TMA_6 together at 20 % of the total amount ordered', () => {
    expect(demat.caps).toEqual([
      expect.objectContaining({
        id: 'expertise-20-pourcent',
        codes: ['UO_EXP_I6', 'UO_EXP_TMA_6'],
        maxShare: 0.2,
      }),
    ]);
  });

  it('sizes components and expertises by complexity tier in jours ouvrés', () => {
    const tiers = (code: string) => unit(demat, code).levels?.map((l) => [l.id, l.days]);
    expect(tiers('UO_CP_I5')).toEqual([
      ['TRES_SIMPLE', 1],
      ['SIMPLE', 2],
      ['MOYEN', 3],
      ['COMPLEXE', 5],
    ]);
    for (const code of ['UO_EXP_I6', 'UO_EXP_TMA_6']) {
      expect(unit(demat, code).billing).toBe('complexite');
      expect(tiers(code)).toEqual([
        ['SIMPLE', 1],
        ['MOYEN', 5],
        ['COMPLEXE', 10],
      ]);
    }
  });

  it('groups the codes into Transverse, Infogérance and AMOE-TMA', () => {
    expect(new Set(demat.units.map((u) => u.family))).toEqual(
      new Set(['Transverse', 'Infogérance', 'AMOE-TMA']),
    );
    expect(codes(demat, (u) => u.family === 'Transverse')).toEqual(['UO_INIT_1']);
  });

  it('uses the corrected spellings of the codes', () => {
    expect(codes(demat)).toEqual(expect.arrayContaining(['UO_REP_TMA_3', 'UO_HNO_TMA_10']));
    expect(codes(demat)).not.toEqual(expect.arrayContaining(['U0_REP_TMA_3']));
  });

  it('bills HNO by the hour, only after the administration agrees', () => {
    expect(unit(demat, 'UO_HNO_TMA_10')).toMatchObject({ billing: 'heure', priorAgreement: true });
  });

  it('orders DevOps development by 20-working-day sprint', () => {
    expect(unit(demat, 'UO_DEVOPS_TMA_5')).toMatchObject({
      billing: 'sprint',
      development: true,
      deliveryWorkingDays: 20,
    });
    expect(codes(demat, (u) => u.development)).toEqual(['UO_DEVOPS_TMA_5']);
  });

  it('marks the once-only packages the CCTP names', () => {
    expect(codes(demat, (u) => u.onceOnly)).toEqual([
      'UO_INIT_1',
      'UO_PCAE_I3',
      'UO_PCAM_I4',
      'UO_REV_I2',
    ]);
  });

  it('bills the profile UOs per day at a chosen seniority', () => {
    expect(unit(demat, 'UO_CA_TMA_7').levels?.map((l) => l.id)).toEqual(['CONFIRME', 'SENIOR']);
    for (const code of ['UO_DDV_TMA_8', 'UO_UX_TMA_9']) {
      expect(unit(demat, code).billing).toBe('jour');
      expect(unit(demat, code).levels?.map((l) => l.id)).toEqual(['JUNIOR', 'CONFIRME', 'SENIOR']);
    }
  });
});

describe('DSI Grand Est catalogue (seed 003)', () => {
  it('has 42 codes in 14 families, all billed per day', () => {
    expect(dsi.units).toHaveLength(42);
    expect([...new Set(dsi.units.map((u) => u.family))]).toEqual(DSI_FAMILIES);
    expect(new Set(dsi.units.map((u) => u.billing))).toEqual(new Set(['jour']));
  });

  it('carries the expertise level in separate codes, never as levels', () => {
    for (const family of DSI_FAMILIES.filter((f) => f !== '6_EXP')) {
      const members = dsi.units.filter((u) => u.family === family);
      expect(members.map((u) => [u.code, u.expertise])).toEqual([
        [`${family}_SIMPLE`, 'SIMPLE'],
        [`${family}_MOYEN`, 'MOYEN'],
        [`${family}_AVANCE`, 'AVANCE'],
      ]);
    }
    expect(dsi.units.filter((u) => u.levels !== undefined)).toEqual([]);
  });

  it('gives 6_EXP three duration bands', () => {
    expect(unit(dsi, '6_EXP_1J').durationBand).toEqual({ maxDays: 4.5 });
    expect(unit(dsi, '6_EXP_5J').durationBand).toEqual({ minDays: 5, maxDays: 9.5 });
    expect(unit(dsi, '6_EXP_10J').durationBand).toEqual({ minDays: 10 });
  });

  it('matches exactly one 6_EXP band to every half-day duration', () => {
    const bands = dsi.units.filter((u) => u.durationBand !== undefined);
    const matching = (days: number) =>
      bands
        .filter(({ durationBand: band }) => {
          if (band === undefined) return false;
          return (band.minDays ?? 0) <= days && days <= (band.maxDays ?? Infinity);
        })
        .map((u) => u.code);
    for (let days = 0.5; days <= 30; days += 0.5) expect(matching(days)).toHaveLength(1);
    expect(matching(4.5)).toEqual(['6_EXP_1J']);
    expect(matching(5)).toEqual(['6_EXP_5J']);
    expect(matching(9.5)).toEqual(['6_EXP_5J']);
    expect(matching(10)).toEqual(['6_EXP_10J']);
  });

  it('applies the 10 % of development days rule to exactly six families, their development', () => {
    const tenPercent = dsi.units.filter(
      (u) => u.correction !== undefined && 'shareOfDevelopmentDays' in u.correction,
    );
    expect([...new Set(tenPercent.map((u) => u.family))]).toEqual(TEN_PERCENT_FAMILIES);
    for (const u of tenPercent)
      expect(u.correction).toEqual({ shareOfDevelopmentDays: 0.1, rounding: 'up', minimum: 1 });
    expect(codes(dsi, (u) => u.development)).toEqual(codes(dsi, (u) => tenPercent.includes(u)));
  });

  it('gives every code the correction deadline of its family', () => {
    const ruleOf = (family: string) => {
      const rules = dsi.units.filter((u) => u.family === family).map((u) => u.correction);
      expect(new Set(rules.map((r) => JSON.stringify(r))).size).toBe(1);
      return rules[0];
    };
    for (const family of ['2_CPR', '6_EXP', '7_QUF', '9_DIF', '10_DIT'])
      expect(ruleOf(family)).toEqual({ workingDays: 10 });
    expect(ruleOf('8_INT')).toEqual({ none: true });
    expect(ruleOf('11_SCR')).toEqual({ sprint: 'next' });
    expect(ruleOf('12_POW')).toEqual({ sprint: 'next' });
  });

  it('sets no cap', () => {
    expect(dsi.caps).toEqual([]);
  });
});

describe('ARS PACA catalogue (seed 004)', () => {
  it('has the three P1 packages and the four P2 day units', () => {
    expect(codes(ars, (u) => u.family === 'P1' && u.billing === 'forfait')).toEqual([
      'CAD',
      'MAJSER',
      'SERLOG',
    ]);
    expect(codes(ars, (u) => u.family === 'P2' && u.billing === 'jour')).toEqual([
      'ESPEC',
      'INSPT',
      'MAINT',
      'TCOMP',
    ]);
    expect(ars.units).toHaveLength(7);
  });

  it('orders P2 units only after the cadrage', () => {
    for (const code of codes(ars, (u) => u.family === 'P2'))
      expect(unit(ars, code).prerequisites).toContain('CAD');
  });
});

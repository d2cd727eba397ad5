import { z } from 'zod';
import type { Condition } from '../../condition';
import { contractSchema, type ContractInput, type ContractVersion } from '../../contract-schema';
import { indicatorSchema, type IndicatorDefinition } from '../../indicators-schema';
import { arsPacaItsm } from '../ars-paca-itsm';
import { atih2025 } from '../atih-2025';
import { dematAds } from '../demat-ads';
import { dsiGrandEst } from '../dsi-grand-est';
import { arsPacaItsmIndicators } from './ars-paca-itsm';
import { atihIndicators } from './atih-2025';
import { dematAdsIndicators } from './demat-ads';
import { dsiGrandEstIndicators } from './dsi-grand-est';

type Threshold = IndicatorDefinition['threshold'];

const cases: readonly {
  name: string;
  preset: ContractInput;
  indicators: readonly unknown[];
  thresholds: Readonly<Record<string, Threshold>>;
}[] = [
  {
    name: 'atih-2025',
    preset: atih2025,
    indicators: atihIndicators,
    thresholds: {
      'IQ-1': { comparator: '=', value: 1 },
      'IQ-2': { comparator: '<=', value: 2 },
      'IQ-3': { comparator: '<=', value: 7 },
      'IQ-4': { comparator: '>=', value: 95 },
      'ID-1': { comparator: '=', value: 0 },
      'ID-2': { comparator: '=', value: 0 },
      'ID-3': { comparator: '<=', value: 2 },
      'ID-4': { comparator: '<=', value: 5 },
    },
  },
  {
    name: 'demat-ads',
    preset: dematAds,
    indicators: dematAdsIndicators,
    thresholds: {
      IND_GOUV01: { comparator: '=', value: 100 },
      IND_GOUV02: { comparator: '=', value: 100 },
      IND_GOUV03: { comparator: '=', value: 100 },
      IND_INC01: { comparator: '>=', value: 95 },
      IND_INC02: { comparator: '>=', value: 90 },
      IND_INC03: { comparator: '>=', value: 85 },
      IND_DISP01: { comparator: '>=', value: 99.8 },
      IND_DISP02: { comparator: '>=', value: 99.5 },
      IND_DISP03: { comparator: '>=', value: 99 },
      IND_SUP01: null,
      IND_SUP02: null,
      IND_SUP03: null,
    },
  },
  { name: 'dsi-grand-est', preset: dsiGrandEst, indicators: dsiGrandEstIndicators, thresholds: {} },
  { name: 'ars-paca-itsm', preset: arsPacaItsm, indicators: arsPacaItsmIndicators, thresholds: {} },
];

function parsedIndicators(list: readonly unknown[]): IndicatorDefinition[] {
  return z.array(indicatorSchema).parse(list);
}

function versionsOf(preset: ContractInput): ContractVersion[] {
  return contractSchema.parse(preset).versions;
}

/** Every field, value and status name a condition mentions that the version does not declare. */
function undeclaredInCondition(condition: Condition, version: ContractVersion): string[] {
  if ('all' in condition) return condition.all.flatMap((c) => undeclaredInCondition(c, version));
  if ('any' in condition) return condition.any.flatMap((c) => undeclaredInCondition(c, version));
  if ('not' in condition) return undeclaredInCondition(condition.not, version);
  if ('status' in condition)
    return condition.status
      .filter((s) => !Object.hasOwn(version.statuses, s))
      .map((s) => `status ${s}`);
  if (!('field' in condition)) return []; // always, role (roles are checked by the schema)
  const field = version.fields[condition.field];
  if (field === undefined) return [`field ${condition.field}`];
  if (!('equals' in condition)) return [];
  const values = field.values ?? [];
  return condition.equals
    .filter((value) => !values.includes(value))
    .map((value) => `${condition.field}=${value}`);
}

/** Every clock, category, calendar, field or value an indicator needs that the version lacks. */
function undeclaredReferences(indicator: IndicatorDefinition, version: ContractVersion): string[] {
  const problems: string[] = [];
  const categories = new Set(version.categories.map((c) => c.id));
  if ('categories' in indicator)
    for (const id of indicator.categories) if (!categories.has(id)) problems.push(`category ${id}`);
  if ('clock' in indicator) {
    const clock = version.clocks.find((c) => c.id === indicator.clock);
    if (clock === undefined) problems.push(`clock ${indicator.clock}`);
    else
      for (const id of indicator.categories)
        if (!clock.categories.includes(id)) problems.push(`clock ${clock.id} without ${id}`);
  }
  if ('window' in indicator && indicator.window !== '24/7')
    if (!Object.hasOwn(version.calendars, indicator.window))
      problems.push(`calendar ${indicator.window}`);
  if ('when' in indicator && indicator.when !== undefined)
    problems.push(...undeclaredInCondition(indicator.when, version));
  const orders = version.orders;
  if (indicator.kind === 'order-lateness') {
    if (orders === undefined) problems.push('orders');
    else if (indicator.step === 'devis') {
      const clock = orders.deadlines.devis;
      if (clock === undefined || !version.clocks.some((c) => c.id === clock))
        problems.push('devis deadline clock');
    } else {
      if (orders.steps.livraison === undefined) problems.push('livraison step');
      const planned = orders.plannedDeliveryField;
      if (planned === undefined || version.fields[planned]?.kind !== 'date')
        problems.push('planned delivery date field');
    }
  }
  if (indicator.kind === 'deliveries-before-validation') {
    if (orders?.steps.livraison === undefined) problems.push('livraison step');
    if (orders?.steps.admission === undefined) problems.push('admission step');
  }
  if (indicator.kind === 'anomalies-per-unit' && version.catalogue === undefined)
    problems.push('catalogue');
  return problems;
}

describe.each(cases)('$name indicators', ({ preset, indicators, thresholds }) => {
  const parsed = parsedIndicators(indicators);

  it('parse with indicatorSchema and have unique ids', () => {
    const ids = parsed.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reference only what the preset declares', () => {
    for (const version of versionsOf(preset))
      for (const indicator of parsed)
        expect([indicator.id, undeclaredReferences(indicator, version)]).toEqual([
          indicator.id,
          [],
        ]);
  });

  it('are exactly the expected ones, with the contract thresholds', () => {
    expect(parsed).toHaveLength(Object.keys(thresholds).length);
    expect(Object.fromEntries(parsed.map((i) => [i.id, i.threshold]))).toEqual(thresholds);
  });

  it('each carry a source with line references and a label', () => {
    for (const indicator of parsed) {
      expect(indicator.source).toMatch(/^00\d L\d+/);
      expect(indicator.label.length).toBeGreaterThan(0);
    }
  });
});

describe('indicator counts per preset', () => {
  it.each([
    ['atih-2025', 8, atihIndicators],
    ['demat-ads', 12, dematAdsIndicators],
    ['dsi-grand-est', 0, dsiGrandEstIndicators],
    ['ars-paca-itsm', 0, arsPacaItsmIndicators],
  ] as const)('%s: %i', (_name, count, list) => {
    expect(list).toHaveLength(count);
  });
});

describe('ATIH indicators', () => {
  const byId = new Map(parsedIndicators(atihIndicators).map((i) => [i.id, i]));

  it('map IQ and ID to the agreed kinds', () => {
    expect([...byId.values()].map((i) => [i.id, i.kind])).toEqual([
      ['IQ-1', 'deliveries-before-validation'],
      ['IQ-2', 'deliveries-before-validation'],
      ['IQ-3', 'anomalies-per-unit'],
      ['IQ-4', 'manual'],
      ['ID-1', 'order-lateness'],
      ['ID-2', 'manual'],
      ['ID-3', 'order-lateness'],
      ['ID-4', 'order-lateness'],
    ]);
    expect(byId.get('ID-1')).toMatchObject({ step: 'devis' });
    expect(byId.get('ID-3')).toMatchObject({ step: 'livraison' });
    expect(byId.get('ID-4')).toMatchObject({ step: 'livraison' });
    expect(byId.get('IQ-4')).toMatchObject({ unit: '%' });
    expect(byId.get('ID-2')).toMatchObject({ unit: 'nombre' });
  });

  it('IQ-3 counts the blocking anomalies', () => {
    expect(byId.get('IQ-3')).toMatchObject({
      categories: ['anomaly'],
      when: { field: 'severity', equals: ['Bloquante'] },
    });
  });
});

describe("DEMAT'ADS indicators", () => {
  const [version] = versionsOf(dematAds);
  const byId = new Map(parsedIndicators(dematAdsIndicators).map((i) => [i.id, i]));
  const gtr = version?.clocks.find((c) => c.id === 'gtr');
  const levels = [
    ['01', 'OR', 2],
    ['02', 'ARGENT', 4],
    ['03', 'BRONZE', 8],
  ] as const;

  it.each(levels)('IND_INC%s: critical %s incidents, GTR of %i h', (n, level, hours) => {
    const when = {
      all: [
        { field: 'severity', equals: ['Bloquante'] },
        { field: 'service-level', equals: [level] },
      ],
    };
    expect(byId.get(`IND_INC${n}`)).toMatchObject({
      kind: 'clock-rate',
      clock: 'gtr',
      categories: ['incident'],
      when,
    });
    // The hours in the label are the preset's GTR bloquant for the level.
    const goal = gtr?.goals.find(
      (g) =>
        JSON.stringify(g.when) ===
        JSON.stringify({
          all: [
            { field: 'service-level', equals: [level] },
            { field: 'severity', equals: ['Bloquante'] },
          ],
        }),
    );
    expect(goal?.target).toEqual({ hours });
    expect(byId.get(`IND_INC${n}`)?.label).toContain(`(${hours}H)`);
  });

  it.each(levels)('IND_DISP%s: %s incidents over the level calendar', (n, level) => {
    const map = gtr !== undefined && typeof gtr.calendar !== 'string' ? gtr.calendar.map : {};
    expect(byId.get(`IND_DISP${n}`)).toMatchObject({
      kind: 'availability',
      clock: 'gtr',
      categories: ['incident'],
      when: { field: 'service-level', equals: [level] },
      window: map[level],
    });
  });

  it.each([
    ['01', 'Bloquante'],
    ['02', 'Majeure'],
    ['03', 'Mineure'],
  ])('IND_SUP%s: %s incidents opened', (n, severity) => {
    expect(byId.get(`IND_SUP${n}`)).toMatchObject({
      kind: 'count',
      count: 'opened',
      categories: ['incident'],
      when: { field: 'severity', equals: [severity] },
    });
  });

  it('IND_GOUV01–03 are entered by hand, in %', () => {
    for (const id of ['IND_GOUV01', 'IND_GOUV02', 'IND_GOUV03'])
      expect(byId.get(id)).toMatchObject({ kind: 'manual', unit: '%' });
  });
});

describe('the reference check', () => {
  it('reports what a preset does not declare', () => {
    const [version] = versionsOf(dematAds);
    if (version === undefined) throw new Error('no version');
    const [wrong, lateDevis] = parsedIndicators([
      {
        id: 'X',
        label: 'X',
        kind: 'availability',
        clock: 'correction',
        categories: ['anomaly', 'ticket'],
        when: {
          all: [
            { field: 'severity', equals: ['Critique'] },
            { not: { field: 'priority', set: true } },
            { status: ['Inconnu'] },
          ],
        },
        window: 'platine',
        threshold: null,
      },
      { id: 'Y', label: 'Y', kind: 'order-lateness', step: 'devis', threshold: null },
    ]);
    if (wrong === undefined || lateDevis === undefined) throw new Error('not parsed');
    expect(undeclaredReferences(wrong, version)).toEqual([
      'category ticket',
      'clock correction',
      'calendar platine',
      'severity=Critique',
      'field priority',
      'status Inconnu',
    ]);
    // DEMAT'ADS follows orders but sets no devis deadline clock.
    expect(undeclaredReferences(lateDevis, version)).toEqual(['devis deadline clock']);
  });
});

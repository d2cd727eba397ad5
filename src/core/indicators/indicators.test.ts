import { at } from '../../../test/support/calendars';
import { anIssue } from '../../../test/support/issue-history';
import { anOrderIssue, compiledPreset, lines } from '../../../test/support/orders';
import type { IssueHistory } from '../clocks';
import { evaluateOrders } from '../orders';
import { businessMinutes } from '../time';
import { evaluateIndicators, monthPeriod, type IndicatorResult, type ManualValues } from '.';

const demat = compiledPreset('demat-ads');
const atih = compiledPreset('atih-2025');

function indicatorsOf(
  contract: typeof demat,
  issues: readonly IssueHistory[],
  month: string,
  manual: ManualValues = {},
): Map<string, IndicatorResult> {
  const compiled = contract.versions.at(-1);
  if (compiled === undefined) throw new Error('no version');
  const calendar = compiled.calendars.values().next().value;
  if (calendar === undefined) throw new Error('no calendar');
  const period = monthPeriod(month, calendar);
  const orders = evaluateOrders(contract, issues, period.to);
  const results = evaluateIndicators(
    contract,
    compiled,
    issues,
    orders.ok ? orders.value.orders : [],
    period,
    manual,
  );
  return new Map(results.map((r) => [r.id, r]));
}

/** An OR blocking incident of 2 March 2026 started at `start`, resolved `minutes` later. */
const orIncident = (n: number, start: string, minutes: number | null, severity = 'Bloquante') =>
  anIssue(
    `INC-${String(n)}`,
    'Incident',
    start,
    {
      status: 'En cours',
      customfield_10001: severity,
      customfield_10004: 'OR',
    },
    minutes === null
      ? []
      : [{ at: new Date(at(start) + minutes * 60_000).toISOString(), set: { status: 'Résolu' } }],
  );

/** Twenty OR blocking incidents on working mornings of March 2026, one per day. */
function twenty(late: number): IssueHistory[] {
  return Array.from({ length: 20 }, (_, i) => {
    const day = String(2 + i).padStart(2, '0');
    return orIncident(i + 1, `2026-03-${day}T08:00:00+01:00`, i < late ? 180 : 60);
  });
}

describe('rates of clocks met (IND_INC01: ≥ 95 %)', () => {
  test('19 met of 20 is exactly 95 %: conforme', () => {
    const inc = indicatorsOf(demat, twenty(1), '2026-03').get('IND_INC01');
    expect(inc).toMatchObject({ value: 95, numerator: 19, denominator: 20, verdict: 'conforme' });
    expect(inc?.contributing).toHaveLength(20);
  });

  test('18 met of 20 is 90 %: non conforme', () => {
    expect(indicatorsOf(demat, twenty(2), '2026-03').get('IND_INC01')).toMatchObject({
      value: 90,
      verdict: 'non conforme',
    });
  });

  test('an open incident already over its target is listed apart, not counted', () => {
    const open = orIncident(99, '2026-03-30T08:00:00+02:00', null);
    const inc = indicatorsOf(demat, [...twenty(0), open], '2026-03').get('IND_INC01');
    expect(inc).toMatchObject({ value: 100, denominator: 20, apart: ['INC-99'] });
  });

  test('no incident of the level: sans objet, never 100 % or NaN', () => {
    expect(indicatorsOf(demat, twenty(0), '2026-03').get('IND_INC02')).toMatchObject({
      value: null,
      numerator: 0,
      denominator: 0,
      verdict: 'sans objet',
    });
  });

  test('incidents resolved in another month are not counted in this one', () => {
    expect(indicatorsOf(demat, twenty(1), '2026-04').get('IND_INC01')).toMatchObject({
      denominator: 0,
      verdict: 'sans objet',
    });
  });
});

describe('availability (IND_DISP01: ≥ 99.8 % of OR service hours)', () => {
  const window = (() => {
    const or = demat.versions[0]?.calendars.get('or');
    if (or === undefined) throw new Error('no OR calendar');
    return businessMinutes(or, at('2026-03-01T00:00:00+01:00'), at('2026-04-01T00:00:00+02:00'));
  })();

  test('overlapping incidents count once', () => {
    const first = orIncident(1, '2026-03-10T10:00:00+01:00', 120, 'Majeure');
    const second = orIncident(2, '2026-03-10T11:00:00+01:00', 120, 'Mineure');
    const disp = indicatorsOf(demat, [first, second], '2026-03').get('IND_DISP01');
    expect(disp).toMatchObject({ numerator: window - 180, denominator: window });
    expect(disp?.value).toBe(Math.round(((window - 180) * 10_000) / window) / 100);
    expect(disp?.contributing).toEqual(['INC-1', 'INC-2']);
  });

  test('a month without incident is fully available', () => {
    expect(indicatorsOf(demat, [], '2026-03').get('IND_DISP01')).toMatchObject({
      value: 100,
      verdict: 'conforme',
    });
  });

  test('downtime of more than 0.2 % of the window breaks the target', () => {
    const long = orIncident(3, '2026-03-10T08:00:00+01:00', 12 * 60);
    expect(indicatorsOf(demat, [long], '2026-03').get('IND_DISP01')?.verdict).toBe('non conforme');
  });
});

describe('counts, manual figures and order indicators', () => {
  test('critical incidents opened in the month are counted, with no target', () => {
    const issues = [
      ...twenty(0),
      orIncident(50, '2026-02-27T10:00:00+01:00', 30),
      orIncident(51, '2026-03-05T10:00:00+01:00', 30, 'Mineure'),
    ];
    const month = indicatorsOf(demat, issues, '2026-03');
    expect(month.get('IND_SUP01')).toMatchObject({
      value: 20,
      verdict: 'sans objet',
      threshold: null,
    });
    expect(month.get('IND_SUP03')).toMatchObject({ value: 1, contributing: ['INC-51'] });
  });

  test('a figure Jira cannot know is sans objet until it is entered', () => {
    expect(indicatorsOf(demat, [], '2026-03').get('IND_GOUV01')?.verdict).toBe('sans objet');
    expect(indicatorsOf(demat, [], '2026-03', { IND_GOUV01: 100 }).get('IND_GOUV01')?.verdict).toBe(
      'conforme',
    );
    expect(indicatorsOf(demat, [], '2026-03', { IND_GOUV01: 99 }).get('IND_GOUV01')?.verdict).toBe(
      'non conforme',
    );
  });

  const ordered = (key: string, created: string, sent: string, days: number) =>
    anOrderIssue(
      key,
      'Commande',
      created,
      { Statut: 'Besoin exprimé', 'Lignes UO': lines({ code: 'UO-4', quantity: days }) },
      [
        { at: sent, set: { Statut: 'Devis transmis' } },
        { at: '2026-03-20T10:00:00+01:00', set: { Statut: 'BC reçu' } },
      ],
    );

  test('a devis one working day late breaks ID-1 (= 0)', () => {
    const late = ordered('CMD-1', '2026-03-02T10:00:00+01:00', '2026-03-10T10:00:00+01:00', 10);
    expect(indicatorsOf(atih, [late], '2026-03').get('ID-1')).toMatchObject({
      value: 1,
      verdict: 'non conforme',
      contributing: ['CMD-1'],
    });
  });

  test('blocking anomalies per 100 development days ordered: 1 for 20 days is 5 %, within 7 %', () => {
    const order = ordered('CMD-1', '2026-03-02T10:00:00+01:00', '2026-03-06T10:00:00+01:00', 20);
    const anomaly = anIssue('ANO-1', 'Anomalie', '2026-03-25T10:00:00+01:00', {
      status: 'À faire',
      customfield_10001: 'Bloquante',
    });
    expect(indicatorsOf(atih, [order, anomaly], '2026-03').get('IQ-3')).toMatchObject({
      value: 5,
      numerator: 1,
      denominator: 20,
      verdict: 'conforme',
    });
  });
});

import { anOrderIssue, compiledPreset, lines, ordersOf } from '../../../test/support/orders';
import { lineAmount } from './money';

const demat = compiledPreset('demat-ads');
const atih = compiledPreset('atih-2025');
const AT = '2026-06-30T18:00:00+02:00';

const quote = (key: string, day: string, code: string, ordered: boolean) =>
  anOrderIssue(
    key,
    'Commande',
    `2026-05-${day}T09:00:00+02:00`,
    { Statut: 'Besoin exprimé', 'Lignes UO': lines({ code, quantity: 1 }) },
    [
      { at: `2026-05-${day}T11:00:00+02:00`, set: { Statut: 'Devis transmis' } },
      ...(ordered ? [{ at: `2026-05-${day}T15:00:00+02:00`, set: { Statut: 'BC reçu' } }] : []),
    ],
  );

describe('rules across orders count bons de commande only', () => {
  test('a devis never ordered does not use up a once-only code', () => {
    const orders = ordersOf(
      demat,
      [quote('D-1', '04', 'UO_INIT_1', false), quote('D-2', '06', 'UO_INIT_1', true)],
      AT,
    ).orders;
    expect(orders.flatMap((o) => o.problems.map((p) => p.code))).toEqual([]);
  });

  test('a devis never ordered does not satisfy a prerequisite', () => {
    const orders = ordersOf(
      demat,
      [quote('D-1', '04', 'UO_INIT_1', false), quote('D-2', '06', 'UO_PC_I1', true)],
      AT,
    ).orders;
    expect(orders.find((o) => o.key === 'D-2')?.problems.map((p) => p.code)).toEqual([
      'ORDER.PREREQUISITE',
    ]);
  });
});

describe('exact figures', () => {
  test('0,7 unit at 0,45 € is 0,32 € (half a cent rounds away from zero)', () => {
    expect(lineAmount(0.7, 45)).toBe(32);
    expect(lineAmount(0.5, 101)).toBe(51);
  });

  test('ten charges of 0,1 j consume exactly 1 j and exhaust the envelope', () => {
    const credit = anOrderIssue(
      'BC-1',
      'Commande',
      '2026-05-04T09:00:00+02:00',
      { Statut: 'Besoin exprimé', 'Lignes UO': lines({ code: 'UO-9', quantity: 1 }) },
      [
        { at: '2026-05-05T10:00:00+02:00', set: { Statut: 'Devis transmis' } },
        { at: '2026-05-06T10:00:00+02:00', set: { Statut: 'BC reçu' } },
      ],
    );
    const tickets = Array.from({ length: 10 }, (_, i) =>
      anOrderIssue(`M-${String(i)}`, 'Maintenance UO-9', '2026-05-10T10:00:00+02:00', {
        Statut: 'À faire',
        'Charge estimée': '0,1',
        'Charge validée': '0,1',
      }),
    );
    expect(ordersOf(atih, [credit, ...tickets], AT).envelope).toMatchObject({
      consumedDays: 1,
      balanceDays: 0,
      alert: 'épuisée',
    });
  });
});

describe('planned delivery dates', () => {
  const planned = (value: string) =>
    anOrderIssue(
      'CMD-1',
      'Commande',
      '2026-03-02T10:00:00+01:00',
      { Statut: 'Besoin exprimé', 'Date de livraison prévue': value },
      [{ at: '2026-03-31T10:00:00+02:00', set: { Statut: 'Livré' } }],
    );

  test('a datetime without offset is read in the contract’s zone', () => {
    expect(
      ordersOf(atih, [planned('2026-03-31T00:30:00')], AT).orders[0]?.delivery?.plannedDate,
    ).toBe('2026-03-31');
  });

  test('an unreadable date is reported on the order', () => {
    expect(
      ordersOf(atih, [planned('31/03/2026')], AT).orders[0]?.problems.map((p) => p.code),
    ).toEqual(['ORDER.BAD_DATE']);
  });
});

describe('payments', () => {
  test('an amount paid without its date is reported and not counted as paid', () => {
    const invoiced = anOrderIssue('CMD-2', 'Commande', '2026-03-02T10:00:00+01:00', {
      Statut: 'Besoin exprimé',
      Factures: JSON.stringify({
        invoices: [{ number: 'F-1', date: '2026-03-20', amount: 10_000, paidAmount: 10_000 }],
      }),
    });
    const order = ordersOf(atih, [invoiced], AT).orders[0];
    expect(order?.paid).toBe(0);
    expect(order?.problems.map((p) => p.code)).toEqual(['ORDER.PAYMENT_WITHOUT_DATE']);
  });
});

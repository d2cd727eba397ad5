import {
  anOrderIssue,
  compiledPreset,
  lines,
  ordersOf,
  type OrderStep,
} from '../../../test/support/orders';
import type { IsoDate } from '../time';

const atih = compiledPreset('atih-2025');

const order = (
  key: string,
  project: string,
  created: string,
  amount: number,
  steps: OrderStep[],
  extra: Record<string, string> = {},
) =>
  anOrderIssue(
    key,
    'Commande',
    created,
    {
      Statut: 'Besoin exprimé',
      Projet: project,
      'Lignes UO': lines({ code: 'UO-4', quantity: 1, unitPrice: amount }),
      ...extra,
    },
    steps,
  );

const s = (date: string, status: string): OrderStep => ({
  at: `${date}T10:00:00+01:00`,
  set: { Statut: status },
});

/** Ordered in December 2025, invoiced in January and paid in February 2026. */
const previousYear = order(
  'CMD-1',
  'PMSI',
  '2025-12-08T10:00:00+01:00',
  500_000,
  [s('2025-12-10', 'Devis transmis'), s('2025-12-15', 'BC reçu')],
  {
    Factures: JSON.stringify({
      invoices: [
        { number: 'F-2026-001', date: '2026-01-20', amount: 500_000, paidOn: '2026-02-10' },
      ],
    }),
  },
);
/** Delivered two working days after the planned 2 March, refused on 10 March. */
const lateDelivery = order(
  'CMD-2',
  'PMSI',
  '2026-02-02T10:00:00+01:00',
  300_000,
  [
    s('2026-02-05', 'Devis transmis'),
    s('2026-02-10', 'BC reçu'),
    s('2026-02-11', 'En cours'),
    s('2026-03-04', 'Livré'),
    s('2026-03-05', 'En vérification'),
    s('2026-03-10', 'En cours'),
    s('2026-03-12', 'Livré'),
  ],
  { 'Date de livraison prévue': '2026-03-02' },
);
/** Devis due on 9 March, sent on 12 March. */
const lateQuote = order('CMD-3', 'SNDS', '2026-03-02T10:00:00+01:00', 200_000, [
  s('2026-03-12', 'Devis transmis'),
  s('2026-03-16', 'BC reçu'),
]);
/** Delivered 5 January, refused, admitted 20 March: 9 working days after the 45-day period. */
const lateValidation = order('CMD-4', 'DREES', '2025-11-03T10:00:00+01:00', 100_000, [
  s('2025-11-05', 'Devis transmis'),
  s('2025-11-10', 'BC reçu'),
  s('2025-11-12', 'En cours'),
  s('2026-01-05', 'Livré'),
  s('2026-01-06', 'En vérification'),
  s('2026-01-20', 'En cours'),
  s('2026-01-26', 'Livré'),
  s('2026-01-27', 'En vérification'),
  s('2026-03-20', 'Validé'),
]);

const dashboard = ordersOf(
  atih,
  [previousYear, lateDelivery, lateQuote, lateValidation],
  '2026-03-31T18:00:00+02:00',
  { lastComite: '2026-02-27' as IsoDate },
).dashboard;

describe('the comité dashboard (000 L955–1010)', () => {
  test('the fiscal year counts what happened in it, not before', () => {
    expect(dashboard.fiscalYear).toMatchObject({
      label: 'Exercice 2026',
      from: '2026-01-01',
      to: '2026-03-31',
      quotes: { count: 2, amount: 500_000, unpriced: 0 },
      orders: { count: 2, amount: 500_000, unpriced: 0 },
      invoices: { count: 1, amount: 500_000, unpriced: 0 },
      paid: 500_000,
      quotesLate: 1,
      deliveriesLate: 1,
      deliveriesRefused: 2,
    });
  });

  test('the top projects rank the fiscal year’s bons de commande by number and by amount', () => {
    expect(dashboard.fiscalYear.topProjectsByOrders).toEqual([
      { project: 'PMSI', count: 1 },
      { project: 'SNDS', count: 1 },
    ]);
    expect(dashboard.fiscalYear.topProjectsByAmount).toEqual([
      { project: 'PMSI', amount: 300_000 },
      { project: 'SNDS', amount: 200_000 },
    ]);
  });

  test('since the last comité lists only what came after its day', () => {
    const since = dashboard.sinceLastComite;
    expect([since.from, since.to]).toEqual(['2026-02-28', '2026-03-31']);
    expect(since.quotes.map((i) => i.key)).toEqual(['CMD-3']);
    expect(since.orders.map((i) => i.key)).toEqual(['CMD-3']);
    expect(since.invoices).toEqual([]);
    expect(since.quotesLate).toEqual([
      {
        key: 'CMD-3',
        date: '2026-03-12',
        amount: 200_000,
        detail: '3 j ouvré(s) de retard, échéance 2026-03-09',
      },
    ]);
    expect(since.deliveriesLate.map((i) => [i.key, i.detail])).toEqual([
      ['CMD-2', 'prévue le 2026-03-02, 2 j ouvré(s) de retard'],
    ]);
    expect(since.deliveriesRefused.map((i) => [i.key, i.date])).toEqual([['CMD-2', '2026-03-10']]);
  });

  test('a validation late after a refusal is the titulaire’s, listed at the admission', () => {
    expect(dashboard.sinceLastComite.validationsLate).toEqual([
      {
        key: 'CMD-4',
        date: '2026-03-20',
        amount: null,
        detail: 'attendue au plus tard le 2026-03-09, 9 j ouvré(s) de retard après refus',
      },
    ]);
  });

  test('the rules of each period are stated with the figures', () => {
    expect(dashboard.rules[0]).toBe(
      'Exercice : du 2026-01-01 au 2026-12-31, compté jusqu’au 2026-03-31.',
    );
  });
});

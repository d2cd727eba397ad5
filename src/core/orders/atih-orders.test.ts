import { at } from '../../../test/support/calendars';
import {
  anOrderIssue,
  compiledPreset,
  lines,
  ordersOf,
  type OrderStep,
} from '../../../test/support/orders';
import { evaluateIssue, isClockError } from '../clocks';
import { compileContract, type CompiledContract } from '../contract';
import { contractPreset } from '../contract/presets';
import type { OrderOutcome } from '.';

// ATIH calendar: Monday to Friday 09:00–18:00, French holidays (11 November 2026 is a Wednesday).
const atih = compiledPreset('atih-2025');
const EVALUATED = '2026-11-30T12:00:00+01:00';

/** The ATIH preset with its first version changed by `patch`. */
function compiledWith(patch: (version: Record<string, unknown>) => void): CompiledContract {
  const input = contractPreset('atih-2025') as unknown as { versions: Record<string, unknown>[] };
  const [version] = input.versions;
  if (version === undefined) throw new Error('no version');
  patch(version);
  const compiled = compileContract(input);
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.value;
}

const order = (key: string, initial: Record<string, string>, steps: OrderStep[]) =>
  anOrderIssue(
    key,
    'Commande',
    '2026-11-02T10:00:00+01:00',
    { Statut: 'Besoin exprimé', ...initial },
    steps,
  );

function only(key: string, issues = [standard, urgent]): OrderOutcome {
  const found = ordersOf(atih, issues, EVALUATED).orders.find((o) => o.key === key);
  if (found === undefined) throw new Error(`no order ${key}`);
  return found;
}

const step = (o: OrderOutcome, id: string) => o.steps.find((s) => s.step === id);

/** T0 Monday 2 Nov; devis Monday 9 (T0 + 5 jo); BC Thursday 12 (T1); left alone until Wednesday 18. */
const standard = order('CMD-1', { 'Lignes UO': lines({ code: 'UO-4', quantity: 3 }) }, [
  { at: '2026-11-09T17:00:00+01:00', set: { Statut: 'Devis transmis' } },
  { at: '2026-11-12T10:00:00+01:00', set: { Statut: 'BC reçu' } },
  { at: '2026-11-18T09:30:00+01:00', set: { Statut: 'En cours' } },
]);

/** Urgent: devis Thursday 5 (due Wednesday 4); BC Friday 6, accepted Monday 9, started Tuesday 10. */
const urgent = order(
  'CMD-2',
  { Urgent: 'Oui', 'Lignes UO': lines({ code: 'UO-2F', quantity: 2 }) },
  [
    { at: '2026-11-05T09:00:00+01:00', set: { Statut: 'Devis transmis' } },
    { at: '2026-11-06T15:00:00+01:00', set: { Statut: 'BC reçu' } },
    { at: '2026-11-09T10:00:00+01:00', set: { Statut: 'BC accepté' } },
    { at: '2026-11-10T10:00:00+01:00', set: { Statut: 'En cours' } },
  ],
);

describe('ATIH order deadlines (000 L849–881)', () => {
  test('a devis sent on T0 + 5 jours ouvrés is on time', () => {
    const devis = step(only('CMD-1'), 'devis');
    expect(devis?.date).toBe('2026-11-09');
    expect(devis?.deadline).toMatchObject({
      clock: 'devis',
      dueDate: '2026-11-09',
      breached: false,
    });
  });

  test('an urgent devis is due at T0 + 2 and one working day late the day after', () => {
    expect(step(only('CMD-2'), 'devis')?.deadline).toMatchObject({
      dueDate: '2026-11-04',
      breached: true,
      lateWorkingDays: 1,
    });
  });

  test('no remark within T1 + 2 jours ouvrés accepts the bon de commande tacitly at expiry', () => {
    const cmd = only('CMD-1');
    // T1 Thursday 12: Friday 13 and Monday 16 are the two days; expiry at Tuesday 17 00:00.
    expect(step(cmd, 'acceptation')?.deadline).toMatchObject({
      dueDate: '2026-11-16',
      breached: true,
    });
    expect(cmd.acceptance).toEqual({ kind: 'tacite', at: at('2026-11-17T00:00:00+01:00') });
  });

  test('an urgent bon de commande accepted within T1 + 1 is accepted explicitly', () => {
    const cmd = only('CMD-2');
    expect(step(cmd, 'acceptation')?.deadline).toMatchObject({
      dueDate: '2026-11-09',
      breached: false,
    });
    expect(cmd.acceptance).toEqual({ kind: 'explicite', at: at('2026-11-09T10:00:00+01:00') });
  });

  test('the start counts from T1 over the holiday: T1 + 5, or T1 + 2 when urgent', () => {
    expect(step(only('CMD-1'), 'demarrage')?.deadline).toMatchObject({
      dueDate: '2026-11-19',
      breached: false,
    });
    expect(step(only('CMD-2'), 'demarrage')?.deadline).toMatchObject({
      dueDate: '2026-11-10',
      breached: false,
    });
  });

  test('the order clocks are ordinary clocks of the order issue', () => {
    const evaluation = evaluateIssue(atih, urgent, at(EVALUATED));
    if (!evaluation.ok) throw new Error(evaluation.message);
    const ids = evaluation.value.clocks.filter((c) => !isClockError(c)).map((c) => c.id);
    expect(ids).toEqual(['devis', 'remarques-bc', 'demarrage']);
  });

  test('a bon de commande still within its remark delay is awaiting acceptance', () => {
    const pending = order('CMD-3', {}, [
      { at: '2026-11-03T10:00:00+01:00', set: { Statut: 'Devis transmis' } },
      { at: '2026-11-27T10:00:00+01:00', set: { Statut: 'BC reçu' } },
    ]);
    expect(only('CMD-3', [pending]).acceptance).toEqual({ kind: 'en attente', at: null });
  });
});

describe('ATIH order lines, money and bad input', () => {
  test('the lines read as a sum with the catalogue labels, unpriced without the BPU', () => {
    expect(only('CMD-1').lines.text).toBe('3 × UO-4 (prix non renseigné : UO-4)');
    expect(only('CMD-1').lines.amount).toBeNull();
  });

  test('prices agreed on the lines give the amount in cents and its French text', () => {
    const priced = order(
      'CMD-4',
      {
        'Lignes UO': lines(
          { code: 'UO-4', quantity: 3, unitPrice: 320_000 },
          { code: 'UO-2F', quantity: 2, unitPrice: 140_000 },
        ),
      },
      [],
    );
    const cmd = only('CMD-4', [priced]);
    expect(cmd.lines.amount).toBe(1_240_000);
    expect(cmd.lines.text).toBe('3 × UO-4 + 2 × UO-2F = 12\u202f400,00\u00a0€ HT');
  });

  test('a bon de commande without a devis is flagged, not dropped', () => {
    const skipped = order('CMD-5', { 'Lignes UO': lines({ code: 'UO-4', quantity: 1 }) }, [
      { at: '2026-11-04T10:00:00+01:00', set: { Statut: 'BC reçu' } },
    ]);
    const cmd = only('CMD-5', [skipped]);
    expect(cmd.problems.map((p) => p.code)).toContain('ORDER.NO_QUOTE');
    expect(step(cmd, 'bon-de-commande')?.date).toBe('2026-11-04');
  });

  test('an unknown code and a quantity off the half-day grid are named by line', () => {
    const bad = order(
      'CMD-6',
      {
        'Lignes UO': lines(
          { code: 'UO-4', quantity: 1.3 },
          { code: 'UO-42', quantity: 1 },
          { code: 'UO-6', quantity: -2 },
        ),
      },
      [],
    );
    const messages = only('CMD-6', [bad]).problems.map((p) => p.message);
    expect(messages).toEqual([
      expect.stringMatching(/^CMD-6, ligne 1 \(UO-4\) : quantité 1,3 hors du pas de 0,5/),
      expect.stringMatching(/^CMD-6, ligne 2 \(UO-42\) : code inconnu du catalogue/),
      expect.stringMatching(/^CMD-6, ligne 3 \(UO-6\) : quantité -2 ; attendu un nombre positif/),
    ]);
    expect(only('CMD-6', [bad]).lines.lines).toHaveLength(3);
  });

  test('invoices above the ordered amount are flagged with both amounts', () => {
    const invoiced = order(
      'CMD-7',
      {
        'Lignes UO': lines({ code: 'UO-4', quantity: 2, unitPrice: 50_000 }),
        Factures: JSON.stringify({
          invoices: [{ number: 'F-1', date: '2026-11-20', amount: 120_000 }],
        }),
      },
      [],
    );
    const cmd = only('CMD-7', [invoiced]);
    expect(cmd.invoiced).toBe(120_000);
    expect(cmd.problems).toEqual([
      {
        code: 'ORDER.INVOICE_ABOVE_AMOUNT',
        message:
          'CMD-7 : factures de 1\u202f200,00\u00a0€ HT au-delà du montant commandé de 1\u202f000,00\u00a0€ HT.',
      },
    ]);
  });

  test('an unreadable lines field is reported with the issue and the field', () => {
    const broken = order('CMD-8', { 'Lignes UO': '3 x UO-4' }, []);
    expect(only('CMD-8', [broken]).problems).toEqual([
      {
        code: 'ORDER.BAD_LINES',
        message: "CMD-8 : le champ « Lignes UO » n'est pas un objet JSON lisible.",
      },
    ]);
  });
});

describe('the UO-9 envelope (000 L2045–2089)', () => {
  const credit = (key: string, days: number, when: string) =>
    anOrderIssue(
      key,
      'Commande',
      '2026-10-01T10:00:00+02:00',
      {
        Statut: 'Besoin exprimé',
        'Lignes UO': lines({ code: 'UO-9', quantity: days }),
      },
      [
        { at: '2026-10-02T10:00:00+02:00', set: { Statut: 'Devis transmis' } },
        { at: when, set: { Statut: 'BC reçu' } },
      ],
    );
  const ticket = (key: string, estimate: string | null, validated: string | null) =>
    anOrderIssue(
      key,
      'Maintenance UO-9',
      '2026-10-10T10:00:00+02:00',
      {
        Statut: 'À faire',
        'Charge estimée': estimate,
      },
      [
        { at: '2026-10-12T10:00:00+02:00', set: { Statut: 'En cours' } },
        { at: '2026-10-20T10:00:00+02:00', set: { Statut: 'Résolu', 'Charge validée': validated } },
      ],
    );

  test('validated charges are deducted and open estimates that exceed the balance raise an alert', () => {
    const envelope = ordersOf(
      atih,
      [
        credit('BC-1', 10, '2026-10-05T10:00:00+02:00'),
        ticket('M-1', '4', '4'),
        ticket('M-2', '3', '3'),
        ticket('M-3', '5', null),
      ],
      EVALUATED,
    ).envelope;
    expect(envelope).toMatchObject({
      creditedDays: 10,
      consumedDays: 7,
      balanceDays: 3,
      openEstimateDays: 5,
      alert: 'insuffisante',
    });
    expect(envelope?.summary).toBe(
      'UO-9 : 10 j commandés, 7 j validés, solde 3 j : solde insuffisant pour les 5 j estimés en attente.',
    );
  });

  test('an envelope consumed to zero is exhausted until a new bon de commande credits it', () => {
    const tickets = [ticket('M-1', '6', '6'), ticket('M-2', '4', '4')];
    expect(
      ordersOf(atih, [credit('BC-1', 10, '2026-10-05T10:00:00+02:00'), ...tickets], EVALUATED)
        .envelope?.alert,
    ).toBe('épuisée');
    const renewed = ordersOf(
      atih,
      [
        credit('BC-1', 10, '2026-10-05T10:00:00+02:00'),
        credit('BC-2', 5, '2026-11-16T10:00:00+01:00'),
        ...tickets,
      ],
      EVALUATED,
    ).envelope;
    expect(renewed).toMatchObject({ creditedDays: 15, balanceDays: 5, alert: null });
  });

  test('a bon de commande not received yet credits nothing', () => {
    const later = credit('BC-1', 10, '2026-12-01T10:00:00+01:00');
    expect(ordersOf(atih, [later, ticket('M-1', '2', null)], EVALUATED).envelope).toMatchObject({
      creditedDays: 0,
      alert: 'épuisée',
    });
  });

  test('an envelope never ordered nor used raises no alert', () => {
    expect(ordersOf(atih, [standard], EVALUATED).envelope).toMatchObject({
      alert: null,
      summary: 'UO-9 : aucun bon de commande reçu ni aucun ticket.',
    });
  });

  test('work begun before the charge was estimated is flagged on the ticket', () => {
    const envelope = ordersOf(
      atih,
      [credit('BC-1', 10, '2026-10-05T10:00:00+02:00'), ticket('M-9', null, '2')],
      EVALUATED,
    ).envelope;
    expect(envelope?.tickets[0]?.problems.map((p) => p.code)).toEqual(['ENVELOPE.NOT_ESTIMATED']);
  });
});

describe('steps dated on linked issues', () => {
  const linkedContract = compiledWith((version) => {
    const orders = version.orders as Record<string, unknown> & { steps: Record<string, unknown> };
    orders.steps = {
      ...orders.steps,
      devis: { linked: { issueTypes: ['Devis'], date: { enters: ['Devis transmis'] } } },
      facture: {
        linked: { issueTypes: ['Facture'], linkTypes: ['Facture de'], date: { created: true } },
      },
    };
  });
  const withLinks = {
    ...order('CMD-L', {}, []),
    links: [
      { type: 'Relates', key: 'DEV-1' },
      { type: 'Relates', key: 'FAC-1' },
      { type: 'Facture de', key: 'FAC-2' },
    ],
  };
  const devis = anOrderIssue(
    'DEV-1',
    'Devis',
    '2026-11-03T10:00:00+01:00',
    { Statut: 'Besoin exprimé' },
    [{ at: '2026-11-05T11:00:00+01:00', set: { Statut: 'Devis transmis' } }],
  );
  const wrongLink = anOrderIssue('FAC-1', 'Facture', '2026-11-20T10:00:00+01:00', {
    Statut: 'À faire',
  });
  const invoice = anOrderIssue('FAC-2', 'Facture', '2026-11-25T10:00:00+01:00', {
    Statut: 'À faire',
  });

  test('the devis and the invoice are dated on their own issues, through the links asked for', () => {
    const outcome = ordersOf(linkedContract, [withLinks, devis, wrongLink, invoice], EVALUATED)
      .orders[0];
    expect(outcome?.steps.find((s) => s.step === 'devis')?.date).toBe('2026-11-05');
    expect(outcome?.steps.find((s) => s.step === 'facture')?.date).toBe('2026-11-25');
  });

  test('a linked issue missing from the export leaves the step undated', () => {
    const outcome = ordersOf(linkedContract, [withLinks], EVALUATED).orders[0];
    expect(outcome?.steps.find((s) => s.step === 'devis')?.date).toBeNull();
  });
});

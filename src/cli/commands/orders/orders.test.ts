import { inputFiles, jalon } from '../../../../test/support/cli';
import { aJiraIssue, aSearchPage } from '../../../../test/support/jira-fixtures';
import { TEST_CONTRACT } from '../../../../test/support/test-contract';

const file = inputFiles('jalon-orders-');

/** An urgent ATIH order: devis one day late, bon de commande accepted in time, started. */
const urgent = aJiraIssue('CMD-7')
  .type('Commande')
  .created('2026-11-02T10:00:00.000+0100')
  .status('Besoin exprimé')
  .field('customfield_10070', 'Urgent', { value: 'Oui' })
  .field('customfield_10071', 'Projet', 'PMSI')
  .field('customfield_10072', 'Lignes UO', {
    lines: [
      { code: 'UO-4', quantity: 3, unitPrice: 320_000 },
      { code: 'UO-2F', quantity: 2, unitPrice: 140_000 },
    ],
  })
  .transition('2026-11-05T09:00:00.000+0100', 'Titulaire', 'Besoin exprimé', 'Devis transmis')
  .transition('2026-11-06T15:00:00.000+0100', 'ATIH', 'Devis transmis', 'BC reçu')
  .transition('2026-11-09T10:00:00.000+0100', 'Titulaire', 'BC reçu', 'BC accepté')
  .transition('2026-11-10T10:00:00.000+0100', 'Titulaire', 'BC accepté', 'En cours');
/** Paid in October: nothing happens to it in November. */
const done = aJiraIssue('CMD-3')
  .type('Commande')
  .created('2026-09-01T10:00:00.000+0200')
  .status('Besoin exprimé')
  .field('customfield_10072', 'Lignes UO', { lines: [{ code: 'UO-1', quantity: 1 }] })
  .transition('2026-09-02T10:00:00.000+0200', 'Titulaire', 'Besoin exprimé', 'Devis transmis')
  .transition('2026-09-03T10:00:00.000+0200', 'ATIH', 'Devis transmis', 'BC reçu')
  .transition('2026-09-04T10:00:00.000+0200', 'Titulaire', 'BC reçu', 'En cours')
  .transition('2026-09-20T10:00:00.000+0200', 'Titulaire', 'En cours', 'Livré')
  .transition('2026-09-21T10:00:00.000+0200', 'ATIH', 'Livré', 'En vérification')
  .transition('2026-09-30T10:00:00.000+0200', 'ATIH', 'En vérification', 'Validé')
  .transition('2026-10-05T10:00:00.000+0200', 'ATIH', 'Validé', 'Facturé')
  .transition('2026-10-20T10:00:00.000+0200', 'ATIH', 'Facturé', 'Réglé');
const exported = file('orders.json', aSearchPage([urgent, done]));

const run = (...extra: string[]) =>
  jalon('orders', '--contract', 'preset:atih-2025', '--issues', exported, ...extra);

describe('jalon orders', () => {
  test('JSON: steps with their deadlines, acceptance, lines and amounts, offsets in the zone', async () => {
    const r = await run('--month', '2026-11');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const out = JSON.parse(r.out) as {
      at: string;
      month: string;
      orders: {
        key: string;
        urgent: boolean;
        lines: { text: string; amount: number };
        acceptance: { kind: string; at: string };
        steps: { step: string; at: string | null; deadline: { breached: boolean } | null }[];
      }[];
      dashboard: { fiscalYear: { label: string; orders: { count: number } } };
    };
    expect(out.at).toBe('2026-11-30T23:59:59.999+01:00');
    expect(out.orders.map((o) => o.key)).toEqual(['CMD-7']);
    const [order] = out.orders;
    expect(order?.urgent).toBe(true);
    expect(order?.lines).toMatchObject({
      amount: 1_240_000,
      text: '3 × UO-4 + 2 × UO-2F = 12\u202f400,00\u00a0€ HT',
    });
    expect(order?.acceptance).toEqual({ kind: 'explicite', at: '2026-11-09T10:00:00+01:00' });
    expect(order?.steps.find((s) => s.step === 'devis')).toMatchObject({
      at: '2026-11-05T09:00:00+01:00',
      deadline: { breached: true },
    });
    expect(out.dashboard.fiscalYear).toMatchObject({
      label: 'Exercice 2026',
      orders: { count: 2 },
    });
  });

  test('without a month every order is listed', async () => {
    const r = await run('--at', '2026-11-30T18:00+01:00');
    expect((JSON.parse(r.out) as { orders: { key: string }[] }).orders.map((o) => o.key)).toEqual([
      'CMD-3',
      'CMD-7',
    ]);
  });

  test('table: French columns, verdicts and the comité figures', async () => {
    const r = await run('--month', '2026-11', '--format', 'table');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Commandes — ATIH — restitution de données (2025), 2026-11 (1)');
    expect(r.out).toMatch(
      /CMD-7\s+PMSI\s+oui\s+3 × UO-4 \+ 2 × UO-2F = 12\u202f400,00\u00a0€ HT\s+05\/11\/2026, hors délai \(\+1 j\)/,
    );
    expect(r.out).toContain('explicite (09/11/2026)');
    expect(r.out).toContain('Comité — Exercice 2026 (du 01/01/2026 au 30/11/2026)');
  });

  test('CSV: one row per order, semicolons, euros for spreadsheets', async () => {
    const r = await run('--at', '2026-11-30T18:00+01:00', '--format', 'csv');
    const rows = r.out.trimEnd().split('\r\n');
    expect(rows[0]).toMatch(
      /^Commande;Projet;Urgent;N° de bon de commande;Lignes UO;Montant HT \(€\);/,
    );
    expect(rows).toHaveLength(3);
    expect(rows[2]).toContain(
      'CMD-7;PMSI;oui;;3 × UO-4 + 2 × UO-2F = 12\u202f400,00\u00a0€ HT;12400,00;2026-11-02;2026-11-05;2026-11-04;oui;',
    );
  });

  test('month and instant together are refused with the reason', async () => {
    const r = await run('--month', '2026-11', '--at', '2026-11-30T18:00+01:00');
    expect(r.code).toBe(2);
    expect(r.err).toBe('jalon orders : choisissez --month ou --at, pas les deux.\n');
  });

  test('a contract without orders says what to add', async () => {
    const contract = file('contract.json', TEST_CONTRACT);
    const r = await jalon(
      'orders',
      '--contract',
      contract,
      '--issues',
      exported,
      '--at',
      '2026-11-30T18:00+01:00',
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      'ne décrit pas le suivi des commandes à cette date : ajoutez catalogue et orders',
    );
  });

  test('a malformed month is named', async () => {
    const r = await run('--month', '2026-13');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--month attend AAAA-MM');
  });
});

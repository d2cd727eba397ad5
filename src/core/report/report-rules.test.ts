import { at } from '../../../test/support/calendars';
import { anIssue } from '../../../test/support/issue-history';
import { anOrderIssue, lines, type OrderStep } from '../../../test/support/orders';
import type { IssueHistory } from '../clocks';
import { compileContract, type CompiledContract } from '../contract';
import { contractPreset } from '../contract/presets';
import { percent } from '../indicators';
import { CCAG_DEFAULT_RULES } from '../penalties';
import { assembleReport, type MonthlyReport } from '.';

function compiled(
  id: 'atih-2025' | 'demat-ads',
  patch: (versions: Record<string, unknown>[]) => void,
): CompiledContract {
  const input = contractPreset(id) as unknown as { versions: Record<string, unknown>[] };
  patch(input.versions);
  const result = compileContract(input);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function report(
  contract: CompiledContract,
  issues: readonly IssueHistory[],
  month: string,
): MonthlyReport {
  const result = assembleReport(contract, issues, month, {
    generatedAt: at('2026-12-01T08:00:00+01:00'),
    historyMonths: 1,
  });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

const s = (date: string, status: string): OrderStep => ({
  at: `${date}T10:00:00+01:00`,
  set: { Statut: status },
});

/** Urgent: devis one day late (due 4 Nov); BC received Friday 6, accepted only on Thursday 12. */
const urgentLate = anOrderIssue(
  'CMD-2',
  'Commande',
  '2026-11-02T10:00:00+01:00',
  {
    Statut: 'Besoin exprimé',
    Urgent: 'Oui',
    'Lignes UO': lines({ code: 'UO-4', quantity: 10, unitPrice: 100_000 }),
  },
  [
    s('2026-11-05', 'Devis transmis'),
    s('2026-11-06', 'BC reçu'),
    s('2026-11-12', 'BC accepté'),
    s('2026-11-12', 'En cours'),
  ],
);

describe('penalties and verdicts of order deadlines', () => {
  const atihCcag = compiled('atih-2025', (versions) => {
    if (versions[0] !== undefined) versions[0].penalties = CCAG_DEFAULT_RULES();
  });

  test('each late step is one penalty line, counted once, on the order’s amount', () => {
    const lines = report(atihCcag, [urgentLate], '2026-11').penalties?.lines ?? [];
    // 10 000,00 € × R / 1000: the devis 1 day late, the start (due Tuesday 10) 2 days late.
    expect(lines.map((l) => [l.subject, l.amountCents])).toEqual([
      ['CMD-2:devis', 1_000],
      ['CMD-2:demarrage', 2_000],
    ]);
  });

  test('passing the remark delay accepts the order tacitly: no penalty, no non-conformity', () => {
    const row = report(atihCcag, [urgentLate], '2026-11').orders?.rows[0];
    expect(row?.steps.find((step) => step.label === 'Acceptation du bon de commande')).toEqual({
      label: 'Acceptation du bon de commande',
      date: '2026-11-12',
      verdict: null,
      note: 'acceptation tacite à l’expiration du délai de remarques',
    });
  });
});

test('a month is computed with the version in force during it, not the next month’s', () => {
  const twoVersions = compiled('atih-2025', (versions) => {
    const [first] = versions;
    if (first === undefined) return;
    const second = structuredClone(first);
    second.effectiveFrom = '2026-12-01';
    (second.clocks as { id: string; goals: unknown[] }[]).forEach((clock) => {
      if (clock.id === 'devis') clock.goals = [{ target: { workingDays: 10 } }];
    });
    versions.push(second);
  });
  const devis = report(twoVersions, [urgentLate], '2026-11').orders?.rows[0]?.steps.find(
    (step) => step.label === 'Devis',
  );
  expect(devis?.verdict).toBe('non conforme');
});

test('an incident whose clock cannot be computed is listed apart from the availability', () => {
  const unknownSeverity = anIssue(
    'INC-1',
    'Incident',
    '2026-11-10T10:00:00+01:00',
    {
      status: 'En cours',
      customfield_10001: 'Critique',
      customfield_10004: 'OR',
    },
    [{ at: '2026-11-11T10:00:00+01:00', set: { status: 'Résolu' } }],
  );
  const demat = compiled('demat-ads', () => undefined);
  const disp = report(demat, [unknownSeverity], '2026-11').indicators.find(
    (i) => i.id === 'IND_DISP01',
  );
  expect(disp?.apart).toEqual(['INC-1']);
});

test('a rate just under its target never displays as the target', () => {
  expect(percent(44_490, 44_580, { comparator: '>=', value: 99.8 })).toBe(99.79);
  expect(percent(44_490, 44_580)).toBe(99.8);
});

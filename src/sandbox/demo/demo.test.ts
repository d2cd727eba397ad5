import { DateTime } from 'luxon';
import { evaluateIssue, isClockError, type ClockMeasure } from '../../core/clocks';
import type { IssueHistory } from '../../core/clocks';
import { compileContract, type CompiledContract } from '../../core/contract';
import { contractPreset, type ContractPresetId } from '../../core/contract/presets';
import { evaluateOrders } from '../../core/orders';
import { parseJiraTimestamp } from '../../jira/jira-time';
import { readSearchPages } from '../../jira/to-issue-history';
import type { SandboxState } from '../state';
import { jiraTimestamp } from './jira-json';
import { demoCounts, demoState, type DemoOptions } from '.';

const Q1: DemoOptions = { seed: 42, from: '2026-01-01', months: 3 };
/** Autumn: the October DST change, 1 and 11 November. */
const AUTUMN: DemoOptions = { seed: 7, from: '2026-09-01', months: 3 };

const compiled = (id: ContractPresetId): CompiledContract => {
  const result = compileContract(contractPreset(id));
  if (!result.ok) throw new Error(result.message);
  return result.value;
};
const demat = compiled('demat-ads');
const atih = compiled('atih-2025');
const contractOf = (h: IssueHistory) => (h.project === 'ATIH' ? atih : demat);

const endOf = (o: DemoOptions) =>
  DateTime.fromISO(o.from, { zone: 'Europe/Paris' }).plus({ months: o.months }).toMillis();

/** The state as one `POST /rest/api/3/search/jql` page with `expand: "names,changelog"`. */
function searchPage(state: SandboxState) {
  return {
    issues: state.issues.map((issue) => ({
      expand: 'operations,changelog',
      id: issue.id,
      key: issue.key,
      fields: issue.fields,
      changelog: {
        startAt: 0,
        maxResults: issue.histories.length,
        total: issue.histories.length,
        histories: [...issue.histories].reverse(),
      },
    })),
    names: Object.fromEntries(state.fields.map((f) => [f.id, f.name])),
    isLast: true,
  };
}

function histories(state: SandboxState): readonly IssueHistory[] {
  const read = readSearchPages(JSON.parse(JSON.stringify(searchPage(state))));
  if (!read.ok) throw new Error(read.message);
  expect(read.value.problems).toEqual([]);
  return read.value.histories;
}

const q1 = demoState(Q1);
const q1Histories = histories(q1);

function measures(options: DemoOptions, read: readonly IssueHistory[]) {
  const found: { key: string; contract: string; clock: ClockMeasure }[] = [];
  const errors: string[] = [];
  for (const history of read) {
    const contract = contractOf(history);
    const evaluation = evaluateIssue(contract, history, endOf(options));
    if (!evaluation.ok) throw new Error(evaluation.message);
    if (evaluation.value.category === null) errors.push(`${history.key}: no category`);
    for (const clock of evaluation.value.clocks)
      if (isClockError(clock)) errors.push(`${history.key} ${clock.id}: ${clock.error.message}`);
      else found.push({ key: history.key, contract: contract.contract.id, clock });
  }
  return { found, errors };
}

describe('demoState', () => {
  test('the same options give the same JSON; another seed gives other data', () => {
    expect(JSON.stringify(demoState(Q1))).toBe(JSON.stringify(q1));
    expect(JSON.stringify(demoState({ ...Q1, seed: 43 }))).not.toBe(JSON.stringify(q1));
  });

  test('counts per contract and category follow the rates, linear in months and scale', () => {
    const byType = (state: SandboxState) => {
      const counts: Record<string, number> = {};
      for (const issue of state.issues) {
        const type = (issue.fields.issuetype as { name: string }).name;
        counts[`${issue.project}/${type}`] = (counts[`${issue.project}/${type}`] ?? 0) + 1;
      }
      return counts;
    };
    expect(byType(q1)).toEqual({
      'DEM/Anomalie': 300,
      'INC/Incident': 60,
      'DEM/Anomalie documentaire': 24,
      "DEM/Demande d'assistance": 45,
      'ATIH/Commande': 26,
      'ATIH/Maintenance UO-9': 30,
      'ATIH/Anomalie': 45,
    });
    const doubled = demoState({ ...Q1, scale: 2 });
    const total = (o: DemoOptions) =>
      Object.values(demoCounts(o)).reduce(
        (sum, c) => sum + Object.values(c).reduce((a: number, b: number) => a + b, 0),
        0,
      );
    expect(doubled.issues).toHaveLength(total({ ...Q1, scale: 2 }));
    expect(doubled.issues.length).toBe(2 * q1.issues.length);
    expect(q1.next).toEqual({
      issue: 10001 + q1.issues.length,
      history: 100001 + q1.issues.reduce((n, i) => n + i.histories.length, 0),
      page: 1,
    });
  });

  test('every field the two presets read exists once by name, besides Jalon’s own fields', () => {
    const names = q1.fields.filter((f) => f.custom).map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    const read = (['demat-ads', 'atih-2025'] as const).flatMap((id) =>
      contractPreset(id).versions.flatMap((v) => Object.values(v.fields ?? {}).map((f) => f.jira)),
    );
    for (const name of [...read, 'Lignes UO', 'Factures', 'Jalon – délais'])
      expect(names).toContain(name);
    expect(q1.fields.find((f) => f.name === 'Lignes UO')?.id).toBe('customfield_10117');
    expect(q1.spaces.map((s) => s.key)).toEqual(['DEMAT', 'ATIH']);
    expect(q1.projects?.map((p) => p.key)).toEqual(['DEM', 'INC', 'ATIH']);
    const statuses = new Set(q1.statuses?.map((s) => s.name));
    for (const id of ['demat-ads', 'atih-2025'] as const)
      for (const version of contractPreset(id).versions)
        for (const name of Object.keys(version.statuses)) expect(statuses).toContain(name);
    const types = new Set(q1.issueTypes?.map((t) => t.name));
    for (const issue of q1.issues)
      expect(types).toContain((issue.fields.issuetype as { name: string }).name);
    expect(q1.pages).toEqual([]);
  });

  test('every issue reads back through the Jira adapter with its history', () => {
    expect(q1Histories).toHaveLength(q1.issues.length);
    const anomaly = q1Histories.find((h) => h.issueType === 'Anomalie' && h.project === 'DEM');
    expect(anomaly?.fields.customfield_10100).toMatch(/^(Bloquante|Majeure|Mineure)$/);
    const order = q1Histories.find((h) => h.issueType === 'Commande');
    expect(JSON.parse(order?.fields.customfield_10117 ?? '{}')).toHaveProperty('lines');
    const incidents = q1Histories.filter((h) => h.issueType === 'Incident');
    for (const incident of incidents)
      expect(Date.parse(incident.fields.customfield_10104 ?? '')).toBeLessThan(incident.created);
    const requalified = q1Histories.filter((h) =>
      h.events.some((e) => e.changes.some((c) => c.field === 'customfield_10100')),
    );
    expect(requalified.length).toBeGreaterThan(0);
  });

  test.each([
    ['Q1 2026', Q1],
    ['autumn 2026', AUTUMN],
  ])('every clock of both presets computes over %s, with breaches and clocks on time', (_, o) => {
    const read = o === Q1 ? q1Histories : histories(demoState(o));
    const { found, errors } = measures(o, read);
    expect(errors).toEqual([]);
    const dematDue = found.filter((m) => m.contract === 'demat-ads' && m.clock.mode !== 'none');
    const breached = dematDue.filter((m) => m.clock.breached).length / dematDue.length;
    expect(breached).toBeGreaterThan(0.08);
    expect(breached).toBeLessThan(0.25);
    for (const id of ['resolution', 'contournement', 'gtr', 'correction', 'devis']) {
      const clocks = found.filter((m) => m.clock.id === id).map((m) => m.clock);
      expect(clocks.some((c) => c.breached)).toBe(true);
      expect(clocks.some((c) => !c.breached && c.state === 'stopped')).toBe(true);
    }
    expect(found.some((m) => m.clock.state === 'paused')).toBe(true);
  });

  test('ATIH orders: amounts, tacit acceptance, late devis, refused delivery, invoices paid', () => {
    const read = q1Histories.filter((h) => h.project === 'ATIH');
    const evaluation = evaluateOrders(atih, read, endOf(Q1));
    if (!evaluation.ok) throw new Error(evaluation.message);
    const { orders, envelope } = evaluation.value;
    expect(orders.flatMap((o) => o.problems)).toEqual([]);
    const priced = orders.filter((o) => o.lines.lines.every((l) => l.unitPrice !== null));
    expect(priced.length).toBeGreaterThanOrEqual(orders.length / 2 - 1);
    for (const order of priced) expect(order.lines.amount).toBeGreaterThan(0);
    expect(orders.some((o) => o.acceptance.kind === 'tacite')).toBe(true);
    expect(orders.some((o) => o.acceptance.kind === 'explicite')).toBe(true);
    const devis = orders.map((o) => o.steps.find((s) => s.step === 'devis')?.deadline);
    expect(devis.some((d) => d?.breached === true)).toBe(true);
    expect(orders.some((o) => o.deliveries.some((d) => d.refusedAt !== null))).toBe(true);
    expect(orders.some((o) => o.urgent)).toBe(true);
    // The custom "Projet" field, not the system project that shares its French name.
    expect(orders.every((o) => !o.project.startsWith('ATIH'))).toBe(true);
    expect(orders.some((o) => o.invoiced > 0 && o.paid === o.invoiced)).toBe(true);
    expect(orders.some((o) => o.invoiced > 0 && o.paid === 0)).toBe(true);
    expect(orders.some((o) => o.delivery?.lateWorkingDays !== 0 && o.delivery !== null)).toBe(true);
    expect(envelope?.creditedDays).toBeGreaterThan(0);
    expect(envelope?.consumedDays).toBeGreaterThan(0);
    expect(envelope?.tickets.flatMap((t) => t.problems)).toEqual([]);
  });

  test('timestamps are Jira’s in Europe/Paris, some at night, on holidays, across DST', () => {
    const format = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0[12]00$/;
    const stamps = q1.issues.flatMap((i) => [
      i.fields.created as string,
      ...i.histories.map((h) => h.created),
    ]);
    for (const stamp of stamps) expect(stamp).toMatch(format);
    for (const ms of [1774744200000, 1774746000000, 1792717200000, 1792720800000, 0])
      expect(jiraTimestamp(ms)).toBe(
        DateTime.fromMillis(ms, { zone: 'Europe/Paris' }).toFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZZZ"),
      );
    for (const issue of q1.issues) {
      const created = parseJiraTimestamp(issue.fields.created as string) ?? 0;
      const times = issue.histories.map((h) => parseJiraTimestamp(h.created) ?? 0);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.min(created, ...times)).toBeGreaterThanOrEqual(created);
      expect(Math.max(created, ...times)).toBeLessThan(endOf(Q1));
    }
    const created = q1.issues.map((i) => i.fields.created as string);
    expect(created.filter((c) => c.startsWith('2026-03-29T0')).length).toBeGreaterThan(0);
    expect(created.some((c) => c.startsWith('2026-01-01'))).toBe(true);
    expect(created.some((c) => Number(c.slice(11, 13)) >= 19)).toBe(true);
    const autumn = demoState(AUTUMN).issues.map((i) => i.fields.created as string);
    expect(autumn.some((c) => c.startsWith('2026-10-25T0'))).toBe(true);
    expect(autumn.some((c) => /^2026-11-(01|11)/.test(c))).toBe(true);
  });

  test('refuses options it cannot honour', () => {
    expect(() => demoState({ ...Q1, from: '2026-02-30' })).toThrow(RangeError);
    expect(() => demoState({ ...Q1, months: 0 })).toThrow(RangeError);
    expect(() => demoState({ ...Q1, scale: -1 })).toThrow(RangeError);
  });
});

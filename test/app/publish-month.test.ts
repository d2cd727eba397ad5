import { publishMonth, recomputeIssues, type MonthPublication } from '../../src/app';
import { compileContract, type CompiledContract } from '../../src/core/contract';
import type { ContractPresetId } from '../../src/core/contract/presets';
import { createSandbox, type FaultOptions, type SandboxState } from '../../src/sandbox';
import { demoContract, demoState } from '../../src/sandbox/demo';
import { openApiCheck } from '../sandbox/openapi';
import { clientOver } from '../sandbox/site';

/** A quarter of demo data; evaluated and published on 5 October 2026. */
const QUARTER: SandboxState = demoState({ seed: 2026, from: '2026-07-01', months: 3 });
const NOW = Date.parse('2026-10-05T09:00:00+02:00');

function contract(id: ContractPresetId): CompiledContract {
  const compiled = compileContract(demoContract(id));
  if (!compiled.ok) throw new Error(compiled.message);
  return compiled.value;
}

async function publish(
  state: SandboxState,
  id: ContractPresetId,
  space: string,
  faults?: FaultOptions,
) {
  const check = openApiCheck();
  const sandbox = createSandbox(state, {
    now: () => NOW,
    validate: check.validate,
    ...(faults === undefined ? {} : { faults: { ...faults, sleep: () => Promise.resolve() } }),
  });
  const { client } = clientOver(sandbox.transport, () => NOW);
  const result = await publishMonth(
    { jira: client, confluence: client, now: () => NOW },
    { contract: contract(id), month: '2026-09', spaceKey: space },
  );
  if (!result.ok) throw new Error(result.message);
  return { result: result.value, sandbox, client, check };
}

const bodyOf = (state: SandboxState, publication: MonthPublication) =>
  state.pages.find((p) => p.id === publication.pages[0]?.id)?.body;

describe('publishing a month from the sandbox', () => {
  test('the DEMAT’ADS page exists, owned by its content property, with the computed indicators', async () => {
    const { result, sandbox, check } = await publish(QUARTER, 'demat-ads', 'DEMAT');
    expect(check.mismatches).toEqual([]);
    expect(result.problems).toEqual([]);
    const page = sandbox.state().pages.find((p) => p.id === result.pages[0]?.id);
    expect(page?.title).toBe(
      "DEMAT'ADS — infogérance et AMOE/TMA (MTE/DNUM/PNM2) — rapport de septembre 2026",
    );
    expect(page?.properties['jalon-rapport']).toEqual({
      contract: 'demat-ads',
      month: '2026-09',
      part: '0',
    });
    const rates = result.report.indicators.filter((i) => i.id.startsWith('IND_INC'));
    expect(rates.some((i) => (i.denominator ?? 0) > 0)).toBe(true);
    for (const indicator of result.report.indicators) expect(page?.body).toContain(indicator.id);
  });

  test('a second publication with nothing changed writes nothing', async () => {
    const first = await publish(QUARTER, 'atih-2025', 'ATIH');
    const again = await publish(first.sandbox.state(), 'atih-2025', 'ATIH');
    expect(again.result.pages.map((p) => p.action)).toEqual(
      again.result.pages.map(() => 'unchanged'),
    );
    const writes = Object.entries(again.client.account().byEndpoint).filter(
      ([endpoint]) =>
        !endpoint.startsWith('GET') &&
        !endpoint.includes('search') &&
        !endpoint.includes('bulkfetch'),
    );
    expect(writes).toEqual([]);
    expect(again.sandbox.state().pages).toHaveLength(first.sandbox.state().pages.length);
  });

  test('with a fifth of the calls failing, the page is byte-identical and never duplicated', async () => {
    const clean = await publish(QUARTER, 'demat-ads', 'DEMAT');
    const faulty = await publish(QUARTER, 'demat-ads', 'DEMAT', {
      rateLimited: 0.1,
      unavailable: 0.1,
    });
    expect(bodyOf(faulty.sandbox.state(), faulty.result)).toBe(
      bodyOf(clean.sandbox.state(), clean.result),
    );
    expect(faulty.client.account().retries).toBeGreaterThan(0);
    expect(faulty.sandbox.state().pages).toHaveLength(clean.sandbox.state().pages.length);
  });

  test('a conflict while updating is re-read and the update lands once', async () => {
    const first = await publish(QUARTER, 'demat-ads', 'DEMAT');
    const later = {
      ...first.sandbox.state(),
      pages: first.sandbox.state().pages.map((p) => ({ ...p, body: `${p.body}<p>ancien</p>` })),
    };
    const updated = await publish(later, 'demat-ads', 'DEMAT', { pageConflicts: 0.5 });
    expect(updated.result.pages[0]?.action).toBe('updated');
    expect(updated.sandbox.state().pages).toHaveLength(first.sandbox.state().pages.length);
  });
});

describe('recomputing issues from the sandbox', () => {
  test('Jalon’s fields are written once, then a second run writes nothing', async () => {
    const sandbox = createSandbox(QUARTER, { now: () => NOW, validate: openApiCheck().validate });
    const { client } = clientOver(sandbox.transport, () => NOW);
    const ports = { jira: client, now: () => NOW };
    const jql = 'project = INC ORDER BY key ASC';
    const first = await recomputeIssues(ports, contract('demat-ads'), jql);
    if (!first.ok) throw new Error(first.message);
    expect(first.value.changed.length).toBeGreaterThan(0);
    expect(first.value.writes).toBeGreaterThan(0);
    // The site's field list is read once per run, not once more by the history reader.
    expect(client.account().byEndpoint['GET /rest/api/3/field']?.requests).toBe(1);
    const second = await recomputeIssues(ports, contract('demat-ads'), jql);
    expect(second).toMatchObject({ ok: true, value: { changed: [], writes: 0 } });
  });
});

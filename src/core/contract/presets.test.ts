import { holds, type Condition, type IssueState, type StatusRole } from './condition';
import {
  contractSchema,
  type ClockDefinition,
  type Contract,
  type ContractVersion,
} from './contract-schema';
import { CONTRACT_PRESETS, contractPreset, isContractPresetId } from './presets';
import { validateContract } from './validate-contract';

const entries = Object.entries(CONTRACT_PRESETS);

function parsed(input: unknown): Contract {
  const result = contractSchema.safeParse(input);
  if (!result.success) throw new Error(result.error.message);
  return result.data;
}

interface Mentions {
  fields: { field: string; values: readonly string[] }[];
  statuses: string[];
  roles: StatusRole[];
}

function mentionsOf(condition: Condition | undefined, into: Mentions): Mentions {
  if (condition === undefined) return into;
  if ('all' in condition) condition.all.forEach((c) => mentionsOf(c, into));
  else if ('any' in condition) condition.any.forEach((c) => mentionsOf(c, into));
  else if ('not' in condition) mentionsOf(condition.not, into);
  else if ('status' in condition) into.statuses.push(...condition.status);
  else if ('role' in condition) into.roles.push(...condition.role);
  else if ('field' in condition)
    into.fields.push({
      field: condition.field,
      values: 'equals' in condition ? condition.equals : [],
    });
  return into;
}

/** Every reference a clock makes that its version does not declare, as readable strings. */
function undeclaredReferences(clock: ClockDefinition, version: ContractVersion): string[] {
  const problems: string[] = [];
  const categories = new Set(version.categories.map((c) => c.id));
  for (const id of clock.categories) if (!categories.has(id)) problems.push(`category ${id}`);
  const calendarIds =
    typeof clock.calendar === 'string' ? [clock.calendar] : Object.values(clock.calendar.map);
  for (const id of calendarIds)
    if (!Object.hasOwn(version.calendars, id)) problems.push(`calendar ${id}`);
  if (typeof clock.calendar !== 'string') {
    const { field, map } = clock.calendar;
    const values = version.fields[field]?.values;
    if (values === undefined) problems.push(`calendar field ${field} without values`);
    else
      for (const key of Object.keys(map))
        if (!values.includes(key)) problems.push(`${field}=${key}`);
  }
  if (clock.startField !== undefined && version.fields[clock.startField]?.kind !== 'datetime')
    problems.push(`start field ${clock.startField}`);
  const mentions: Mentions = { fields: [], statuses: [], roles: [] };
  for (const condition of [clock.start, clock.pause, clock.stop, ...clock.goals.map((g) => g.when)])
    mentionsOf(condition, mentions);
  for (const { field, values } of mentions.fields) {
    const declared = version.fields[field];
    if (declared === undefined) problems.push(`field ${field}`);
    for (const value of values)
      if (declared?.values !== undefined && !declared.values.includes(value))
        problems.push(`${field}=${value}`);
  }
  for (const status of mentions.statuses)
    if (!Object.hasOwn(version.statuses, status)) problems.push(`status ${status}`);
  const roles = new Set(Object.values(version.statuses));
  for (const role of mentions.roles)
    if (!roles.has(role)) problems.push(`role ${role} (no status)`);
  if (clock.goals.some((g) => 'sprint' in g.target) && version.sprints === undefined)
    problems.push('sprint goal without sprints');
  return problems;
}

describe('contract presets', () => {
  test.each(entries)('%s parses with the contract schema', (_id, preset) => {
    expect(contractSchema.safeParse(preset).error).toBeUndefined();
  });

  test.each(entries)('%s passes the contract cross-checks', (_id, preset) => {
    expect(validateContract(preset)).toMatchObject({ ok: true });
  });

  test.each(entries)(
    'every clock of %s refers only to what its version declares',
    (_id, preset) => {
      for (const version of parsed(preset).versions) {
        for (const clock of version.clocks)
          expect([clock.id, undeclaredReferences(clock, version)]).toEqual([clock.id, []]);
        if (version.sprints !== undefined)
          expect(Object.keys(version.calendars)).toContain(version.sprints.calendar);
        for (const [key, calendar] of Object.entries(version.calendars))
          expect(calendar.id ?? key).toBe(key);
      }
    },
  );

  test('the reference check reports an undeclared status, field value and calendar', () => {
    const version = parsed(CONTRACT_PRESETS['demat-ads']).versions[0]!;
    const clock = version.clocks[0]!;
    const broken = {
      ...clock,
      calendar: 'tmaa',
      stop: { any: [{ status: ['Clos'] }, { field: 'severity', equals: ['Critique'] }] },
    };
    expect(undeclaredReferences(broken, version)).toEqual([
      'calendar tmaa',
      'severity=Critique',
      'status Clos',
    ]);
  });

  test.each(entries)('%s has unique clock, category and issue-type names', (_id, preset) => {
    for (const version of parsed(preset).versions) {
      const clocks = version.clocks.map((c) => c.id);
      const categories = version.categories.map((c) => c.id);
      const issueTypes = version.categories.flatMap((c) => c.issueTypes);
      expect(new Set(clocks).size).toBe(clocks.length);
      expect(new Set(categories).size).toBe(categories.length);
      expect(new Set(issueTypes).size).toBe(issueTypes.length);
    }
  });

  test('preset ids are unique and match their keys', () => {
    const ids = entries.map(([, preset]) => preset.id);
    expect(ids).toEqual(entries.map(([key]) => key));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a preset copy can be edited without touching the preset', () => {
    const copy = contractPreset('demat-ads');
    copy.label = 'modifié';
    copy.versions[0]!.statuses.Nouveau = 'todo';
    expect(CONTRACT_PRESETS['demat-ads'].label).not.toBe('modifié');
    expect(CONTRACT_PRESETS['demat-ads'].versions[0]?.statuses).not.toHaveProperty('Nouveau');
  });

  test('isContractPresetId knows the four seed presets and nothing else', () => {
    expect(
      ['atih-2025', 'demat-ads', 'dsi-grand-est', 'ars-paca-itsm'].every(isContractPresetId),
    ).toBe(true);
    expect(isContractPresetId('toString')).toBe(false);
    expect(isContractPresetId('demat')).toBe(false);
  });
});

describe("DEMAT'ADS conventions", () => {
  const version = parsed(CONTRACT_PRESETS['demat-ads']).versions[0]!;
  const clock = (id: string) => version.clocks.find((c) => c.id === id)!;
  const state = (status: string, values: Record<string, string | null>): IssueState => ({
    status,
    role: version.statuses[status],
    values,
  });

  test.each([
    ['Validation', 'Majeure', 'Résolu', true],
    ['Production', 'Bloquante', 'Résolu', true],
    ['Production', 'Majeure', 'Résolu', false],
    ['Production', 'Mineure', 'Résolu', false],
    ['Production', 'Mineure', 'Fermé', true],
    ['Validation', 'Mineure', 'En cours', false],
  ])(
    'a %s %s anomaly in "%s" stops the resolution clock: %s',
    (environment, severity, status, stops) => {
      expect(holds(clock('resolution').stop, state(status, { environment, severity }))).toBe(stops);
    },
  );

  test('waiting for information and validation by the administration pause both anomaly clocks', () => {
    for (const id of ['resolution', 'contournement'])
      for (const status of ['Attente information', 'En validation'])
        expect(holds(clock(id).pause!, state(status, {}))).toBe(true);
  });

  test('a validated workaround or a closed anomaly stops the workaround clock, a proposed one does not', () => {
    const stop = clock('contournement').stop;
    expect(holds(stop, state('En cours', { workaround: 'Validé' }))).toBe(true);
    expect(holds(stop, state('Fermé', { workaround: null }))).toBe(true);
    expect(holds(stop, state('En cours', { workaround: 'Proposé' }))).toBe(false);
  });

  test('the GTR calendar follows the service level', () => {
    expect(clock('gtr').calendar).toEqual({
      field: 'service-level',
      map: { OR: 'or', ARGENT: 'argent', BRONZE: 'bronze' },
    });
    expect(clock('gtr').goals).toHaveLength(9);
  });
});

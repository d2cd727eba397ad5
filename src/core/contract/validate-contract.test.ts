import { TEST_CONTRACT } from '../../../test/support/test-contract';
import { compileContract } from '.';

// Broken contracts on purpose: plain JSON, as a user's file would be.
const [base] = TEST_CONTRACT.versions;
const version: Record<string, unknown> = { ...base };
const withVersion = (patch: Record<string, unknown>) => ({
  ...TEST_CONTRACT,
  versions: [{ ...version, ...patch }],
});
const [resolution, , gtr] = base?.clocks ?? [];

describe('contract validation reports every broken reference with its path', () => {
  test('the test contract is valid', () => {
    expect(compileContract(TEST_CONTRACT).ok).toBe(true);
  });

  test.each([
    [
      'a status the contract does not declare',
      { clocks: [{ ...resolution, stop: { status: ['Clos'] } }] },
      'CONTRACT.UNKNOWN_STATUS',
      'versions[0].clocks[0].stop',
    ],
    [
      'a field the contract does not declare',
      { clocks: [{ ...resolution, pause: { field: 'urgence', set: true } }] },
      'CONTRACT.UNKNOWN_FIELD',
      'versions[0].clocks[0].pause',
    ],
    [
      'a value the field does not declare',
      {
        clocks: [
          {
            ...resolution,
            goals: [{ when: { field: 'severity', equals: ['Critique'] }, target: { hours: 4 } }],
          },
        ],
      },
      'CONTRACT.UNKNOWN_VALUE',
      'versions[0].clocks[0].goals[0].when',
    ],
    [
      'an unknown calendar',
      { clocks: [{ ...resolution, calendar: 'astreinte' }] },
      'CONTRACT.UNKNOWN_CALENDAR',
      'versions[0].clocks[0].calendar',
    ],
    [
      'an unknown category',
      { clocks: [{ ...resolution, categories: ['bug'] }] },
      'CONTRACT.UNKNOWN_CATEGORY',
      'versions[0].clocks[0].categories',
    ],
    [
      'two clocks with one id',
      { clocks: [resolution, resolution] },
      'CONTRACT.DUPLICATE_CLOCK',
      'versions[0].clocks[1].id',
    ],
    [
      'a start field that is not a datetime',
      { clocks: [{ ...gtr, startField: 'severity' }] },
      'CONTRACT.START_FIELD',
      'versions[0].clocks[0].startField',
    ],
    [
      'a next-sprint goal without a sprint cadence',
      { sprints: undefined },
      'CONTRACT.NO_SPRINTS',
      'versions[0].clocks[0].goals[2].target',
    ],
    [
      'a broken calendar',
      { calendars: { tma: { windows: [], hoursPerDay: 10 } } },
      'CALENDAR.NO_WORKING_TIME',
      'versions[0].calendars.tma.windows',
    ],
  ])('%s', (_name, patch, code, path) => {
    const result = compileContract(withVersion(patch));
    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.issues?.[0]?.path).toBe(path);
  });

  test('a structural error names its path in French', () => {
    const result = compileContract({
      ...TEST_CONTRACT,
      versions: [{ ...version, clocks: [{ id: 'Résolution' }] }],
    });
    expect(result).toMatchObject({ ok: false, code: 'CONTRACT.INVALID' });
    expect(!result.ok && result.issues?.[0]?.path).toBe('versions[0].clocks[0].id');
  });

  test('versions must follow each other by effective date', () => {
    const result = compileContract({
      ...TEST_CONTRACT,
      versions: [
        { ...version, effectiveFrom: '2026-01-01' },
        { ...version, effectiveFrom: '2025-01-01' },
      ],
    });
    expect(result).toMatchObject({ ok: false, code: 'CONTRACT.VERSION_ORDER' });
  });
});

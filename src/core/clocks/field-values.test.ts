import type { ClockMeasure, ClockResult } from './clock-result';
import { jalonFieldValues } from './field-values';

const clock = (patch: Partial<ClockMeasure>): ClockMeasure => ({
  id: 'resolution',
  label: 'Délai de résolution',
  mode: 'hours',
  calendar: 'tma',
  cycle: 1,
  state: 'running',
  startedAt: 0,
  stoppedAt: null,
  elapsedMinutes: 60,
  pausedMinutes: 0,
  targetMinutes: 600,
  remainingMinutes: 540,
  breached: false,
  breachedAt: null,
  dueAt: Date.UTC(2026, 2, 12, 16),
  dueDate: null,
  doneDate: null,
  lateWorkingDays: null,
  waived: false,
  adjustments: [],
  segments: [],
  ...patch,
});

describe('the values Jalon writes on an issue', () => {
  test.each<[string, ClockResult[], string | null]>([
    ['a running clock with time left', [clock({})], 'Dans les délais'],
    ['less than a fifth of the target left', [clock({ remainingMinutes: 100 })], 'À risque'],
    [
      'any clock breached',
      [clock({}), clock({ id: 'x', breached: true, state: 'stopped' })],
      'Dépassé',
    ],
    [
      'every open clock paused',
      [clock({ state: 'paused' }), clock({ id: 'x', state: 'stopped', dueAt: null })],
      'En pause',
    ],
    ['every clock stopped in time', [clock({ state: 'stopped', dueAt: null })], 'Terminé'],
    ['no clock', [], null],
  ])('%s', (_name, clocks, state) => {
    expect(jalonFieldValues(clocks).state).toBe(state);
  });

  test('the next due instant and the business hours left come from the tightest open clock', () => {
    const values = jalonFieldValues([
      clock({}),
      clock({ id: 'b', remainingMinutes: 125, dueAt: Date.UTC(2026, 2, 11, 9) }),
    ]);
    expect(values.nextDue).toBe('2026-03-11T09:00:00.000Z');
    expect(values.remainingHours).toBe(2.1);
  });

  test('a clock that cannot be computed is left out', () => {
    const values = jalonFieldValues([
      { id: 'x', label: 'X', error: { code: 'CLOCK.NO_GOAL', message: '…' } },
    ]);
    expect(values).toMatchObject({ state: null, clocks: { clocks: [] } });
  });
});

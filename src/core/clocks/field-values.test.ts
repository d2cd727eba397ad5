import { calendarPreset, compileCalendar } from '../time';
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

describe('each clock in the object field, and when the state field changes next', () => {
  // ATIH: Monday to Friday 9:00–18:00 Paris, French public holidays.
  const atih = compileCalendar(calendarPreset('atih'));
  if (!atih.ok) throw new Error(atih.message);
  const calendars = new Map([['tma', atih.value]]);
  // Tuesday 10 March 2026, 10:00 in Paris.
  const at = Date.UTC(2026, 2, 10, 9);

  test("each clock says its own state, time left and due instant in the field's words", () => {
    const values = jalonFieldValues([
      clock({}),
      clock({ id: 'b', state: 'paused', remainingMinutes: 100 }),
      clock({ id: 'c', state: 'stopped', breached: true, remainingMinutes: -65, dueAt: null }),
      clock({ id: 'd', mode: 'working-days', dueAt: null, dueDate: '2026-03-13' }),
    ]);
    expect(values.clocks.clocks.map((c) => [c.id, c.state, c.remaining, c.due])).toEqual([
      ['resolution', 'Dans les délais', '9 h 00', '2026-03-12T16:00:00.000Z'],
      ['b', 'À risque', '1 h 40', '2026-03-12T16:00:00.000Z'],
      ['c', 'Dépassé', '-1 h 05', null],
      ['d', 'Dans les délais', null, '2026-03-13'],
    ]);
  });

  test('a running clock turns "À risque" once less than a fifth of its target is left', () => {
    // 540 of 600 minutes left: at risk below 120, so after 421 more business minutes, which
    // Tuesday's window (until 18:00) still holds: 10:00 + 421 min = 17:01 in Paris.
    const values = jalonFieldValues([clock({})], { at, calendars });
    expect(values.nextChangeAt).toBe('2026-03-10T16:01:00.000Z');
  });

  test('an at-risk clock changes next when it falls due, a paused or stopped one never', () => {
    const due = Date.UTC(2026, 2, 10, 11);
    expect(
      jalonFieldValues([clock({ remainingMinutes: 100, dueAt: due })], { at, calendars })
        .nextChangeAt,
    ).toBe('2026-03-10T11:00:00.000Z');
    expect(
      jalonFieldValues(
        [clock({ state: 'paused' }), clock({ id: 'x', state: 'stopped', dueAt: null })],
        { at, calendars },
      ).nextChangeAt,
    ).toBeNull();
    expect(jalonFieldValues([clock({})]).nextChangeAt).toBeNull();
  });

  test('the earliest change among the running clocks wins', () => {
    const soon = Date.UTC(2026, 2, 10, 10);
    const values = jalonFieldValues(
      [clock({}), clock({ id: 'b', remainingMinutes: 60, dueAt: soon })],
      { at, calendars },
    );
    expect(values.nextChangeAt).toBe('2026-03-10T10:00:00.000Z');
  });
});

import { at, iso } from '../../../test/support/calendars';
import { anIssue, type Step } from '../../../test/support/issue-history';
import { TEST_CONTRACT } from '../../../test/support/test-contract';
import { compileContract } from '../contract';
import {
  evaluateIssue,
  isClockError,
  type Adjustment,
  type ClockMeasure,
  type ClockResult,
  type IssueHistory,
} from '.';

const compiled = compileContract(TEST_CONTRACT);
if (!compiled.ok) throw new Error(compiled.message);
const contract = compiled.value;

function results(
  issue: IssueHistory,
  when: string,
  adjustments: Adjustment[] = [],
): readonly ClockResult[] {
  const evaluation = evaluateIssue(contract, issue, at(when), adjustments);
  if (!evaluation.ok) throw new Error(evaluation.message);
  return evaluation.value.clocks;
}

function clock(
  issue: IssueHistory,
  id: string,
  when: string,
  adjustments: Adjustment[] = [],
): ClockMeasure {
  const found = results(issue, when, adjustments).find((c) => c.id === id);
  if (found === undefined || isClockError(found))
    throw new Error(`clock ${id}: ${JSON.stringify(found)}`);
  return found;
}

const anomaly = (created: string, severity: string, steps: Step[] = []) =>
  anIssue(
    'DEM-12',
    'Anomalie',
    created,
    { status: 'À faire', customfield_10001: severity, customfield_10002: 'Production' },
    steps,
  );

describe('resolution clock in business hours (Monday–Friday 08:00–18:00, 1 jour = 10 h)', () => {
  test('a Bloquante anomaly resolved the same afternoon used 6 of its 10 hours', () => {
    const issue = anomaly('2026-06-08T10:00+02:00', 'Bloquante', [
      { at: '2026-06-08T16:00+02:00', set: { status: 'Résolu' } },
    ]);
    expect(clock(issue, 'resolution', '2026-06-10T12:00+02:00')).toMatchObject({
      state: 'stopped',
      elapsedMinutes: 360,
      targetMinutes: 600,
      remainingMinutes: 240,
      breached: false,
      stoppedAt: at('2026-06-08T16:00+02:00'),
      dueAt: null,
    });
  });

  test('a running Bloquante anomaly breaches when its tenth hour ends, Tuesday 10:00', () => {
    const result = clock(
      anomaly('2026-06-08T10:00+02:00', 'Bloquante'),
      'resolution',
      '2026-06-09T12:00+02:00',
    );
    expect(result).toMatchObject({
      state: 'running',
      elapsedMinutes: 720,
      remainingMinutes: -120,
      breached: true,
    });
    expect(iso(result.breachedAt ?? 0)).toBe('2026-06-09T08:00:00.000Z');
    expect(result.dueAt).toBe(result.breachedAt);
  });

  test('before the deadline, dueAt projects the breach from the evaluation instant', () => {
    const result = clock(
      anomaly('2026-06-08T10:00+02:00', 'Bloquante'),
      'resolution',
      '2026-06-08T12:00+02:00',
    );
    expect(result).toMatchObject({
      state: 'running',
      elapsedMinutes: 120,
      remainingMinutes: 480,
      breached: false,
      breachedAt: null,
    });
    expect(iso(result.dueAt ?? 0)).toBe('2026-06-09T08:00:00.000Z');
  });

  test('a pause spanning a weekend adds no business minutes and says who paused it', () => {
    const issue = anomaly('2026-06-05T16:00+02:00', 'Majeure', [
      { at: '2026-06-05T17:00+02:00', author: 'Agent X', set: { status: 'Attente information' } },
      { at: '2026-06-08T10:00+02:00', set: { status: 'En cours' } },
    ]);
    const result = clock(issue, 'resolution', '2026-06-08T12:00+02:00');
    expect(result).toMatchObject({
      state: 'running',
      elapsedMinutes: 180,
      pausedMinutes: 180,
      targetMinutes: 1800,
    });
    expect(result.segments.filter((s) => s.kind === 'paused').map((s) => s.reason)).toEqual([
      'Attente information depuis le changement de DEM-12 par Agent X le 05/06 17:00',
    ]);
  });

  test('a pause over 14 July counts only the working hours around it as paused', () => {
    const issue = anomaly('2026-07-13T09:00+02:00', 'Majeure', [
      { at: '2026-07-13T17:00+02:00', set: { status: 'Attente information' } },
      { at: '2026-07-15T09:00+02:00', set: { status: 'En cours' } },
    ]);
    expect(clock(issue, 'resolution', '2026-07-15T10:00+02:00')).toMatchObject({
      elapsedMinutes: 480 + 60,
      pausedMinutes: 60 + 60,
    });
  });

  test('a reopened issue resumes the same cycle and the resolved span counts as paused', () => {
    const issue = anomaly('2026-06-08T08:00+02:00', 'Bloquante', [
      { at: '2026-06-08T10:00+02:00', set: { status: 'Résolu' } },
      { at: '2026-06-08T14:00+02:00', set: { status: 'En cours' } },
      { at: '2026-06-08T15:00+02:00', set: { status: 'Résolu' } },
    ]);
    const result = clock(issue, 'resolution', '2026-06-09T12:00+02:00');
    expect(result).toMatchObject({
      cycle: 1,
      state: 'stopped',
      elapsedMinutes: 180,
      pausedMinutes: 240,
      stoppedAt: at('2026-06-08T15:00+02:00'),
    });
    expect(result.segments.map((s) => s.kind)).toContain('stopped');
  });

  test('a validation rejected by the administration resumes the clock', () => {
    const issue = anomaly('2026-06-08T08:00+02:00', 'Majeure', [
      { at: '2026-06-08T12:00+02:00', set: { status: 'En validation' } },
      { at: '2026-06-09T08:00+02:00', author: 'MOA', set: { status: 'En cours' } },
    ]);
    expect(clock(issue, 'resolution', '2026-06-09T10:00+02:00')).toMatchObject({
      state: 'running',
      elapsedMinutes: 240 + 120,
      pausedMinutes: 360,
    });
  });

  test('a severity changed midway takes the final qualification for the whole clock', () => {
    const issue = anomaly('2026-06-08T08:00+02:00', 'Bloquante', [
      { at: '2026-06-08T09:00+02:00', author: 'MOA', set: { customfield_10001: 'Majeure' } },
    ]);
    expect(clock(issue, 'resolution', '2026-06-09T12:00+02:00')).toMatchObject({
      targetMinutes: 1800,
      breached: false,
    });
  });

  test.each([
    [
      'created at 18:00 on Friday and resolved at 08:00 on Monday counts nothing',
      '2026-06-05T18:00+02:00',
      '2026-06-08T08:00+02:00',
      0,
      false,
    ],
    [
      'exactly 10 hours, 08:00 to 18:00, is on time',
      '2026-06-08T08:00+02:00',
      '2026-06-08T18:00+02:00',
      600,
      false,
    ],
    ['one minute more is a breach', '2026-06-08T08:00+02:00', '2026-06-09T08:01+02:00', 601, true],
  ])('events on window boundaries: %s', (_name, created, resolved, elapsed, breached) => {
    const issue = anomaly(created, 'Bloquante', [{ at: resolved, set: { status: 'Résolu' } }]);
    expect(clock(issue, 'resolution', '2026-06-20T12:00+02:00')).toMatchObject({
      elapsedMinutes: elapsed,
      breached,
    });
  });

  test('events after the evaluation instant are ignored', () => {
    const issue = anomaly('2026-06-08T10:00+02:00', 'Bloquante', [
      { at: '2026-06-08T16:00+02:00', set: { status: 'Résolu' } },
    ]);
    expect(clock(issue, 'resolution', '2026-06-08T12:00+02:00')).toMatchObject({
      state: 'running',
      elapsedMinutes: 120,
    });
  });

  test('a Mineure anomaly is due at the end of the next sprint', () => {
    const result = clock(
      anomaly('2026-01-14T10:00+01:00', 'Mineure'),
      'resolution',
      '2026-01-20T10:00+01:00',
    );
    expect(result).toMatchObject({ mode: 'sprint', dueDate: '2026-02-27', breached: false });
    expect(iso(result.dueAt ?? 0)).toBe('2026-02-27T23:00:00.000Z');
  });
});

describe('day-count clock (CCAG: T0 + 2 jours ouvrés)', () => {
  test('created Friday 10 July 2026 it is due Wednesday 15 July (14 July skipped); done on the 16th is one day late', () => {
    const issue = anomaly('2026-07-10T10:00+02:00', 'Majeure', [
      { at: '2026-07-16T11:00+02:00', set: { status: 'Résolu' } },
    ]);
    expect(clock(issue, 'delivery', '2026-07-20T10:00+02:00')).toMatchObject({
      mode: 'working-days',
      dueDate: '2026-07-15',
      doneDate: '2026-07-16',
      lateWorkingDays: 1,
      breached: true,
    });
  });
});

describe('start taken from a field', () => {
  const incident = (start: string | null) =>
    anIssue(
      'INC-3',
      'Incident',
      '2026-06-08T10:00+02:00',
      { status: 'En cours', customfield_10003: start },
      [{ at: '2026-06-08T15:00+02:00', set: { status: 'Résolu' } }],
    );

  test('a "Début d\'incident" later than creation starts the clock there', () => {
    expect(
      clock(incident('2026-06-08T12:00:00.000+02:00'), 'gtr', '2026-06-09T10:00+02:00'),
    ).toMatchObject({ elapsedMinutes: 180, breached: false });
  });

  test('an incident that began before its ticket counts from its real start', () => {
    expect(
      clock(incident('2026-06-08T09:00:00.000+02:00'), 'gtr', '2026-06-09T10:00+02:00'),
    ).toMatchObject({ elapsedMinutes: 360, breached: true });
  });

  test('an empty start field falls back to creation', () => {
    expect(clock(incident(null), 'gtr', '2026-06-09T10:00+02:00')).toMatchObject({
      elapsedMinutes: 300,
      breached: true,
    });
  });
});

describe('manual adjustments', () => {
  const running = anomaly('2026-06-08T10:00+02:00', 'Bloquante');
  const adjustment = (a: Partial<Adjustment>): Adjustment => ({
    issue: 'DEM-12',
    clock: 'resolution',
    kind: 'extension',
    author: 'Chef de projet MOA',
    decidedAt: '2026-06-09T09:00:00+02:00',
    reason: 'Accord du 9 juin',
    ...a,
  });

  test('an extension granted by the administration moves the target and is recorded', () => {
    const result = clock(running, 'resolution', '2026-06-09T12:00+02:00', [
      adjustment({ minutes: 120 }),
    ]);
    expect(result).toMatchObject({ targetMinutes: 720, breached: false });
    expect(result.adjustments[0]).toContain('Prolongation de 120 min ouvrées — Chef de projet MOA');
  });

  test('a waiver clears the breach but keeps the figures', () => {
    expect(
      clock(running, 'resolution', '2026-06-09T12:00+02:00', [adjustment({ kind: 'waiver' })]),
    ).toMatchObject({ elapsedMinutes: 720, breached: false, waived: true });
  });

  test('a corrected start replaces the computed one', () => {
    const result = clock(running, 'resolution', '2026-06-09T12:00+02:00', [
      adjustment({ kind: 'corrected-start', start: '2026-06-08T14:00:00+02:00' }),
    ]);
    expect(result.elapsedMinutes).toBe(480);
  });

  test('a decision taken after the evaluation instant does not count yet', () => {
    expect(
      clock(running, 'resolution', '2026-06-09T08:30+02:00', [adjustment({ minutes: 120 })])
        .targetMinutes,
    ).toBe(600);
  });
});

describe('what the contract does not know is reported, not guessed', () => {
  test('an unknown status makes the clock say why it cannot be computed', () => {
    const issue = anomaly('2026-06-08T10:00+02:00', 'Bloquante', [
      { at: '2026-06-08T11:00+02:00', set: { status: 'Suspendu' } },
    ]);
    const [resolution] = results(issue, '2026-06-08T12:00+02:00');
    expect(resolution).toMatchObject({ id: 'resolution', error: { code: 'CLOCK.UNKNOWN_STATUS' } });
  });

  test('an unknown severity value is reported on the clocks that use it, the others still compute', () => {
    const found = results(anomaly('2026-06-08T10:00+02:00', 'Critique'), '2026-06-08T12:00+02:00');
    expect(found.find((c) => c.id === 'resolution')).toMatchObject({
      error: { code: 'CLOCK.UNKNOWN_VALUE' },
    });
    expect(found.find((c) => c.id === 'delivery')).toMatchObject({ state: 'running' });
  });

  test('an issue outside every category has no clock', () => {
    const story = anIssue('DEM-99', 'Story', '2026-06-08T10:00+02:00', { status: 'À faire' });
    expect(results(story, '2026-06-08T12:00+02:00')).toEqual([]);
  });
});

describe('history entries and scope', () => {
  test('two changes in one history entry apply together: resolved and requalified at once', () => {
    const issue = anomaly('2026-06-08T08:00+02:00', 'Bloquante', [
      { at: '2026-06-08T12:00+02:00', set: { status: 'Résolu', customfield_10001: 'Majeure' } },
    ]);
    expect(clock(issue, 'resolution', '2026-06-09T12:00+02:00')).toMatchObject({
      state: 'stopped',
      elapsedMinutes: 240,
      targetMinutes: 1800,
    });
  });

  test('a category limited to some projects leaves the others out', () => {
    const scoped = compileContract({
      ...TEST_CONTRACT,
      versions: TEST_CONTRACT.versions.map((v) => ({
        ...v,
        categories: v.categories.map((c) => ({ ...c, projects: ['TMA'] })),
      })),
    });
    if (!scoped.ok) throw new Error(scoped.message);
    const evaluation = evaluateIssue(
      scoped.value,
      anomaly('2026-06-08T08:00+02:00', 'Bloquante'),
      at('2026-06-08T12:00+02:00'),
    );
    expect(evaluation).toMatchObject({ ok: true, value: { category: null, clocks: [] } });
  });
});

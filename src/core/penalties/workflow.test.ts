import {
  describePenaltyState,
  draftPenalties,
  finalizePenalties,
  recordObservations,
  requestObservations,
  type PenaltyWorkflow,
} from '.';
import type { Result } from '../result';

const buyer = 'Claire Martin (ATIH)';
const options = { observationDays: 15, zone: 'Europe/Paris' };

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
}

function requested(at = '2026-03-02T10:00:00+01:00'): PenaltyWorkflow {
  const draft = value(draftPenalties({ at: '2026-03-02T09:00:00+01:00', author: buyer }));
  return value(requestObservations(draft, { at, author: buyer, note: 'Courrier n° 12' }, options));
}

describe('the monthly penalty workflow: brouillon → observations demandées → définitif', () => {
  test('asking for observations on 2 March gives until 17 March included', () => {
    const workflow = requested();
    expect(workflow).toMatchObject({
      state: 'observations demandées',
      requestedAt: '2026-03-02T10:00:00+01:00',
      deadlineDate: '2026-03-17',
      deadline: '2026-03-18T00:00:00+01:00',
      observationsAt: null,
    });
    expect(describePenaltyState(workflow)).toBe(
      "observations demandées le 02/03/2026, jusqu'au 17/03/2026 inclus",
    );
  });

  test('the deadline is counted in the contract zone across the change to summer time', () => {
    const workflow = requested('2026-03-20T09:30:00Z');
    expect(workflow.deadlineDate).toBe('2026-04-04');
    expect(workflow.deadline).toBe('2026-04-05T00:00:00+02:00');
  });

  test('finalizing during the observation period without observations is refused', () => {
    const result = finalizePenalties(requested(), {
      at: '2026-03-17T23:59:59+01:00',
      author: buyer,
    });
    expect(result).toMatchObject({ ok: false, code: 'PENALTY.OBSERVATION_PERIOD' });
    if (!result.ok) expect(result.message).toContain('17/03/2026 inclus');
  });

  test('finalizing once the 15 days are over is accepted and recorded in the history', () => {
    const final = value(
      finalizePenalties(requested(), { at: '2026-03-18T00:00:00+01:00', author: buyer }),
    );
    expect(final.state).toBe('définitif');
    expect(final.history).toEqual([
      { state: 'brouillon', at: '2026-03-02T09:00:00+01:00', author: buyer, note: '' },
      {
        state: 'observations demandées',
        at: '2026-03-02T10:00:00+01:00',
        author: buyer,
        note: 'Courrier n° 12',
      },
      { state: 'définitif', at: '2026-03-18T00:00:00+01:00', author: buyer, note: '' },
    ]);
    expect(describePenaltyState(final)).toBe('définitif le 18/03/2026');
  });

  test('once the observations are recorded, finalizing before the deadline is accepted', () => {
    const observed = value(
      recordObservations(requested(), {
        at: '2026-03-05T16:00:00+01:00',
        author: 'Titulaire',
        note: 'Retard imputable à la livraison tardive des données.',
      }),
    );
    expect(observed.observationsAt).toBe('2026-03-05T16:00:00+01:00');
    expect(observed.history.at(-1)).toMatchObject({
      state: 'observations demandées',
      author: 'Titulaire',
    });
    const final = finalizePenalties(observed, { at: '2026-03-06T10:00:00+01:00', author: buyer });
    expect(final).toMatchObject({ ok: true, value: { state: 'définitif' } });
  });

  test('a draft cannot become final without asking for observations', () => {
    const draft = value(draftPenalties({ at: '2026-03-02T09:00:00+01:00', author: buyer }));
    expect(
      finalizePenalties(draft, { at: '2026-04-30T09:00:00+02:00', author: buyer }),
    ).toMatchObject({
      ok: false,
      code: 'PENALTY.OBSERVATIONS_NOT_REQUESTED',
    });
    expect(
      recordObservations(draft, { at: '2026-03-03T09:00:00+01:00', author: buyer }),
    ).toMatchObject({
      ok: false,
      code: 'PENALTY.INVALID_TRANSITION',
    });
  });

  test('a final table accepts no further step', () => {
    const final = value(
      finalizePenalties(requested(), { at: '2026-03-20T10:00:00+01:00', author: buyer }),
    );
    expect(
      finalizePenalties(final, { at: '2026-03-21T10:00:00+01:00', author: buyer }),
    ).toMatchObject({
      ok: false,
      code: 'PENALTY.ALREADY_FINAL',
    });
    expect(
      requestObservations(final, { at: '2026-03-21T10:00:00+01:00', author: buyer }, options),
    ).toMatchObject({
      ok: false,
      code: 'PENALTY.ALREADY_FINAL',
    });
  });

  test('a step dated before the previous one is refused', () => {
    expect(
      recordObservations(requested(), { at: '2026-03-01T10:00:00+01:00', author: 'Titulaire' }),
    ).toMatchObject({ ok: false, code: 'PENALTY.TIME_ORDER' });
  });

  test.each([
    ['an instant without offset', { at: '2026-03-02T10:00:00', author: buyer }, 'at'],
    ['an empty author', { at: '2026-03-02T10:00:00+01:00', author: '  ' }, 'author'],
  ])('%s is refused with its path', (_name, action, path) => {
    expect(draftPenalties(action)).toMatchObject({
      ok: false,
      code: 'PENALTY.INVALID_ACTION',
      issues: [{ path }],
    });
  });

  test('an unknown zone is refused', () => {
    const draft = value(draftPenalties({ at: '2026-03-02T09:00:00+01:00', author: buyer }));
    expect(
      requestObservations(
        draft,
        { at: '2026-03-02T10:00:00+01:00', author: buyer },
        {
          observationDays: 15,
          zone: 'Europe/Atlantis',
        },
      ),
    ).toMatchObject({ ok: false, code: 'PENALTY.INVALID_ZONE' });
  });
});

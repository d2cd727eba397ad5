import fc from 'fast-check';
import { at as ms, iso } from '../../../test/support/calendars';
import { anIssue, type Step } from '../../../test/support/issue-history';
import { createRandom, randomInt } from '../../../test/support/seeded-random';
import { TEST_CONTRACT } from '../../../test/support/test-contract';
import { compileContract } from '../contract';
import { businessMinutes } from '../time';
import {
  evaluateIssue,
  isClockError,
  type ClockMeasure,
  type IssueEvaluation,
  type IssueHistory,
} from '.';

/**
 * Laws of the clock engine over random anomaly histories of TEST_CONTRACT (calendar `tma`,
 * Monday–Friday 08:00–18:00). `resolution` counts in "À faire" and "En cours", pauses in
 * "Attente information" and "En validation", stops in "Résolu" and "Fermé"; `delivery` has no
 * pause. Both start at creation. Instants are whole minutes, often whole hours so that events
 * fall on window edges (08:00, 18:00 Paris are whole UTC hours).
 */

const SEED = 20260611;
const options = { seed: SEED, numRuns: 300 };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR_2026 = Date.UTC(2026, 0, 1);

const STATUSES = [
  'À faire',
  'En cours',
  'Attente information',
  'En validation',
  'Résolu',
  'Fermé',
] as const;
const COUNTING: readonly string[] = ['À faire', 'En cours'];
const SEVERITIES = ['Bloquante', 'Majeure', 'Mineure'] as const;

const compiled = compileContract(TEST_CONTRACT);
if (!compiled.ok) throw new Error(compiled.message);
const contract = compiled.value;
const calendar = contract.versions[0]?.calendars.get('tma');
if (calendar === undefined) throw new Error('TEST_CONTRACT has no tma calendar');

/** What `anIssue` takes: the counterexamples fast-check prints can be pasted into a test. */
interface Model {
  readonly created: string;
  readonly initial: Step['set'];
  readonly steps: readonly Step[];
}

const minutes = (n: number): number => n * MINUTE;

const createdArb = fc.oneof(
  fc.integer({ min: 0, max: 364 * 24 }).map((h) => YEAR_2026 + h * HOUR),
  fc.integer({ min: 0, max: 365 * 1440 - 1 }).map((m) => YEAR_2026 + minutes(m)),
);
/** Minutes between two history entries: the same instant, minutes, whole hours, days. */
const gapArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 120 }) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 72 }).map((h) => h * 60) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 7 * 1440 }) },
);
const changeArb: fc.Arbitrary<Step['set']> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...STATUSES).map((status) => ({ status })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...SEVERITIES).map((severity) => ({ customfield_10001: severity })),
  },
);
const modelArb: fc.Arbitrary<Model> = fc
  .record({
    created: createdArb,
    status: fc.oneof(
      { weight: 3, arbitrary: fc.constant('À faire') },
      { weight: 1, arbitrary: fc.constantFrom(...STATUSES) },
    ),
    severity: fc.constantFrom(...SEVERITIES),
    environment: fc.constantFrom('Production', 'Validation'),
    moves: fc.array(fc.tuple(gapArb, changeArb), { maxLength: 30 }),
  })
  .map(({ created, status, severity, environment, moves }) => {
    let t = created;
    const steps = moves.map(([gap, set]): Step => {
      t += minutes(gap);
      return { at: iso(t), set };
    });
    const initial = { status, customfield_10001: severity, customfield_10002: environment };
    return { created: iso(created), initial, steps };
  });

const issueOf = (model: Model): IssueHistory =>
  anIssue('DEM-1', 'Anomalie', model.created, model.initial, model.steps);

const lastInstant = (model: Model): number => ms(model.steps.at(-1)?.at ?? model.created);

/** A whole-minute instant in `[from, to]` chosen by `n`. */
const instantIn = (from: number, to: number, n: number): number =>
  from + minutes(n % (Math.floor((to - from) / MINUTE) + 1));

function evaluate(issue: IssueHistory, when: number, segments = true): IssueEvaluation {
  const evaluation = evaluateIssue(contract, issue, when, [], { segments });
  if (!evaluation.ok) throw new Error(evaluation.message);
  return evaluation.value;
}

function measures(issue: IssueHistory, when: number, segments = true): ClockMeasure[] {
  return evaluate(issue, when, segments).clocks.map((clock) => {
    if (isClockError(clock)) throw new Error(`${clock.id}: ${clock.error.message}`);
    return clock;
  });
}

function measure(issue: IssueHistory, when: number, id: string): ClockMeasure {
  const found = measures(issue, when, false).find((clock) => clock.id === id);
  if (found === undefined) throw new Error(`no clock ${id}`);
  return found;
}

/** A stretch of constant state: `[from, to)`, between the steps `index - 1` and `index`. */
interface Stretch {
  readonly index: number;
  readonly from: number;
  readonly to: number;
  readonly status: string;
}

function stretchesOf(model: Model, horizon: number): Stretch[] {
  const out: Stretch[] = [];
  let from = ms(model.created);
  let status = model.initial.status ?? '';
  model.steps.forEach((step, index) => {
    out.push({ index, from, to: ms(step.at), status });
    from = ms(step.at);
    status = step.set.status ?? status;
  });
  out.push({ index: model.steps.length, from, to: Math.max(from, horizon), status });
  return out;
}

const withSteps = (model: Model, index: number, inserted: readonly Step[]): Model => ({
  ...model,
  steps: [...model.steps.slice(0, index), ...inserted, ...model.steps.slice(index)],
});

describe('laws of the clock engine over random anomaly histories', () => {
  test('a pause inserted in a counting stretch moves exactly its business minutes from elapsed to paused', () => {
    // Engine semantics: the intervals of a clock tile [start, at) (up to the final stop, whose
    // trailing stretch counts as neither); each one is counted or paused as a whole, and business
    // minutes are additive. Pausing [p1, p2) inside a counting stretch only reclassifies
    // [p1, min(p2, at)): elapsed loses exactly m = businessMinutes(p1, min(p2, at)) (0 when the
    // evaluation precedes p1, and m can be 0 over a night or a weekend), paused gains it, so
    // elapsed never increases and elapsed + paused is unchanged — for every evaluation instant,
    // not only after p2, because the stretch is not a stop and so cannot move the final stop.
    // `delivery` has no pause condition: "Attente information" counts there and nothing changes.
    fc.assert(
      fc.property(
        modelArb,
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (model, pick, a, b, late, afterBoth) => {
          const horizon = lastInstant(model) + 3 * DAY;
          const counting = stretchesOf(model, horizon).filter(
            (s) => COUNTING.includes(s.status) && s.to > s.from,
          );
          fc.pre(counting.length > 0);
          const stretch = counting[pick % counting.length]!;
          const p1 = instantIn(stretch.from, stretch.to - MINUTE, a);
          const p2 = instantIn(p1 + MINUTE, stretch.to, b);
          const paused = withSteps(model, stretch.index, [
            { at: iso(p1), set: { status: 'Attente information' } },
            { at: iso(p2), set: { status: stretch.status } },
          ]);
          // Half the time after both inserted entries (the usual case), else anywhere.
          const when = instantIn(afterBoth ? p2 : ms(model.created), horizon + 7 * DAY, late);
          const [before, after] = [issueOf(model), issueOf(paused)];
          const old = measure(before, when, 'resolution');
          const now = measure(after, when, 'resolution');
          const moved = when > p1 ? businessMinutes(calendar, p1, Math.min(p2, when)) : 0;
          expect(now.elapsedMinutes).toBeLessThanOrEqual(old.elapsedMinutes);
          expect(now.elapsedMinutes + now.pausedMinutes).toBe(
            old.elapsedMinutes + old.pausedMinutes,
          );
          expect([now.elapsedMinutes, now.pausedMinutes]).toEqual([
            old.elapsedMinutes - moved,
            old.pausedMinutes + moved,
          ]);
          expect(measure(after, when, 'delivery')).toEqual(measure(before, when, 'delivery'));
        },
      ),
      options,
    );
  });

  test('a history entry that changes nothing the clocks read changes no measure', () => {
    // A field no clock reads (Niveau de service is not in TEST_CONTRACT; Environnement is, but no
    // condition or goal uses it) or a status set to the status it already has, at any instant,
    // before or after entries of the same instant.
    const noOp = fc.constantFrom('service-level', 'environment', 'same-status');
    const value = fc.constantFrom('OR', 'ARGENT', 'BRONZE', 'Production', 'Validation', null);
    fc.assert(
      fc.property(
        modelArb,
        fc.nat(),
        fc.nat(),
        noOp,
        value,
        fc.nat(),
        (model, n, tie, kind, v, late) => {
          const horizon = lastInstant(model) + 3 * DAY;
          const t = instantIn(ms(model.created), horizon, n);
          const earlier = model.steps.filter((step) => ms(step.at) < t).length;
          const same = model.steps.filter((step) => ms(step.at) === t).length;
          const index = earlier + (tie % (same + 1));
          const status = stretchesOf(model, horizon)[index]?.status ?? null;
          const set: Step['set'] =
            kind === 'same-status'
              ? { status }
              : kind === 'service-level'
                ? { customfield_10004: v }
                : { customfield_10002: v === 'Validation' ? v : 'Production' };
          const split = issueOf(withSteps(model, index, [{ at: iso(t), set }]));
          const when = instantIn(ms(model.created), horizon + 7 * DAY, late);
          expect(evaluate(split, when, false)).toEqual(evaluate(issueOf(model), when, false));
        },
      ),
      options,
    );
  });

  test('the order of the history entries in the input does not matter', () => {
    fc.assert(
      fc.property(modelArb, fc.nat(), fc.nat(), (model, seed, late) => {
        const issue = issueOf(model);
        const random = createRandom(seed);
        const events = [...issue.events];
        for (let i = events.length - 1; i > 0; i -= 1) {
          const j = randomInt(random, 0, i);
          [events[i], events[j]] = [events[j]!, events[i]!];
        }
        const when = instantIn(ms(model.created), lastInstant(model) + 7 * DAY, late);
        expect(evaluate({ ...issue, events }, when)).toEqual(evaluate(issue, when));
      }),
      options,
    );
  });

  test('with no event in between, a running clock gains exactly the business minutes from t1 to t2', () => {
    // Likewise a paused clock gains them as paused time and a stopped clock gains nothing. "No
    // event in between" is (t1, t2]: half the time t1 is the instant of an event, whose state is
    // the one in force at t1 (events at the evaluation instant count).
    fc.assert(
      fc.property(modelArb, fc.boolean(), fc.nat(), fc.nat(), (model, onEvent, first, span) => {
        const instants = model.steps.map((step) => ms(step.at));
        const t1 =
          onEvent && instants.length > 0
            ? instants[first % instants.length]!
            : instantIn(ms(model.created), lastInstant(model) + 3 * DAY, first);
        const next = instants.find((instant) => instant > t1);
        const t2 = instantIn(t1, next === undefined ? t1 + 10 * DAY : next - MINUTE, span);
        const gained = businessMinutes(calendar, t1, t2);
        const later = measures(issueOf(model), t2, false);
        measures(issueOf(model), t1, false).forEach((old, i) => {
          const now = later[i]!;
          const expected =
            old.state === 'running'
              ? [old.elapsedMinutes + gained, old.pausedMinutes]
              : old.state === 'paused'
                ? [old.elapsedMinutes, old.pausedMinutes + gained]
                : [old.elapsedMinutes, old.pausedMinutes];
          expect({ id: now.id, minutes: [now.elapsedMinutes, now.pausedMinutes] }).toEqual({
            id: old.id,
            minutes: expected,
          });
        });
      }),
      options,
    );
  });

  test('elapsed time never decreases as the evaluation instant moves forward', () => {
    // True for these clocks: reopening resumes the same cycle, the calendar and the start do not
    // come from fields. A `new-cycle` clock restarts at 0, and a clock whose calendar or start is
    // read from a field (demat-ads gtr) follows the final qualification, so elapsed may drop there.
    fc.assert(
      fc.property(modelArb, fc.nat(), fc.nat(), (model, a, b) => {
        const horizon = lastInstant(model) + 7 * DAY;
        const t1 = instantIn(ms(model.created), horizon, a);
        const t2 = instantIn(t1, horizon, b);
        const later = measures(issueOf(model), t2, false);
        measures(issueOf(model), t1, false).forEach((old, i) => {
          expect(later[i]?.elapsedMinutes).toBeGreaterThanOrEqual(old.elapsedMinutes);
        });
      }),
      options,
    );
  });
});

/** Counterexamples the laws above found (shrunk, then made minimal), kept as regression examples. */
describe('counterexamples found by the laws', () => {
  const bloquante = (created: string, steps: Step[] = []) =>
    anIssue(
      'DEM-7',
      'Anomalie',
      created,
      { status: 'En cours', customfield_10001: 'Bloquante' },
      steps,
    );

  test('a field change after the target was reached does not move breachedAt', () => {
    // 600 minutes are reached on Monday at 18:00. With a "Niveau de service" change at 20:00 the
    // engine used to say 20:00: it looked for the interval going over the target (the one after
    // the change) instead of the one reaching it, and added 0 minutes to its start.
    const when = ms('2026-06-09T12:00+02:00');
    const plain = measure(bloquante('2026-06-08T08:00+02:00'), when, 'resolution');
    const split = measure(
      bloquante('2026-06-08T08:00+02:00', [
        { at: '2026-06-08T20:00+02:00', set: { customfield_10004: 'OR' } },
      ]),
      when,
      'resolution',
    );
    expect(plain.breachedAt).toBe(ms('2026-06-08T18:00+02:00'));
    expect([split.breachedAt, split.dueAt]).toEqual([plain.breachedAt, plain.dueAt]);
  });

  test('an issue resolved at the evaluation instant is stopped at that instant', () => {
    // The engine used to say running, stoppedAt null, dueAt Tuesday 10:00: the change at 16:00
    // opens an empty interval [16:00, 16:00) that was dropped, so the state came from the
    // counting interval before it; one minute later it said stopped, stoppedAt 16:00.
    const issue = bloquante('2026-06-08T10:00+02:00', [
      { at: '2026-06-08T16:00+02:00', set: { status: 'Résolu' } },
    ]);
    expect(measure(issue, ms('2026-06-08T16:00+02:00'), 'resolution')).toMatchObject({
      state: 'stopped',
      elapsedMinutes: 360,
      stoppedAt: ms('2026-06-08T16:00+02:00'),
      dueAt: null,
    });
  });
});

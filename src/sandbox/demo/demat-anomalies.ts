import type { DemoContext } from './context';
import type { IssueDraft } from './draft';
import { budgetShare } from './goals';
import { castOf, DEMAT_TEAM, type Cast } from './people';
import { rngFor, type Rng } from '../random';
import { Script } from './script';
import { dematProduct, summaries } from './texts';
import { CreationPicker } from './timing';

/**
 * DEMAT'ADS application anomalies (issue type "Anomalie", project DEM), walking the preset's TMA
 * workflow: À faire → En cours (→ Attente information → En cours) → Résolu → En validation →
 * Fermé, with rejected validations, reopenings, workarounds proposed / refused / validated and
 * severities requalified by the administration. Durations are drawn against the preset's targets
 * (`resolution`: Bloquante 1 j, Majeure 3 j, Mineure sprint suivant; `contournement`: 4 h, 1 j)
 * so that about one in eight misses its deadline.
 */

type Severity = 'Bloquante' | 'Majeure' | 'Mineure';

const SEVERITIES: readonly (readonly [Severity, number])[] = [
  ['Bloquante', 10],
  ['Majeure', 35],
  ['Mineure', 55],
];
const LATE = 0.14;
const LATE_WORKAROUND = 0.08;
/** Business minutes of 30 working days of 10 h. */
const MINOR_WORK = 30 * 600;
/** Business minutes on the TMA calendar (1 jour = 10 h). */
const RESOLUTION: Readonly<Record<Exclude<Severity, 'Mineure'>, number>> = {
  Bloquante: 600,
  Majeure: 1800,
};
const WORKAROUND: Readonly<Record<Severity, number | null>> = {
  Bloquante: 240,
  Majeure: 600,
  Mineure: null,
};

/**
 * Proposes a workaround and has it validated once `budget` minutes have counted (before the fix,
 * which comes after `before` counted minutes).
 */
function workaround(s: Script, rng: Rng, cast: Cast, budget: number, before: number): void {
  const due = Math.min(budget, before * 0.9);
  const left = due - s.counted;
  if (left < 10) return;
  s.work(left * 0.6).set(cast.titulaire, { workaround: 'Proposé' });
  if (rng.chance(0.15))
    s.work(left * 0.15)
      .set(cast.administration, { workaround: 'Refusé' })
      .work(left * 0.15)
      .set(cast.titulaire, { workaround: 'Proposé' });
  s.work(Math.max(due - s.counted, 5)).set(cast.administration, { workaround: 'Validé' });
}

/** Résolu → En validation → Fermé by the administration, after its own (paused) time. */
function validate(s: Script, rng: Rng, cast: Cast): void {
  s.wait(rng.real(20, 900)).set(cast.administration, { status: 'En validation' });
  s.wait(rng.real(60, 2400));
}

function anomaly(context: DemoContext, rng: Rng, created: number): IssueDraft {
  const { tma } = context.calendars;
  const cast = castOf(DEMAT_TEAM, rng);
  const [product, label] = dematProduct(rng);
  const severity = rng.weighted(SEVERITIES);
  const requalified = rng.chance(0.1);
  const initialSeverity = requalified
    ? rng.pick(SEVERITIES.map(([s]) => s).filter((s) => s !== severity))
    : severity;
  const target =
    severity === 'Mineure' ? context.calendars.sprintMinutes(created) : RESOLUTION[severity];
  const late = rng.chance(LATE);
  // A minor fix takes a few weeks whatever the sprint calendar says.
  const budget = (late ? target : Math.min(target, MINOR_WORK)) * budgetShare(rng, late);
  const rejected = rng.chance(0.12);
  const first = rejected ? budget * 0.7 : budget;
  const wTarget = WORKAROUND[severity];
  const wBudget =
    wTarget === null ? first * 0.5 : wTarget * budgetShare(rng, rng.chance(LATE_WORKAROUND));
  const s = new Script(tma, rng, created);
  s.work(Math.min(first, wBudget * 0.5) * rng.real(0.05, 0.25)).set(cast.titulaire, {
    status: 'En cours',
  });
  if (wTarget !== null ? rng.chance(0.96) : rng.chance(0.15))
    workaround(s, rng, cast, wBudget, first);
  if (requalified) s.work(first * 0.05).set(cast.administration, { severity });
  if (rng.chance(0.25))
    s.work(first * 0.1)
      .set(cast.titulaire, { status: 'Attente information' })
      .wait(rng.real(60, 1800))
      .set(cast.administration, { status: 'En cours' });
  s.work(Math.max(first - s.counted, 15)).set(cast.titulaire, { status: 'Résolu' });
  validate(s, rng, cast);
  if (rejected) {
    s.set(cast.administration, { status: 'En cours' })
      .work(budget - first)
      .set(cast.titulaire, { status: 'Résolu' });
    validate(s, rng, cast);
  }
  s.set(cast.administration, { status: 'Fermé' });
  if (rng.chance(0.04)) {
    s.wait(rng.real(600, 6000))
      .set(cast.administration, { status: 'En cours' })
      .work(rng.real(60, 600))
      .set(cast.titulaire, { status: 'Résolu' });
    validate(s, rng, cast);
    s.set(cast.administration, { status: 'Fermé' });
  }
  return {
    project: 'DEM',
    issueType: 'Anomalie',
    summary: summaries.anomaly(rng, product),
    labels: [label],
    created,
    reporter: cast.administration,
    assignee: cast.titulaire,
    initial: {
      status: 'À faire',
      severity: initialSeverity,
      environment: rng.chance(0.55) ? 'Production' : 'Validation',
    },
    steps: s.steps,
  };
}

/** `count` anomalies created over the period, in creation order. */
export function dematAnomalies(context: DemoContext, count: number): IssueDraft[] {
  const rng = rngFor(context.seed, 'demat-anomalies');
  const picker = new CreationPicker(context.period, 'office');
  return picker.sorted(rng, count).map((created) => anomaly(context, rng, created));
}

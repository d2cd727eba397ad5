import type { DemoContext } from './context';
import type { IssueDraft } from './draft';
import { doneAt } from './goals';
import { ATIH_TEAM, castOf } from './people';
import { rngFor, type Rng } from '../random';
import { Script } from './script';
import { simpleFlow } from './simple-flow';
import { ATIH_PROJECTS, summaries } from './texts';
import { CreationPicker } from './timing';

/**
 * ATIH recette anomalies ("Anomalie", Criticité Bloquante 1 jo / Non bloquante 5 jo) and UO-9
 * maintenance tickets ("Maintenance UO-9": charge estimated by the titulaire before work, then
 * validated by the ATIH, drawn on the envelope), in project ATIH, on the ATIH calendar.
 */

const LATE = 0.12;
const ESTIMATES: readonly (readonly [number, number])[] = [
  [0.5, 3],
  [1, 5],
  [1.5, 3],
  [2, 4],
  [2.5, 1],
  [3, 3],
  [4, 1],
  [5, 1],
];

function anomaly(context: DemoContext, rng: Rng, created: number): IssueDraft {
  const { atih } = context.calendars;
  const cast = castOf(ATIH_TEAM, rng);
  const project = rng.pick(ATIH_PROJECTS);
  const blocking = rng.chance(0.25);
  const goal = { workingDays: blocking ? 1 : 5 };
  const done = doneAt(atih, rng, created, goal, rng.chance(LATE));
  return {
    project: 'ATIH',
    issueType: 'Anomalie',
    summary: summaries.atihAnomaly(rng, project),
    labels: ['recette'],
    created,
    reporter: cast.administration,
    assignee: cast.titulaire,
    initial: { status: 'À faire', severity: blocking ? 'Bloquante' : 'Non bloquante', project },
    steps: simpleFlow(atih, rng, cast, created, done, { reopen: 0.03, waiting: 0 }),
  };
}

/** Validated charge: the estimate most of the time, half a day less or more otherwise. */
function validatedCharge(rng: Rng, estimate: number): number {
  const delta = rng.weighted([
    [0, 70],
    [-0.5, 15],
    [0.5, 15],
  ] as const);
  return Math.max(0.5, estimate + delta);
}

function maintenance(context: DemoContext, rng: Rng, created: number): IssueDraft {
  const { atih } = context.calendars;
  const cast = castOf(ATIH_TEAM, rng);
  const project = rng.pick(ATIH_PROJECTS);
  const estimate = rng.weighted(ESTIMATES);
  const s = new Script(atih, rng, created);
  s.days(rng.int(0, 2)).set(cast.titulaire, { estimatedCharge: estimate });
  s.days(rng.int(0, 3)).set(cast.titulaire, { status: 'En cours' });
  s.days(Math.ceil(estimate) + rng.int(0, 3)).set(cast.titulaire, { status: 'Résolu' });
  s.days(rng.int(1, 5)).set(cast.administration, {
    validatedCharge: validatedCharge(rng, estimate),
    status: 'Fermé',
  });
  return {
    project: 'ATIH',
    issueType: 'Maintenance UO-9',
    summary: summaries.maintenance(rng, project),
    labels: ['uo-9'],
    created,
    reporter: cast.administration,
    assignee: cast.titulaire,
    initial: { status: 'À faire', project },
    steps: s.steps,
  };
}

export function atihAnomalies(context: DemoContext, count: number): IssueDraft[] {
  const rng = rngFor(context.seed, 'atih-anomalies');
  const picker = new CreationPicker(context.period, 'office');
  return picker.sorted(rng, count).map((created) => anomaly(context, rng, created));
}

export function atihMaintenance(context: DemoContext, count: number): IssueDraft[] {
  const rng = rngFor(context.seed, 'atih-maintenance');
  const picker = new CreationPicker(context.period, 'office');
  return picker.sorted(rng, count).map((created) => maintenance(context, rng, created));
}

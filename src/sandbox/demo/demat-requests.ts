import type { DemoContext } from './context';
import type { IssueDraft } from './draft';
import { doneAt, type Goal } from './goals';
import { castOf, DEMAT_TEAM } from './people';
import { rngFor, type Rng } from '../random';
import { simpleFlow } from './simple-flow';
import { dematProduct, summaries } from './texts';
import { CreationPicker } from './timing';

/**
 * DEMAT'ADS documentation anomalies ("Anomalie documentaire", Gravité Critique 2 jo / Majeure 5 jo
 * / Mineure sprint suivant) and assistance requests ("Demande d'assistance", Urgence Élevée 4 h /
 * Moyenne 2 jo / Basse sans délai), in project DEM, on the TMA calendar.
 */

type DocSeverity = 'Critique' | 'Majeure' | 'Mineure';
type Urgency = 'Élevée' | 'Moyenne' | 'Basse';

const DOC_SEVERITIES: readonly (readonly [DocSeverity, number])[] = [
  ['Critique', 15],
  ['Majeure', 35],
  ['Mineure', 50],
];
const URGENCIES: readonly (readonly [Urgency, number])[] = [
  ['Élevée', 20],
  ['Moyenne', 50],
  ['Basse', 30],
];
const LATE = 0.14;

function documentation(context: DemoContext, rng: Rng, created: number): IssueDraft {
  const { tma, sprintMinutes } = context.calendars;
  const cast = castOf(DEMAT_TEAM, rng);
  const [product, label] = dematProduct(rng);
  const gravity = rng.weighted(DOC_SEVERITIES);
  const goal: Goal =
    gravity === 'Critique'
      ? { workingDays: 2 }
      : gravity === 'Majeure'
        ? { workingDays: 5 }
        : { minutes: sprintMinutes(created) };
  const done = doneAt(tma, rng, created, goal, rng.chance(LATE));
  return {
    project: 'DEM',
    issueType: 'Anomalie documentaire',
    summary: summaries.documentation(rng, product),
    labels: [label, 'documentation'],
    created,
    reporter: cast.administration,
    assignee: cast.titulaire,
    initial: { status: 'À faire', docSeverity: gravity },
    steps: simpleFlow(tma, rng, cast, created, done, { reopen: 0.03, waiting: 0.05 }),
  };
}

function assistance(context: DemoContext, rng: Rng, created: number): IssueDraft {
  const { tma } = context.calendars;
  const cast = castOf(DEMAT_TEAM, rng);
  const [product, label] = dematProduct(rng);
  const urgency = rng.weighted(URGENCIES);
  const goal: Goal =
    urgency === 'Élevée'
      ? { minutes: 240 }
      : urgency === 'Moyenne'
        ? { workingDays: 2 }
        : { none: true };
  const done = doneAt(tma, rng, created, goal, rng.chance(LATE));
  return {
    project: 'DEM',
    issueType: "Demande d'assistance",
    summary: summaries.assistance(rng, product),
    labels: [label],
    created,
    reporter: cast.administration,
    assignee: rng.chance(0.9) ? cast.titulaire : null,
    initial: { status: 'À faire', urgency },
    steps: simpleFlow(tma, rng, cast, created, done, { reopen: 0.02, waiting: 0.2 }),
  };
}

export function dematDocumentation(context: DemoContext, count: number): IssueDraft[] {
  const rng = rngFor(context.seed, 'demat-documentation');
  const picker = new CreationPicker(context.period, 'office');
  return picker.sorted(rng, count).map((created) => documentation(context, rng, created));
}

export function dematAssistance(context: DemoContext, count: number): IssueDraft[] {
  const rng = rngFor(context.seed, 'demat-assistance');
  const picker = new CreationPicker(context.period, 'office');
  return picker.sorted(rng, count).map((created) => assistance(context, rng, created));
}

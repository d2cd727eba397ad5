import type { BusinessCalendar } from '../../core/time';
import type { DemoContext } from './context';
import type { IssueDraft } from './draft';
import { budgetShare } from './goals';
import { castOf, DEMAT_TEAM } from './people';
import { rngFor, type Rng } from '../random';
import { Script } from './script';
import { dematProduct, summaries } from './texts';
import { afterBusinessMinutes, CreationPicker, dstSundays, localInstant } from './timing';

/**
 * DEMAT'ADS infrastructure incidents (issue type "Incident", project INC): service level OR /
 * ARGENT / BRONZE, an incident start ("Début d'incident") before the ticket's creation, sometimes
 * corrected by the administration, resolved against the preset's GTR on the level's calendar.
 * When the period holds a DST change, a few OR incidents are opened in the night it happens.
 */

type Level = 'OR' | 'ARGENT' | 'BRONZE';
type Severity = 'Bloquante' | 'Majeure' | 'Mineure';

const LEVELS: readonly (readonly [Level, number])[] = [
  ['OR', 30],
  ['ARGENT', 45],
  ['BRONZE', 25],
];
const SEVERITIES: readonly (readonly [Severity, number])[] = [
  ['Bloquante', 20],
  ['Majeure', 40],
  ['Mineure', 40],
];
/** GTR in business minutes of the level's calendar (OR: 1 jour = 14 h, others 10 h). */
const GTR: Readonly<Record<Level, Readonly<Record<Severity, number>>>> = {
  OR: { Bloquante: 120, Majeure: 240, Mineure: 2 * 840 },
  ARGENT: { Bloquante: 240, Majeure: 480, Mineure: 5 * 600 },
  BRONZE: { Bloquante: 480, Majeure: 2 * 600, Mineure: 10 * 600 },
};
const LATE = 0.14;
const MINUTE = 60_000;

function calendarOf(context: DemoContext, level: Level): BusinessCalendar {
  const { or, argent, bronze } = context.calendars;
  return level === 'OR' ? or : level === 'ARGENT' ? argent : bronze;
}

function incident(context: DemoContext, rng: Rng, created: number, forced?: Level): IssueDraft {
  const cast = castOf(DEMAT_TEAM, rng);
  const [product, label] = dematProduct(rng);
  const level = forced ?? rng.weighted(LEVELS);
  const severity = rng.weighted(SEVERITIES);
  const calendar = calendarOf(context, level);
  const reported = created - rng.int(3, 45) * MINUTE;
  const corrected = rng.chance(0.1);
  const start = corrected ? reported - rng.int(30, 240) * MINUTE : reported;
  const budget = GTR[level][severity] * budgetShare(rng, rng.chance(LATE));
  const resolved = afterBusinessMinutes(calendar, start, budget);
  const s = new Script(calendar, rng, created);
  s.at(created + rng.int(2, 25) * MINUTE).set(cast.titulaire, { status: 'En cours' });
  if (corrected)
    s.at(s.now + rng.int(5, 40) * MINUTE).set(cast.administration, { incidentStart: start });
  if (rng.chance(0.15) && resolved - s.now > 60 * MINUTE)
    s.at(s.now + (resolved - s.now) / 3)
      .set(cast.titulaire, { status: 'Attente information' })
      .at(s.now + (resolved - s.now) / 2)
      .set(cast.administration, { status: 'En cours' });
  s.at(resolved).set(cast.titulaire, { status: 'Résolu' });
  s.wait(rng.real(60, 1500)).set(cast.administration, { status: 'Fermé' });
  return {
    project: 'INC',
    issueType: 'Incident',
    summary: summaries.incident(rng, product),
    labels: [label, 'supervision'],
    created,
    reporter: rng.chance(0.6) ? cast.titulaire : cast.administration,
    assignee: cast.titulaire,
    initial: {
      status: 'À faire',
      severity,
      serviceLevel: level,
      incidentStart: reported,
    },
    steps: s.steps,
  };
}

/** `count` incidents over the period, two per DST night (scaled) among them, in creation order. */
export function dematIncidents(context: DemoContext, count: number, scale: number): IssueDraft[] {
  const rng = rngFor(context.seed, 'demat-incidents');
  const nights = dstSundays(context.period);
  const perNight = Math.min(Math.max(1, Math.round(2 * scale)), Math.floor(count / 4));
  const forced = nights.flatMap((day) =>
    Array.from(
      { length: perNight },
      () => localInstant(day, rng.real(30, 270), rng.int(0, 59)) + rng.int(0, 999),
    ),
  );
  const picker = new CreationPicker(context.period, 'ops');
  const others = picker.sorted(rng, Math.max(0, count - forced.length));
  const night = new Set(forced);
  return [...forced, ...others]
    .sort((a, b) => a - b)
    .map((created) => incident(context, rng, created, night.has(created) ? 'OR' : undefined));
}

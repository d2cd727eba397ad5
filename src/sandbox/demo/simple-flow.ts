import type { BusinessCalendar } from '../../core/time';
import type { DraftStep } from './draft';
import type { Cast } from './people';
import type { Rng } from '../random';
import { Script } from './script';

const MINUTE = 60_000;

/**
 * The short workflow of tickets without pauses: À faire → En cours → Résolu at `done` → Fermé by
 * the administration a few working days later; now and then reopened (→ En cours → Résolu →
 * Fermé), and sometimes waiting for information on the way (a status those clocks do not pause on).
 */
export function simpleFlow(
  calendar: BusinessCalendar,
  rng: Rng,
  cast: Cast,
  created: number,
  done: number,
  options: { readonly reopen: number; readonly waiting: number },
): readonly DraftStep[] {
  const s = new Script(calendar, rng, created);
  const lead = Math.min((done - created) / 3, rng.int(15, 180) * MINUTE);
  s.at(created + Math.max(lead, MINUTE)).set(cast.titulaire, { status: 'En cours' });
  if (rng.chance(options.waiting) && done - s.now > 60 * MINUTE)
    s.at(s.now + (done - s.now) / 3)
      .set(cast.titulaire, { status: 'Attente information' })
      .at(s.now + (done - s.now) / 2)
      .set(cast.administration, { status: 'En cours' });
  s.at(done).set(cast.titulaire, { status: 'Résolu' });
  s.days(rng.int(1, 5)).set(cast.administration, { status: 'Fermé' });
  if (rng.chance(options.reopen))
    s.days(rng.int(1, 6))
      .set(cast.administration, { status: 'En cours' })
      .days(rng.int(0, 2))
      .set(cast.titulaire, { status: 'Résolu' })
      .days(rng.int(1, 3))
      .set(cast.administration, { status: 'Fermé' });
  return s.steps;
}

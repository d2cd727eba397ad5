import type { Person } from './jira-json';
import type { Rng } from '../random';

/** Made-up people of the demo site: the titulaires' staff and the administrations' staff. */

const person = (n: number, displayName: string): Person => ({
  accountId: `712020:5e1a0c00-0000-4000-8000-${String(n).padStart(12, '0')}`,
  displayName,
});

export interface Team {
  /** The titulaire's staff: they triage, work, resolve. */
  readonly titulaire: readonly Person[];
  /** The administration's staff: they report, qualify, validate, close. */
  readonly administration: readonly Person[];
}

export const DEMAT_TEAM: Team = {
  titulaire: [
    person(1, 'Camille Roux'),
    person(2, 'Julien Lefèvre'),
    person(3, 'Sarah Benali'),
    person(4, 'Thomas Garnier'),
    person(5, 'Inès Carpentier'),
  ],
  administration: [
    person(11, 'Nathalie Morel (DNUM)'),
    person(12, 'Olivier Petit (DNUM)'),
    person(13, 'Claire Dubois (DGALN)'),
  ],
};

export const ATIH_TEAM: Team = {
  titulaire: [person(21, 'Léa Fontaine'), person(22, 'Karim Haddad'), person(23, 'Paul Moreau')],
  administration: [person(31, 'Hélène Marchand (ATIH)'), person(32, 'Marc Vidal (ATIH)')],
};

/** Who does what on one issue: one titulaire and one administration person, chosen once. */
export interface Cast {
  readonly titulaire: Person;
  readonly administration: Person;
}

export function castOf(team: Team, rng: Rng): Cast {
  return { titulaire: rng.pick(team.titulaire), administration: rng.pick(team.administration) };
}

import type { CompiledVersion } from '../contract';
import { fail, type Failure } from '../result';
import type { Timeline } from './timeline';

/**
 * What in an issue's timeline the contract does not know, found once per issue and shared by its
 * clocks: the first unknown status, and per qualification field the first unknown value.
 */
export interface TimelineCheck {
  readonly status: Failure | undefined;
  readonly values: ReadonlyMap<string, Failure>;
}

type Version = CompiledVersion['version'];

interface KnownValues {
  readonly key: string;
  readonly allowed: ReadonlySet<string>;
}

const knownValues = new WeakMap<Version, readonly KnownValues[]>();

/** The fields whose values the contract lists, with those values. */
function knownValuesOf(version: Version): readonly KnownValues[] {
  let known = knownValues.get(version);
  if (known === undefined) {
    known = Object.entries(version.fields).flatMap(([key, f]) =>
      f.values === undefined ? [] : [{ key, allowed: new Set(f.values) }],
    );
    knownValues.set(version, known);
  }
  return known;
}

const NOTHING_UNKNOWN: ReadonlyMap<string, Failure> = new Map();

export function checkTimeline(version: Version, timeline: Timeline): TimelineCheck {
  const known = knownValuesOf(version);
  let status: Failure | undefined;
  let values: Map<string, Failure> | undefined;
  let checked: Timeline['entries'][number]['state']['values'] | undefined;
  for (const { state } of timeline.entries) {
    if (status === undefined && state.role === undefined) {
      status = fail(
        'CLOCK.UNKNOWN_STATUS',
        `Statut « ${state.status} » de ${timeline.key} inconnu du contrat : déclarez-le dans statuses avec son rôle (attente, validation, résolu…).`,
      );
    }
    // States share their values object until a qualification field changes.
    if (state.values === checked) continue;
    checked = state.values;
    for (const { key, allowed } of known) {
      const value = state.values[key] ?? null;
      if (value === null || allowed.has(value) || values?.has(key) === true) continue;
      values ??= new Map();
      values.set(
        key,
        fail(
          'CLOCK.UNKNOWN_VALUE',
          `Valeur « ${value} » du champ « ${version.fields[key]?.label ?? key} » de ${timeline.key} inconnue du contrat (valeurs connues : ${[...allowed].join(', ')}) : ajoutez-la ou corrigez le ticket.`,
        ),
      );
    }
  }
  return { status, values: values ?? NOTHING_UNKNOWN };
}

/** The first problem among the fields a clock reads, or undefined when it can be computed. */
export function problemFor(check: TimelineCheck, reads: readonly string[]): Failure | undefined {
  if (check.status !== undefined) return check.status;
  if (check.values.size === 0) return undefined;
  for (const key of reads) {
    const problem = check.values.get(key);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

import type { FieldChange, HistoryEvent, IssueHistory } from '../../src/core/clocks';
import { createRandom, randomInt, type Random } from '../../test/support/seeded-random';

/**
 * Synthetic Jira issues in the `demat-ads` preset's conventions, shaped as `src/jira` delivers
 * them: field ids with their display names, UTC ISO instants, a 30-entry changelog where the
 * status walks the workflow with pauses, rejected validations and reopenings, and qualification
 * changes now and then. Seeded: the same seed gives the same issues.
 */

/** Field ids of the synthetic site and their display names (the search response's `names`). */
export const SYNTHETIC_NAMES = {
  status: 'Statut',
  assignee: 'Responsable',
  customfield_10101: 'Criticité',
  customfield_10102: 'Environnement',
  customfield_10103: 'Contournement',
  customfield_10104: 'Niveau de service',
  customfield_10105: "Début d'incident",
} as const;

const FIELD = {
  severity: 'customfield_10101',
  environment: 'customfield_10102',
  workaround: 'customfield_10103',
  serviceLevel: 'customfield_10104',
  incidentStart: 'customfield_10105',
} as const;

const MINUTE = 60_000;
/** Issues are created over 2025–2026 (UTC). */
const CREATED_FROM = Date.UTC(2025, 0, 1);
const CREATED_TO = Date.UTC(2027, 0, 1);
/** No history entry goes past this instant (a safe evaluation instant for every issue). */
export const SYNTHETIC_HORIZON = Date.UTC(2028, 0, 1);

const SEVERITIES = ['Bloquante', 'Majeure', 'Mineure'] as const;
const LEVELS = ['OR', 'ARGENT', 'BRONZE'] as const;
const AUTHORS = ['Agent TMA 1', 'Agent TMA 2', 'Pilote MOA', 'Exploitant N2', 'Robot Jira'];

type Status = 'À faire' | 'En cours' | 'Attente information' | 'En validation' | 'Résolu' | 'Fermé';

/** Workflow moves with their weights: waits, rejected validations and reopenings included. */
const MOVES: Readonly<Record<Status, readonly (readonly [Status, number])[]>> = {
  'À faire': [
    ['En cours', 8],
    ['Attente information', 2],
  ],
  'En cours': [
    ['Attente information', 3],
    ['En validation', 3],
    ['Résolu', 4],
  ],
  'Attente information': [
    ['En cours', 9],
    ['À faire', 1],
  ],
  'En validation': [
    ['Résolu', 6],
    ['En cours', 4],
  ],
  Résolu: [
    ['Fermé', 6],
    ['En cours', 4],
  ],
  Fermé: [['En cours', 1]],
};

export interface SyntheticOptions {
  readonly seed: number;
  readonly count: number;
  /** History entries per issue (default 30). */
  readonly historyLength?: number;
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function nextStatus(random: Random, status: Status): Status {
  const moves = MOVES[status];
  let roll = random() * moves.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [to, weight] of moves) {
    roll -= weight;
    if (roll < 0) return to;
  }
  return status;
}

/** Minutes to days between two entries: mean about a day and a half. */
function gapMs(random: Random): number {
  const roll = random();
  if (roll < 0.4) return randomInt(random, 1, 120) * MINUTE;
  if (roll < 0.8) return randomInt(random, 60, 48 * 60) * MINUTE;
  return randomInt(random, 1440, 10 * 1440) * MINUTE;
}

function other(
  random: Random,
  items: readonly string[],
  current: string | null | undefined,
): string {
  const rest = items.filter((item) => item !== current);
  return pick(random, rest.length > 0 ? rest : items);
}

/** A changelog item other than a status move: a qualification change or a reassignment. */
function otherChange(
  random: Random,
  incident: boolean,
  values: Readonly<Record<string, string | null>>,
): readonly [string, string] {
  const roll = random();
  // About one issue in three has its severity requalified (30 entries, 30 % of them here).
  if (roll < 0.04) return [FIELD.severity, other(random, SEVERITIES, values[FIELD.severity])];
  if (incident && roll < 0.07)
    return [FIELD.serviceLevel, other(random, LEVELS, values[FIELD.serviceLevel])];
  if (!incident && roll < 0.33) {
    const proposed = values[FIELD.workaround] === 'Proposé';
    return [FIELD.workaround, proposed ? pick(random, ['Validé', 'Refusé']) : 'Proposé'];
  }
  return ['assignee', pick(random, AUTHORS)];
}

/** One synthetic issue; `n` numbers its key and its changelog ids. */
export function syntheticIssue(random: Random, n: number, historyLength = 30): IssueHistory {
  const incident = random() < 0.35;
  const created =
    CREATED_FROM + Math.floor(random() * ((CREATED_TO - CREATED_FROM) / MINUTE)) * MINUTE;
  const values: Record<string, string | null> = {
    status: 'À faire',
    assignee: null,
    [FIELD.severity]: pick(random, SEVERITIES),
    [FIELD.environment]: random() < 0.6 ? 'Production' : 'Validation',
    [FIELD.workaround]: null,
    [FIELD.serviceLevel]: incident ? pick(random, LEVELS) : null,
    [FIELD.incidentStart]:
      incident && random() < 0.7
        ? new Date(created - randomInt(random, 0, 180) * MINUTE).toISOString()
        : null,
  };
  let status: Status = 'À faire';
  let at = created;
  const events: HistoryEvent[] = [];
  for (let i = 0; i < historyLength; i += 1) {
    at = Math.min(at + gapMs(random), SYNTHETIC_HORIZON);
    const move: Status | undefined = random() < 0.7 ? nextStatus(random, status) : undefined;
    const [field, to]: readonly [string, string] =
      move === undefined ? otherChange(random, incident, values) : ['status', move];
    const change: FieldChange = { field, from: values[field] ?? null, to };
    values[field] = to;
    status = move ?? status;
    events.push({
      id: String(100_000 + n * historyLength + i),
      at,
      author: pick(random, AUTHORS),
      changes: [change],
    });
  }
  return {
    key: `${incident ? 'INC' : 'DEM'}-${String(n + 1)}`,
    issueType: incident ? 'Incident' : 'Anomalie',
    project: incident ? 'INC' : 'DEM',
    labels: [],
    created,
    fields: values,
    names: SYNTHETIC_NAMES,
    events,
  };
}

/** Streams `count` issues one at a time: the caller never needs to hold them all. */
export function* syntheticIssues(options: SyntheticOptions): Generator<IssueHistory> {
  const random = createRandom(options.seed);
  for (let n = 0; n < options.count; n += 1) {
    yield syntheticIssue(random, n, options.historyLength);
  }
}

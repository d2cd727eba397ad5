import type { ContractVersion, IssueState } from '../contract';
import type { HistoryEvent, IssueHistory } from './issue-history';

/** The issue's state from one instant until the next entry. */
export interface TimelineEntry {
  readonly at: number;
  readonly state: IssueState;
  /** The history entry that produced this state; undefined for the state at creation. */
  readonly event: HistoryEvent | undefined;
}

export interface Timeline {
  readonly key: string;
  readonly created: number;
  /** Entries in time order; the first is the state at creation. */
  readonly entries: readonly TimelineEntry[];
}

function compareEvents(a: HistoryEvent, b: HistoryEvent): number {
  if (a.at !== b.at) return a.at - b.at;
  const [x, y] = [Number(a.id), Number(b.id)];
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const idsByName = new WeakMap<Readonly<Record<string, string>>, ReadonlyMap<string, string>>();

/** Events in time order; Jira sends histories newest first, so a reversal is usually enough. */
function inTimeOrder(events: readonly HistoryEvent[]): readonly HistoryEvent[] {
  let rising = 0;
  let falling = 0;
  events.forEach((event, i) => {
    const previous = events[i - 1];
    if (previous === undefined) return;
    const order = compareEvents(previous, event);
    if (order < 0) rising++;
    if (order > 0) falling++;
  });
  if (falling === 0) return events;
  if (rising === 0) return [...events].reverse();
  return [...events].sort(compareEvents);
}

/** The field id a contract reference designates: an id present in the issue, or a display name. */
export function resolveFieldId(history: IssueHistory, reference: string): string {
  if (Object.hasOwn(history.fields, reference) || Object.hasOwn(history.names, reference))
    return reference;
  let byName = idsByName.get(history.names);
  if (byName === undefined) {
    byName = new Map(Object.entries(history.names).map(([id, name]) => [name, id]));
    idsByName.set(history.names, byName);
  }
  return byName.get(reference) ?? reference;
}

function qualification(
  raw: Readonly<Record<string, string | null>>,
  ids: { main: string; admin: string | undefined },
): string | null {
  const admin = ids.admin === undefined ? null : (raw[ids.admin] ?? null);
  return admin ?? raw[ids.main] ?? null;
}

/**
 * Builds the ordered states of an issue up to `at`: initial values come from the first change's
 * `from` (or the fetched value when the field never changed), then every history entry at or
 * before `at` is applied in time order (ties by history id). Values are mapped to the contract's
 * field keys; the administration's qualification prevails when both are set.
 */
export function buildTimeline(
  history: IssueHistory,
  version: ContractVersion,
  at: number,
): Timeline {
  const events = inTimeOrder(history.events);
  const raw: Record<string, string | null> = { ...history.fields };
  const seen = new Set<string>();
  for (const event of events) {
    for (const change of event.changes) {
      if (seen.has(change.field)) continue;
      seen.add(change.field);
      raw[change.field] = change.from;
    }
  }
  const fieldIds = Object.entries(version.fields).map(([key, field]) => ({
    key,
    ids: {
      main: resolveFieldId(history, field.jira),
      admin: field.adminJira === undefined ? undefined : resolveFieldId(history, field.adminJira),
    },
  }));
  const stateOf = (): IssueState => {
    const status = raw.status ?? '';
    const values: Record<string, string | null> = {};
    for (const { key, ids } of fieldIds) values[key] = qualification(raw, ids);
    return {
      status,
      role: Object.hasOwn(version.statuses, status) ? version.statuses[status] : undefined,
      values,
    };
  };
  const read = new Set([
    'status',
    ...fieldIds.flatMap(({ ids }) =>
      ids.admin === undefined ? [ids.main] : [ids.main, ids.admin],
    ),
  ]);
  const entries: TimelineEntry[] = [{ at: history.created, state: stateOf(), event: undefined }];
  for (const event of events) {
    if (event.at > at) break;
    let relevant = false;
    for (const change of event.changes) {
      raw[change.field] = change.to;
      relevant ||= read.has(change.field);
    }
    // An entry that changes nothing the contract reads neither changes a state nor explains one.
    if (relevant)
      entries.push({ at: Math.max(event.at, history.created), state: stateOf(), event });
  }
  return { key: history.key, created: history.created, entries };
}

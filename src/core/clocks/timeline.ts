import type { ContractVersion, IssueState } from '../contract';
import { compiledClock } from './compiled-clock';
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
  if (a.id === b.id) return 0;
  const [x, y] = [Number(a.id), Number(b.id)];
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const idsByName = new WeakMap<Readonly<Record<string, string>>, ReadonlyMap<string, string>>();

/** Events in time order; Jira sends histories newest first, so a reversal is usually enough. */
function inTimeOrder(events: readonly HistoryEvent[]): readonly HistoryEvent[] {
  let rising = 0;
  let falling = 0;
  for (let i = 1; i < events.length; i++) {
    const [previous, event] = [events[i - 1], events[i]];
    if (previous === undefined || event === undefined) continue;
    const order = compareEvents(previous, event);
    if (order < 0) rising++;
    if (order > 0) falling++;
  }
  if (falling === 0) return events;
  if (rising === 0) return [...events].reverse();
  return [...events].sort(compareEvents);
}

/** The field id a contract reference designates: a field id, or a display name in `names`. */
export function resolveFieldId(names: Readonly<Record<string, string>>, reference: string): string {
  if (Object.hasOwn(names, reference)) return reference;
  let byName = idsByName.get(names);
  if (byName === undefined) {
    byName = new Map(Object.entries(names).map(([id, name]) => [name, id]));
    idsByName.set(names, byName);
  }
  return byName.get(reference) ?? reference;
}

interface FieldMapping {
  readonly fields: readonly {
    readonly key: string;
    readonly main: string;
    readonly admin: string | undefined;
  }[];
  /** Every field id the contract reads, status included. */
  readonly read: ReadonlySet<string>;
}

/** Which fields a timeline follows: those the clocks read, or every field of the version. */
export type TimelineScope = 'clocks' | 'all';

const mappings = new WeakMap<
  Readonly<Record<string, string>>,
  WeakMap<ContractVersion, Partial<Record<TimelineScope, FieldMapping>>>
>();

const clockKeys = new WeakMap<ContractVersion, ReadonlySet<string>>();

/** The field keys a version's clocks read: conditions, goals, calendar choice, start field. */
function clockFieldKeys(version: ContractVersion): ReadonlySet<string> {
  let keys = clockKeys.get(version);
  if (keys === undefined) {
    keys = new Set(
      version.clocks.flatMap((clock) => [
        ...compiledClock(clock).reads,
        ...(clock.startField === undefined ? [] : [clock.startField]),
      ]),
    );
    clockKeys.set(version, keys);
  }
  return keys;
}

/** How a version's fields map to the ids of a site, once per `names` object (one search page). */
function fieldMapping(
  names: Readonly<Record<string, string>>,
  version: ContractVersion,
  scope: TimelineScope,
): FieldMapping {
  let byVersion = mappings.get(names);
  if (byVersion === undefined) {
    byVersion = new WeakMap();
    mappings.set(names, byVersion);
  }
  let byScope = byVersion.get(version);
  if (byScope === undefined) {
    byScope = {};
    byVersion.set(version, byScope);
  }
  let mapping = byScope[scope];
  if (mapping === undefined) {
    const wanted = scope === 'all' ? undefined : clockFieldKeys(version);
    const fields = Object.entries(version.fields)
      .filter(([key]) => wanted === undefined || wanted.has(key))
      .map(([key, field]) => ({
        key,
        main: resolveFieldId(names, field.jira),
        admin: field.adminJira === undefined ? undefined : resolveFieldId(names, field.adminJira),
      }));
    const read = new Set([
      'status',
      ...fields.flatMap((f) => (f.admin === undefined ? [f.main] : [f.main, f.admin])),
    ]);
    mapping = { fields, read };
    byScope[scope] = mapping;
  }
  return mapping;
}

function valuesOf(
  raw: Readonly<Record<string, string | null>>,
  fields: FieldMapping['fields'],
): Readonly<Record<string, string | null>> {
  const values: Record<string, string | null> = {};
  for (const field of fields) {
    const admin = field.admin === undefined ? null : (raw[field.admin] ?? null);
    values[field.key] = admin ?? raw[field.main] ?? null;
  }
  return values;
}

function stateOf(
  version: ContractVersion,
  status: string,
  values: Readonly<Record<string, string | null>>,
): IssueState {
  return {
    status,
    role: Object.hasOwn(version.statuses, status) ? version.statuses[status] : undefined,
    values,
  };
}

/**
 * Builds the ordered states of an issue up to `at`: initial values come from the first change's
 * `from` (or the fetched value when the field never changed), then every history entry at or
 * before `at` is applied in time order (ties by history id). Only the fields of `scope` are
 * followed: those the clocks read, or all the version's. Values are mapped to the contract's
 * field keys; the administration's qualification prevails when both are set.
 */
export function buildTimeline(
  history: IssueHistory,
  version: ContractVersion,
  at: number,
  scope: TimelineScope = 'all',
): Timeline {
  const events = inTimeOrder(history.events);
  const { fields, read } = fieldMapping(history.names, version, scope);
  const raw: Record<string, string | null> = {};
  for (const id of read) raw[id] = history.fields[id] ?? null;
  const seen = new Set<string>();
  for (const event of events) {
    for (const change of event.changes) {
      if (!read.has(change.field) || seen.has(change.field)) continue;
      seen.add(change.field);
      raw[change.field] = change.from;
    }
    if (seen.size === read.size) break;
  }
  let values = valuesOf(raw, fields);
  const entries: TimelineEntry[] = [
    { at: history.created, state: stateOf(version, raw.status ?? '', values), event: undefined },
  ];
  for (const event of events) {
    if (event.at > at) break;
    let relevant = false;
    let valuesChanged = false;
    for (const change of event.changes) {
      if (!read.has(change.field)) continue;
      raw[change.field] = change.to;
      relevant = true;
      valuesChanged ||= change.field !== 'status';
    }
    // An entry that changes nothing the contract reads neither changes a state nor explains one;
    // states share their values object until a qualification field changes.
    if (!relevant) continue;
    if (valuesChanged) values = valuesOf(raw, fields);
    entries.push({
      at: Math.max(event.at, history.created),
      state: stateOf(version, raw.status ?? '', values),
      event,
    });
  }
  return { key: history.key, created: history.created, entries };
}

import type { ContractVersion } from '../contract';
import type { OrderStep, OrdersConfig, OwnStepSource, StepSource } from '../contract/orders-schema';
import { parseFieldInstant } from '../clocks/field-instant';
import type { IssueHistory } from '../clocks/issue-history';
import { buildTimeline, type Timeline } from '../clocks/timeline';
import type { LineProblem } from './uo-lines';

/** One delivery (each entry into a delivery status) and the refusal that answered it, if any. */
export interface DeliveryEvent {
  readonly iteration: number;
  readonly at: number;
  /** The PV de recette refusing it (leaving verification for a refused status). */
  readonly refusedAt: number | null;
}

export interface Lifecycle {
  readonly timeline: Timeline;
  /** When each step happened (epoch ms), for the steps that did. */
  readonly steps: Partial<Record<OrderStep, number>>;
  readonly deliveries: readonly DeliveryEvent[];
  readonly problems: readonly LineProblem[];
}

/** Indexes of the entries where the issue enters one of `statuses` (the first entry counts if it starts there). */
function entriesInto(timeline: Timeline, statuses: readonly string[]): number[] {
  const found: number[] = [];
  timeline.entries.forEach((entry, i) => {
    const before = timeline.entries[i - 1]?.state.status;
    const inside = statuses.includes(entry.state.status);
    if (inside && (before === undefined || !statuses.includes(before))) found.push(i);
  });
  return found;
}

function ownInstant(
  source: OwnStepSource,
  timeline: Timeline,
  zone: string,
  version: ContractVersion,
  problems: LineProblem[],
): number | undefined {
  if ('created' in source) return timeline.created;
  if ('enters' in source) {
    const first = entriesInto(timeline, source.enters)[0];
    return first === undefined ? undefined : timeline.entries[first]?.at;
  }
  const text = timeline.entries.at(-1)?.state.values[source.field] ?? null;
  if (text === null) return undefined;
  const instant = parseFieldInstant(text, zone);
  if (instant === undefined) {
    const label = version.fields[source.field]?.label ?? source.field;
    problems.push({
      code: 'ORDER.BAD_DATE',
      message: `${timeline.key} : date « ${text} » du champ « ${label} » illisible ; écrivez AAAA-MM-JJ.`,
    });
  }
  return instant;
}

/** Finds the other issues of the export by key (the devis or invoice issues linked to an order). */
export type IssueLookup = (key: string) => IssueHistory | undefined;

/** Where the step's date is read, and on which issue. */
interface StepReading {
  readonly history: IssueHistory;
  readonly version: ContractVersion;
  readonly zone: string;
  readonly at: number;
  readonly timeline: Timeline;
  readonly lookup: IssueLookup;
}

function stepInstant(
  source: StepSource,
  reading: StepReading,
  problems: LineProblem[],
): number | undefined {
  const { version, zone } = reading;
  if (!('linked' in source)) return ownInstant(source, reading.timeline, zone, version, problems);
  const { issueTypes, linkTypes, date } = source.linked;
  const instants = (reading.history.links ?? []).flatMap((link) => {
    if (linkTypes !== undefined && !linkTypes.includes(link.type)) return [];
    const other = reading.lookup(link.key);
    if (other === undefined || !issueTypes.includes(other.issueType)) return [];
    const timeline = buildTimeline(other, version, reading.at);
    const instant = ownInstant(date, timeline, zone, version, problems);
    return instant === undefined ? [] : [instant];
  });
  return instants.length === 0 ? undefined : Math.min(...instants);
}

/**
 * Reads an order's life from its issue (and the issues linked to it) up to `at`: the date of each
 * step through the contract's mapping, every delivery, and the refusals (leaving verification for a refused status), each
 * attached to the delivery it answers.
 */
export function readLifecycle(
  history: IssueHistory,
  version: ContractVersion,
  orders: OrdersConfig,
  zone: string,
  at: number,
  lookup: IssueLookup,
): Lifecycle {
  const timeline = buildTimeline(history, version, at);
  const problems: LineProblem[] = [];
  const steps: Partial<Record<OrderStep, number>> = {};
  const reading: StepReading = { history, version, zone, at, timeline, lookup };
  for (const [step, source] of Object.entries(orders.steps) as [OrderStep, StepSource][]) {
    const instant = stepInstant(source, reading, problems);
    if (instant !== undefined) steps[step] = instant;
  }
  const delivery = orders.steps.livraison;
  const deliveryIndexes =
    delivery !== undefined && 'enters' in delivery ? entriesInto(timeline, delivery.enters) : [];
  const refusals: number[] = [];
  const refusal = orders.refusal;
  if (refusal !== undefined)
    timeline.entries.forEach((entry, i) => {
      const before = timeline.entries[i - 1]?.state.status;
      if (
        before !== undefined &&
        refusal.from.includes(before) &&
        refusal.to.includes(entry.state.status)
      )
        refusals.push(entry.at);
    });
  const deliveries = deliveryIndexes.map((index, i): DeliveryEvent => {
    const deliveredAt = timeline.entries[index]?.at ?? timeline.created;
    const nextAt = timeline.entries[deliveryIndexes[i + 1] ?? -1]?.at ?? Number.POSITIVE_INFINITY;
    const refusedAt = refusals.find((r) => r >= deliveredAt && r < nextAt) ?? null;
    return { iteration: i + 1, at: deliveredAt, refusedAt };
  });
  return { timeline, steps, deliveries, problems };
}

import { isClockError } from '../clocks/clock-result';
import { holds, type CompiledVersion } from '../contract';
import type { IndicatorDefinition } from '../contract/indicators-schema';
import { businessMinutes } from '../time/business-time';
import type { IndicatorResult } from './indicator-result';
import type { IssueFacts, MonthPeriod } from './issue-facts';
import { percent, rateVerdict, valueVerdict } from './verdict';

type Of<K extends IndicatorDefinition['kind']> = Extract<IndicatorDefinition, { kind: K }>;
type Scoped = Of<'clock-rate'> | Of<'count'> | Of<'availability'> | Of<'anomalies-per-unit'>;

/** The issues an indicator looks at: its categories and its condition on the final state. */
export function inScope(definition: Scoped, facts: readonly IssueFacts[]): IssueFacts[] {
  return facts.filter(
    (f) =>
      definition.categories.includes(f.category) &&
      (definition.when === undefined || holds(definition.when, f.state)),
  );
}

const head = (d: IndicatorDefinition) => ({ id: d.id, label: d.label, threshold: d.threshold });

/** Clocks that stopped in the period: met / (met + breached); running breached ones apart. */
export function clockRate(
  definition: Of<'clock-rate'>,
  facts: readonly IssueFacts[],
  period: MonthPeriod,
): IndicatorResult {
  const counted: string[] = [];
  const apart: string[] = [];
  let met = 0;
  for (const f of inScope(definition, facts)) {
    const clock = f.clocks.find((c) => c.id === definition.clock);
    if (clock === undefined) continue;
    // A clock that cannot be computed is shown apart, never silently left out.
    if (isClockError(clock)) {
      apart.push(f.history.key);
      continue;
    }
    const stopped = clock.state === 'stopped' && clock.stoppedAt !== null;
    if (stopped && clock.stoppedAt >= period.from && clock.stoppedAt < period.to) {
      counted.push(f.history.key);
      if (!clock.breached) met += 1;
    } else if (!stopped && clock.breached) apart.push(f.history.key);
  }
  return {
    ...head(definition),
    unit: '%',
    value: percent(met, counted.length, definition.threshold),
    verdict: rateVerdict(met, counted.length, definition.threshold),
    numerator: met,
    denominator: counted.length,
    contributing: counted,
    apart,
    rule: `Délais « ${definition.clock} » arrêtés du ${period.firstDay} au ${period.lastDay} : tenus / (tenus + dépassés). Les délais encore ouverts mais déjà dépassés, et ceux que la qualification du ticket ne permet pas de calculer, sont listés à part, non comptés.`,
  };
}

const COUNT_RULES = {
  opened: 'tickets créés dans le mois',
  resolved: 'tickets passés à un statut résolu ou clos dans le mois',
  stock: 'tickets créés avant la fin du mois et ni résolus ni clos à cette date',
} as const;

export function countIssues(
  definition: Of<'count'>,
  facts: readonly IssueFacts[],
  period: MonthPeriod,
): IndicatorResult {
  const within = (t: number): boolean => t >= period.from && t < period.to;
  const keys = inScope(definition, facts)
    .filter((f) => {
      if (definition.count === 'opened') return within(f.history.created);
      if (definition.count === 'resolved') return f.resolutions.some(within);
      return f.state.role !== 'resolved' && f.state.role !== 'closed';
    })
    .map((f) => f.history.key);
  return {
    ...head(definition),
    unit: 'nombre',
    value: keys.length,
    verdict: valueVerdict(keys.length, definition.threshold),
    numerator: keys.length,
    denominator: null,
    contributing: keys,
    apart: [],
    rule: `Nombre de ${COUNT_RULES[definition.count]} (du ${period.firstDay} au ${period.lastDay}).`,
  };
}

/** Sorted union of spans (no instant counted twice). */
function union(spans: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/**
 * 100 × (1 − downtime / window): the incidents' spans (their clock's start to its stop, or the
 * period's end while open), merged so that overlapping incidents count once, in the window's
 * minutes (24/7 or a calendar's working time).
 */
export function availability(
  definition: Of<'availability'>,
  facts: readonly IssueFacts[],
  period: MonthPeriod,
  compiled: CompiledVersion,
): IndicatorResult {
  const calendar =
    definition.window === '24/7' ? undefined : compiled.calendars.get(definition.window);
  const minutes = (a: number, b: number): number =>
    calendar === undefined
      ? Math.floor(b / 60_000) - Math.floor(a / 60_000)
      : businessMinutes(calendar, a, b);
  const spans: [number, number][] = [];
  const keys: string[] = [];
  const apart: string[] = [];
  for (const f of inScope(definition, facts)) {
    const clock = f.clocks.find((c) => c.id === definition.clock);
    if (clock !== undefined && isClockError(clock)) apart.push(f.history.key);
    if (clock === undefined || isClockError(clock) || clock.startedAt === null) continue;
    const start = Math.max(clock.startedAt, period.from);
    const end = Math.min(clock.stoppedAt ?? period.to, period.to);
    if (end <= start) continue;
    spans.push([start, end]);
    keys.push(f.history.key);
  }
  const total = minutes(period.from, period.to);
  const down = union(spans).reduce((sum, [a, b]) => sum + minutes(a, b), 0);
  const up = total - down;
  return {
    ...head(definition),
    unit: '%',
    value: percent(up, total, definition.threshold),
    verdict: rateVerdict(up, total, definition.threshold),
    numerator: up,
    denominator: total,
    contributing: keys,
    apart,
    rule: `Disponibilité du ${period.firstDay} au ${period.lastDay} sur la plage ${definition.window === '24/7' ? '24 h/24, 7 j/7' : `du calendrier « ${definition.window} »`} : minutes disponibles / minutes de la plage ; les interruptions simultanées ne comptent qu'une fois ; les incidents dont le délai est incalculable sont listés à part.`,
  };
}

import {
  compileCondition,
  referencesOf,
  type ClockDefinition,
  type Predicate,
  type Target,
} from '../contract';

/** A clock definition with its conditions turned into functions and the fields it reads. */
export interface CompiledClock {
  readonly start: Predicate;
  readonly pause: Predicate | undefined;
  readonly stop: Predicate;
  readonly goals: readonly { readonly when: Predicate | undefined; readonly target: Target }[];
  /** Every qualification field the clock reads (conditions, goals, calendar choice). */
  readonly reads: readonly string[];
}

const cache = new WeakMap<ClockDefinition, CompiledClock>();

/** Compiles a clock once; the same definition object always gives the same compiled clock. */
export function compiledClock(clock: ClockDefinition): CompiledClock {
  const known = cache.get(clock);
  if (known !== undefined) return known;
  const conditions = [clock.start, clock.stop, clock.pause, ...clock.goals.map((g) => g.when)];
  const reads = conditions.flatMap((c) => (c === undefined ? [] : referencesOf(c).fields));
  if (typeof clock.calendar !== 'string') reads.push(clock.calendar.field);
  const compiled: CompiledClock = {
    start: compileCondition(clock.start),
    pause: clock.pause === undefined ? undefined : compileCondition(clock.pause),
    stop: compileCondition(clock.stop),
    goals: clock.goals.map((g) => ({
      when: g.when === undefined ? undefined : compileCondition(g.when),
      target: g.target,
    })),
    reads: [...new Set(reads)],
  };
  cache.set(clock, compiled);
  return compiled;
}

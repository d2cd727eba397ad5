import type { JqlCondition } from './compile';
import type { DateValue } from './dates';
import { instantOf, valuesOf, type JqlIssue } from './fields';

type Predicate = (issue: JqlIssue) => boolean;

/**
 * Jira's match on a field holding `present` values (none when empty): a plain match finds one of
 * the wanted values, EMPTY included; a negated one needs a non-empty field holding none of them.
 */
function matches<T>(
  present: readonly T[],
  wanted: ReadonlySet<T>,
  negated: boolean,
  empty: boolean,
): boolean {
  if (present.length === 0) return !negated && empty;
  const found = present.some((value) => wanted.has(value));
  return negated ? !found : found;
}

/** Builds the predicate of a condition; every date is resolved once, with `resolve`. */
export function buildPredicate(
  condition: JqlCondition,
  resolve: (value: DateValue) => number,
): Predicate {
  switch (condition.kind) {
    case 'and': {
      const parts = condition.conditions.map((c) => buildPredicate(c, resolve));
      return (issue) => parts.every((part) => part(issue));
    }
    case 'or': {
      const parts = condition.conditions.map((c) => buildPredicate(c, resolve));
      return (issue) => parts.some((part) => part(issue));
    }
    case 'not': {
      const inner = buildPredicate(condition.condition, resolve);
      return (issue) => !inner(issue);
    }
    case 'match': {
      const { field, negated, values } = condition;
      const wanted = new Set(values.filter((value) => value !== null));
      const empty = values.includes(null);
      return (issue) => {
        const present = valuesOf(issue, field).map((value) => value.toLowerCase());
        return matches(present, wanted, negated, empty);
      };
    }
    case 'contains': {
      const { field, negated, text } = condition;
      return (issue) => {
        const [summary] = valuesOf(issue, field);
        if (summary === undefined) return !negated && text === null;
        if (text === null) return negated;
        return summary.toLowerCase().includes(text) !== negated;
      };
    }
    case 'date-match': {
      const { field, negated, values } = condition;
      const wanted = new Set(values.flatMap((value) => (value === null ? [] : [resolve(value)])));
      const empty = values.includes(null);
      return (issue) => {
        const instant = instantOf(issue, field);
        return matches(instant === null ? [] : [instant], wanted, negated, empty);
      };
    }
    case 'date-compare': {
      const { field, operator } = condition;
      const bound = resolve(condition.value);
      const compare: Record<typeof operator, (ms: number) => boolean> = {
        '<': (ms) => ms < bound,
        '<=': (ms) => ms <= bound,
        '>': (ms) => ms > bound,
        '>=': (ms) => ms >= bound,
      };
      const test = compare[operator];
      return (issue) => {
        const instant = instantOf(issue, field);
        return instant !== null && test(instant);
      };
    }
  }
}

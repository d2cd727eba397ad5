import { z } from 'zod';

export const STATUS_ROLES = [
  'todo',
  'in-progress',
  'waiting-information',
  'validation',
  'resolved',
  'closed',
  'other',
] as const;
export type StatusRole = (typeof STATUS_ROLES)[number];

/**
 * A predicate over an issue's state at one instant: its status (by name or by role) and its
 * qualification fields (by the contract's field key).
 */
export type Condition =
  | { readonly always: true }
  | { readonly status: readonly string[] }
  | { readonly role: readonly StatusRole[] }
  | { readonly field: string; readonly equals: readonly string[] }
  | { readonly field: string; readonly set: true }
  | { readonly field: string; readonly cleared: true }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

const names = z.array(z.string().min(1)).min(1, 'Indiquez au moins une valeur.');

export const conditionSchema: z.ZodType<Condition, Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ always: z.literal(true) }),
    z.strictObject({ status: names }),
    z.strictObject({ role: z.array(z.enum(STATUS_ROLES)).min(1) }),
    z.strictObject({ field: z.string().min(1), equals: names }),
    z.strictObject({ field: z.string().min(1), set: z.literal(true) }),
    z.strictObject({ field: z.string().min(1), cleared: z.literal(true) }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

/** The state a condition is evaluated on: status name and the qualification values by key. */
export interface IssueState {
  readonly status: string;
  readonly role: StatusRole | undefined;
  readonly values: Readonly<Record<string, string | null>>;
}

export type Predicate = (state: IssueState) => boolean;

/** Turns a condition into a function once, for evaluating it on many states. */
export function compileCondition(condition: Condition): Predicate {
  if ('always' in condition) return () => true;
  if ('status' in condition) {
    const names = new Set(condition.status);
    return (state) => names.has(state.status);
  }
  if ('role' in condition) {
    const roles = new Set<StatusRole>(condition.role);
    return (state) => state.role !== undefined && roles.has(state.role);
  }
  if ('all' in condition) {
    const parts = condition.all.map(compileCondition);
    return (state) => {
      for (const part of parts) if (!part(state)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compileCondition);
    return (state) => {
      for (const part of parts) if (part(state)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not);
    return (state) => !inner(state);
  }
  const field = condition.field;
  if ('equals' in condition) {
    const values = new Set(condition.equals);
    return (state) => values.has(state.values[field] ?? '');
  }
  if ('set' in condition) return (state) => (state.values[field] ?? null) !== null;
  return (state) => (state.values[field] ?? null) === null;
}

export function holds(condition: Condition, state: IssueState): boolean {
  if ('always' in condition) return true;
  if ('status' in condition) return condition.status.includes(state.status);
  if ('role' in condition) return state.role !== undefined && condition.role.includes(state.role);
  if ('all' in condition) return condition.all.every((c) => holds(c, state));
  if ('any' in condition) return condition.any.some((c) => holds(c, state));
  if ('not' in condition) return !holds(condition.not, state);
  const value = state.values[condition.field] ?? null;
  if ('equals' in condition) return value !== null && condition.equals.includes(value);
  if ('set' in condition) return value !== null;
  return value === null;
}

/** Every field key, status name and compared value a condition mentions, for cross-checks. */
export function referencesOf(condition: Condition): {
  fields: string[];
  statuses: string[];
  values: { field: string; value: string }[];
} {
  if ('all' in condition || 'any' in condition) {
    const parts = ('all' in condition ? condition.all : condition.any).map(referencesOf);
    return {
      fields: parts.flatMap((p) => p.fields),
      statuses: parts.flatMap((p) => p.statuses),
      values: parts.flatMap((p) => p.values),
    };
  }
  if ('not' in condition) return referencesOf(condition.not);
  if ('status' in condition) return { fields: [], statuses: [...condition.status], values: [] };
  if ('equals' in condition) {
    const values = condition.equals.map((value) => ({ field: condition.field, value }));
    return { fields: [condition.field], statuses: [], values };
  }
  if ('field' in condition) return { fields: [condition.field], statuses: [], values: [] };
  return { fields: [], statuses: [], values: [] };
}

import { fail, succeed, type Result } from '../../core/result';
import { DATE_FUNCTIONS, readDateText, readOffset, type DateValue } from './dates';
import {
  resolveField,
  SUPPORTED_OPERATORS,
  type DateFieldId,
  type FieldId,
  type FieldSpec,
  type ValueFieldId,
} from './fields';
import { invalid } from './messages';
import {
  displayOperand,
  type Clause,
  type Operand,
  type Operator,
  type SyntaxTree,
} from './syntax';

/**
 * A checked query, ready to run. Text values are lower case (Jira compares them in any case);
 * `null` stands for EMPTY. A negated match (`!=`, `NOT IN`, `IS NOT`) never matches an empty
 * field, as in Jira; `NOT` is the plain complement.
 */
export type JqlCondition =
  | { readonly kind: 'and' | 'or'; readonly conditions: readonly JqlCondition[] }
  | { readonly kind: 'not'; readonly condition: JqlCondition }
  | {
      readonly kind: 'match';
      readonly field: ValueFieldId | 'labels';
      readonly negated: boolean;
      readonly values: readonly (string | null)[];
    }
  | {
      readonly kind: 'contains';
      readonly field: 'summary';
      readonly negated: boolean;
      readonly text: string | null;
    }
  | {
      readonly kind: 'date-match';
      readonly field: DateFieldId;
      readonly negated: boolean;
      readonly values: readonly (DateValue | null)[];
    }
  | {
      readonly kind: 'date-compare';
      readonly field: DateFieldId;
      readonly operator: '<' | '<=' | '>' | '>=';
      readonly value: DateValue;
    };

export interface JqlSortKey {
  readonly field: FieldId;
  readonly direction: 'asc' | 'desc';
}

export interface JqlQuery {
  /** `null` for a query without conditions: it matches every issue. */
  readonly where: JqlCondition | null;
  readonly orderBy: readonly JqlSortKey[];
}

interface Problem {
  readonly code: 'JQL.UNKNOWN_FIELD' | 'JQL.INVALID_CLAUSE';
  readonly message: string;
}
type Report = (code: Problem['code'], message: string) => void;

const NEGATED = new Set<Operator>(['!=', 'not in', 'is not', '!~']);
const RANGE = new Set<Operator>(['<', '<=', '>', '>=']);
const LISTS = new Set<Operator>(['in', 'not in']);

function flatten(operand: Operand): Operand[] {
  return operand.kind === 'list' ? operand.items.flatMap(flatten) : [operand];
}

/** Jira's operator-usage rules: lists only with IN, EMPTY not with IN or ranges, IS only EMPTY. */
function usageProblem(field: string, operator: Operator, operand: Operand): string | null {
  const isList = operand.kind === 'list';
  if (isList && !LISTS.has(operator)) {
    return invalid.listValue(operator, displayOperand(operand), field);
  }
  if (operand.kind === 'empty' && (LISTS.has(operator) || RANGE.has(operator))) {
    return invalid.emptyValue(operator, field);
  }
  if (!isList && operand.kind !== 'empty' && LISTS.has(operator)) {
    return invalid.nonListValue(operator, displayOperand(operand), field);
  }
  if (operand.kind !== 'empty' && (operator === 'is' || operator === 'is not')) {
    return invalid.nonEmptyValue(operator, field);
  }
  return null;
}

/** A date operand item: `null` for EMPTY, `undefined` for a wrong one (reported). */
function dateValue(field: string, item: Operand, report: Report): DateValue | null | undefined {
  switch (item.kind) {
    case 'empty':
      return null;
    case 'list':
      return undefined;
    case 'value': {
      const value = item.number
        ? { kind: 'instant' as const, ms: Number(item.value) }
        : readDateText(item.value);
      if (value === null) report('JQL.INVALID_CLAUSE', invalid.dateValue(item.value, field));
      return value ?? undefined;
    }
    case 'function': {
      const fn = DATE_FUNCTIONS.get(item.name.toLowerCase());
      if (fn === undefined) return undefined;
      const count = item.args.length;
      const tooMany = fn.unit === null ? count > 0 : count > 1;
      if (tooMany) {
        const message = fn.unit === null ? invalid.noArguments : invalid.tooManyArguments;
        report('JQL.INVALID_CLAUSE', message(fn.name, count));
        return undefined;
      }
      const offset = readOffset(fn, item.args[0]);
      if (offset === null) report('JQL.INVALID_CLAUSE', invalid.duration(fn.name));
      return offset === null ? undefined : { kind: 'function', name: fn.name, ...offset };
    }
  }
}

/** A text operand item, lower case: `null` for EMPTY, `undefined` for a wrong one (reported). */
function textValue(field: string, item: Operand, report: Report): string | null | undefined {
  if (item.kind === 'empty') return null;
  if (item.kind === 'value') return item.value.toLowerCase();
  if (item.kind === 'function') {
    const fn = DATE_FUNCTIONS.get(item.name.toLowerCase());
    report('JQL.INVALID_CLAUSE', invalid.functionValue(fn?.name ?? item.name, field));
  }
  return undefined;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}

function compileTerminal(
  clause: Extract<Clause, { kind: 'terminal' }>,
  spec: FieldSpec,
  report: Report,
): JqlCondition | null {
  const { field, operator, operand } = clause;
  const items = flatten(operand);
  const unknown = items.filter(
    (item) => item.kind === 'function' && !DATE_FUNCTIONS.has(item.name.toLowerCase()),
  );
  if (unknown.length > 0) {
    for (const call of unknown)
      report('JQL.INVALID_CLAUSE', invalid.unknownFunction(displayOperand(call)));
    return null;
  }
  const usage = usageProblem(field, operator, operand);
  if (usage !== null) {
    report('JQL.INVALID_CLAUSE', usage);
    return null;
  }
  if (!SUPPORTED_OPERATORS[spec.kind].includes(operator)) {
    report('JQL.INVALID_CLAUSE', invalid.unsupportedOperator(operator, field));
    return null;
  }
  const negated = NEGATED.has(operator);
  if (spec.kind === 'date') {
    const values = items.map((item) => dateValue(field, item, report));
    if (!values.every(isDefined)) return null;
    const [first] = values;
    if (operator === '<' || operator === '<=' || operator === '>' || operator === '>=') {
      return first === null || first === undefined
        ? null
        : { kind: 'date-compare', field: spec.id, operator, value: first };
    }
    return { kind: 'date-match', field: spec.id, negated, values };
  }
  const values = items.map((item) => textValue(field, item, report));
  if (!values.every(isDefined)) return null;
  if (spec.kind === 'text') {
    return { kind: 'contains', field: spec.id, negated, text: values[0] ?? null };
  }
  return { kind: 'match', field: spec.id, negated, values };
}

/**
 * Checks fields, operators and values as Jira validates a parsed query, reporting every problem
 * (`JQL.UNKNOWN_FIELD`, `JQL.INVALID_CLAUSE`) in the order of the query.
 */
export function compileQuery(
  tree: SyntaxTree,
  customFields: readonly string[] | null,
): Result<JqlQuery> {
  const known = customFields === null ? null : new Set(customFields.map((id) => id.toLowerCase()));
  const problems: Problem[] = [];
  const report: Report = (code, message) => problems.push({ code, message });
  const fieldOf = (name: string): FieldSpec | null => {
    const spec = resolveField(name, known);
    if (spec === null) report('JQL.UNKNOWN_FIELD', invalid.unknownField(name));
    return spec;
  };

  const compile = (clause: Clause): JqlCondition | null => {
    switch (clause.kind) {
      case 'and':
      case 'or': {
        const conditions = clause.clauses.map(compile);
        return conditions.every((c) => c !== null) ? { kind: clause.kind, conditions } : null;
      }
      case 'not': {
        const condition = compile(clause.clause);
        return condition === null ? null : { kind: 'not', condition };
      }
      case 'terminal': {
        const spec = fieldOf(clause.field);
        return spec === null ? null : compileTerminal(clause, spec, report);
      }
    }
  };

  const where = tree.where === null ? null : compile(tree.where);
  const orderBy = tree.orderBy.flatMap((item) => {
    const spec = fieldOf(item.field);
    return spec === null ? [] : [{ field: spec.id, direction: item.direction }];
  });
  const [first] = problems;
  if (first !== undefined) {
    const issues = problems.map((problem) => ({ path: 'jql', message: problem.message }));
    return fail(first.code, first.message, issues);
  }
  return succeed({ where, orderBy });
}

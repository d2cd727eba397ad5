/**
 * The JQL subset of the local Atlassian sandbox (`POST /rest/api/3/search/jql`): pure functions,
 * Jira's own English error sentences, dates read in a given zone at a given `now`.
 */
import { succeed, type Result } from '../../core/result';
import { compileQuery, type JqlQuery } from './compile';
import { checkZone, resolveDate } from './dates';
import type { JqlIssue } from './fields';
import { buildPredicate } from './filter';
import { compareIssues } from './order';
import { parseSyntax } from './parser';

export type { JqlCondition, JqlQuery, JqlSortKey } from './compile';
export type { DateValue } from './dates';
export type { FieldId, JqlIssue } from './fields';
export { compareIssueKeys } from './order';

/** When and where a search runs: `now` in epoch ms, `zone` an IANA zone (Europe/Paris). */
export interface JqlContext {
  readonly now: number;
  readonly zone?: string;
}

export interface JqlParseOptions {
  /** The custom field ids that exist (`customfield_10042`); without it every id exists. */
  readonly customFields?: readonly string[];
}

export const DEFAULT_JQL_ZONE = 'Europe/Paris';

/**
 * Parses and checks a JQL query. Failures carry Jira's 400 sentence: `JQL.SYNTAX` for a query
 * that cannot be read (with its line and character), `JQL.UNKNOWN_FIELD` and
 * `JQL.INVALID_CLAUSE` for one that does not validate; these two list every sentence in `issues`,
 * as Jira lists them all in `errorMessages`.
 *
 * @example
 * parseJql("project = ABC AND (status = 'In Progress' OR labels IS EMPTY) ORDER BY created DESC")
 */
export function parseJql(text: string, options: JqlParseOptions = {}): Result<JqlQuery> {
  const tree = parseSyntax(text);
  return tree.ok ? compileQuery(tree.value, options.customFields ?? null) : tree;
}

/**
 * The predicate of a query at `context.now`, with dates and date functions computed in
 * `context.zone`. Gotchas, as in Jira: a period (`-1d`) is an absolute duration (a day is 24 h,
 * even across a DST change) while function offsets (`startOfDay(-1)`) are calendar units; `!=`,
 * `NOT IN` and `!~` never match an empty field, whereas `NOT` is the exact complement.
 */
export function jqlFilter(query: JqlQuery, context: JqlContext): (issue: JqlIssue) => boolean {
  const zone = checkZone(context.zone ?? DEFAULT_JQL_ZONE);
  if (!Number.isFinite(context.now)) {
    throw new RangeError(`now must be epoch milliseconds, got ${String(context.now)}`);
  }
  const where = query.where;
  if (where === null) return () => true;
  return buildPredicate(where, (value) => resolveDate(value, context.now, zone));
}

/** The order of a query: its ORDER BY keys, then issue keys ascending (ABC-2 before ABC-10). */
export function jqlComparator(query: JqlQuery): (a: JqlIssue, b: JqlIssue) => number {
  return compareIssues(query.orderBy);
}

/** Parses, filters and sorts: the issues a search returns, in a new array. */
export function runJql(
  text: string,
  issues: readonly JqlIssue[],
  context: JqlContext & JqlParseOptions,
): Result<JqlIssue[]> {
  const query = parseJql(text, context);
  if (!query.ok) return query;
  const keep = jqlFilter(query.value, context);
  return succeed(issues.filter(keep).sort(jqlComparator(query.value)));
}

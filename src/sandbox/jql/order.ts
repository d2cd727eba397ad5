import type { JqlSortKey } from './compile';
import { instantOf, valuesOf, type FieldId, type JqlIssue } from './fields';

/** `ABC-2` → ['ABC', 2]; a key without a trailing number sorts by its text alone. */
function splitKey(key: string): readonly [string, number] {
  const match = /^(.*)-(\d+)$/.exec(key);
  return match === null
    ? [key.toUpperCase(), -1]
    : [(match[1] ?? '').toUpperCase(), Number(match[2])];
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Issue keys in Jira's order: by project key, then numerically (ABC-2 before ABC-10). */
export function compareIssueKeys(a: string, b: string): number {
  const [projectA, numberA] = splitKey(a);
  const [projectB, numberB] = splitKey(b);
  return compareText(projectA, projectB) || numberA - numberB || compareText(a, b);
}

/** A sortable value: a number, a text, or `null` for an empty field. */
function sortValue(issue: JqlIssue, field: FieldId): number | string | null {
  if (field === 'created' || field === 'updated' || field === 'resolved') {
    return instantOf(issue, field);
  }
  const values = valuesOf(issue, field).map((value) => value.toLowerCase());
  return values.length === 0 ? null : [...values].sort().join(', ');
}

/**
 * Compares two issues on one sort key. Texts compare in any case, code unit by code unit (never
 * by the host's locale); an empty value sorts after every other one in ascending order.
 */
function compareOn(a: JqlIssue, b: JqlIssue, { field, direction }: JqlSortKey): number {
  const sign = direction === 'asc' ? 1 : -1;
  if (field === 'key') return sign * compareIssueKeys(a.key, b.key);
  const [x, y] = [sortValue(a, field), sortValue(b, field)];
  if (x === null || y === null) return x === y ? 0 : sign * (x === null ? 1 : -1);
  if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
  return sign * compareText(String(x), String(y));
}

/** Orders issues by the sort keys, ties broken by issue key ascending. */
export function compareIssues(
  orderBy: readonly JqlSortKey[],
): (a: JqlIssue, b: JqlIssue) => number {
  return (a, b) => {
    for (const key of orderBy) {
      const result = compareOn(a, b, key);
      if (result !== 0) return result;
    }
    return compareIssueKeys(a.key, b.key);
  };
}

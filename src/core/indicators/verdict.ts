import type { Comparator, Threshold, Verdict } from './indicator-result';

/** Thresholds are compared in thousandths, so that 99.8 % and 95 % are exact. */
const SCALE = 1000;

function holds(left: number, comparator: Comparator, right: number): boolean {
  switch (comparator) {
    case '>=':
      return left >= right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '<':
      return left < right;
    case '=':
      return left === right;
  }
}

/**
 * The verdict of `numerator / denominator × 100` against a threshold in %, compared on integers
 * (19 met of 20 is exactly 95 %, never 94.99999): `sans objet` when the denominator is 0 or the
 * contract sets no target.
 */
export function rateVerdict(
  numerator: number,
  denominator: number,
  threshold: Threshold | null,
): Verdict {
  if (denominator === 0 || threshold === null) return 'sans objet';
  const left = numerator * 100 * SCALE;
  const right = Math.round(threshold.value * SCALE) * denominator;
  return holds(left, threshold.comparator, right) ? 'conforme' : 'non conforme';
}

/** The verdict of a plain value (a count, days of lateness) against its threshold. */
export function valueVerdict(value: number | null, threshold: Threshold | null): Verdict {
  if (value === null || threshold === null) return 'sans objet';
  const left = Math.round(value * SCALE);
  const right = Math.round(threshold.value * SCALE);
  return holds(left, threshold.comparator, right) ? 'conforme' : 'non conforme';
}

/**
 * A rate in % for display, two decimals, rounded towards the side of its verdict: 99.798 % against
 * "≥ 99.8 %" shows 99.79, never a 99.8 next to "non conforme".
 */
export function percent(
  numerator: number,
  denominator: number,
  threshold: Threshold | null = null,
): number | null {
  if (denominator === 0) return null;
  const exact = (numerator * 10_000) / denominator;
  const nearest = Math.round(exact) / 100;
  if (
    threshold === null ||
    valueVerdict(nearest, threshold) === rateVerdict(numerator, denominator, threshold)
  )
    return nearest;
  const towards =
    threshold.comparator === '>=' || threshold.comparator === '>' ? Math.floor : Math.ceil;
  return towards(exact) / 100;
}

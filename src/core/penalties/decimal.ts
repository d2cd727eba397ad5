import { formatEuros, type Cents } from '../orders/money';

/**
 * A decimal number held exactly: `units / 10^scale`. Penalty arithmetic runs on these and on
 * bigint cents, never on float products: 95 − 94.8 is 0.20000000000000284 in floats, and
 * 0.3 / 0.1 is 2.9999999999999996, which would lose a whole step.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const MAX_SCALE = 9;

/**
 * The decimal a number was written as: the fewest digits (up to 9) whose value is this very
 * double. `94.8` → 948 / 10; a computed rate such as 94.73684210526316 keeps 9 digits.
 */
export function toDecimal(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${String(value)}`);
  for (let scale = 0; scale <= MAX_SCALE; scale += 1) {
    const units = Math.round(value * 10 ** scale);
    if (units / 10 ** scale === value) return { units: BigInt(units), scale };
  }
  return { units: BigInt(Math.round(value * 10 ** MAX_SCALE)), scale: MAX_SCALE };
}

function rescale(value: Decimal, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

/** `a − b`, exact. */
export function subtract(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) - rescale(b, scale), scale };
}

/** −1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compare(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const diff = rescale(a, scale) - rescale(b, scale);
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

/** How many whole `step`s fit in a non-negative `amount`: floor(amount / step). */
export function wholeSteps(amount: Decimal, step: Decimal): bigint {
  const scale = Math.max(amount.scale, step.scale);
  return rescale(amount, scale) / rescale(step, scale);
}

/** `numerator / denominator` (denominator > 0) rounded to an integer, half away from zero. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('The denominator must be positive');
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = 2n * (remainder < 0n ? -remainder : remainder);
  if (twice < denominator) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}

/** `cents × factor` (an exact decimal), rounded to the cent half away from zero. */
export function multiplyCents(cents: bigint, factor: Decimal): bigint {
  return divideRounded(cents * factor.units, 10n ** BigInt(factor.scale));
}

/** `share` (0.1) of `cents`, rounded to the cent half away from zero. */
export function shareOf(cents: Cents, share: number): Cents {
  return Number(multiplyCents(BigInt(cents), toDecimal(share)));
}

/** French notation of an exact decimal, without trailing zeros: 2200 / 10^3 → "2,2". */
export function formatDecimal(value: Decimal): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `,${fraction}`}`;
}

/** French notation of a number as written: 94.8 → "94,8". */
export function formatNumber(value: number): string {
  return formatDecimal(toDecimal(value));
}

/** A share as a percentage: 0.01 → "1 %", 0.125 → "12,5 %". */
export function formatShare(share: number): string {
  const decimal = toDecimal(share);
  const percent =
    decimal.scale >= 2
      ? { units: decimal.units, scale: decimal.scale - 2 }
      : { units: decimal.units * 10n ** BigInt(2 - decimal.scale), scale: 0 };
  return `${formatDecimal(percent)}\u00a0%`;
}

/** Euros of exact cents; an amount beyond safe integers (refused later) is shown in cents. */
export function formatBigCents(cents: bigint): string {
  const n = Number(cents);
  return Number.isSafeInteger(n) ? formatEuros(n) : `${cents.toString()} centimes`;
}

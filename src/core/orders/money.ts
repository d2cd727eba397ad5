/** Money is integer euro cents before tax (HT); never a float. */
export type Cents = number;

const GROUP = '\u202f';
const BEFORE_UNIT = '\u00a0';

/** French notation: `1234567` → "12 345,67 €" (narrow no-break spaces between thousands). */
export function formatEuros(cents: Cents): string {
  if (!Number.isSafeInteger(cents))
    throw new RangeError(`Not a whole number of cents: ${String(cents)}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
  const rest = String(abs % 100).padStart(2, '0');
  return `${sign}${euros},${rest}${BEFORE_UNIT}€`;
}

/** Quantities in French notation: 2.5 → "2,5". */
export function formatQuantity(quantity: number): string {
  return String(quantity).replace('.', ',');
}

/**
 * The amount of `quantity` units at `unitPrice` cents, rounded to the cent half away from zero:
 * quantities are multiples of a half unit, so the product of integers by 2 stays exact.
 */
export function lineAmount(quantity: number, unitPrice: Cents): Cents {
  const halves = Math.round(quantity * 2);
  if (Math.abs(halves / 2 - quantity) < 1e-9) {
    const doubled = halves * unitPrice;
    return doubled % 2 === 0 ? doubled / 2 : Math.sign(doubled) * Math.ceil(Math.abs(doubled) / 2);
  }
  return Math.round(quantity * unitPrice);
}

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
 * The amount of `quantity` units at `unitPrice` cents, rounded to the cent half away from zero,
 * computed on integers: the quantity in exact thousandths (quantities are multiples of their
 * catalogue step, at most three decimals), never a float product.
 */
export function lineAmount(quantity: number, unitPrice: Cents): Cents {
  const thousandths = Math.round(quantity * 1000);
  const product = thousandths * unitPrice;
  const rounded = Math.floor((Math.abs(product) + 500) / 1000);
  return product < 0 ? -rounded : rounded;
}

import { lineAmount } from '../../core/orders/money';
import type { Rng } from '../random';

/**
 * "Lignes UO" of ATIH orders over the preset's catalogue (`catalogues/atih-2025.ts`). The CCTP
 * has no prices (they are in the BPU): the demo's prices below are made up, carried as agreed
 * unit prices on the lines of half the orders, and used by the titulaire to invoice the others.
 */

/** Made-up daily prices, in cents HT. */
const DEMO_PRICES = {
  'UO-1': 72_000,
  'UO-2F': 68_000,
  'UO-2T': 70_000,
  'UO-3D': 62_000,
  'UO-3F': 66_000,
  'UO-3M': 64_000,
  'UO-4': 60_000,
  'UO-5T': 58_000,
  'UO-5A': 75_000,
  'UO-6': 80_000,
  'UO-7': 65_000,
  'UO-8': 70_000,
  'UO-9': 56_000,
} as const;

export type UoCode = keyof typeof DEMO_PRICES;

/** Orderable codes besides the UO-9 envelope, weighted by how often a need uses them. */
const CODES: readonly (readonly [Exclude<UoCode, 'UO-9'>, number])[] = [
  ['UO-1', 3],
  ['UO-2F', 6],
  ['UO-2T', 4],
  ['UO-3D', 8],
  ['UO-3F', 4],
  ['UO-3M', 2],
  ['UO-4', 10],
  ['UO-5T', 3],
  ['UO-5A', 1],
  ['UO-6', 1],
  ['UO-7', 2],
  ['UO-8', 2],
];

/** Quantities in days, on the catalogue's 0.5 step. */
const QUANTITIES: readonly (readonly [number, number])[] = [
  [0.5, 2],
  [1, 5],
  [1.5, 2],
  [2, 6],
  [3, 6],
  [4, 4],
  [5, 4],
  [6, 2],
  [8, 2],
  [10, 2],
  [12, 1],
  [15, 1],
];

export interface UoLineValue {
  readonly code: UoCode;
  readonly quantity: number;
  readonly unitPrice?: number;
}

/** One to three lines of distinct codes; with agreed unit prices when `priced`. */
export function orderLines(rng: Rng, priced: boolean): UoLineValue[] {
  const count = rng.weighted([
    [1, 5],
    [2, 4],
    [3, 2],
  ] as const);
  const codes = new Set<Exclude<UoCode, 'UO-9'>>();
  while (codes.size < count) codes.add(rng.weighted(CODES));
  return [...codes].map((code) => line(code, rng.weighted(QUANTITIES), priced));
}

export function line(code: UoCode, quantity: number, priced: boolean): UoLineValue {
  return priced ? { code, quantity, unitPrice: DEMO_PRICES[code] } : { code, quantity };
}

/** The amount of the lines in cents HT, at their agreed prices or the demo's reference prices. */
export function amountOf(lines: readonly UoLineValue[]): number {
  return lines.reduce(
    (sum, l) => sum + lineAmount(l.quantity, l.unitPrice ?? DEMO_PRICES[l.code]),
    0,
  );
}

export function daysOf(lines: readonly UoLineValue[]): number {
  return lines.reduce((sum, l) => sum + l.quantity, 0);
}

import type { Cents } from '../orders/money';

/** One line of the month's penalty table: one rule applied to one item or indicator. */
export interface PenaltyLine {
  readonly rule: string;
  readonly label: string;
  /** The issue, order or indicator it comes from. */
  readonly subject: string;
  /** How the amount was computed, in French ("P = V × R / 1000 = 12 000,00 € × 3 / 1000"). */
  readonly computation: string;
  readonly amountCents: Cents;
  readonly waived: boolean;
}
